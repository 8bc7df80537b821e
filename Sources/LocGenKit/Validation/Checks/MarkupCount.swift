/// How often each tag occurs on a path, by name and kind, in order of first occurrence.
struct MarkupCount {
    /// Opening, closing and self-closing (or void) counts of one tag name.
    struct Counts {
        var opening = 0
        var closing = 0
        var selfClosing = 0

        func subtracting(_ other: Counts) -> Counts {
            Counts(
                opening: max(0, opening - other.opening),
                closing: max(0, closing - other.closing),
                selfClosing: max(0, selfClosing - other.selfClosing)
            )
        }

        /// Whether an opening and a closing tag are both counted, shown as one pair.
        var isPair: Bool { opening > 0 && closing > 0 }

        /// The tags for a message: `<b>…</b>` for a pair, else the one kind counted; `nil` when none is.
        func display(_ name: String) -> String? {
            if isPair { return "tags <\(name)>…</\(name)>" }
            if opening > 0 { return "tag <\(name)>" }
            if closing > 0 { return "tag </\(name)>" }
            if selfClosing > 0 {
                return MarkupTag.voidElements.contains(name) ? "tag <\(name)>" : "tag <\(name)/>"
            }
            return nil
        }
    }

    private(set) var names: [String] = []
    private var table: [String: Counts] = [:]
    private var tags: [MarkupTag]

    init(_ tags: [MarkupTag]) {
        self.tags = tags
        for tag in tags {
            if table[tag.name] == nil { names.append(tag.name) }
            var counts = table[tag.name, default: Counts()]
            switch tag.kind {
            case _ where tag.isVoid: counts.selfClosing += 1
            case .opening: counts.opening += 1
            case .closing: counts.closing += 1
            case .selfClosing: counts.selfClosing += 1
            }
            table[tag.name] = counts
        }
    }

    func counts(of name: String) -> Counts { table[name] ?? Counts() }

    /// Where the first occurrence of `name` lies that `other` does not account for.
    func firstExtraOffset(of name: String, beyond other: MarkupCount) -> Int? {
        var allowance = other.counts(of: name)
        for tag in tags where tag.name == name {
            let kind: MarkupTag.Kind = tag.isVoid ? .selfClosing : tag.kind
            switch kind {
            case .opening where allowance.opening > 0: allowance.opening -= 1
            case .closing where allowance.closing > 0: allowance.closing -= 1
            case .selfClosing where allowance.selfClosing > 0: allowance.selfClosing -= 1
            default: return tag.offset
            }
        }
        return nil
    }
}
