import CVips

/// libvips set up once for the whole process, and the one helper every libvips call goes through.
enum Vips {
    /// Starts libvips on first use (thread-safe: Swift runs a static initialiser once).
    ///
    /// The operation cache is off: every file is read once, so caching only costs memory and locking.
    /// Each operation runs on one thread because `inspect` already reads one file per core.
    ///
    /// It also tells glibc's allocator, for the whole process, to keep freed blocks of up to 32 MB and
    /// up to 64 MB of free heap for reuse. libjpeg and libvips allocate and free buffers of megabytes for
    /// every image; by default glibc hands them back to the kernel, and the next image pays a page fault
    /// per 4 KB page to get them back (see `mallopt(3)`: `M_MMAP_THRESHOLD`, `M_TRIM_THRESHOLD`).
    private static let started: Bool = {
        cvips_keep_freed_memory(32 << 20, 64 << 20)
        guard vips_init("productstudio") == 0 else { return false }
        vips_cache_set_max(0)
        vips_concurrency_set(1)
        cvips_silence_warnings()
        return true
    }()

    /// Makes sure libvips is started.
    /// - Throws: ``AssetError/library(name:call:message:)`` when `vips_init` failed.
    static func start() throws(AssetError) {
        guard started else { throw .library(name: "libvips", call: "vips_init", message: takeErrorMessage()) }
    }

    /// Takes (and clears) the text libvips left in its error buffer.
    ///
    /// The buffer is shared by every thread, so when `path` is given, lines that libvips prefixed
    /// with another file's name (written by another thread's failure) are left out.
    static func takeErrorMessage(about path: String? = nil) -> String {
        guard let buffer = vips_error_buffer_copy() else { return "unknown error" }
        defer { g_free(buffer) }
        let lines = String(cString: buffer).split(whereSeparator: \.isNewline).map(String.init).filter { line in
            guard let path, let colon = line.firstRange(of: ": ") else { return true }
            let prefix = line[..<colon.lowerBound]
            return !prefix.contains("/") || prefix == path
        }
        return lines.isEmpty ? "unknown error" : lines.joined(separator: "; ")
    }
}

/// Runs a libvips call that returns 0 on success and throws its error message otherwise.
///
/// - Parameters:
///   - call: the name of the libvips function, for the message.
///   - path: the file being read, to keep other files' messages out of this one's.
///   - body: the call itself.
/// - Throws: ``AssetError/library(name:call:message:)`` with libvips' own words.
func vipsCall(_ call: String, about path: String? = nil, _ body: () -> Int32) throws(AssetError) {
    guard body() == 0 else {
        throw .library(name: "libvips", call: call, message: Vips.takeErrorMessage(about: path))
    }
}

/// An image libvips made, released when the value goes away. Never leaves the Probe folder.
final class VipsImageRef {
    let pointer: UnsafeMutablePointer<VipsImage>

    /// Runs a libvips call that makes an image (of the file at `path`) into its output argument.
    init(
        _ call: String,
        about path: String,
        _ body: (UnsafeMutablePointer<UnsafeMutablePointer<VipsImage>?>) -> Int32
    ) throws(AssetError) {
        var out: UnsafeMutablePointer<VipsImage>?
        try vipsCall(call, about: path) { body(&out) }
        guard let out else { throw .library(name: "libvips", call: call, message: "no image returned") }
        pointer = out
    }

    deinit { cvips_unref(pointer) }
}
