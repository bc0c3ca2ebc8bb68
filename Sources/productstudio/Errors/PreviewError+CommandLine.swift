import StudioPreview

/// A preview server that cannot start or keep running.
extension PreviewError: CommandLineError {
    var hint: String? {
        if case .site(let error) = self { error.hint } else { nil }
    }
}
