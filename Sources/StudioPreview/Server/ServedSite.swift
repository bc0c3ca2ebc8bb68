import StudioSite
import Synchronization

/// What the server serves, swapped whole after each rebuild: the last good site, the errors of the last
/// rebuild (shown over every page while it failed) and the site's version.
final class ServedSite: Sendable {
    /// One version of what is served.
    struct Snapshot: Sendable {
        var site = BuiltSite()
        /// The last rebuild's errors as the terminal shows them; empty when it succeeded.
        var errors: [String] = []
        /// Counts the rebuilds that changed the site or its errors.
        var generation = 0
    }

    private let current = Mutex(Snapshot())
    let events = ReloadEvents()

    var snapshot: Snapshot { current.withLock { $0 } }

    /// Serves a rebuild's outcome and tells the open pages, when it changed anything they show; `describe` words
    /// the errors.
    func publish(_ update: SiteUpdate, site: BuiltSite, describe: (SiteDiagnostic) -> String) {
        let errors = update.diagnostics.filter { $0.severity == .error }.map(describe)
        let event = current.withLock { snapshot -> String? in
            guard !update.changedFiles.isEmpty || errors != snapshot.errors else { return nil }
            let previous = snapshot.generation
            snapshot = Snapshot(site: site, errors: errors, generation: previous + 1)
            return ReloadEvents.siteEvent(generation: previous + 1, previous: previous, stylesheets: update.stylesheets)
        }
        if let event { events.send(event) }
    }

    /// Shows a problem that stopped a rebuild (a missing folder, an unreadable file) over every page.
    func publish(failure: String) {
        let event = current.withLock { snapshot -> String? in
            guard snapshot.errors != [failure] else { return nil }
            let previous = snapshot.generation
            snapshot.errors = [failure]
            snapshot.generation += 1
            return ReloadEvents.siteEvent(generation: previous + 1, previous: previous, stylesheets: [:])
        }
        if let event { events.send(event) }
    }

    /// The event a page gets first: the current version, so a page that missed a rebuild reloads.
    var currentEvent: String {
        let generation = snapshot.generation
        return ReloadEvents.siteEvent(generation: generation, previous: generation, stylesheets: [:])
    }
}
