import LocGenKit
import Testing

/// Templates made of random pieces of tags: loading either succeeds or reports located errors, and
/// what loads renders, never crashing or hanging.
struct TemplateParserFuzzTests {
    static let pieces = [
        "{{", "}}", "{{{", "}}}", "#a", "^a", "/a", "#l", "/l", ">", "> p", "<", "< p", "$b", "/b", "/p", "=",
        "<% %>", "%", "!", "&", "*", "(", ")", ".", "a", "x", "t.k", "first()", "\n", " ", "  ", "\t", "{", "}", "é",
    ]

    @Test func randomTemplatesLoadOrReportErrors() throws {
        var generator = ValidatorFuzzTests.SplitMix(state: 0x7E_3A7E)
        let data: TemplateValue = ["a": ["x": "1"], "l": [["x": "2"], "3"], "x": "<x>", "p": "p"]
        var (loaded, rejected) = (0, 0)
        for round in 0..<300 {
            let count = Int.random(in: 1...24, using: &generator)
            let text = (0..<count).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            let fixture = try RenderFixture(site: ["page.mustache": text, "p.mustache": "[{{$b}}d{{/b}}{{x}}]"])
            do {
                _ = try fixture.templates()
            } catch {
                let errors = error.errors
                #expect(!errors.isEmpty, "round \(round): \(text.debugDescription)")
                for problem in errors {
                    let location = try #require(problem.location, "round \(round): \(text.debugDescription)")
                    #expect(location.line >= 1 && location.column >= 1, "round \(round): \(text.debugDescription)")
                }
                rejected += 1
                continue
            }
            _ = try fixture.render("page", data, messages: ["k": "K"])
            loaded += 1
        }
        // Both paths are taken, so the test exercises the renderer as well as the errors.
        #expect(loaded > 20 && rejected > 20, "\(loaded) loaded, \(rejected) rejected")
    }
}
