extension SiteModel {
    /// Claims every file of the site (``OutputClaims``), in a fixed order, and returns the aliases that
    /// may be written: old URL paths (from `aliases`) and the page each redirects to.
    ///
    /// A file claimed twice, or standing where a folder is needed, is an error at the later claimant; a twin
    /// in letter case a warning.
    static func claimOutputs(
        _ tree: SiteTree,
        navigation: NavigationBuilder,
        assets: FingerprintedAssets,
        contentFiles: [String],
        diagnostics: inout DiagnosticList
    ) -> [(urlPath: String, page: Int)] {
        var claims = OutputClaims()
        func claim(_ path: String, by claimant: OutputClaims.Claimant, subject: String = "") -> Bool {
            guard let clash = claims.claim(path, for: claimant) else { return true }
            diagnostics.error(claimant.location, clash.message(subject: subject, path: path))
            return false
        }
        for file in BuilderFile.allCases {
            _ = claim(file.path, by: .init(name: file.name, location: SourceLocation(file: "")))
        }
        for (source, target) in assets.published.sorted(by: { $0.key < $1.key }) {
            let file = "templates/\(FingerprintedAssets.folderName)/\(source)"
            _ = claim(target, by: .init(name: file, location: SourceLocation(file: file)))
        }
        for section in tree.children.keys.sorted() where navigation.listingCount(of: section) > 1 {
            for number in 2...navigation.listingCount(of: section) {
                let name = "page \(number) of the list of \(tree.pages[section].displayName)"
                _ = claim(
                    navigation.listingURLPath(of: section, number: number) + "index.html",
                    by: .init(name: name, location: tree.pages[section].location)
                )
            }
        }
        for page in tree.pages {
            _ = claim(page.path.outputFile, by: .init(name: page.displayName, location: page.location))
        }
        for file in contentFiles {
            _ = claim(file, by: .init(name: "content/" + file, location: SourceLocation(file: "content/" + file)))
        }
        var aliases: [(String, Int)] = []
        for (id, page) in tree.pages.enumerated() {
            for alias in page.frontMatter.aliases {
                let location = SourceLocation(file: page.path.displayPath, line: alias.line)
                guard let normalized = SitePath.normalize(alias.value), !normalized.isEmpty else {
                    diagnostics.error(location, "alias '\(alias.value)' is not a path inside the site")
                    continue
                }
                let urlPath = normalized.hasSuffix("/") ? normalized : normalized + "/"
                let claimant = OutputClaims.Claimant(name: "the alias '\(alias.value)' of \(page.path.displayPath)", location: location)
                if claim(urlPath + "index.html", by: claimant, subject: "alias '\(alias.value)' ") { aliases.append((urlPath, id)) }
            }
        }
        diagnostics.append(contentsOf: claims.caseWarnings)
        return aliases
    }
}
