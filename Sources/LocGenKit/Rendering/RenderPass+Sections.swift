extension RenderPass {
    /// `{{#name}}…{{/name}}`: once per item of a list, once with an object or a message's text (as
    /// `{{.}}`), once without a new frame for `true`, once with text or a number as `{{.}}`; not at all
    /// for `false`, nothing, an empty list or a message the table lacks.
    mutating func renderSection(_ value: RenderValue?, _ body: [TemplateNode], _ context: Context) {
        guard let value else { return }
        var inner = context
        switch value {
        case .list(let items, let path):
            for (index, item) in items.enumerated() {
                inner.position = SequencePosition(index: index, isLast: index == items.count - 1)
                stack.append(RenderValue(item, path: path))
                render(body, inner)
                stack.removeLast()
            }
        case .object:
            inner.position = SequencePosition(index: 0, isLast: true)
            stack.append(value)
            render(body, inner)
            stack.removeLast()
        case .message(let key):
            guard let text = messages.format(key) else { return }
            inner.position = SequencePosition(index: 0, isLast: true)
            stack.append(.text(text))
            render(body, inner)
            stack.removeLast()
        case .bool(let flag):
            if flag { render(body, context) }
        case .missingMessage:
            return
        case .text, .number, .root:
            inner.position = nil
            stack.append(value)
            render(body, inner)
            stack.removeLast()
        }
    }

    /// `{{^name}}…{{/name}}`: once for `false`, nothing, an empty list or a message the table lacks.
    mutating func renderInvertedSection(_ value: RenderValue?, _ body: [TemplateNode], _ context: Context) {
        guard let value else {
            render(body, context)
            return
        }
        switch value {
        case .list(let items, _):
            guard items.isEmpty else { return }
            var inner = context
            inner.position = nil
            stack.append(value)
            render(body, inner)
            stack.removeLast()
        case .message(let key):
            guard messages.format(key) == nil else { return }
            render(body, context)
        case .bool(let flag):
            if !flag { render(body, context) }
        case .missingMessage:
            render(body, context)
        case .object, .text, .number, .root:
            return
        }
    }
}
