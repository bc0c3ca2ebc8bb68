extension Raster {
    /// The lowest value of every colour channel in a pixel that counts as near-white.
    static let nearWhiteFloor: UInt8 = 245

    /// Sets every near-white pixel (opaque, every colour channel at least ``nearWhiteFloor``) that is connected
    /// to the border through near-white pixels (4-connected) to pure white; near-white inside the product,
    /// walled off by darker pixels, is kept.
    ///
    /// A span fill: each seed grows into the whole near-white run of its row, then seeds the runs above and below.
    mutating func whitenBackground() {
        let (width, height, bands) = (self.width, self.height, self.bands)
        guard width > 0, height > 0 else { return }
        var visited = [Bool](repeating: false, count: width * height)
        samples.withUnsafeMutableBufferPointer { samples in
            visited.withUnsafeMutableBufferPointer { visited in
                func isNearWhite(_ pixel: Int) -> Bool {
                    let base = pixel * bands
                    return samples[base] >= Self.nearWhiteFloor && samples[base + 1] >= Self.nearWhiteFloor
                        && samples[base + 2] >= Self.nearWhiteFloor && (bands == 3 || samples[base + 3] == 255)
                }
                func open(_ x: Int, _ y: Int) -> Bool { !visited[y * width + x] && isNearWhite(y * width + x) }
                var seeds: [(x: Int, y: Int)] = []
                for x in 0..<width { seeds += [(x, 0), (x, height - 1)] }
                for y in 0..<height { seeds += [(0, y), (width - 1, y)] }
                while let (x, y) = seeds.popLast() {
                    guard open(x, y) else { continue }
                    var left = x
                    while left > 0 && open(left - 1, y) { left -= 1 }
                    var right = x
                    while right < width - 1 && open(right + 1, y) { right += 1 }
                    for column in left...right {
                        let pixel = y * width + column
                        visited[pixel] = true
                        for channel in 0..<3 { samples[pixel * bands + channel] = 255 }
                    }
                    for row in [y - 1, y + 1] where row >= 0 && row < height {
                        var column = left
                        while column <= right {
                            if open(column, row) {
                                seeds.append((column, row))
                                while column <= right && open(column, row) { column += 1 }
                            } else {
                                column += 1
                            }
                        }
                    }
                }
            }
        }
    }
}
