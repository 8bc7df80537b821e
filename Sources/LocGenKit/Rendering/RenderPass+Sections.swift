extension RenderPass {
    /// `{{#name}}…{{/name}}`: once per item of a list, once with an object or a message's text (as
    /// `{{.}}`), once without a new frame for `true`, once with text or a number as `{{.}}`; not at all
    /// for `false`, nothing, an empty list or a message the table lacks.
    ///
    /// The body renders with `context`'s position changed and restored after, not with a copy.
    mutating func renderSection(_ value: RenderValue?, _ body: [TemplateNode], _ context: inout Context) {
        guard let value else { return }
        let position = context.position
        defer { context.position = position }
        switch value {
        case .list(let items, let path):
            for (index, item) in items.enumerated() {
                context.position = SequencePosition(index: index, isLast: index == items.count - 1)
                stack.append(RenderValue(item, path: path))
                render(body, &context)
                stack.removeLast()
            }
        case .object:
            context.position = SequencePosition(index: 0, isLast: true)
            stack.append(value)
            render(body, &context)
            stack.removeLast()
        case .message(let key):
            guard let text = messages.format(key) else { return }
            context.position = SequencePosition(index: 0, isLast: true)
            stack.append(.text(text))
            render(body, &context)
            stack.removeLast()
        case .bool(let flag):
            if flag { render(body, &context) }
        case .missingMessage:
            return
        case .text, .number, .root:
            context.position = nil
            stack.append(value)
            render(body, &context)
            stack.removeLast()
        }
    }

    /// `{{^name}}…{{/name}}`: once for `false`, nothing, an empty list or a message the table lacks.
    mutating func renderInvertedSection(_ value: RenderValue?, _ body: [TemplateNode], _ context: inout Context) {
        guard let value else {
            render(body, &context)
            return
        }
        switch value {
        case .list(let items, _):
            guard items.isEmpty else { return }
            let position = context.position
            context.position = nil
            stack.append(value)
            render(body, &context)
            stack.removeLast()
            context.position = position
        case .message(let key):
            guard messages.format(key) == nil else { return }
            render(body, &context)
        case .bool(let flag):
            if !flag { render(body, &context) }
        case .missingMessage:
            render(body, &context)
        case .object, .text, .number, .root:
            return
        }
    }
}
