import Foundation

extension SiteBuilder {
    /// The program's data sets and those of `content/data/` (`NAME.yml` or `NAME.yaml` is set `NAME`).
    /// - Returns: the sets, and the names of the sets whose file has errors (reported here, once).
    func loadDataSets(
        _ inventory: ContentInventory,
        content: URL,
        diagnostics: inout DiagnosticList
    ) -> (sets: [String: DataSet], broken: Set<String>) {
        var sets = Dictionary(options.dataSets.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var definedBy: [String: String] = [:]
        var broken: Set<String> = []
        for path in inventory.dataFiles {
            let file = "content/" + path
            let fileName = path.dropFirst("data/".count)
            let name = String(fileName.dropLast(fileName.hasSuffix(".yaml") ? 5 : 4))
            if options.dataSets.contains(where: { $0.name == name }) {
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
        return (sets, broken)
    }
}
