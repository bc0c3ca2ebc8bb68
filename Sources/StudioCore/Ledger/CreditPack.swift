import Foundation

/// A plan or a one-time pack from the catalog Credits Management sells: an id and the credits it adds.
public struct CreditPack: Sendable, Equatable, Codable {
    /// Whether the pack renews.
    public enum Kind: String, Sendable, Codable {
        /// A subscription plan; buying one also makes it the account's current plan.
        case plan
        /// A one-time credit pack.
        case pack
    }

    /// The id to buy it by, such as `pack-1000`.
    public let id: String
    /// A plan or a one-time pack.
    public let kind: Kind
    /// The name the product shows.
    public let name: String
    /// The credits it adds.
    public let credits: Int
    /// How often a plan renews, such as `month`; nil for packs.
    public let period: String?
}

/// The plans and packs on sale, in the order the product lists them.
///
/// ``bundled`` is the catalog shipped with the tool (`credit-packs.json`). The catalog holds
/// credits only: prices in money are not the toolkit's business.
public struct PackCatalog: Sendable, Equatable {
    /// Every plan and pack.
    public let packs: [CreditPack]

    /// Creates a catalog; ids must be unique and every pack must add credits.
    public init(packs: [CreditPack]) {
        precondition(Set(packs.map(\.id)).count == packs.count, "pack ids must be unique")
        precondition(packs.allSatisfy { $0.credits > 0 }, "every pack adds credits")
        self.packs = packs
    }

    /// The catalog shipped with the tool.
    public static let bundled: PackCatalog = {
        guard let url = Bundle.module.url(forResource: "credit-packs", withExtension: "json"),
            let data = try? Data(contentsOf: url),
            let packs = try? JSONDecoder().decode([CreditPack].self, from: data)
        else { preconditionFailure("the bundled credit-packs.json is missing or malformed") }
        return PackCatalog(packs: packs)
    }()

    /// The plan or pack with this id.
    /// - Throws: ``AccountError/unknownPack(_:)``.
    public func pack(_ id: String) throws -> CreditPack {
        guard let pack = packs.first(where: { $0.id == id }) else { throw AccountError.unknownPack(id) }
        return pack
    }
}
