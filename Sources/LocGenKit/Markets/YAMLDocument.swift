import Yams

/// A YAML file composed into Yams nodes, with every duplicate key kept for the checker to report.
///
/// Yams 6 rejects a mapping with a duplicate key as a whole: composing stops, and only the first
/// occurrence of the first duplicate is named. locgen reports every problem in one run, so on that error the
/// first occurrence's key is renamed in a copy of the text (its first character becomes a private-use
/// character, so no column moves) and the text is composed again. ``keyName(_:)`` undoes the renaming, and
/// the checker then sees both keys and reports the later one.
struct YAMLDocument {
    /// The file's path as the user gave it.
    let file: String
    /// The document's root, or nil when the file is empty or is not valid YAML.
    private(set) var root: Node?
    /// The YAML syntax error, if the file has one.
    private(set) var syntaxError: LocGenError?

    /// Original keys of renamed duplicates, indexed by the private-use character that replaced their first one.
    private var renamedKeys: [String] = []
    private static let firstPlaceholder: UInt32 = 0xE000
    private static let maximumRenames = 1000

    init(text: String, file: String) {
        self.file = file
        var scalars = Array(text.unicodeScalars)
        while true {
            do {
                root = try Yams.compose(yaml: String(scalars: scalars))
                return
            } catch YamlError.duplicatedKeysInMapping(let duplicates, let context) {
                guard let key = duplicates.first, rename(key, at: context.mark, in: &scalars) else {
                    // The key could not be found at the mark: report it there and give up composing.
                    let name = duplicates.first ?? ""
                    syntaxError = LocGenError(
                        .duplicateKey,
                        "duplicate key '\(name)'; each key may appear once in a mapping, so remove or rename one",
                        at: location(of: context.mark)
                    )
                    return
                }
            } catch let error as YamlError {
                syntaxError = translate(error, text: text)
                return
            } catch {
                syntaxError = LocGenError(
                    .invalidDocument,
                    "cannot read the YAML: \(error)",
                    at: location(line: 1, column: 1)
                )
                return
            }
        }
    }

    /// The name of a mapping key as the user wrote it, or nil for a key that is not a scalar.
    func keyName(_ key: Node) -> String? {
        guard let name = key.scalar?.string else { return nil }
        guard let first = name.unicodeScalars.first, first.value >= Self.firstPlaceholder,
            first.value < Self.firstPlaceholder + UInt32(renamedKeys.count)
        else { return name }
        return renamedKeys[Int(first.value - Self.firstPlaceholder)]
    }

    /// Where a node starts.
    func location(of node: Node) -> SourceLocation {
        node.mark.map(location(of:)) ?? location(line: 1, column: 1)
    }

    func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    private func location(of mark: Mark) -> SourceLocation {
        location(line: mark.line, column: mark.column)
    }

    /// Replaces the first character of `key` at `mark` with a fresh placeholder; false when it is not there.
    private mutating func rename(_ key: String, at mark: Mark, in scalars: inout [Unicode.Scalar]) -> Bool {
        guard renamedKeys.count < Self.maximumRenames,
            var index = Self.scalarIndex(line: mark.line, column: mark.column, in: scalars),
            let first = key.unicodeScalars.first
        else { return false }
        if scalars[index] == "\"" || scalars[index] == "'", index + 1 < scalars.count { index += 1 }
        guard scalars[index] == first,
            let placeholder = Unicode.Scalar(Self.firstPlaceholder + UInt32(renamedKeys.count))
        else { return false }
        scalars[index] = placeholder
        renamedKeys.append(key)
        return true
    }

    /// The index of the scalar at a 1-based line and column, counting lines at `\n` as libyaml does for
    /// `\n` and `\r\n` files.
    private static func scalarIndex(line: Int, column: Int, in scalars: [Unicode.Scalar]) -> Int? {
        var currentLine = 1
        var index = 0
        while currentLine < line {
            guard let newline = scalars[index...].firstIndex(of: "\n") else { return nil }
            index = newline + 1
            currentLine += 1
        }
        let target = index + column - 1
        return target < scalars.count ? target : nil
    }
}
