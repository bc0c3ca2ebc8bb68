/// The colour space an image's pixel values are meant in.
///
/// Taken from the embedded ICC profile when there is one, else from how the file itself
/// declares its pixels (YCbCr JPEG = sRGB, a one-channel PNG = gray, an Adobe CMYK JPEG = CMYK).
public enum ColorSpace: String, Sendable, CaseIterable {
    /// sRGB (IEC 61966-2-1), the web default.
    case srgb
    /// Display P3 (Apple's wide gamut with the sRGB transfer curve).
    case displayP3 = "display-p3"
    /// Adobe RGB (1998).
    case adobeRGB = "adobe-rgb"
    /// Cyan, magenta, yellow and black ink.
    case cmyk
    /// One channel of lightness.
    case gray
    /// Anything else (ProPhoto, Lab, a camera's own profile, ...).
    case other
}
