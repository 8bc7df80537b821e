extension TemplateNode {
    /// A copy of the node that shares no reference-counted storage with it: new boxes, arrays, names and
    /// text buffers all the way down (a text short enough to be stored inline has no buffer to share).
    ///
    /// Each thread renders with its own copy (``ThreadTemplates``): see there for why.
    func detached() -> TemplateNode {
        switch self {
        case .text(let text):
            .text(text.detached())
        case .variable(let name, let isEscaped):
            .variable(name.detached(), isEscaped: isEscaped)
        case .section(let name, let body):
            .section(name.detached(), Self.detached(body))
        case .invertedSection(let name, let body):
            .invertedSection(name.detached(), Self.detached(body))
        case .partial(let index, let indentation, let blocks):
            .partial(index: index, indentation: indentation?.detached(), blocks: Self.detached(blocks))
        case .dynamicPartial(let name, let indentation, let blocks):
            .dynamicPartial(name.detached(), indentation: indentation?.detached(), blocks: Self.detached(blocks))
        case .block(let name, let defaultNodes, let indentation):
            .block(name.detached(), defaultNodes: Self.detached(defaultNodes), indentation: indentation.detached())
        case .blockDefinition(let name, let body):
            .blockDefinition(name.detached(), Self.detached(body))
        case .escaping:
            self
        }
    }

    /// Detached copies of `nodes`, in a new array.
    static func detached(_ nodes: [TemplateNode]) -> [TemplateNode] {
        nodes.map { $0.detached() }
    }

    /// Detached copies of a parent tag's blocks, in a new dictionary.
    private static func detached(_ blocks: [String: [TemplateNode]]?) -> [String: [TemplateNode]]? {
        guard let blocks else { return nil }
        var copy: [String: [TemplateNode]] = [:]
        copy.reserveCapacity(blocks.count)
        for (name, nodes) in blocks {
            copy[name.detached()] = detached(nodes)
        }
        return copy
    }
}

extension TemplateName {
    /// A new name with the same parts, none of them sharing storage with this one's.
    func detached() -> TemplateName {
        TemplateName(
            start: start,
            segments: segments.map { $0.detached() },
            transforms: transforms.map { $0.detached() },
            path: path.detached(),
            messageKey: messageKey?.detached()
        )
    }
}

extension String {
    /// The same text in a buffer of its own (or inline, when short enough).
    func detached() -> String {
        String(decoding: Array(utf8), as: UTF8.self)
    }
}
