import CVips

/// libvips set up once for the whole process, and the helpers every libvips call goes through.
enum Vips {
    /// Starts libvips on first use (thread-safe: Swift runs a static initialiser once).
    ///
    /// The operation cache is off: every file is read once, so caching only costs memory and locking.
    /// Each operation runs on one thread because `inspect` already reads one file per core.
    /// libvips' and GLib's warnings go to ``VipsMessages`` instead of stderr, so each file's message carries them.
    private static let started: Bool = {
        guard vips_init("productstudio") == 0 else { return false }
        vips_cache_set_max(0)
        vips_concurrency_set(1)
        VipsMessages.divertWarnings()
        return true
    }()

    /// Makes sure libvips is started.
    /// - Throws: ``AssetError/library(name:call:message:)`` when `vips_init` failed.
    static func start() throws(AssetError) {
        guard started else { throw .library(name: "libvips", call: "vips_init", message: VipsMessages.take()) }
    }

    /// Runs `work`, a series of libvips calls on one file, so that a failure carries that file's own
    /// message and never another file's.
    ///
    /// libvips keeps one error buffer for the whole process, and its loaders report some problems
    /// (libpng's, libjpeg's) only as GLib warnings. While files are read in parallel, another thread
    /// can write to that buffer, or empty it, between a failing call and the reading of its text. So
    /// `work` first runs alongside the other files' libvips work; only when it fails does it run once
    /// more alone, with no other libvips work under way, and the buffer and the warnings written during
    /// that second run are its message. The second run's result is the answer: a failure is reported
    /// with the same words on every run, whatever else is being read.
    ///
    /// - Throws: ``AssetError/library(name:call:message:)`` naming the failing call, in libvips' words.
    static func attributed<Value>(_ work: () throws(VipsFailure) -> Value) throws(AssetError) -> Value {
        gate.lockShared()
        let alongside = Result(catching: work)
        gate.unlock()
        if case .success(let value) = alongside { return value }
        gate.lockExclusive()
        defer { gate.unlock() }
        VipsMessages.startCapture()
        let alone = Result(catching: work)
        let captured = VipsMessages.take()
        switch alone {
        case .success(let value): return value
        case .failure(.libvips(let call)): throw .library(name: "libvips", call: call, message: captured)
        case .failure(.unexpected(let call, let detail)): throw .library(name: "libvips", call: call, message: detail)
        }
    }

    /// Shared by every file's libvips work; held alone by the run whose messages are being captured.
    private static let gate = ReadWriteLock()
}

/// A libvips call that failed.
///
/// ``Vips/attributed(_:)`` turns it into an ``AssetError`` with its message.
enum VipsFailure: Error {
    /// `call` failed; libvips' messages say why.
    case libvips(call: String)
    /// `call` gave something other than what was asked for, described by `detail` (our own words).
    case unexpected(call: String, detail: String)
}

/// Runs a libvips call that returns 0 on success.
///
/// - Parameters:
///   - call: the name of the libvips function, for the message.
///   - body: the call itself.
/// - Throws: ``VipsFailure`` naming `call`; ``Vips/attributed(_:)`` adds libvips' words.
func vipsCall(_ call: String, _ body: () -> Int32) throws(VipsFailure) {
    guard body() == 0 else { throw .libvips(call: call) }
}

/// An image libvips made, released when the value goes away.
///
/// Never leaves the Probe folder.
final class VipsImageRef {
    let pointer: UnsafeMutablePointer<VipsImage>

    /// Runs a libvips call that makes an image into its output argument.
    init(_ call: String, _ body: (UnsafeMutablePointer<UnsafeMutablePointer<VipsImage>?>) -> Int32) throws(VipsFailure) {
        var out: UnsafeMutablePointer<VipsImage>?
        try vipsCall(call) { body(&out) }
        guard let out else { throw .unexpected(call: call, detail: "no image returned") }
        pointer = out
    }

    deinit { cvips_unref(pointer) }
}
