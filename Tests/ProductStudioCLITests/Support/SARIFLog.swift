/// The parts of a SARIF 2.1.0 log (`check --format sarif`) the tests read; the whole log is validated
/// against the OASIS schema separately.
struct SARIFLog: Decodable {
    let version: String
    let runs: [Run]

    struct Run: Decodable {
        let tool: Tool
        let results: [Result]
    }

    struct Tool: Decodable {
        let driver: Driver
    }

    struct Driver: Decodable {
        let rules: [Rule]
    }

    struct Rule: Decodable {
        let id: String
        let helpUri: String?
    }

    struct Result: Decodable {
        let ruleId: String
        let ruleIndex: Int
        let locations: [Location]

        /// The URI of the file of its first location.
        var uri: String? { locations.first?.physicalLocation.artifactLocation.uri }
    }

    struct Location: Decodable {
        let physicalLocation: PhysicalLocation
    }

    struct PhysicalLocation: Decodable {
        let artifactLocation: ArtifactLocation
    }

    struct ArtifactLocation: Decodable {
        let uri: String
    }
}
