import StudioCore

/// The name a corrected copy gets, and the names it falls back to when one is taken in the fix folder:
/// the next counter, as `history download` counts (`_2`, `_3`, …).
public struct CopyName: Sendable, Equatable {
    private enum Shape: Equatable {
        /// A name in the convention: its counter goes up from its own.
        case convention(AssetFileName)
        /// Any other name: `_2`, `_3`… are added to its stem.
        case plain(stem: String, pathExtension: String)
    }

    private let shape: Shape

    /// A name in the naming convention.
    init(_ name: AssetFileName) { shape = .convention(name) }

    /// A name outside the convention, from its stem (the name without its extension) and an extension.
    init(stem: String, pathExtension: String) { shape = .plain(stem: stem, pathExtension: pathExtension) }

    /// The name itself (for 0), then the next free-counter names (1, 2, …).
    public func candidate(_ n: Int) -> String {
        switch shape {
        case .convention(let name):
            let counter = (name.counter ?? 1) + n
            return AssetFileName(
                sku: name.sku,
                date: name.date,
                useCase: name.useCase,
                counter: counter == 1 ? nil : counter,
                pathExtension: name.pathExtension
            )
            .fileName
        case .plain(let stem, let pathExtension):
            let suffix = n == 0 ? "" : "_\(n + 1)"
            return stem + suffix + (pathExtension.isEmpty ? "" : "." + pathExtension)
        }
    }
}
