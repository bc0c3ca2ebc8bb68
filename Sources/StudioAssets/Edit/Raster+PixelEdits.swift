extension Raster {
    /// Applies the edits of `edit` that work on whole-image pixels, in order: whitening the background,
    /// filling the frame, padding to a ratio.
    /// - Returns: notes on what was not done.
    mutating func applyPixelEdits(_ edit: ImageEdit) -> [EditNote] {
        var notes: [EditNote] = []
        if edit.whitenBackground { whitenBackground() }
        if let fill = edit.fillFrame {
            switch frameFilled(fill, ratio: edit.padding?.ratio ?? Double(width) / Double(height)) {
            case .success(let filled): self = filled
            case .failure(let kept): notes.append(.frameKept(kept.reason))
            }
        }
        if let padding = edit.padding, let window = FrameLayout.padding(width: width, height: height, ratio: padding.ratio) {
            self = self.window(window, fill: background(padding.background))
        }
        return notes
    }

    /// Why ``frameFilled(_:ratio:)`` left the raster as it is.
    private struct FrameKept: Error {
        let reason: EditNote.FrameKept
    }

    /// The raster cropped around its product (padded with white where the window passes an edge).
    private func frameFilled(_ fill: ImageEdit.FrameFill, ratio: Double) -> Result<Raster, FrameKept> {
        guard let product = analysis.product else { return .failure(FrameKept(reason: .noProduct)) }
        let share = max(Double(product.width) / Double(width), Double(product.height) / Double(height))
        guard share < fill.share else { return .failure(FrameKept(reason: .alreadyFilled)) }
        let window = FrameLayout.filling(product, share: fill.share, ratio: ratio)
        if let minimum = fill.minimumSize, !minimum.areMet(byMinimum: window.width, window.height) {
            return .failure(FrameKept(reason: .belowMinimum(width: window.width, height: window.height)))
        }
        return .success(self.window(window, fill: background(.white)))
    }

    /// The samples of a padding colour.
    private func background(_ background: ImageEdit.Background) -> [UInt8] {
        switch background {
        case .white: [UInt8](repeating: 255, count: bands)
        case .borderMean: analysis.border.mean.prefix(bands).map { UInt8($0.rounded()) }
        }
    }

    /// The statistics of this full-size raster, as `inspect --pixels` computes them on a reduced one.
    private var analysis: PixelStats {
        PixelAnalysis(raster: self).stats(storedWidth: width, storedHeight: height, orientation: 1)
    }
}
