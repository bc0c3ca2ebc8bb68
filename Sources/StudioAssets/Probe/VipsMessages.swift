import CVips
import Synchronization

/// What libvips says about a failure: its error buffer and the GLib warnings its loaders send
/// (libpng's "IHDR: CRC error", libjpeg's "Corrupt JPEG data: ...").
///
/// Warnings never reach stderr: outside a capture they are dropped, during one they are kept.
/// Only ``Vips/attributed(_:)`` captures, while no other libvips work runs, so everything kept
/// belongs to the one file being read.
enum VipsMessages {
    /// The warnings kept since ``startCapture()``, or nil when not capturing.
    private static let warnings = Mutex<[String]?>(nil)

    /// Sends libvips' and GLib's warnings and messages to ``warnings`` instead of stderr.
    static func divertWarnings() {
        let levels = GLogLevelFlags(rawValue: G_LOG_LEVEL_WARNING.rawValue | G_LOG_LEVEL_MESSAGE.rawValue)
        for domain in ["VIPS", "GLib-GObject"] {
            g_log_set_handler(
                domain,
                levels,
                { _, _, message, _ in
                    guard let message else { return }
                    VipsMessages.keep(String(cString: message))
                },
                nil
            )
        }
    }

    private static func keep(_ warning: String) {
        warnings.withLock { kept in kept?.append(warning) }
    }

    /// Empties libvips' error buffer and starts keeping warnings.
    static func startCapture() {
        vips_error_clear()
        warnings.withLock { $0 = [] }
    }

    /// libvips' warning for each tile a failed decode left empty ("error in tile 0 x 3"): it says nothing
    /// the decoder's own message does not, so it is left out.
    private static let tileNotice = "error in tile "

    /// The warnings kept and the error buffer's lines, each once, joined by "; " ("unknown error" when
    /// there are none); empties the buffer and stops keeping warnings.
    static func take() -> String {
        let kept = warnings.withLock { kept in
            defer { kept = nil }
            return kept ?? []
        }
        var errors: [String] = []
        if let buffer = vips_error_buffer_copy() {
            errors = String(cString: buffer).split(whereSeparator: \.isNewline).map(String.init)
            g_free(buffer)
        }
        var seen = Set<String>()
        let lines = (kept + errors).map { $0.trimmingWhitespace() }.filter { line in
            !line.isEmpty && !line.hasPrefix(tileNotice) && seen.insert(line).inserted
        }
        return lines.isEmpty ? "unknown error" : lines.joined(separator: "; ")
    }
}
