import Foundation
import StudioTestSupport
import Testing

/// A temporary folder of images and videos made at test time (ImageMagick, FFmpeg), where `productstudio check`
/// runs with a pinned date, no history database unless one is made, and no account.
final class CheckSandbox {
    private let temporary: TemporaryFolder
    var folder: URL { temporary.url }
    /// The day `$PRODUCTSTUDIO_NOW` pins: names dated after it are in the future.
    static let now = "2026-11-30T12:00:00Z"
    var environment: [String: String] = [
        "PRODUCTSTUDIO_NOW": CheckSandbox.now, "PRODUCTSTUDIO_ACCOUNT": "", "PRODUCTSTUDIO_DB": "/nonexistent/studio.sqlite",
    ]

    init() throws {
        temporary = try TemporaryFolder("check-cli")
    }

    /// Runs a tool (`convert`, `ffmpeg`, `python3`) in the folder; it must succeed.
    func tool(_ arguments: String...) throws {
        try tool(arguments: arguments)
    }

    /// Runs a tool in the folder, its arguments given as an array; it must succeed.
    func tool(arguments: [String]) throws {
        try ChildProcess.check(arguments, in: folder)
    }

    /// A JPEG (or, by the name's extension, PNG…) of `width`x`height` in sRGB, white with a dark product box
    /// of `product` (width, height) in its middle when given.
    func image(_ name: String, _ width: Int, _ height: Int, product: (Int, Int)? = nil, extra: [String] = []) throws {
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent(name).deletingLastPathComponent(),
            withIntermediateDirectories: true
        )
        var arguments = ["convert", "-size", "\(width)x\(height)", "xc:white"]
        if let (w, h) = product {
            let x = (width - w) / 2
            let y = (height - h) / 2
            arguments += ["-fill", "#402010", "-draw", "rectangle \(x),\(y) \(x + w - 1),\(y + h - 1)"]
        }
        let alpha = extra.contains("-alpha")
        var colour = ["-type", alpha ? "TrueColorAlpha" : "TrueColor"]
        if name.hasSuffix(".png") { colour += ["-define", "png:color-type=\(alpha ? 6 : 2)"] }
        try ChildProcess.check(arguments + extra + colour + [name], in: folder)
    }

    /// A short H.264 MP4 of `width`x`height` lasting `seconds`.
    func video(_ name: String, _ width: Int, _ height: Int, seconds: Double = 1) throws {
        try tool(
            "ffmpeg",
            "-v",
            "error",
            "-y",
            "-f",
            "lavfi",
            "-i",
            "color=c=white:s=\(width)x\(height):d=\(seconds):r=30",
            "-c:v",
            "libx264",
            "-pix_fmt",
            "yuv420p",
            name
        )
    }

    /// Writes bytes to a file in the folder.
    func write(_ name: String, _ data: Data) throws {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    /// Runs `productstudio` in the folder.
    @discardableResult
    func run(_ arguments: String...) throws -> ProductStudioBinary.Result {
        try run(arguments)
    }

    /// Runs `productstudio` in the folder, its arguments given as an array.
    @discardableResult
    func run(_ arguments: [String]) throws -> ProductStudioBinary.Result {
        try ProductStudioBinary.run(arguments, environment: environment, in: folder)
    }

    /// Runs `productstudio check ARGUMENTS --format json`, expects `status`, and decodes the report as `type`
    /// (``CheckJSON/Report``, or a narrower shape).
    func checkReport<Report: Decodable>(
        _ type: Report.Type,
        _ arguments: String...,
        status: Int32 = 0,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Report {
        let result = try ProductStudioBinary.run(["check"] + arguments + ["--format", "json"], environment: environment, in: folder)
        #expect(result.status == status, "\(arguments): \(result.stderr)", sourceLocation: sourceLocation)
        return try result.decoded(type)
    }
}
