import ArgumentParser
import CSV
import Foundation
import ShequCore

/// `shequ list`: prints records for scripts and spreadsheets.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Print records as a table, CSV or JSON.")

    /// The kinds of record that can be listed.
    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case communities
    }

    /// Output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv, json
    }

    @Argument(help: "What to list: communities.")
    var kind: Kind

    @OptionGroup var options: DataOptions

    @Option(help: "Only this community (id or name).")
    var community: String?

    @Option(help: "table, csv or json.")
    var format: Format = .table

    func run() throws {
        let language = options.resolvedLanguage(config: options.config.config)
        let store = try options.openStore(readOnly: true, language: language)
        let snapshot = store.load()
        for file in snapshot.unreadable { printError(file.line) }
        var communities = snapshot.communities.sorted { $0.name.compare($1.name, locale: Locale(identifier: "zh_CN")) == .orderedAscending }
        if let wanted = community {
            communities = communities.filter { $0.id == wanted || $0.name == wanted }
            guard !communities.isEmpty else {
                printError(language(L.unknownCommunity(wanted)))
                throw ExitCode(1)
            }
        }
        let header = [L.name, L.street, L.district, L.population, L.households, L.residentGroups].map { language($0) }
        let rows = communities.map { c in
            [c.name, c.street, c.district, c.population.map(String.init) ?? "", c.households.map(String.init) ?? "", c.residentGroups.map(String.init) ?? ""]
        }
        switch format {
        case .table:
            print(TextTable(header: ["id"] + header, rows: zip(communities, rows).map { [$0.id] + $1 }, rightAligned: [4, 5, 6]).text, terminator: "")
        case .csv:
            let stream = OutputStream(toMemory: ())
            let writer = try CSVWriter(stream: stream)
            try writer.write(row: ["id"] + header)
            for (community, row) in zip(communities, rows) { try writer.write(row: [community.id] + row) }
            writer.stream.close()
            let data = (stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data) ?? Data()
            FileHandle.standardOutput.write(Data([0xEF, 0xBB, 0xBF]) + data + Data("\n".utf8))
        case .json:
            FileHandle.standardOutput.write(try CommunityFile.encodeList(communities))
        }
    }
}
