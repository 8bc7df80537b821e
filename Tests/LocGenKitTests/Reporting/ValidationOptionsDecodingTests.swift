import Foundation
import LocGenICU
import Testing

@testable import LocGenKit

struct ValidationOptionsDecodingTests {
    /// Writes `locgen.yaml` into a fresh folder and loads it; returns the path and the outcome.
    private func load(_ yaml: String, source: String? = nil) throws -> (String, Result<ValidationOptions, LocGenError>)
    {
        let folder = try TemporaryDirectory()
        let path = try folder.write("locgen.yaml", yaml)
        let result = Result { () throws(LocGenError) in
            try ValidationOptions.load(configAt: path, overridingSource: source)
        }
        return (path, result)
    }

    /// The error loading a configuration throws, with the file's path.
    private func failure(_ yaml: String, source: String? = nil) throws -> (String, LocGenError) {
        let (path, result) = try load(yaml, source: source)
        var error: LocGenError?
        if case .failure(let thrown) = result { error = thrown }
        return (path, try #require(error, "expected problems, but the configuration loaded"))
    }

    /// The problems a configuration has, as `line:column: message` relative to the file.
    private func problems(_ yaml: String, source: String? = nil) throws -> [String] {
        let (path, error) = try failure(yaml, source: source)
        return error.problems.map { problem in
            guard let location = problem.location else { return problem.message }
            #expect(location.file == path)
            return "\(location.line):\(location.column): \(problem.message)"
        }
    }

    @Test func readsEverySettingOfTheValidateSection() throws {
        let (_, result) = try load(
            """
            source-locale: en            # required unless --source is given
            markets:
              de-DE: {currency: EUR, anything: [goes, here]}
            validate:
              checks:
                untranslated: off
                punctuation: error
              keys:
                "brand.*":
                  untranslated: off
                "**.legal":
                  whitespace: warning
              allow-untranslated: ["PayPal", "OK", "Instagram"]
              seo:
                titles: ["**.meta_title", "seo.title"]
                descriptions: ["**.meta_description"]
                title-width: 60
                description-width: 155
            """
        )
        let options = try result.get()
        #expect(options.sourceLocale == (try LocaleID("en")))
        #expect(options.checkSeverities.count == 2)
        #expect(options.checkSeverities[.untranslated] == .some(nil))
        #expect(options.checkSeverities[.punctuation] == .some(.error))
        #expect(options.severity(of: .untranslated, key: "cart.add") == nil)
        #expect(options.keyRules.map(\.pattern.pattern) == ["brand.*", "**.legal"])
        #expect(options.keyRules[0].checkSeverities[.untranslated] == .some(nil))
        #expect(options.keyRules[1].checkSeverities[.whitespace] == .some(.warning))
        #expect(options.untranslatedAllowList == ["PayPal", "OK", "Instagram"])
        #expect(options.seo.titleKeys.map(\.pattern) == ["**.meta_title", "seo.title"])
        #expect(options.seo.descriptionKeys.map(\.pattern) == ["**.meta_description"])
        #expect(options.seo.titleWidth == 60)
        #expect(options.seo.descriptionWidth == 155)
        #expect(!options.isStrict)
    }

    @Test func usesTheDefaultsWithoutAValidateSection() throws {
        let options = try load("source-locale: de-CH\nvalidate:\n").1.get()
        #expect(options.sourceLocale.tag == "de-CH")
        #expect(options.checkSeverities.isEmpty)
        #expect(options.keyRules.isEmpty)
        #expect(options.seo.titleWidth == 60)
    }

    @Test func letsTheSourceFlagReplaceTheSourceLocale() throws {
        #expect(try load("validate:\n  checks: {empty: warning}\n", source: "fr").1.get().sourceLocale.tag == "fr")
        #expect(try load("source-locale: en\n", source: "de").1.get().sourceLocale.tag == "de")
    }

    @Test func suggestsTheCheckMeantByAnUnknownId() throws {
        let yaml = "source-locale: en\nvalidate:\n  checks:\n    plurals-missing: error\n    colour: off\n"
        #expect(
            try problems(yaml) == [
                "4:5: unknown check 'plurals-missing'; did you mean 'plural-missing'?",
                "5:5: unknown check 'colour'; see 'locgen validate --list-checks'",
            ]
        )
    }

    @Test func reportsTheMistakesOfTheDocumentedExample() throws {
        // docs/VALIDATE.md shows this file and these two lines.
        let yaml = """
            source-locale: en
            markets:
              de-DE: {currency: EUR}
            validate:
              checks:
                untranslated: off
                plurals-missing: error
                punctuation: warn
            """
        #expect(
            try problems(yaml) == [
                "7:5: unknown check 'plurals-missing'; did you mean 'plural-missing'?",
                "8:18: expected 'error', 'warning' or 'off' for check 'punctuation', not 'warn'; did you mean 'warning'?",
            ]
        )
    }

    @Test func reportsWrongSeveritiesAtTheirValues() throws {
        let yaml = """
            source-locale: en
            validate:
              checks:
                punctuation: warn
                empty: [error]
                markup: true
            """
        #expect(
            try problems(yaml) == [
                "4:18: expected 'error', 'warning' or 'off' for check 'punctuation', not 'warn'; did you mean 'warning'?",
                "5:12: expected 'error', 'warning' or 'off' for check 'empty', not a list",
                "6:13: expected 'error', 'warning' or 'off' for check 'markup', not 'true'",
            ]
        )
    }

    @Test func reportsUnknownSettingsInsideValidate() throws {
        let yaml = """
            source-locale: en
            validate:
              chekcs: {}
              colours: on
              seo:
                title-widht: 50
                description-width: wide
                titles: ["seo..title", "**.title"]
                descriptions: "seo.description"
              keys:
                "": {empty: off}
                "legal.*": {untranslatd: off}
              allow-untranslated: OK
            """
        #expect(
            try problems(yaml) == [
                "3:3: unknown setting 'chekcs' in 'validate'; did you mean 'checks'?",
                "4:3: unknown setting 'colours' in 'validate'; expected checks, keys, allow-untranslated or seo",
                "6:5: unknown setting 'title-widht' in 'validate.seo'; did you mean 'title-width'?",
                "7:24: expected a whole number above 0 for 'description-width', not 'wide'",
                "8:14: invalid key pattern 'seo..title': a segment is empty; write patterns such as 'brand.*' or '**.title'",
                "9:19: expected a list of texts for 'descriptions', such as [\"OK\", \"PayPal\"], not 'seo.description'",
                "11:5: invalid key pattern '': a segment is empty; write patterns such as 'brand.*' or '**.title'",
                "12:17: unknown check 'untranslatd'; did you mean 'untranslated'?",
                "13:23: expected a list of texts for 'allow-untranslated', such as [\"OK\", \"PayPal\"], not 'OK'",
            ]
        )
    }

    @Test func listsProblemsInFileOrder() throws {
        let yaml = "validate:\n  checks: {emty: off}\nsource-locale: en-UK\n"
        #expect(
            try problems(yaml, source: "jp") == [
                "2:12: unknown check 'emty'; did you mean 'empty'?",
                "3:16: invalid 'source-locale': unknown region 'UK' in 'en-UK'; did you mean 'en-GB'? (ISO 3166 uses 'GB')",
                "invalid --source locale: unknown language 'jp' in 'jp'; did you mean 'ja'?",
            ]
        )
    }

    @Test func combinesEveryProblemIntoOneErrorWithOneLineEach() throws {
        let (path, error) = try failure("source-locale: en\nvalidate:\n  checks: {plural-mising: error}\n  seo: [60]\n")
        #expect(error.code == .invalidConfiguration)
        #expect(error.location == nil)
        #expect(error.problems.count == 2)
        #expect(
            error.description == """
                \(path):3:12: error: unknown check 'plural-mising'; did you mean 'plural-missing'?
                \(path):4:8: error: expected settings under 'validate.seo' \
                (titles, descriptions, title-width or description-width), not a list
                """
        )
    }

    @Test func throwsASingleProblemWithItsLocation() throws {
        let (path, error) = try failure("validate:\n  checks: {}\n")
        #expect(error.code == .invalidConfiguration)
        #expect(error.location == SourceLocation(file: path, line: 1, column: 1))
        #expect(error.problems.count == 1)
        #expect(
            error.description
                == "\(path):1:1: error: 'source-locale' is missing; add one such as 'source-locale: en', or pass --source"
        )
    }

    @Test func checksTheSourceLocale() throws {
        #expect(
            try problems("markets: {}\nsource-locale: en-UK\n") == [
                "2:16: invalid 'source-locale': unknown region 'UK' in 'en-UK'; did you mean 'en-GB'? (ISO 3166 uses 'GB')"
            ]
        )
        #expect(
            try problems("source-locale: [en]\n") == [
                "1:16: expected a locale tag such as 'en' for 'source-locale', not a list"
            ]
        )
        #expect(
            try problems("source-locale: en\n", source: "jp") == [
                "invalid --source locale: unknown language 'jp' in 'jp'; did you mean 'ja'?"
            ]
        )
        #expect(
            try problems("") == [
                "1:1: 'source-locale' is missing; add one such as 'source-locale: en', or pass --source"
            ]
        )
    }

    @Test func suggestsOurSettingsForNearMissesAtTheTopOnly() throws {
        #expect(
            try problems(
                "source_locale: en\nvalidation: {}\nmarkets: {}\nsearch-engines: [google]\nsource: data/catalog.csv\n"
            ) == [
                "1:1: unknown setting 'source_locale'; did you mean 'source-locale'?",
                "1:1: 'source-locale' is missing; add one such as 'source-locale: en', or pass --source",
                "2:1: unknown setting 'validation'; did you mean 'validate'?",
            ]
        )
    }

    @Test func reportsSettingsThatAreNotAMapping() throws {
        #expect(
            try problems("- source-locale: en\n") == ["1:1: expected settings such as 'source-locale: en', not a list"]
        )
        #expect(
            try problems("source-locale: en\nvalidate: strict\n") == [
                "2:11: expected settings under 'validate' (checks, keys, allow-untranslated or seo), not 'strict'"
            ]
        )
    }

    @Test func reportsInvalidYAMLAtItsPosition() throws {
        let (path, error) = try failure("source-locale: en\nvalidate:\n  checks: {untranslated: off\n")
        #expect(error.code == .invalidDocument)
        #expect(
            error.description
                == "\(path):4:1: error: invalid YAML: did not find expected ',' or '}' "
                + "(while parsing a flow mapping from line 3, column 11)"
        )
    }

    @Test func reportsAKeySetTwice() throws {
        let (path, error) = try failure("source-locale: en\nvalidate:\n  checks:\n    empty: off\n    empty: error\n")
        #expect(error.code == .invalidDocument)
        #expect(error.description == "\(path):4:5: error: 'empty' is set more than once in the same mapping; keep one")
    }

    @Test func reportsAFileThatCannotBeRead() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/locgen.yaml"
        #expect {
            try ValidationOptions.load(configAt: path, overridingSource: nil)
        } throws: { error in
            let error = error as? LocGenError
            return error?.code == .unreadableFile
                && error?.description == "cannot read '\(path)': no such file or directory"
        }
        let latin1 = folder.path + "/latin1.yaml"
        #expect(
            FileManager.default.createFile(atPath: latin1, contents: Data([0x23, 0x20, 0x63, 0x61, 0x66, 0xE9, 0x0A]))
        )
        #expect {
            try ValidationOptions.load(configAt: latin1, overridingSource: nil)
        } throws: { error in
            let error = error as? LocGenError
            return error?.code == .invalidDocument
                && error?.description == "\(latin1):1:6: error: the file is not valid UTF-8 (byte 0xE9); save it as UTF-8"
        }
    }

    @Test func makesDefaultOptionsForASourceLocale() throws {
        #expect(try ValidationOptions.defaultOptions(source: "de_CH").sourceLocale.tag == "de-CH")
        #expect {
            try ValidationOptions.defaultOptions(source: "en-UK")
        } throws: { error in
            (error as? LocGenError)?.description
                == "invalid source locale: unknown region 'UK' in 'en-UK'; did you mean 'en-GB'? (ISO 3166 uses 'GB')"
        }
    }

    @Test(
        arguments: [
            ("plurals-missing", "plural-missing"),
            ("untranslatd", "untranslated"),
            ("warn", "warning"),
            ("Error", "error"),
            ("colour", nil),
            ("x", nil),
        ] as [(String, String?)]
    )
    func suggestsCloseSpellings(word: String, suggestion: String?) {
        let candidates = Check.all.map(\.id.rawValue) + ["error", "warning", "off"]
        #expect(NameSuggestion.closest(to: word, in: candidates) == suggestion)
    }
}
