import LocGenKit
import Testing

struct LocGenErrorTests {
    @Test func printsEachProblemCompilerStyleOnce() {
        let located = LocGenError(.invalidConfiguration, "unknown check 'x'", at: SourceLocation(file: "locgen.yaml", line: 4, column: 5))
        let unlocated = LocGenError(.invalidConfiguration, "no source locale")
        #expect(located.compilerStyleDescription == "locgen.yaml:4:5: error: unknown check 'x'")
        #expect(unlocated.compilerStyleDescription == "error: no source locale")
        #expect(
            LocGenError.combining([located, unlocated]).compilerStyleDescription
                == "locgen.yaml:4:5: error: unknown check 'x'\nerror: no source locale"
        )
    }
}
