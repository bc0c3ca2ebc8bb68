extension String {
    /// Whether the text shows nothing: empty, or only spaces, line breaks, control and invisible format characters.
    public var isBlank: Bool {
        unicodeScalars.allSatisfy { scalar in
            switch scalar.properties.generalCategory {
            case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator: true
            default: false
            }
        }
    }
}
