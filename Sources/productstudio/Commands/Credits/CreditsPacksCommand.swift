import ArgumentParser
import StudioCore

/// `productstudio credits packs`: the plans and one-time packs on sale.
struct CreditsPacksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "packs",
        abstract: "List the plans and one-time credit packs that can be bought."
    )

    @Option(help: "Output format.")
    var format: ListingFormat = .text

    func run() throws {
        let columns: [ListingWriter<CreditPack>.Column] = [
            .init(header: "id") { $0.id },
            .init(header: "kind") { $0.kind.rawValue },
            .init(header: "credits", rightAligned: true) { "\($0.credits)" },
            .init(header: "period") { $0.period ?? "" },
            .init(header: "name") { $0.name },
        ]
        let text = columns.map { ListingWriter<CreditPack>.Column(header: $0.header.uppercased(), rightAligned: $0.rightAligned, cell: $0.cell) }
        try ListingWriter(format: format, text: text, csv: columns).write { emit in
            for pack in PackCatalog.bundled.packs { try emit(pack) }
        }
    }
}
