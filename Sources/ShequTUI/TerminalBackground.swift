/// Whether the terminal draws on a dark or a light background, so that a
/// theme drawn on the terminal's own background can choose its face: found
/// from the terminal's answer to OSC 11, from `COLORFGBG`, or from the
/// `background` setting.
public enum TerminalBackground: String, Sendable {
    case dark, light

    /// From an OSC 11 answer, `ESC ] 11 ; rgb:RRRR/GGGG/BBBB` ended by BEL or
    /// ST, with one to four hex digits a channel; nil for anything else.
    public static func fromReply(_ reply: String) -> TerminalBackground? {
        guard let start = reply.range(of: "]11;rgb:") else { return nil }
        let channels = reply[start.upperBound...].prefix { $0.isHexDigit || $0 == "/" }.split(separator: "/")
        guard channels.count == 3 else { return nil }
        var levels: [Double] = []
        for channel in channels {
            guard (1...4).contains(channel.count), let value = Int(channel, radix: 16) else { return nil }
            levels.append(Double(value) / Double((1 << (4 * channel.count)) - 1))
        }
        let luminance = 0.2126 * levels[0] + 0.7152 * levels[1] + 0.0722 * levels[2]
        return luminance < 0.5 ? .dark : .light
    }

    /// From `COLORFGBG` ("15;0", or rxvt's "15;default;0"): the last field is
    /// the background's palette index; 7 and 9–15 but 8 are light.
    public static func fromColorFGBG(_ value: String) -> TerminalBackground? {
        guard let last = value.split(separator: ";").last, let index = Int(last), (0...15).contains(index) else {
            return nil
        }
        return index == 7 || index >= 9 ? .light : .dark
    }
}
