import StudioCore
import StudioJSON

/// A value printed as one JSON object on one line: each row of a listing, and `history show`.
protocol JSONRecord {
    /// Adds the value's members to `json`, keys in a fixed order.
    func fill(_ json: inout JSONObjectWriter)
}

extension JSONRecord {
    /// The value as a JSON object.
    var json: JSONObjectWriter {
        var json = JSONObjectWriter()
        fill(&json)
        return json
    }
}

extension GenerationTask: JSONRecord {
    func fill(_ json: inout JSONObjectWriter) {
        json.int("task", Int(id))
        json.string("account", account)
        json.string("tool", tool.rawValue)
        switch kind {
        case .images(let quality, let count):
            json.string("quality", quality.rawValue)
            json.int("count", count)
        case .video(let duration):
            json.int("duration", duration.rawValue)
        }
        json.string("sku", sku)
        json.string("use", useCase)
        if let note { json.string("note", note) }
        json.string("status", status.rawValue)
        json.int("charged", charged)
        json.int("refunded", refunded)
        if status == .failed {
            json.bool("eligible", refundEligible)
            if let failureReason { json.string("reason", failureReason) }
        }
        json.string("started", ISOTime.string(from: started))
        if let finished { json.string("finished", ISOTime.string(from: finished)) }
        json.objects("outputs", outputs) { $0.fill(&$1) }
    }
}

extension GenerationOutput: JSONRecord {
    func fill(_ json: inout JSONObjectWriter) {
        json.int("position", position)
        json.string("path", path)
        json.string("sha256", sha256)
        json.int("bytes", Int(bytes))
    }
}

extension CreditTransaction: JSONRecord {
    func fill(_ json: inout JSONObjectWriter) {
        json.int("id", Int(id))
        json.string("date", ISOTime.string(from: date))
        json.string("kind", kind.rawValue)
        json.int("amount", amount)
        json.int("balance", balance)
        if let task { json.int("task", Int(task)) }
        if let pack { json.string("pack", pack) }
        if let reference { json.string("reference", reference) }
        if let note { json.string("note", note) }
    }
}

extension CreditPack: JSONRecord {
    func fill(_ json: inout JSONObjectWriter) {
        json.string("id", id)
        json.string("kind", kind.rawValue)
        json.string("name", name)
        json.int("credits", credits)
        if let period { json.string("period", period) }
    }
}
