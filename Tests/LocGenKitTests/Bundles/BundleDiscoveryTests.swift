import LocGenICU
import LocGenKit
import Testing

struct BundleDiscoveryTests {
    /// A `locales/` folder with main files, split files, files to skip and names that are not tags.
    private func makeLocales() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        try directory.write("locales/de.yaml", "a: A\n")
        try directory.write("locales/de/checkout.yaml", "b: B\n")
        try directory.write("locales/de/sub/deep.json", "{\"c\": \"C\"}\n")
        try directory.write("locales/en.json", "{}\n")
        try directory.write("locales/de_CH.yml", "a: A\n")
        try directory.write("locales/README.md", "# Translations\n")
        try directory.write("locales/.hidden.yaml", "a: A\n")
        try directory.write("locales/en_UK.yaml", "a: A\n")
        try directory.write("locales/drafts/notes.yaml", "a: A\n")
        try directory.write("locales/fr/README.txt", "later\n")
        try directory.write("shared/it.yaml", "a: A\n")
        try directory.link("locales/it.yaml", to: "../shared/it.yaml")
        try directory.link("locales/de/loop", to: "..")
        return directory
    }

    @Test func findsMainAndSplitFilesPerLocaleSortedByTag() throws {
        let directory = try makeLocales()
        let locales = directory.path + "/locales"
        let sources = try BundleDiscovery.sources(in: [locales + "/"])
        #expect(sources.map(\.localeTag) == ["de", "de_CH", "drafts", "en", "en_UK", "it"])
        let german = sources[0]
        #expect(german.locale == (try LocaleID("de")))
        #expect(german.files == [locales + "/de.yaml", locales + "/de/checkout.yaml", locales + "/de/sub/deep.json"])
        #expect(german.nameProblem == nil)
        #expect(sources[1].locale == (try LocaleID("de-CH")))
        #expect(sources[1].nameProblem == nil)
        #expect(sources[5].files == [locales + "/it.yaml"])
    }

    @Test func reportsFileAndFolderNamesThatAreNotLocaleTags() throws {
        let directory = try makeLocales()
        let locales = directory.path + "/locales"
        let sources = try BundleDiscovery.sources(in: [locales])
        let british = try #require(sources.first { $0.localeTag == "en_UK" })
        #expect(british.locale == nil)
        let problem = try #require(british.nameProblem)
        #expect(problem.check == .invalidFileName)
        #expect(problem.severity == .error)
        #expect(problem.location == SourceLocation(file: locales + "/en_UK.yaml", line: 1, column: 1))
        #expect(
            problem.message
                == "file name 'en_UK' is not a valid locale tag: unknown region 'UK' in 'en_UK'; did you mean "
                + "'en_GB'? (ISO 3166 uses 'GB'); name the file after a BCP 47 tag such as en-GB.yaml"
        )
        let drafts = try #require(sources.first { $0.localeTag == "drafts" })
        #expect(
            drafts.nameProblem?.location == SourceLocation(file: locales + "/drafts/notes.yaml", line: 1, column: 1)
        )
        #expect(
            drafts.nameProblem?.message
                == "folder name 'drafts' is not a valid locale tag: unknown language 'drafts' in 'drafts'; use an "
                + "ISO 639 code such as 'en', 'de' or 'zh'; name the folder after a BCP 47 tag such as de-CH"
        )
    }

    @Test func takesASingleFilesLocaleFromItsNameOrItsLocaleFolder() throws {
        let directory = try makeLocales()
        try directory.write("i18n/pt-BR/menu.yaml", "a: A\n")
        let paths = [
            directory.path + "/locales/de/checkout.yaml",
            directory.path + "/locales/en.json",
            directory.path + "/i18n/pt-BR/menu.yaml",
        ]
        let sources = try BundleDiscovery.sources(in: paths)
        #expect(sources.map(\.localeTag) == ["de", "en", "pt-BR"])
        #expect(sources.map(\.files) == paths.map { [$0] })
        #expect(sources[2].locale == (try LocaleID("pt-BR")))
    }

    @Test func countsAFileReachedTwiceOnce() throws {
        let directory = try makeLocales()
        let locales = directory.path + "/locales"
        let sources = try BundleDiscovery.sources(in: [locales, locales + "/de.yaml"])
        #expect(sources.first?.files.count == 3)
    }

    @Test func mergesTheUnderscoreAndHyphenFormsOfATag() throws {
        let directory = try TemporaryDirectory()
        try directory.write("locales/de_CH.yaml", "a: A\n")
        try directory.write("locales/de-CH/shop.yaml", "b: B\n")
        let sources = try BundleDiscovery.sources(in: [directory.path + "/locales"])
        #expect(sources.count == 1)
        #expect(sources.first?.localeTag == "de_CH")
        #expect(sources.first?.locale?.tag == "de-CH")
        #expect(sources.first?.files.count == 2)
    }

    @Test func throwsForAPathThatDoesNotExist() throws {
        let error = #expect(throws: LocGenError.self) {
            try BundleDiscovery.sources(in: ["/nonexistent/locales"])
        }
        #expect(error?.code == .unreadableFile)
        #expect(error?.message == "no such file or folder: '/nonexistent/locales'")
    }

    @Test func throwsForAFileThatIsNotABundle() throws {
        let directory = try makeLocales()
        let readme = directory.path + "/locales/README.md"
        let error = #expect(throws: LocGenError.self) {
            try BundleDiscovery.sources(in: [readme])
        }
        #expect(error?.message == "'\(readme)' is not a locale bundle; bundle files end in .yaml, .yml or .json")
    }
}
