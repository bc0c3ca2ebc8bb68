import StudioAssets

/// `gps` (house rule, warning): EXIF GPS data is embedded, which tells where the photo was taken (the shop).
enum GPSRule {
    static func finding(for file: AssetInfo) -> Finding? {
        guard file.image?.gps == true else { return nil }
        return Finding(
            rule: .gps,
            level: .warning,
            message: "the file carries EXIF GPS data, which tells where it was made: remove it (exiftool -gps:all= FILE)",
            expected: .string("no GPS"),
            actual: .string("GPS")
        )
    }
}
