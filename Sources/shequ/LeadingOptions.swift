/// The options every command shares (`--data-dir DIR`, `--lang zh|en`),
/// written before the command's name, as many programs allow:
/// `shequ --data-dir D demo` is read as `shequ demo --data-dir D`. With no
/// command named after them they stay where they are, for the screens.
enum LeadingOptions {
    /// The shared options that take a value.
    static let names: Set<String> = ["--data-dir", "--lang"]

    /// `arguments` (without the program's name) with the shared options
    /// before a command's name moved after all the others (before a `--`).
    static func moved(_ arguments: [String], commands: Set<String>) -> [String] {
        var leading: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if names.contains(argument), index + 1 < arguments.count {
                leading += [argument, arguments[index + 1]]
                index += 2
            } else if let name = argument.split(separator: "=", maxSplits: 1).first, argument.contains("="),
                names.contains(String(name))
            {
                leading.append(argument)
                index += 1
            } else {
                break
            }
        }
        guard !leading.isEmpty, index < arguments.count, commands.contains(arguments[index]) else { return arguments }
        var rest = Array(arguments[index...])
        let end = rest.firstIndex(of: "--") ?? rest.endIndex
        rest.insert(contentsOf: leading, at: end)
        return rest
    }
}
