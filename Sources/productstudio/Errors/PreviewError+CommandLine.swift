import StudioPreview

/// A preview server that cannot start or keep running.
extension PreviewError: CommandLineError {}
