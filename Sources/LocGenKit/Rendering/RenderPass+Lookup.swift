extension RenderPass {
    /// What a name stands for, with its transforms applied; `nil` when it stands for nothing.
    ///
    /// The first segment is looked for in the stack's frames, innermost first; a section's object not
    /// having it is normal (the name may be further out), so only the page's data at the bottom reports
    /// a first segment as missing. A later segment missing from an object is always reported. Names
    /// below text, true/false values and lists are not checked.
    func resolve(_ name: TemplateName, _ context: Context) -> RenderValue? {
        var value: RenderValue?
        switch name.start {
        case .implicit:
            value = stack[stack.count - 1]
        case .sequence:
            value = nil
            guard let position = context.position else { return nil }
            var transforms = name.transforms[...]
            guard let first = transforms.popFirst(), var current = position.transformed(first) else { return nil }
            for transform in transforms {
                guard let next = current.transformed(transform) else { return nil }
                current = next
            }
            return current
        case .top:
            value = find(name, in: stack[stack.count - 1])
        case .stack:
            // By index: iterating `stack.reversed()` copies each frame, a retain and a release of its
            // payload per frame and lookup.
            var index = stack.count - 1
            while index >= 0 {
                if let found = find(name, in: stack[index]) {
                    value = found
                    break
                }
                index -= 1
            }
        }
        guard var current = value else { return nil }
        for transform in name.transforms {
            guard let next = current.transformed(transform) else { return nil }
            current = next
        }
        return current
    }

    /// The value of `name` when `frame` has its first segment: the page's data or a section's object.
    private func find(_ name: TemplateName, in frame: RenderValue) -> RenderValue? {
        let segments = name.segments
        var current: TemplateValue
        switch frame {
        case .root:
            if let key = name.messageKey {
                return messages.hasMessage(key) ? .message(key) : .missingMessage(key)
            }
            guard let value = members[segments[0]] else {
                log.recordMiss(segments[0])
                return nil
            }
            current = value
        case .object(let frameMembers, _):
            guard let value = frameMembers[segments[0]] else { return nil }
            current = value
        default:
            return nil
        }
        // The path of what is found, only for lists, objects and misses: a section's object was found
        // under its own path, the page's data has none.
        func path(_ rest: String) -> String {
            guard case .object(_, let base) = frame else { return rest }
            return base + "." + rest
        }
        var index = 1
        while index < segments.count {
            guard case .object(let objectMembers) = current else { return nil }
            guard let value = objectMembers[segments[index]] else {
                log.recordMiss(path(segments[...index].joined(separator: ".")))
                return nil
            }
            current = value
            index += 1
        }
        return RenderValue(current, path: path(name.path))
    }
}
