/// Where the frame of a corrected copy falls on the original: the windows that fill the frame with the product and that pad to a ratio.
///
/// Pure geometry on whole pixels.
enum FrameLayout {
    /// The window around `product` (its box on a `width`×`height` image) in which the box's longer side, read
    /// against the window as ``ProductFill`` reads it, is `share`, at width-to-height `ratio`, centred on the box.
    static func filling(_ product: ProductBox, share: Double, ratio: Double) -> PixelRect {
        let height = max(Double(product.height), Double(product.width) / ratio) / share
        let frameHeight = Int(height.rounded(.up))
        let frameWidth = max(product.width, Int((Double(frameHeight) * ratio).rounded()))
        return PixelRect(
            x: product.x - (frameWidth - product.width) / 2,
            y: product.y - (frameHeight - product.height) / 2,
            width: frameWidth,
            height: frameHeight
        )
    }

    /// The window that pads a `width`×`height` image to `ratio` (width / height) without cropping, the image
    /// centred; nil when it is already within half a pixel of that ratio.
    static func padding(width: Int, height: Int, ratio: Double) -> PixelRect? {
        let current = Double(width) / Double(height)
        if current < ratio {
            let padded = Int((Double(height) * ratio).rounded())
            guard padded > width else { return nil }
            return PixelRect(x: -(padded - width) / 2, y: 0, width: padded, height: height)
        }
        let padded = Int((Double(width) / ratio).rounded())
        guard padded > height else { return nil }
        return PixelRect(x: 0, y: -(padded - height) / 2, width: width, height: padded)
    }
}
