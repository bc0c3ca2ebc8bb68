/// Checks that a GIF ends with its trailer byte.
enum GIFScanner {
    static func scan(_ file: AssetFile) throws(AssetError) -> ContainerScan {
        var result = ContainerScan()
        if try file.tail(1) != [0x3B] { result.truncation = "no trailer byte (3B) at the end" }
        return result
    }
}
