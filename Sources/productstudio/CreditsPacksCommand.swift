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
        let packs = PackCatalog.bundled.packs
        let rows = packs.map { [$0.id, $0.kind.rawValue, "\($0.credits)", $0.period ?? "", $0.name] }
        switch format {
        case .json: try LedgerOutput.printJSON(packs)
        case .csv: LedgerOutput.printCSV(header: ["id", "kind", "credits", "period", "name"], rows: rows)
        case .text:
            LedgerOutput.printTable(header: ["ID", "KIND", "CREDITS", "PERIOD", "NAME"], rows: rows, rightAligned: [2])
        }
    }
}
