import Foundation
import ShequDomain

/// The summary as JSON for other programs: the same figures as every format.
public enum JSONSummary {
    public static func render(_ summary: Summary) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(summary)
        data.append(0x0A)
        return data
    }
}
