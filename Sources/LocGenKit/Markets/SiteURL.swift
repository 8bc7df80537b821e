/// An absolute http(s) URL a site or market is published at: scheme, host, optional port and a path prefix.
///
/// It has no query, fragment or user info, and its path prefix always starts and ends with `/`.
public struct SiteURL: Sendable, Hashable, CustomStringConvertible {
    /// `https` or `http`, lower-case.
    public var scheme: String
    /// The host name, lower-case ASCII (`shop.example.com`).
    public var host: String
    /// The port when the URL names one (`8080`).
    public var port: Int?
    /// The path the site's pages live under, starting and ending with `/` (`/`, `/shop/`).
    public var pathPrefix: String

    public init(scheme: String, host: String, port: Int? = nil, pathPrefix: String = "/") {
        self.scheme = scheme
        self.host = host
        self.port = port
        self.pathPrefix = pathPrefix
    }

    /// Parses an absolute URL such as `https://shop.example.com` or `https://example.github.io/shop/`.
    ///
    /// A missing trailing `/` is added to the path. Throws ``LocGenError/Code/invalidConfiguration`` with no
    /// location for a URL that is not absolute, is not http(s), has a query, fragment or user info, or has a
    /// host or path locgen cannot publish to.
    public init(_ text: String) throws(LocGenError) {
        func failure(_ message: String) -> LocGenError { LocGenError(.invalidConfiguration, message) }
        guard let schemeEnd = text.firstRange(of: "://") else {
            throw failure(
                "base-url '\(text)' is not an absolute URL; write it with its scheme, e.g. 'https://\(Self.hostGuess(text))'"
            )
        }
        let scheme = text[..<schemeEnd.lowerBound].lowercased()
        guard scheme == "https" || scheme == "http" else {
            throw failure("base-url '\(text)' must start with 'https://' or 'http://', not '\(scheme)://'")
        }
        var rest = text[schemeEnd.upperBound...]
        if let index = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) {
            let part = rest[index] == "?" ? "a query" : "a fragment"
            throw failure(
                "base-url '\(text)' has \(part) ('\(rest[index...])'); a base URL is scheme, host and path only, so remove it"
            )
        }
        let authorityEnd = rest.firstIndex(of: "/") ?? rest.endIndex
        let authority = rest[..<authorityEnd]
        rest = rest[authorityEnd...]
        if authority.contains("@") {
            throw failure("base-url '\(text)' has user info before '@'; remove it, as page links must not carry it")
        }
        var hostText = Substring(authority)
        var port: Int?
        if let colon = authority.lastIndex(of: ":") {
            hostText = authority[..<colon]
            let portText = authority[authority.index(after: colon)...]
            guard portText.allSatisfy({ ("0"..."9").contains($0) }), let number = Int(portText), number > 0,
                number < 65536
            else {
                throw failure("base-url '\(text)' has the port '\(portText)'; a port is a number from 1 to 65535")
            }
            port = number
        }
        let host = try Self.checkedHost(String(hostText), in: text)
        var path = rest.isEmpty ? "/" : String(rest)
        if !path.hasSuffix("/") { path += "/" }
        if let problem = MarketPath.problem(with: path) {
            throw failure("base-url '\(text)' has the path '\(path)', which \(problem)")
        }
        self.init(scheme: scheme, host: host, port: port, pathPrefix: path)
    }

    /// The URL as text: `https://shop.example.com/shop/`.
    public var description: String { origin + pathPrefix }

    /// Scheme, host and port: `https://shop.example.com:8443`.
    public var origin: String {
        "\(scheme)://\(host)" + (port.map { ":\($0)" } ?? "")
    }

    /// Validates a host name and returns it lower-cased; `url` names the URL it is part of, if any.
    static func checkedHost(_ host: String, in url: String? = nil) throws(LocGenError) -> String {
        func failure(_ problem: String, _ fix: String) -> LocGenError {
            let subject = url.map { "base-url '\($0)' has the host '\(host)', which" } ?? "host '\(host)'"
            return LocGenError(.invalidConfiguration, "\(subject) \(problem); \(fix)")
        }
        guard !host.isEmpty else {
            throw failure("is empty", "write a host name, e.g. 'shop.example.com'")
        }
        guard host.unicodeScalars.allSatisfy(\.isASCII) else {
            throw failure("is not ASCII", "write an internationalised domain in its punycode form ('xn--…')")
        }
        let labels = host.lowercased().split(separator: ".", omittingEmptySubsequences: false)
        for label in labels {
            let isLetterDigitOrHyphen = label.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
            }
            guard !label.isEmpty, label.count <= 63, isLetterDigitOrHyphen, label.first != "-", label.last != "-" else {
                throw failure("is not a valid host name", "use letters, digits, '-' and '.', e.g. 'shop.example.com'")
            }
        }
        return host.lowercased()
    }

    /// A host the user probably meant, for the hint on a URL without a scheme.
    private static func hostGuess(_ text: String) -> String {
        let host = text.drop { $0 == "/" }.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return host.isEmpty ? "shop.example.com" : String(host)
    }
}
