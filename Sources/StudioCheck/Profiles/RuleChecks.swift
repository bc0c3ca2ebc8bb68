/// The check type of every profile rule id.
enum RuleChecks {
    static let types: [RuleID: any RuleCheck.Type] = Dictionary(
        uniqueKeysWithValues: ([
            FormatCheck.self, VideoCodecCheck.self, MinSize.self, MaxSize.self, FileSize.self, Ratio.self, ColorSpaceCheck.self,
            BitDepth.self, Animated.self, DPI.self, Background.self, Transparency.self, ProductFill.self, AILabelCheck.self,
            Duration.self, FPS.self,
        ] as [any RuleCheck.Type]).map { ($0.id, $0) }
    )
}
