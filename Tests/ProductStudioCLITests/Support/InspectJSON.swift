/// The JSON contract of `inspect --format json`, also the `facts` of each asset of a check report.
enum InspectJSON {
    /// `{"assets": [...]}`.
    struct Report: Decodable {
        let assets: [Asset]
    }

    /// The report with each asset as a plain object, to assert which keys an asset holds and that two assets
    /// hold the same facts.
    struct Objects: Decodable {
        let assets: [[String: JSONValue]]
    }

    /// One file's facts.
    ///
    /// Image-only keys are left out; the video-only ones read here are optional.
    struct Asset: Decodable {
        let path: String
        let kind: String
        @Nullable var format: String?
        let extensionMatches: Bool
        @Nullable var bytes: Int?
        @Nullable var width: Int?
        @Nullable var height: Int?
        /// Videos only; `null` when the container does not say.
        let durationSeconds: Double?
        /// Videos only.
        let fps: Double?
        /// Only when pixels were analysed.
        let pixels: Pixels?
        @Nullable var error: String?
    }

    /// The statistics of a reduced copy of an image.
    struct Pixels: Decodable {
        let analysedWidth: Int
        let analysedHeight: Int
        let border: Border
        let anyTransparent: Bool
        @Nullable var product: ProductBox?
    }

    /// The band along the image's edges.
    struct Border: Decodable {
        let bandFraction: Double
        let mean: [Double]
        let min: [Int]
        let nearWhiteTolerance: Int
        let nearWhiteShare: Double
    }

    /// Where the product is, and how much of the frame it fills.
    struct ProductBox: Decodable {
        let x: Int
        let y: Int
        let width: Int
        let height: Int
        let fill: Double
    }
}
