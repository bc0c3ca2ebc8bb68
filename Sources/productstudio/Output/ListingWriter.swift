import Foundation
import StudioCore
import StudioJSON

/// Prints a listing row by row as it is read, so a listing of any length starts at once and holds one row in
/// memory: a JSON array (one object a line), CSV under a header, or an aligned text table.
///
/// Text columns take the widths of the first ``alignedRows`` rows (a later, wider cell pushes its own row
/// out of line). Text cells show control characters as `\u{…}`, so a SKU or note cannot drive the terminal;
/// CSV cells that a spreadsheet would run as a formula start with `'`.
struct ListingWriter<Item: JSONRecord> {
    /// One column: its header and how an item fills it.
    struct Column {
        let header: String
        /// Whether text tables align it right (numbers).
        var rightAligned = false
        let cell: (Item) -> String
    }

    /// The rows a text table aligns on before it starts printing.
    static var alignedRows: Int { 1_000 }

    let format: ListingFormat
    /// The columns of the text table.
    let text: [Column]
    /// The columns of the CSV records.
    let csv: [Column]

    /// Prints the items `produce` hands over, in order.
    func write(_ produce: (_ emit: (Item) throws -> Void) throws -> Void) throws {
        let output = ListingOutput()
        switch format {
        case .json:
            var count = 0
            var object = JSONObjectWriter()
            try produce { item in
                output.write(count == 0 ? "[\n" : ",\n")
                object.removeAll()
                item.fill(&object)
                output.write(object)
                count += 1
            }
            output.write(count == 0 ? "[]\n" : "\n]\n")
        case .csv:
            output.write(CSVLine.make(csv.map(\.header)))
            try produce { item in output.write(CSVLine.make(csv.map { $0.cell(item) })) }
        case .text:
            var table = TextTable(header: text.map(\.header), rightAligned: Set(text.indices.filter { text[$0].rightAligned }))
            var pending: [[String]] = []
            try produce { item in
                let row = text.map { $0.cell(item).visible }
                guard table.widths == nil else { return output.write { table.append(row, to: &$0) } }
                pending.append(row)
                if pending.count == Self.alignedRows { table.printAligned(&pending, to: output) }
            }
            table.printAligned(&pending, to: output)
        }
        output.flush()
    }
}

/// An aligned text table whose column widths are fixed once the first rows are known.
private struct TextTable {
    let header: [String]
    let rightAligned: Set<Int>
    private(set) var widths: [Int]?

    init(header: [String], rightAligned: Set<Int>) {
        self.header = header
        self.rightAligned = rightAligned
    }

    /// Fixes the widths from the header and `rows` (once), then prints the header if not yet printed and `rows`.
    mutating func printAligned(_ rows: inout [[String]], to output: ListingOutput) {
        guard widths == nil else { return }
        widths = header.indices.map { column in ([header] + rows).map { Self.width(of: $0[column]) }.max() ?? 0 }
        for row in [header] + rows { output.write { append(row, to: &$0) } }
        rows = []
    }

    /// Appends one row, padded to the widths, without trailing spaces: the spaces before a cell are written only when
    /// a cell follows them.
    func append(_ row: [String], to line: inout [UInt8]) {
        var spaces = 0
        for (column, cell) in row.enumerated() {
            let padding = max(0, (widths?[column] ?? 0) - Self.width(of: cell))
            let right = rightAligned.contains(column)
            spaces += (column == 0 ? 0 : 2) + (right ? padding : 0)
            if !cell.isEmpty {
                line.append(contentsOf: repeatElement(UInt8(ascii: " "), count: spaces))
                line.append(contentsOf: cell.utf8)
                spaces = 0
            }
            if !right { spaces += padding }
        }
        line.append(UInt8(ascii: "\n"))
    }

    /// The cell's width in characters, counted by its bytes when it is plain ASCII.
    private static func width(of cell: String) -> Int {
        cell.utf8.allSatisfy { $0 < 0x80 } ? cell.utf8.count : cell.count
    }
}

/// One CSV record (RFC 4180 quoting), with cells a spreadsheet would evaluate made plain text.
enum CSVLine {
    static func make(_ cells: [String]) -> String {
        cells.map { quoted(defused($0)) }.joined(separator: ",") + "\n"
    }

    /// A cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, unless it is a
    /// plain number (`-40` stays a number).
    private static func defused(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), Double(cell) == nil else {
            return cell
        }
        return "'" + cell
    }

    private static func quoted(_ cell: String) -> String {
        guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// Standard output, written in large blocks.
private final class ListingOutput {
    private var buffer: [UInt8] = []

    func write(_ text: String) {
        write { $0.append(contentsOf: text.utf8) }
    }

    func write(_ object: JSONObjectWriter) {
        write { object.append(to: &$0) }
    }

    /// Writes what `append` adds to the buffer.
    func write(_ append: (inout [UInt8]) -> Void) {
        append(&buffer)
        if buffer.count >= 1 << 16 { flush() }
    }

    func flush() {
        buffer.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(STDOUT_FILENO, bytes.baseAddress! + offset, bytes.count - offset)
                guard written > 0 else { return }
                offset += written
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
