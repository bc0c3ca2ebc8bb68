import Foundation
import StudioTestSupport
import Testing

extension CheckSandbox {
    /// The displayed pixels of a file (its EXIF orientation applied, transparency flattened onto white), the
    /// part `crop` names (an ImageMagick geometry) or all of it, scaled to `side`×`side` 8-bit RGB by ImageMagick.
    func pixels(_ name: String, crop: String? = nil, side: Int = 64) throws -> [UInt8] {
        let raw = "pixels-\(UUID().uuidString).rgb"
        var arguments = ["convert", name, "-auto-orient", "-colorspace", "sRGB", "-background", "white", "-flatten"]
        if let crop { arguments += ["-crop", crop, "+repage"] }
        arguments += ["-resize", "\(side)x\(side)!", "-depth", "8", "rgb:" + raw]
        try ChildProcess.check(arguments, in: folder)
        let url = folder.appendingPathComponent(raw)
        defer { try? FileManager.default.removeItem(at: url) }
        return Array(try Data(contentsOf: url))
    }

    /// The mean absolute difference, in levels, between two sets of samples of the same size.
    static func meanDifference(_ a: [UInt8], _ b: [UInt8]) -> Double {
        guard a.count == b.count, !a.isEmpty else { return .infinity }
        return Double(zip(a, b).reduce(0) { $0 + abs(Int($1.0) - Int($1.1)) }) / Double(a.count)
    }

    /// `exiftool -json -n` for one file of the folder: every tag by its plain name.
    func exiftool(_ name: String) throws -> [String: Any] {
        let output = try ChildProcess.check(["exiftool", "-json", "-n", name], in: folder)
        let list = try JSONSerialization.jsonObject(with: output) as? [[String: Any]]
        return list?.first ?? [:]
    }

    /// The SHA-256 of every file under the folder's `subfolder`, by path.
    func hashes(under subfolder: String = ".") throws -> [String: String] {
        let output = try ChildProcess.shell("find '\(subfolder)' -type f -exec sha256sum {} + | sort", in: folder)
        return Dictionary(
            uniqueKeysWithValues: String(decoding: output, as: UTF8.self).split(separator: "\n").map { line in
                let fields = line.split(separator: " ", maxSplits: 1)
                return (String(fields[1].trimmingCharacters(in: .whitespaces)), String(fields[0]))
            }
        )
    }
}
