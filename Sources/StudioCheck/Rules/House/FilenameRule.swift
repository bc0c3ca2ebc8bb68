import StudioAssets
import StudioCore

/// `filename` (house rule, error): the name follows the convention `<SKU>_<YYYYMMDD>_<use-case>[_<n>].<ext>`
/// (``AssetFileName``), and its use case is one the config allows.
enum FilenameRule {
    /// The name read in the convention, and the finding when it breaks it.
    ///
    /// - Parameters:
    ///   - entry: the file as walked; its name is the last component of its display path.
    ///   - today: the day the date in the name is checked against.
    ///   - useCases: the use cases the config allows, or nil for any.
    /// - Returns: the name, or nil when it cannot be read, and the finding, or nil when the name passes.
    static func check(_ entry: WalkEntry, today: CalendarDay, useCases: [String]?) -> (name: AssetFileName?, finding: Finding?) {
        let path = entry.displayPath
        let fileName = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[path.utf8.index(after: $0)...]) } ?? path
        if !entry.pathIsUTF8 {
            return (nil, finding("the name (or a folder's on the way to it) is not valid UTF-8, shown here with \\xNN: rename it"))
        }
        let name: AssetFileName
        do throws(AssetFileNameProblem) {
            name = try AssetFileName.parse(fileName, today: today)
        } catch {
            return (nil, finding(error.description))
        }
        if let useCases, !useCases.contains(name.useCase) {
            return (name, finding("the use case '\(name.useCase)' is not one of the config's use-cases: \(useCases.joined(separator: ", "))"))
        }
        return (name, nil)
    }

    private static func finding(_ message: String) -> Finding {
        Finding(rule: .filename, level: .error, message: message, expected: .string("<SKU>_<YYYYMMDD>_<use-case>[_<n>].<ext>"))
    }
}
