import Foundation
import StudioJSON
import Testing

@Suite struct JSONObjectWriterTests {
    @Test func writesMembersInOrderWithObjectsNestedInPlace() {
        var json = JSONObjectWriter()
        json.int("task", 7)
        json.objects("outputs", [(1, "a.png"), (2, "b.png")]) { output, object in
            object.int("position", output.0)
            object.string("path", output.1)
        }
        json.objects("none", [Int]()) { _, _ in }
        json.bool("done", true)
        let outputs = #""outputs": [{"position": 1, "path": "a.png"}, {"position": 2, "path": "b.png"}]"#
        #expect(json.text == #"{"task": 7, \#(outputs), "none": [], "done": true}"#)
    }

    @Test(arguments: [0, 7, -7, 10, 1_234_567_890, Int.max, Int.min])
    func writesWholeNumbersAsSwiftPrintsThem(value: Int) {
        var json = JSONObjectWriter()
        json.int("n", value)
        #expect(json.text == #"{"n": \#(value)}"#)
    }

    @Test(arguments: [
        ("plain", #""plain""#),
        ("say \"hi\"", #""say \"hi\"""#),
        ("C:\\dir", #""C:\\dir""#),
        ("a\nb\tc\r", #""a\nb\tc\r""#),
        ("\u{1}\u{1F}", #""\u0001\u001f""#),
        ("Crème brûlée ☕", "\"Crème brûlée ☕\""),
    ])
    func escapesWhatAJSONStringCannotHold(value: String, expected: String) throws {
        #expect(JSONText.string(value) == expected)
        var json = JSONObjectWriter()
        json.string(value, value)
        let parsed = try JSONSerialization.jsonObject(with: Data(json.text.utf8)) as? [String: String]
        #expect(parsed == [value: value])
    }

    @Test func startsAfreshAfterRemoveAll() {
        var json = JSONObjectWriter()
        json.string("old", "value")
        json.removeAll()
        json.string("new", "value")
        var bytes = Array("[".utf8)
        json.append(to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == #"[{"new": "value"}"#)
    }
}
