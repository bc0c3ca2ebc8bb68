import Foundation

/// Runs the Debian tools the tests use as fixture makers and oracles (ImageMagick, exiftool, FFmpeg).
enum Tool {
    struct Failure: Error, CustomStringConvertible {
        let command: [String]
        let output: String
        var description: String { "\(command.joined(separator: " ")) failed: \(output)" }
    }

    /// Runs `command` (looked up in PATH) in `folder` and returns its standard output.
    @discardableResult
    static func run(_ command: [String], in folder: URL? = nil) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command
        if let folder { process.currentDirectoryURL = folder }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("tool-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let errorText = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try handle.close()
        let data = try Data(contentsOf: output)
        guard process.terminationStatus == 0 else {
            throw Failure(command: command, output: String(decoding: errorText, as: UTF8.self))
        }
        return data
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
