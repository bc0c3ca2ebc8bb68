import Foundation
import StudioTestSupport

/// Runs the Debian tools the tests use as fixture makers and oracles (ImageMagick, exiftool, FFmpeg).
enum Tool {
    /// Runs `command` (looked up in PATH) in `folder` and returns its standard output.
    @discardableResult
    static func run(_ command: [String], in folder: URL? = nil) throws -> Data {
        try ChildProcess.check(command, in: folder)
    }

    /// `exiftool -json -n` for one file: every tag by its plain name.
    static func exiftool(_ file: URL) throws -> [String: Any] {
        let data = try run(["exiftool", "-json", "-n", "-a", file.path])
        let list = try JSONSerialization.jsonObject(with: data) as? [[String: Any]]
        return list?.first ?? [:]
    }

    /// `ffprobe -show_format -show_streams -of json` for one file.
    static func ffprobe(_ file: URL) throws -> [String: Any] {
        let data = try run(["ffprobe", "-v", "error", "-show_format", "-show_streams", "-of", "json", file.path])
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }
}
