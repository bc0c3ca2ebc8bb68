import ArgumentParser
import Foundation

/// `--format text|json` for commands that print one result, and the printing.
struct ResultOutput: ParsableArguments {
    @Option(help: "Output format.")
    var format: ResultFormat = .text

    /// Prints `result` as pretty JSON (keys sorted, ISO 8601 dates), or the lines `text` makes of it.
    func print<Result: Encodable>(_ result: Result, text: (Result) -> String) throws {
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .iso8601
            Swift.print(String(decoding: try encoder.encode(result), as: UTF8.self))
        case .text:
            Swift.print(text(result))
        }
    }

    /// Prints `record` as its one-line JSON object, or the lines `text` makes of it.
    func print<Record: JSONRecord>(_ record: Record, text: (Record) -> String) {
        Swift.print(format == .json ? record.json.text : text(record))
    }
}
