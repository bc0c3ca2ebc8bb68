import StudioCore
import StudioJSON

/// A value printed as one JSON object on one line: each row of a listing, and `history show`.
protocol JSONRecord {
    /// The object, its keys in a fixed order.
    var json: JSONObjectWriter { get }
}

extension GenerationTask: JSONRecord {
    var json: JSONObjectWriter {
        var json = JSONObjectWriter()
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
        json.raw("outputs", JSONText.array(outputs.map(\.json.text)))
        return json
    }
}

extension GenerationOutput: JSONRecord {
    var json: JSONObjectWriter {
        var json = JSONObjectWriter()
        json.int("position", position)
        json.string("path", path)
        json.string("sha256", sha256)
        json.int("bytes", Int(bytes))
        return json
    }
}

extension CreditTransaction: JSONRecord {
    var json: JSONObjectWriter {
        var json = JSONObjectWriter()
        json.int("id", Int(id))
        json.string("date", ISOTime.string(from: date))
        json.string("kind", kind.rawValue)
        json.int("amount", amount)
        json.int("balance", balance)
        if let task { json.int("task", Int(task)) }
        if let pack { json.string("pack", pack) }
        if let reference { json.string("reference", reference) }
        if let note { json.string("note", note) }
        return json
    }
}

extension CreditPack: JSONRecord {
    var json: JSONObjectWriter {
        var json = JSONObjectWriter()
        json.string("id", id)
        json.string("kind", kind.rawValue)
        json.string("name", name)
        json.int("credits", credits)
        if let period { json.string("period", period) }
        return json
    }
}
