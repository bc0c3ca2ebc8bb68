import Foundation

/// Reads a source file (a page, a data set, a template) as UTF-8 text.
enum SourceText {
    /// Why a file could not be read as text, and where in it.
    struct Problem: Error {
        /// The line and column (in bytes, from 1) of the first byte that is not UTF-8; nil when the file cannot be read.
        let line: Int?
        let column: Int?
        let message: String

        /// The problem at its place in `file` (`content/a.md`).
        func location(in file: String) -> SourceLocation {
            SourceLocation(file: file, line: line, column: column)
        }
    }

    /// The text of the file at `path`.
    static func read(_ path: String) -> Result<String, Problem> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(Problem(line: nil, column: nil, message: "cannot read the file"))
        }
        return decode(data)
    }

    /// `data` as text, or the place of its first byte that is not UTF-8.
    static func decode(_ data: Data) -> Result<String, Problem> {
        if let text = String(validating: data, as: UTF8.self) { return .success(text) }
        var parser = Unicode.UTF8.ForwardParser()
        var bytes = data.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &bytes) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return .success(String(decoding: data, as: UTF8.self))
            case .error:
                let before = data.prefix(offset)
                let line = before.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
                let lineStart = before.lastIndex(of: 0x0A).map { $0 - data.startIndex + 1 } ?? 0
                let byte = data[data.startIndex + offset]
                return .failure(
                    Problem(
                        line: line,
                        column: offset - lineStart + 1,
                        message: "the file is not valid UTF-8 (byte 0x\(String(byte, radix: 16, uppercase: true)))"
                    )
                )
            }
        }
    }
}
