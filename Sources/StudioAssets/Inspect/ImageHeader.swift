/// What an image's header says, from libvips or from a fast path that agrees with it.
struct ImageHeader: Equatable {
    /// Width as stored (before orientation).
    var storedWidth: Int
    /// Height as stored.
    var storedHeight: Int
    /// The image-only facts.
    var facts: ImageFacts
    /// EXIF DateTimeOriginal as `YYYY-MM-DDTHH:MM:SS`.
    var created: String?
}
