import StudioAssets

/// A file's displayed size, for the size and ratio rules.
struct Dimensions {
    let width: Int
    let height: Int

    /// The displayed size of a file that was read, or nil.
    init?(_ file: AssetInfo) {
        guard let width = file.width, let height = file.height, width > 0, height > 0 else { return nil }
        self.width = width
        self.height = height
    }

    var longest: Int { max(width, height) }
    var shortest: Int { min(width, height) }
    /// `2000x1600`.
    var text: String { "\(width)x\(height)" }
    var json: JSONValue { .object([("width", .int(width)), ("height", .int(height))]) }
}

/// Reads size limits (`longest`, `each`, `width`, …) from a profile entry: positive whole numbers, at least one.
enum SizeLimits {
    static func read(_ entry: YAMLMapping, keys: [String], rule: String) -> [String: Int]? {
        var limits: [String: Int] = [:]
        for key in keys {
            guard entry.value(key) != nil else { continue }
            guard let value = entry.int(key) else { return nil }
            guard value > 0 else {
                entry.fail(key: key, "'\(key)' must be a positive number of pixels")
                return nil
            }
            limits[key] = value
        }
        guard !limits.isEmpty else {
            entry.fail(entry.node, "'\(rule)' needs at least one of \(keys.map { "'\($0)'" }.joined(separator: ", "))")
            return nil
        }
        return limits
    }

    static func expected(_ limits: [String: Int], order: [String]) -> JSONValue {
        .object(order.compactMap { key in limits[key].map { (key, JSONValue.int($0)) } })
    }
}
