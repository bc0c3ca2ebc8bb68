import StudioConcurrency
import Testing

@Suite struct ParallelMapTests {
    @Test func keepsEveryResultInOrder() {
        let input = (0..<200_000).map { "page \($0)" }
        for _ in 0..<5 {
            #expect(input.parallelMap { $0.uppercased() } == input.map { $0.uppercased() })
        }
    }
}
