import Foundation
import StudioCore
import Testing

@Suite struct IdempotencyTests {
    @Test func sameKeyAndRequestReturnsTheFirstResultAndChangesNothing() throws {
        let studio = try TestStudio(balance: 100)
        let request = GenerationRequest(kind: .images(.standard, count: 2), sku: "MUG-01", useCase: "main-image")
        let first = try studio.history.start(request, for: studio.email, idempotencyKey: "k-1")
        let again = try studio.history.start(request, for: studio.email, idempotencyKey: "k-1")
        #expect(again == first)
        #expect(try studio.ledger.balance(of: studio.email) == 70)
        #expect(try studio.history.tasks(of: studio.email).count == 1)
    }

    @Test func sameKeyWithADifferentRequestIsRefused() throws {
        let studio = try TestStudio(balance: 100)
        let request = GenerationRequest(kind: .images(.standard, count: 2), sku: "MUG-01", useCase: "main-image")
        try studio.history.start(request, for: studio.email, idempotencyKey: "k-1")
        var other = request
        other.kind = .images(.hd, count: 2)
        #expect(throws: AccountError.idempotencyKeyReused("k-1")) {
            try studio.history.start(other, for: studio.email, idempotencyKey: "k-1")
        }
        #expect(throws: AccountError.idempotencyKeyReused("k-1")) {
            try studio.ledger.buy("pack-300", reference: "PAY-1", for: studio.email, idempotencyKey: "k-1")
        }
        #expect(try studio.ledger.balance(of: studio.email) == 70)
    }

    @Test func repeatedPurchaseWithTheSameKeyCreditsOnce() throws {
        let studio = try TestStudio()
        let first = try studio.ledger.buy("pack-300", reference: "PAY-1", for: studio.email, idempotencyKey: "pay-1")
        let again = try studio.ledger.buy("pack-300", reference: "PAY-1", for: studio.email, idempotencyKey: "pay-1")
        #expect(again == first)
        #expect(try studio.ledger.balance(of: studio.email) == 350)
    }

    @Test func repeatedEligibleFailureWithTheSameKeyRefundsOnce() throws {
        let studio = try TestStudio()
        let task = try studio.startImage().task
        let first = try studio.history.fail(task, reason: "timeout", eligible: true, for: studio.email, idempotencyKey: "f")
        let again = try studio.history.fail(task, reason: "timeout", eligible: true, for: studio.email, idempotencyKey: "f")
        #expect(again == first)
        #expect(first.refunded == 15)
        #expect(try studio.ledger.balance(of: studio.email) == 50)
    }

    @Test func aRefusedRequestDoesNotUseUpItsKey() throws {
        let studio = try TestStudio(balance: 10)
        let request = GenerationRequest(kind: .images(.standard, count: 1), sku: "MUG-01", useCase: "main-image")
        #expect(throws: AccountError.insufficientCredits(balance: 10, cost: 15)) {
            try studio.history.start(request, for: studio.email, idempotencyKey: "k")
        }
        try studio.ledger.adjust(studio.email, by: 10, reason: "top up")
        #expect(try studio.history.start(request, for: studio.email, idempotencyKey: "k").balance == 5)
    }
}
