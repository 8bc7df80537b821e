/// One render of one page: walks a template's nodes with a context stack and appends to one buffer.
struct RenderPass: ~Copyable {
    /// What a node list is rendered with besides the stack.
    struct Context {
        /// Where in a list the innermost section is; only directly inside a section over a list, an
        /// object or a message (a partial, a block or a section over text forgets it, as in swift-mustache).
        var position: SequencePosition?
        /// Put in front of each line a standalone partial or block renders; empty for none.
        var indentation = ""
        /// The blocks the parent tags being rendered fill in, the outermost one's winning.
        var blocks: [String: [TemplateNode]] = [:]
        var isEscaping = true
    }

    let templates: [ParsedTemplate]
    let templateIndexes: [String: Int]
    let members: [String: TemplateValue]
    let messages: MessageScope
    let log: RenderLog
    /// The page so far, as UTF-8 bytes: what the build writes and hashes. Appending a text copies its
    /// UTF-8 in one go, without a String's bookkeeping on every append, and the page is never checked as
    /// UTF-8 again (every piece is a String's UTF-8 or ASCII).
    var output = PageBytes(capacity: 64 * 1024)
    var stack: [RenderValue] = [.root]

    init(
        templates: [ParsedTemplate],
        indexes: [String: Int],
        members: [String: TemplateValue],
        messages: MessageScope
    ) {
        self.templates = templates
        templateIndexes = indexes
        self.members = members
        self.messages = messages
        log = messages.log
    }

    /// Renders a node list: the whole of a template, a section's body, a block.
    ///
    /// With an indentation, each node that renders something right after a line break this list
    /// rendered gets the indentation in front; a nested list indents its own lines, so the first
    /// node of a nested list is indented by the enclosing one.
    ///
    /// `context` is lent rather than copied, which spares a retain and a release of its indentation and
    /// blocks for every section and list item rendered; a `{{% CONTENT_TYPE}}` pragma's escaping lasts to
    /// the end of the list and is undone after it.
    mutating func render(_ nodes: [TemplateNode], _ context: inout Context) {
        let isEscaping = context.isEscaping
        defer { context.isEscaping = isEscaping }
        guard !context.indentation.isEmpty else {
            // By index: `for node in nodes` copies each node out of the array, a retain and a release of
            // its box per node.
            var index = 0
            while index < nodes.count {
                render(nodes[index], &context)
                index += 1
            }
            return
        }
        let start = output.count
        for node in nodes {
            if case .text(let text) = node {
                appendIndented(text, context.indentation, from: start)
                continue
            }
            let before = output.count
            guard before > start, output.last == UInt8(ascii: "\n") else {
                render(node, &context)
                continue
            }
            output.append(context.indentation)
            let indented = output.count
            render(node, &context)
            if output.count == indented { output.removeLast(indented - before) }
        }
    }

    mutating func render(_ node: TemplateNode, _ context: inout Context) {
        switch node {
        case .text(let text):
            output.append(text)
        case .variable(let name, let isEscaped):
            guard let value = resolve(name, context) else { return }
            append(value, isEscaped: isEscaped && context.isEscaping)
        case .section(let name, let body):
            renderSection(resolve(name, context), body, &context)
        case .invertedSection(let name, let body):
            renderInvertedSection(resolve(name, context), body, &context)
        case .partial(let index, let indentation, let blocks):
            var inner = partialContext(context, indentation: indentation, blocks: blocks)
            render(templates[index].nodes, &inner)
        case .dynamicPartial(let name, let indentation, let blocks):
            guard case .text(let templateName)? = resolve(name, context),
                let index = templateIndexes[templateName]
            else { return }
            var inner = partialContext(context, indentation: indentation, blocks: blocks)
            render(templates[index].nodes, &inner)
        case .block(let name, let defaultNodes, let indentation):
            var inner = context
            inner.position = nil
            inner.indentation += indentation
            render(context.blocks[name] ?? defaultNodes, &inner)
        case .escaping(let isEscaping):
            context.isEscaping = isEscaping
        case .blockDefinition:
            preconditionFailure("the parser keeps block definitions inside the parent tags that hold them")
        }
    }

    /// Appends a text of a node list that started at `start`, with `indentation` in front of each of its
    /// lines that follows a line break the list rendered: what the text's lines would get as nodes of
    /// their own (the template set joins them, see ``TemplateNode/coalescingTexts(_:)``).
    mutating func appendIndented(_ text: String, _ indentation: String, from start: Int) {
        text.withUTF8InPlace { bytes in
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
                lineEnd = min(lineEnd + 1, bytes.count)
                if output.count > start, output.last == UInt8(ascii: "\n") { output.append(indentation) }
                output.append(UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd]))
                lineStart = lineEnd
            }
        }
    }

    /// The context a partial renders with: its indentation added, the parent tag's blocks added
    /// where no outer parent tag fills the same block, escaping on.
    func partialContext(_ context: Context, indentation: String?, blocks: [String: [TemplateNode]]?) -> Context {
        var inner = context
        inner.position = nil
        inner.isEscaping = true
        if let indentation { inner.indentation += indentation }
        // Taken as it is when no outer parent tag fills a block, which is how a page's own template calls
        // its layout: merging into the empty dictionary hashed each block's name into a new dictionary, 2 %
        // of the render's samples (perf, 1,000 products × 12 markets).
        if let blocks {
            if inner.blocks.isEmpty {
                inner.blocks = blocks
            } else {
                inner.blocks.merge(blocks) { outer, _ in outer }
            }
        }
        return inner
    }

    /// Appends a value as `{{name}}` (escaped) or `{{{name}}}` shows it.
    mutating func append(_ value: RenderValue, isEscaped: Bool) {
        let text: String
        switch value {
        case .text(let value): text = value
        case .bool(let flag): text = flag ? "true" : "false"
        case .number(let number): text = String(number)
        case .message(let key), .missingMessage(let key): text = messages.format(key) ?? ""
        case .list, .object, .root: return
        }
        if isEscaped {
            HTMLEscaper.escape(text, into: &output)
        } else {
            output.append(text)
        }
    }
}
