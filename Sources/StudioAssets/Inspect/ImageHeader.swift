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

extension ImageHeader {
    /// Replaces what libvips reported with what the file's own headers state (see ``StatedFacts``).
    mutating func apply(_ stated: StatedFacts) {
        if let width = stated.displayedWidth, let height = stated.displayedHeight {
            (storedWidth, storedHeight) = (width, height)
        }
        if let bitDepth = stated.bitDepth { facts.bitDepth = bitDepth }
        if let frames = stated.frames { facts.frames = frames }
        if let hasAlpha = stated.hasAlpha { facts.hasAlpha = hasAlpha }
        if facts.iccProfile == nil, let profile = stated.iccProfile.flatMap(ICCProfile.init) {
            facts.iccProfile = profile.description
            facts.colorSpace = profile.colorSpace
        } else if facts.iccProfile == nil, let colorSpace = stated.colorSpace {
            facts.colorSpace = colorSpace
        }
        if let exif = stated.exif {
            facts.gps = exif.hasGPS
            created = exif.dateTimeOriginal.flatMap(EXIFDate.isoString)
        }
    }
}
