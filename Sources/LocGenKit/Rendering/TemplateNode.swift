/// One piece of a parsed template; a template is a list of them, rendered in order.
///
/// Names are split and partials resolved when the templates are loaded, so rendering never parses a
/// name or looks a template up by name, except for a dynamic partial's.
indirect enum TemplateNode: Sendable {
    /// Text as it is. The parser ends a text at each line break, so a partial's indentation can be put
    /// in front of the next piece.
    case text(String)
    /// `{{name}}` (escaped while escaping is on) or `{{{name}}}` and `{{&name}}` (never escaped).
    case variable(TemplateName, isEscaped: Bool)
    /// `{{#name}}…{{/name}}`.
    case section(TemplateName, [TemplateNode])
    /// `{{^name}}…{{/name}}`.
    case invertedSection(TemplateName, [TemplateNode])
    /// `{{> name}}` or `{{< name}}…{{/name}}`: the template at `index` in the set. `indentation` is
    /// set for a tag on a line of its own and for a parent tag; `blocks` are a parent tag's blocks.
    case partial(index: Int, indentation: String?, blocks: [String: [TemplateNode]]?)
    /// `{{>*name}}` or `{{<*name}}…{{/*name}}`: the template the page's text `name` names.
    case dynamicPartial(TemplateName, indentation: String?, blocks: [String: [TemplateNode]]?)
    /// `{{$name}}default{{/name}}` outside a parent tag: what a parent tag gave for `name`, else the
    /// default.
    case block(String, defaultNodes: [TemplateNode], indentation: String)
    /// `{{$name}}…{{/name}}` inside a parent tag; only the parser sees these.
    case blockDefinition(String, [TemplateNode])
    /// `{{% CONTENT_TYPE: TEXT}}` (off) or `HTML` (on): escaping for the rest of the enclosing nodes.
    case escaping(Bool)
}

/// A loaded template: its name and its nodes.
struct ParsedTemplate: Sendable {
    var name: String
    var nodes: [TemplateNode]
}
