/// An EXIF orientation (1-8): how stored pixels map to what a viewer displays.
///
/// 1 as stored, 2 mirrored left-right, 3 turned 180°, 4 mirrored top-bottom, 5 transposed,
/// 6 turned 90° clockwise, 7 transversed, 8 turned 90° counter-clockwise.
struct Orientation: Equatable {
    let value: Int

    /// An orientation; anything outside 1-8 counts as 1.
    init(_ value: Int) { self.value = (1...8).contains(value) ? value : 1 }

    /// Whether displayed width and height are the stored height and width.
    var swapsAxes: Bool { value >= 5 }

    /// Maps a box on a reduced copy to displayed pixels of the full-size image.
    func displayedBox(
        _ box: Box,
        scaleX: Double,
        scaleY: Double,
        storedWidth: Int,
        storedHeight: Int
    ) -> ProductBox {
        let w = Double(storedWidth)
        let h = Double(storedHeight)
        let corners = [
            displayed(Double(box.x0) * scaleX, Double(box.y0) * scaleY, w, h),
            displayed(min(w, Double(box.x1) * scaleX), min(h, Double(box.y1) * scaleY), w, h),
        ]
        let xs = corners.map(\.0)
        let ys = corners.map(\.1)
        let x = Int(xs.min()!.rounded(.down))
        let y = Int(ys.min()!.rounded(.down))
        let width = Int(xs.max()!.rounded(.up)) - x
        let height = Int(ys.max()!.rounded(.up)) - y
        return ProductBox(x: x, y: y, width: width, height: height, fill: Double(width * height) / (w * h))
    }

    /// A point (continuous coordinates) of a stored image of size `w`×`h` as displayed.
    private func displayed(_ x: Double, _ y: Double, _ w: Double, _ h: Double) -> (Double, Double) {
        switch value {
        case 2: (w - x, y)
        case 3: (w - x, h - y)
        case 4: (x, h - y)
        case 5: (y, x)
        case 6: (h - y, x)
        case 7: (h - y, w - x)
        case 8: (y, w - x)
        default: (x, y)
        }
    }
}
