import LocGenICU

@testable import LocGenKit

/// A renderer for build tests: writes the template name, every value of the context as `path=value`
/// lines in sorted order, the message arguments and two messages, so tests can read what a page was given.
struct TestRenderer: PageRendering {
    /// A product id whose pages fail to render, to test failed builds.
    var failingProductID: String?
    /// Whether every product page fails, as with a broken template.
    var failsEveryProduct = false

    func render(
        template: String,
        context: TemplateValue,
        messages: MessageTable,
        arguments: [String: MessageValue]
    ) throws(LocGenError) -> String {
        if failsEveryProduct, template == "product" {
            throw LocGenError(.buildWarning, "product.html:1:1: broken")
        }
        if let failingProductID, context[path: "product.id"] == .text(failingProductID) {
            throw LocGenError(
                LocGenError.Code(rawValue: "template-error"),
                "product.html:3:7: cannot render \(failingProductID)"
            )
        }
        var lines = ["template=\(template)"]
        Self.flatten(context, prefix: "", into: &lines)
        for (name, value) in arguments.sorted(by: { $0.key < $1.key }) {
            lines.append("arg.\(name)=\(value)")
        }
        lines.append("t.title=\(messages.pattern(for: "title") ?? "-")")
        let stock = (try? messages.format("stock", arguments: arguments)) ?? nil
        lines.append("t.stock=\(stock ?? "-")")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func flatten(_ value: TemplateValue, prefix: String, into lines: inout [String]) {
        switch value {
        case .text(let text): lines.append("\(prefix)=\(text)")
        case .bool(let flag): lines.append("\(prefix)=\(flag)")
        case .list(let items):
            for (index, item) in items.enumerated() { flatten(item, prefix: "\(prefix)[\(index)]", into: &lines) }
        case .object(let members):
            for (key, member) in members.sorted(by: { $0.key < $1.key }) {
                flatten(member, prefix: prefix.isEmpty ? key : "\(prefix).\(key)", into: &lines)
            }
        }
    }
}
