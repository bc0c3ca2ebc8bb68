import Foundation
import Testing

@Suite struct AccountCommandTests {
    @Test func showAndSetTheAccountBasicsAndCurrentPlan() throws {
        let sandbox = try LedgerSandbox()
        try sandbox.run("credits", "open", sandbox.email, "--name", "Ana")
        try sandbox.run("credits", "buy", "pro-monthly", "--reference", "SUB-1")
        let updated = try sandbox.decode(LedgerJSON.Account.self, "account", "set", "--name", "Ana Lima")
        #expect(updated.email == sandbox.email)
        #expect(updated.name == "Ana Lima")
        #expect(updated.plan == "pro-monthly")
        #expect(updated.balance == 2050)
        #expect(updated.opened == "2026-03-14T09:26:53Z")
        let shown = try sandbox.run("account", "show")
        #expect(
            shown.stdout == """
                Email: ana@example.com
                Name: Ana Lima
                Plan: pro-monthly
                Balance: 2050 credits
                Opened: 2026-03-14 09:26:53

                """
        )
    }

    @Test func theOldProfileCommandIsGoneSoProfilesMeansPlatformsOnly() throws {
        let sandbox = try LedgerSandbox()
        let old = try sandbox.run("profile", "show")
        #expect(old.status == 2)
        #expect(old.stderr.contains("profile"))
        let profiles = try sandbox.run("profiles", "list")
        #expect(profiles.stdout.contains("amazon"))
    }
}
