public import LocGenICU

/// All messages of one locale, loaded from the files of a ``BundleSource``.
///
/// The first definition of a key wins, in the order of the source's files (the file named after
/// the locale first). A key defined again in a later file is a `duplicate-key` problem of that
/// later file, naming the first place, and is left out of its messages.
public struct LocaleBundle: Sendable {
    /// The locale; ``LocaleID/root`` when the source's name is not a valid tag.
    public var locale: LocaleID
    /// The loaded files, in the source's order, each with its own problems.
    public var files: [BundleFile]
    /// Every message by dotted id.
    public var messages: [String: BundleMessage]

    /// Makes a bundle from loaded files; ``load(_:)`` makes one from a source.
    public init(locale: LocaleID, files: [BundleFile], messages: [String: BundleMessage]) {
        self.locale = locale
        self.files = files
        self.messages = messages
    }

    /// Loads a source's files one after another.
    ///
    /// When the source's name is not a valid tag, its `nameProblem` opens the first file's
    /// problems, so the files are still checked for what does not depend on the locale; report
    /// the files' problems and not `nameProblem` again.
    public static func load(_ source: BundleSource) -> LocaleBundle {
        var bundle = LocaleBundle(locale: source.locale ?? .root, files: [], messages: [:])
        for path in source.files {
            var file = BundleLoader.load(path: path, locale: source.locale)
            let reporter = ProblemReporter(locale: source.locale, lines: file.lines)
            var kept: [BundleMessage] = []
            kept.reserveCapacity(file.messages.count)
            for message in file.messages {
                if let first = bundle.messages[message.key] {
                    file.problems.append(
                        reporter.duplicateKey(message.key, at: message.keyLocation, firstDefinedAt: first.keyLocation)
                    )
                } else {
                    bundle.messages[message.key] = message
                    kept.append(message)
                }
            }
            file.messages = kept
            bundle.files.append(file)
        }
        if let nameProblem = source.nameProblem, !bundle.files.isEmpty {
            bundle.files[0].problems.insert(nameProblem, at: 0)
        }
        return bundle
    }
}
