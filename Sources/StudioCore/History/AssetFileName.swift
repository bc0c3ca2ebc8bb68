import Foundation

/// A file name in ProductStudio's naming convention, `<SKU>_<YYYYMMDD>_<use-case>[_<n>].<ext>`: the names
/// `history download` writes, so files sort by product, then date, then use, and stay findable later.
///
/// The one definition of the convention: ``fileName`` writes a name and ``parse(_:today:)`` reads one back,
/// saying which part breaks the convention and why.
///
/// - SKU and use case: one or more letters of any script and digits (in Unicode NFC), `-` and `.`; the SKU,
///   which starts the name, never starts with a dot (that would hide the file);
/// - the date: a real calendar date (`20260230` is not), not after today;
/// - the counter `n`: absent for the first file, then 2, 3, … without leading zeros (`_1` and `_02` are never written);
/// - the extension: lowercase.
///
/// ```swift
/// let name = try AssetFileName.parse("MUG-01_20261120_main_2.jpg", today: CalendarDay(year: 2026, month: 11, day: 30))
/// name.sku      // "MUG-01"
/// name.counter  // 2
/// ```
public struct AssetFileName: Sendable, Equatable {
    /// The product's stock-keeping unit.
    public let sku: String
    /// The day in the name.
    public let date: CalendarDay
    /// What the file is for (`main`, `main-image`, `lifestyle`).
    public let useCase: String
    /// The counter: nil for the first file of a name, 2 or more for the next ones.
    public let counter: Int?
    /// The extension, lowercase, without the dot.
    public let pathExtension: String

    /// Creates a name from parts that already follow the convention (see ``parse(_:today:)`` for text).
    public init(sku: String, date: CalendarDay, useCase: String, counter: Int?, pathExtension: String) {
        self.sku = sku
        self.date = date
        self.useCase = useCase
        self.counter = counter
        self.pathExtension = pathExtension
    }

    /// The name as a file name: `MUG-01_20261120_main_2.jpg`.
    public var fileName: String {
        let stem = "\(sku)_\(date.compact)_\(useCase)" + (counter.map { "_\($0)" } ?? "")
        return pathExtension.isEmpty ? stem : stem + "." + pathExtension
    }

    /// Reads a file name (the last path component) in the convention.
    /// - Parameters:
    ///   - name: the file name, such as `MUG-01_20261120_main_2.jpg`.
    ///   - today: the latest date a name may carry.
    /// - Returns: The name's parts.
    /// - Throws: ``AssetFileNameProblem`` naming the part that breaks the convention.
    public static func parse(_ name: String, today: CalendarDay) throws(AssetFileNameProblem) -> AssetFileName {
        let name = name.utf8.allSatisfy { $0 < 0x80 } ? name : name.precomposedStringWithCanonicalMapping
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { throw .noExtension }
        let pathExtension = String(name[name.utf8.index(after: dot)...])
        guard !pathExtension.isEmpty else { throw .noExtension }
        let isLowercase =
            pathExtension.utf8.allSatisfy { $0 < 0x80 }
            ? !pathExtension.utf8.contains { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
            : pathExtension == pathExtension.lowercased()
        guard isLowercase else { throw .extensionNotLowercase(pathExtension) }
        let parts = name[..<dot].utf8.split(separator: UInt8(ascii: "_"), omittingEmptySubsequences: false).map { String(Substring($0)) }
        guard !parts.contains("") else { throw .emptyPart }
        guard parts.count == 3 || parts.count == 4 else { throw .partCount(parts.count) }
        let (sku, dateText, useCase) = (parts[0], parts[1], parts[2])
        try checkText(sku, part: .sku)
        guard !sku.hasPrefix(".") else { throw .leadingDot(sku) }
        guard let date = CalendarDay(compact: dateText) else { throw .badDate(dateText) }
        guard date <= today else { throw .futureDate(date, today: today) }
        try checkText(useCase, part: .useCase)
        var counter: Int?
        if parts.count == 4 {
            let text = parts[3]
            guard text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }), let value = Int(text) else {
                throw .badCounter(text)
            }
            guard text.first != "0" else { throw .leadingZero(text) }
            guard value >= 2 else { throw .counterOne }
            counter = value
        }
        return AssetFileName(sku: sku, date: date, useCase: useCase, counter: counter, pathExtension: pathExtension)
    }

    /// Text made to follow the convention for a SKU or use case: spaces around it trimmed, put in Unicode NFC,
    /// every character but letters, digits, `-` and `.` replaced by `-`, and a leading dot by `-`.
    public static func conventionText(_ text: String) -> String {
        let kept = String(
            text.trimmingCharacters(in: .whitespaces).precomposedStringWithCanonicalMapping.map { isAllowed($0) ? $0 : "-" }
        )
        return kept.hasPrefix(".") ? "-" + kept.dropFirst() : kept
    }

    private static func checkText(_ text: String, part: AssetFileNameProblem.Part) throws(AssetFileNameProblem) {
        let allowed = text.utf8.allSatisfy { $0 < 0x80 } ? text.utf8.allSatisfy(isAllowed) : text.allSatisfy(isAllowed)
        guard allowed else { throw .badCharacters(part, text) }
    }

    /// ASCII letters, digits, `-` and `.`; beyond ASCII, a letter or decimal digit with any marks it carries.
    private static func isAllowed(_ character: Character) -> Bool {
        if let ascii = character.asciiValue { return isAllowed(ascii) }
        var scalars = character.unicodeScalars.makeIterator()
        guard let base = scalars.next(), isLetterOrDigit(base) else { return false }
        return IteratorSequence(scalars).allSatisfy { [.nonspacingMark, .spacingMark, .enclosingMark].contains($0.properties.generalCategory) }
    }

    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber: true
        default: false
        }
    }

    private static func isAllowed(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "-"), UInt8(ascii: "."):
            true
        default: false
        }
    }
}

/// Why a file name breaks the naming convention; ``description`` says which part and why.
public enum AssetFileNameProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// A part of the name between underscores.
    public enum Part: String, Sendable {
        case sku = "SKU"
        case useCase = "use case"
    }

    case noExtension
    case extensionNotLowercase(String)
    /// The name has this many parts between underscores instead of 3 or 4.
    case partCount(Int)
    /// Two underscores in a row, or one at either end of the name.
    case emptyPart
    case badCharacters(Part, String)
    /// The SKU starts with a dot, which hides the file.
    case leadingDot(String)
    case badDate(String)
    case futureDate(CalendarDay, today: CalendarDay)
    case badCounter(String)
    case leadingZero(String)
    case counterOne

    public var description: String {
        let shape = "<SKU>_<YYYYMMDD>_<use-case>[_<n>].<ext>"
        return switch self {
        case .noExtension: "the name has no extension; names are \(shape)"
        case .extensionNotLowercase(let text): "the extension '.\(text)' must be lowercase ('.\(text.lowercased())')"
        case .partCount(let count):
            "the name has \(count) part\(count == 1 ? "" : "s") between underscores; it needs a SKU, a date and a use case, then an optional counter: \(shape)"
        case .emptyPart: "the name has an empty part: two underscores in a row, or one at either end"
        case .badCharacters(let part, let text):
            "the \(part.rawValue) '\(text.visible)' may hold only letters, digits, '-' and '.'"
        case .leadingDot(let text): "the SKU '\(text.visible)' starts with a dot, which hides the file"
        case .badDate(let text): "the date '\(text)' is not a calendar date written YYYYMMDD"
        case .futureDate(let date, let today): "the date \(date) is after today (\(today))"
        case .badCounter(let text): "the counter '\(text)' must be a number (2, 3, …)"
        case .leadingZero(let text): "the counter '\(text)' has a leading zero; write \(Int(text).map(String.init) ?? text)"
        case .counterOne: "the counter '_1' is never written: the first file has no counter, the second is '_2'"
        }
    }
}
