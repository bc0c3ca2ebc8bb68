extension GenerationHistory {
    /// Estimates the credits needed to regenerate the files with these SHA-256s at their recorded quality,
    /// and compares them with the account's balance.
    /// - Throws: ``AccountError/unknownAccount(_:)``.
    public func estimateRegeneration(ofSHA256s hashes: [String], for email: String) throws -> RegenerationEstimate {
        let balance = try CreditLedger(database: database, schedule: schedule).balance(of: email)
        let producers = try producers(ofSHA256s: hashes)
        var items: [RegenerationEstimate.Item] = []
        var unmatched: [String] = []
        for sha256 in hashes {
            guard let (task, _) = producers[sha256.lowercased()] else {
                unmatched.append(sha256)
                continue
            }
            let single = task.kind.oneOutput
            items.append(.init(sha256: sha256.lowercased(), task: task.id, kind: single, credits: try schedule.cost(of: single)))
        }
        return RegenerationEstimate(items: items, unmatched: unmatched, balance: balance)
    }
}
