import Foundation

extension SiteSources {
    /// The data sets pages can place, and what loading them found.
    struct DataSets: Sendable {
        let sets: [String: DataSet]
        /// The names of the sets whose file has errors (reported at the file, once).
        let broken: Set<String>
        let diagnostics: DiagnosticList

        /// The names whose set differs from `previous`, or that only one of the two has (working or broken).
        func changedNames(since previous: DataSets) -> Set<String> {
            let names = Set(sets.keys).union(previous.sets.keys).union(broken).union(previous.broken)
            return names.filter { sets[$0] != previous.sets[$0] || broken.contains($0) != previous.broken.contains($0) }
        }
    }

    /// The program's data sets and those of `content/data/` (`NAME.yml` or `NAME.yaml` is set `NAME`).
    static func loadDataSets(_ inventory: ContentInventory, content: URL, provided: [DataSet]) -> DataSets {
        var diagnostics = DiagnosticList()
        var sets = Dictionary(provided.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var definedBy: [String: String] = [:]
        var broken: Set<String> = []
        for path in inventory.dataFiles {
            let file = "content/" + path
            let fileName = path.dropFirst("data/".count)
            let name = String(fileName.dropLast(fileName.hasSuffix(".yaml") ? 5 : 4))
            if provided.contains(where: { $0.name == name }) {
                diagnostics.error(SourceLocation(file: file), "data set '\(name)' is provided by the program; rename the file")
                continue
            }
            if let other = definedBy[name] {
                diagnostics.error(SourceLocation(file: file), "data set '\(name)' is also defined by \(other); keep one of the two")
                continue
            }
            definedBy[name] = file
            switch SourceText.read(content.appendingPathComponent(path).path) {
            case .failure(let problem):
                diagnostics.error(problem.location(in: file), problem.message)
                broken.insert(name)
            case .success(let text):
                guard let set = DataSetLoader(file: file, name: name).load(text, diagnostics: &diagnostics) else {
                    broken.insert(name)
                    continue
                }
                sets[name] = set
            }
        }
        return DataSets(sets: sets, broken: broken, diagnostics: diagnostics)
    }
}
