/// A value a template can show: the data of one page, as a tree the renderer walks.
///
/// The build turns products, prices, dates and locale facts into this tree, already formatted for
/// the market; templates only place the values and never format anything themselves.
///
/// Not `indirect`: lists and objects hold their values in an array or a dictionary already, and an
/// indirect enum would put every value, each text and truth value of every page, in a box of its own,
/// allocated when a page is planned and retained on every lookup.
public enum TemplateValue: Sendable, Equatable {
    /// Text; `{{name}}` escapes it for HTML, `{{{name}}}` inserts it as it is.
    case text(String)
    /// A truth value for `{{#flag}}…{{/flag}}` and `{{^flag}}…{{/flag}}`.
    case bool(Bool)
    /// A list for `{{#items}}…{{/items}}`.
    case list([TemplateValue])
    /// Named values for `{{object.name}}` and `{{#object}}…{{/object}}`.
    case object([String: TemplateValue])

    /// Looks up a dotted path (`product.name`), or `nil` when a step is missing.
    public subscript(path path: String) -> TemplateValue? {
        var current: TemplateValue? = self
        for step in path.split(separator: ".") {
            guard case .object(let members) = current else { return nil }
            current = members[String(step)]
        }
        return current
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(stringLiteral value: String) { self = .text(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
