import CFFmpeg

/// libavformat set up once, and the one helper every libavformat call goes through.
enum AV {
    /// Silences FFmpeg's own logging (it would write to stderr); errors reach us as return codes.
    private static let started: Bool = {
        av_log_set_level(AV_LOG_QUIET)
        return true
    }()

    /// Makes sure libavformat is set up.
    static func start() { _ = started }

    /// FFmpeg's text for an error code.
    static func message(for code: Int32) -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard av_strerror(code, &buffer, buffer.count) == 0 else { return "error \(code)" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// Runs a libavformat call that returns a negative error code on failure and throws its message.
///
/// - Parameters:
///   - call: the name of the FFmpeg function, for the message.
///   - body: the call itself.
/// - Throws: ``AssetError/library(name:call:message:)`` with `av_strerror`'s words.
func avCall(_ call: String, _ body: () -> Int32) throws(AssetError) {
    let code = body()
    guard code >= 0 else { throw .library(name: "libavformat", call: call, message: AV.message(for: code)) }
}
