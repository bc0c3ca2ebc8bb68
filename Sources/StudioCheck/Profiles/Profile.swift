public import StudioAssets

/// A platform's rules for images and videos, loaded from YAML: data, not code.
///
/// Get the built-in ones from ``ProfileCatalog``, or load a file in the same shape with
/// ``ProfileLoader``. Each rule says what the platform asks, how seriously (``ProfileRule/level``)
/// and where that is written (``ProfileRule/source``).
public struct Profile: Sendable {
    /// The name `--profile` takes (`amazon`).
    public let name: String
    /// How messages name the platform (`Amazon`).
    public let title: String
    /// The rules, images first, in the file's order.
    public let rules: [ProfileRule]
    /// ``rules(for:slot:)`` worked out once, since every file asks.
    private let rulesByKindAndSlot: [AssetKind: [Slot: [ProfileRule]]]

    /// Creates a profile.
    public init(name: String, title: String, rules: [ProfileRule]) {
        self.name = name
        self.title = title
        self.rules = rules
        var byKindAndSlot: [AssetKind: [Slot: [ProfileRule]]] = [:]
        for kind in AssetKind.allCases {
            for slot in Slot.allCases {
                byKindAndSlot[kind, default: [:]][slot] = rules.filter { $0.media == kind && ($0.slot == nil || $0.slot == slot) }
            }
        }
        rulesByKindAndSlot = byKindAndSlot
    }

    /// Whether the profile has any rule for videos.
    public var hasVideoRules: Bool { rules.contains { $0.media == .video } }

    /// The rules that apply to a file of this kind in this slot.
    public func rules(for kind: AssetKind, slot: Slot) -> [ProfileRule] {
        rulesByKindAndSlot[kind]?[slot] ?? []
    }

    /// Whether checking an image in this slot needs its decoded pixels.
    public func needsPixels(slot: Slot) -> Bool {
        rules(for: .image, slot: slot).contains(where: \.needsPixels)
    }
}

/// One rule of a profile: what it checks with which values, how seriously, and where it is written.
public struct ProfileRule: Sendable {
    /// The rule id (`min-size`).
    public var id: RuleID { type(of: check).id }
    /// Images or videos.
    public let media: AssetKind
    /// `hard` rules give errors, `recommended` ones warnings.
    public let level: FindingLevel
    /// The slot the rule is for, or nil for every file.
    public let slot: Slot?
    /// The page the rule comes from.
    public let source: String?
    /// The rule's own values as the profile file writes them (`longest: 500`), in YAML flow style.
    public let parameters: [(key: String, yaml: String)]
    let check: any RuleCheck

    init(media: AssetKind, level: FindingLevel, slot: Slot?, source: String?, parameters: [(key: String, yaml: String)], check: any RuleCheck) {
        self.media = media
        self.level = level
        self.slot = slot
        self.source = source
        self.parameters = parameters
        self.check = check
    }

    /// What the rule asks, for people: `longest side at least 500 px`.
    public var requirement: String { (slot == .main ? "main image: " : "") + check.requirement }
    /// What the rule asks, as the JSON reports give it.
    public var expected: JSONValue { check.expected }
    /// Whether the rule needs the decoded pixels.
    public var needsPixels: Bool { check.needsPixels }

    /// The finding for `file`, or nil when it passes.
    func finding(for file: AssetInfo, in profile: Profile) -> Finding? {
        guard let violation = check.violation(of: file, platform: profile.title) else { return nil }
        return Finding(
            rule: id,
            level: level,
            profile: profile.name,
            message: violation.message,
            expected: check.expected,
            actual: violation.actual,
            source: source
        )
    }
}
