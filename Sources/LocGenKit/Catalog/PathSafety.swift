/// The rules that keep ids, slugs and image paths from the catalog from naming anything outside
/// the output folder once they become file names and URLs.
enum PathSafety {
    /// The longest id or slug, in UTF-8 bytes; file systems allow 255 per name.
    static let maximumNameBytes = 200

    /// Why `id` cannot be a product id, or `nil` when it can: only `[A-Za-z0-9._-]`, no `..`, not
    /// starting with `.`.
    static func problem(withID id: String) -> String? {
        if id.isEmpty { return "it is empty" }
        if id.contains("..") { return "it contains '..'" }
        if let common = commonProblem(id) { return common }
        if id.hasPrefix(".") { return "it starts with '.'" }
        if id.utf8.count > maximumNameBytes { return "it is longer than \(maximumNameBytes) characters" }
        if let bad = id.unicodeScalars.first(where: { !isIDScalar($0) }) {
            return "it contains '\(visible(String(bad)))'"
        }
        return nil
    }

    /// Why `slug` cannot be a slug, or `nil` when it can: any Unicode text except `/`, `\`, NUL and
    /// control characters, not starting with `.`, not empty.
    static func problem(withSlug slug: String) -> String? {
        if slug.isEmpty { return "it is empty" }
        if let common = commonProblem(slug) { return common }
        if slug.hasPrefix(".") { return "it starts with '.'" }
        if slug.utf8.count > maximumNameBytes { return "it is longer than \(maximumNameBytes) bytes of UTF-8" }
        return nil
    }

    /// Why `source` cannot be an image source, or `nil` when it can: a relative path that stays
    /// inside the site, or an absolute `https` URL.
    static func problem(withImage source: String) -> String? {
        if source.isEmpty { return "it is empty" }
        if let common = commonProblem(source, allowingSlash: true) { return common }
        if source.hasPrefix("https://") {
            let host = source.dropFirst("https://".count).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
            return host.isEmpty ? "the URL has no host" : nil
        }
        if source.hasPrefix("/") { return "it is an absolute path; write it relative to the site, such as img/p1.jpg" }
        if let colon = source.firstIndex(of: ":"), !source[..<colon].contains("/") {
            return "only https URLs and relative paths are allowed, not '\(source[..<colon]):'"
        }
        if source.split(separator: "/", omittingEmptySubsequences: false).contains("..") {
            return "it leaves the site folder through '..'"
        }
        return nil
    }

    private static func commonProblem(_ text: String, allowingSlash: Bool = false) -> String? {
        // Printable ASCII other than the separators has none of the problems below, and is checked byte by
        // byte: the checks below go by scalars and their properties, which every page's slug paid for.
        let isPlain = text.utf8.allSatisfy { byte in
            byte >= 0x20 && byte < 0x7F && byte != UInt8(ascii: "\\") && (allowingSlash || byte != UInt8(ascii: "/"))
        }
        if isPlain { return nil }
        if text.unicodeScalars.contains("\0") { return "it contains a NUL character" }
        // By bytes: as Characters, a separator followed by a combining mark ("/\u{301}") is not "/", and a slug
        // holding one became two folders.
        if !allowingSlash, text.utf8.contains(UInt8(ascii: "/")) { return "it contains '/'" }
        if text.utf8.contains(UInt8(ascii: "\\")) { return "it contains '\\'" }
        if let control = text.unicodeScalars.first(where: { $0.properties.generalCategory == .control }) {
            return "it contains the control character \(visible(String(control)))"
        }
        return nil
    }

    private static func isIDScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "A"..."Z", "a"..."z", "0"..."9", ".", "_", "-": return true
        default: return false
        }
    }

    /// The text with control characters written as escapes (`\0`, `\n`, `\u{1B}`), for messages.
    static func visible(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\0": output += "\\0"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                if scalar.properties.generalCategory == .control {
                    output += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output
    }
}
