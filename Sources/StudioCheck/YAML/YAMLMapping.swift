import Yams

/// Reads typed values out of one YAML mapping of a profile or config file, recording a located
/// ``ConfigProblem`` in a shared ``YAMLProblems`` for each mistake (a wrong type, a missing key) and, on
/// ``finish(known:)``, each unknown key.
final class YAMLMapping {
    let node: Node
    let problems: YAMLProblems
    private let mapping: Node.Mapping
    private var used: Set<String> = []

    var file: String { problems.file }

    /// Reads `node` as a mapping; nil (with a problem recorded) when it is something else.
    static func read(_ node: Node, what: String, problems: YAMLProblems) -> YAMLMapping? {
        guard let mapping = node.mapping else {
            problems.fail(node, "\(what) must be a mapping of keys to values")
            return nil
        }
        return YAMLMapping(node: node, mapping: mapping, problems: problems)
    }

    /// Parses a whole file whose top is a mapping.
    static func parse(_ text: String, problems: YAMLProblems) -> YAMLMapping? {
        do {
            guard let node = try Yams.compose(yaml: text) else {
                problems.items.append(ConfigProblem(file: problems.file, line: 1, column: 1, message: "the file is empty"))
                return nil
            }
            return read(node, what: "the file", problems: problems)
        } catch let error as YamlError {
            problems.items.append(Self.problem(error, file: problems.file))
            return nil
        } catch {
            problems.items.append(ConfigProblem(file: problems.file, message: "\(error)"))
            return nil
        }
    }

    private init(node: Node, mapping: Node.Mapping, problems: YAMLProblems) {
        self.node = node
        self.mapping = mapping
        self.problems = problems
    }

    /// The keys present, in the file's order.
    var keys: [String] { mapping.keys.compactMap(\.string) }

    /// The value node of `key`, marking the key as known.
    func value(_ key: String) -> Node? {
        used.insert(key)
        return mapping[key]
    }

    func string(_ key: String) -> String? {
        guard let node = value(key) else { return nil }
        guard case .scalar(let scalar) = node else {
            fail(node, "'\(key)' must be text")
            return nil
        }
        return scalar.string
    }

    func int(_ key: String) -> Int? {
        guard let node = value(key) else { return nil }
        guard case .scalar(let scalar) = node, let value = Int(scalar.string.replacingOccurrences(of: "_", with: "")) else {
            fail(node, "'\(key)' must be a whole number")
            return nil
        }
        return value
    }

    func double(_ key: String) -> Double? {
        guard let node = value(key) else { return nil }
        guard case .scalar(let scalar) = node, let value = Double(scalar.string), value.isFinite else {
            fail(node, "'\(key)' must be a number")
            return nil
        }
        return value
    }

    func bool(_ key: String) -> Bool? {
        guard let node = value(key) else { return nil }
        guard case .scalar(let scalar) = node, let value = ["true": true, "false": false][scalar.string.lowercased()] else {
            fail(node, "'\(key)' must be true or false")
            return nil
        }
        return value
    }

    /// A list of texts; a single text is read as a list of one.
    func strings(_ key: String) -> [(value: String, node: Node)]? {
        guard let node = value(key) else { return nil }
        if case .scalar(let scalar) = node { return [(scalar.string, node)] }
        guard let sequence = node.sequence else {
            fail(node, "'\(key)' must be a list")
            return nil
        }
        return sequence.compactMap { item in
            guard case .scalar(let scalar) = item else {
                fail(item, "each entry of '\(key)' must be text")
                return nil
            }
            return (scalar.string, item)
        }
    }

    /// A list of mappings.
    func mappings(_ key: String, what: String) -> [YAMLMapping]? {
        guard let node = value(key) else { return nil }
        guard let sequence = node.sequence else {
            fail(node, "'\(key)' must be a list")
            return nil
        }
        return sequence.compactMap { YAMLMapping.read($0, what: what, problems: problems) }
    }

    /// A mapping.
    func mapping(_ key: String) -> YAMLMapping? {
        guard let node = value(key) else { return nil }
        return YAMLMapping.read(node, what: "'\(key)'", problems: problems)
    }

    /// Records a problem at a node of this file.
    func fail(_ node: Node, _ message: String) {
        problems.fail(node, message)
    }

    /// Records a problem at a key's value, or at the mapping when the key is absent.
    func fail(key: String, _ message: String) {
        fail(mapping[key] ?? node, message)
    }

    /// Records an unknown-key problem for every key neither read nor in `known`.
    func finish(known: [String] = []) {
        for (keyNode, _) in mapping {
            guard let key = keyNode.string else {
                fail(keyNode, "keys must be text")
                continue
            }
            if !used.contains(key) && !known.contains(key) {
                let suggestion = Suggestion.nearest(to: key, among: known + Array(used)).map { "; did you mean '\($0)'?" } ?? ""
                fail(keyNode, "unknown key '\(key)'\(suggestion)")
            }
        }
    }

    private static func problem(_ error: YamlError, file: String) -> ConfigProblem {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            ConfigProblem(file: file, line: mark.line, column: mark.column, message: "bad YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            ConfigProblem(
                file: file,
                line: context.mark.line,
                column: context.mark.column,
                message: "duplicate key '\(duplicates.joined(separator: "', '"))'"
            )
        default: ConfigProblem(file: file, message: "bad YAML: \(error)")
        }
    }
}

/// The problems found in one file, shared by every ``YAMLMapping`` read from it.
final class YAMLProblems {
    /// The file as the user named it.
    let file: String
    var items: [ConfigProblem] = []

    init(file: String) {
        self.file = file
    }

    /// Records a problem at a node.
    func fail(_ node: Node, _ message: String) {
        items.append(ConfigProblem(file: file, line: node.mark?.line, column: node.mark?.column, message: message))
    }
}
