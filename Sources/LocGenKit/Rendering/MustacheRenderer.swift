public import LocGenICU

/// A page rendered from a template, with what a non-strict render let through.
public struct RenderedPage: Sendable, Equatable {
    /// The page's HTML.
    public var html: String
    /// One warning per name the template used that the page does not define, sorted.
    public var warnings: [String]

    public init(html: String, warnings: [String]) {
        self.html = html
        self.warnings = warnings
    }
}

/// Renders pages from a ``TemplateSet`` with locgen's Mustache engine.
///
/// `{{name}}` and `{{t.key}}` are HTML-escaped, `{{{name}}}` and `{{{t.key}}}` are not. A name the
/// page does not define renders as nothing and is a warning, or an error when `isStrict` is set.
public struct MustacheRenderer: PageRendering {
    /// The templates pages are rendered from.
    public let templates: TemplateSet
    /// Whether a name the page does not define fails the render instead of being a warning.
    public let isStrict: Bool
    /// The templates again, one copy per rendering thread.
    private let threadTemplates: ThreadTemplates

    public init(templates: TemplateSet, isStrict: Bool) {
        self.templates = templates
        self.isStrict = isStrict
        threadTemplates = ThreadTemplates(templates.templates)
    }

    /// Renders a page and returns its HTML; warnings are dropped, use ``renderPage(template:context:messages:arguments:)``
    /// to see them.
    public func render(
        template: String,
        context: TemplateValue,
        messages: MessageTable,
        arguments: [String: MessageValue]
    ) throws(LocGenError) -> String {
        try renderPage(template: template, context: context, messages: messages, arguments: arguments).html
    }

    /// Renders a page and returns its HTML with the names the template used that the page does not
    /// define.
    ///
    /// Throws ``LocGenError/Code/missingTemplate`` for an unknown template,
    /// ``LocGenError/Code/messageFormat`` when a message cannot be formatted with `arguments`, and, when
    /// strict, ``LocGenError/Code/missingVariable`` listing every missing name.
    public func renderPage(
        template name: String,
        context: TemplateValue,
        messages: MessageTable,
        arguments: [String: MessageValue]
    ) throws(LocGenError) -> RenderedPage {
        var bytes: [UInt8] = []
        let misses = try render(template: name, context: context, messages: messages, arguments: arguments, to: &bytes)
        return RenderedPage(
            html: String(decoding: bytes, as: UTF8.self),
            warnings: misses.map { "template '\(name)' uses '\($0)', which the page does not define" }
        )
    }

    /// Renders a page and appends its HTML's UTF-8 to `page`; warnings are dropped, as by
    /// ``render(template:context:messages:arguments:)``. The build renders this way: the page is never
    /// made into a String.
    public func render(
        template: String,
        context: TemplateValue,
        messages: MessageTable,
        arguments: [String: MessageValue],
        into page: inout [UInt8]
    ) throws(LocGenError) {
        _ = try render(template: template, context: context, messages: messages, arguments: arguments, to: &page)
    }

    /// Renders a page into `page`; returns the names the template used that the page does not define,
    /// sorted. Throws as ``renderPage(template:context:messages:arguments:)`` says.
    private func render(
        template name: String,
        context: TemplateValue,
        messages: MessageTable,
        arguments: [String: MessageValue],
        to page: inout [UInt8]
    ) throws(LocGenError) -> [String] {
        guard let index = templates.indexes[name] else {
            var message = "template '\(name)' does not exist"
            if let suggestion = NameSuggestion.closest(to: name, in: templates.names) {
                message += "; did you mean '\(suggestion)'?"
            }
            throw LocGenError(.missingTemplate, message)
        }
        let log = RenderLog()
        let scope = MessageScope(template: name, table: messages, arguments: arguments, log: log)
        guard case .object(let members) = context else {
            preconditionFailure("a page's template context must be an object, not \(context)")
        }
        let nodes = threadTemplates.current()
        var pass = RenderPass(templates: nodes, indexes: templates.indexes, members: members, messages: scope)
        var renderContext = RenderPass.Context()
        pass.render(nodes[index].nodes, &renderContext)
        pass.output.append(to: &page)
        if !log.errors.isEmpty {
            throw LocGenError.combining(log.errors)
        }
        let misses = log.misses.sorted()
        if isStrict, !misses.isEmpty {
            let names = misses.map { "'\($0)'" }.joined(separator: ", ")
            let file = templates.file(of: name) ?? name
            throw LocGenError(
                .missingVariable,
                "template '\(name)' (\(file)) uses names the page does not define: \(names)"
            )
        }
        return misses
    }
}
