/// One thing the checker found wrong with a file: data, not an error; the reports word and place it.
public struct Finding: Sendable, Equatable {
    /// The rule that found it.
    public var rule: RuleID
    public var level: FindingLevel
    /// The profile whose rule it is (`amazon`), or nil for a house rule.
    public var profile: String?
    /// What is wrong and how to fix it, in one sentence.
    public var message: String
    /// What the rule wants, or nil when it is not a value.
    public var expected: JSONValue?
    /// What the file has, or nil when it is not a value.
    public var actual: JSONValue?
    /// The page the rule comes from, or nil for house rules.
    public var source: String?

    /// Creates a finding.
    public init(
        rule: RuleID,
        level: FindingLevel,
        profile: String? = nil,
        message: String,
        expected: JSONValue? = nil,
        actual: JSONValue? = nil,
        source: String? = nil
    ) {
        self.rule = rule
        self.level = level
        self.profile = profile
        self.message = message
        self.expected = expected
        self.actual = actual
        self.source = source
    }
}
