/// A search engine a market's pages are made for: it decides the sitemaps, meta tags and verification a
/// market gets.
public enum SearchEngine: String, CaseIterable, Sendable, Hashable, Comparable, CustomStringConvertible {
    case google
    case bing
    case yandex
    case baidu
    case naver
    case seznam
    case yahooJapan = "yahoo-japan"

    /// The name as written in `locgen.yaml` (`yahoo-japan`).
    public var description: String { rawValue }

    /// Orders engines as declared above, which is the order locgen writes them in.
    public static func < (lhs: SearchEngine, rhs: SearchEngine) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
