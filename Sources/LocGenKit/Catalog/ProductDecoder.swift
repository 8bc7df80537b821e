import LocGenICU

/// Turns one record into a ``Product``, collecting every problem with its position instead of
/// stopping at the first.
struct ProductDecoder {
    /// The file, for locations.
    let path: String
    /// The record.
    let record: CatalogNode
    /// What is wrong with the record, in the order found.
    private(set) var problems: [LocGenError] = []
    /// The record's id when it is a safe one, and where it is written.
    private(set) var id: (text: String, position: TextPosition)?

    /// The fields every format may use besides text fields and attributes.
    static let knownFields: Set<String> = [
        "id", "slug", "price", "stock", "category", "created", "updated", "images", "markets", "related",
    ]

    init(path: String, record: CatalogNode) {
        self.path = path
        self.record = record
    }

    /// `'p7'`, or `the product at line 12` when the id is missing or unusable.
    var owner: String { id.map { "'\($0.text)'" } ?? "the product at line \(record.position.line)" }

    /// `product 'p7'`, or `the product at line 12`.
    private var noun: String { id.map { "product '\($0.text)'" } ?? "the product at line \(record.position.line)" }

    mutating func report(_ message: String, at position: TextPosition) {
        problems.append(LocGenError(.invalidProduct, message, at: position.location(in: path)))
    }

    /// The product, or `nil` when ``problems`` is not empty.
    mutating func decode() -> Product? {
        guard case .object = record.value else {
            report("expected a product object such as {\"id\": \"p1\", …}, found \(record.shown)", at: record.position)
            return nil
        }
        let fields = members(of: record, in: "the product at line \(record.position.line)")
        readID(fields.first { $0.key == "id" }?.value)
        var slug: LocalizedText?
        var price: DecimalAmount?
        var hasPrice = false
        /// Fields whose values were reported as wrong, so they are not also called missing.
        var reported: Set<String> = []
        var product = Product(id: id?.text ?? "", slug: LocalizedText([:]), price: .zero)
        for field in fields {
            let node = field.value
            if case .null = node.value { continue }
            let before = problems.count
            defer { if problems.count > before { reported.insert(field.key) } }
            switch field.key {
            case "id": continue
            case "slug": slug = localized(node, field: "slug", check: PathSafety.problem(withSlug:))
            case "price":
                hasPrice = true
                price = amount(node, field: "price")
            case "stock": product.stock = stock(node)
            case "category": product.category = text(node, field: "category")
            case "created": product.created = date(node, field: "created")
            case "updated": product.updated = date(node, field: "updated")
            case "images": product.images = images(node)
            case "markets": product.markets = markets(node)
            case "related": product.related = related(node)
            default: readExtra(field, into: &product)
            }
        }
        if slug?.values.isEmpty ?? true, !reported.contains("slug") {
            report("\(noun) has no 'slug'; add one such as \"slug\": \"alpine-jacket\"", at: record.position)
        }
        if !hasPrice {
            report(
                "\(noun) has no 'price'; add one in the base currency such as \"price\": \"129.90\"",
                at: record.position
            )
        }
        if product.text["name"]?.values.isEmpty ?? true, !reported.contains("name") {
            report(
                "\(noun) has no 'name'; add one per locale such as \"name\": {\"en\": \"Alpine jacket\"}",
                at: record.position
            )
        }
        guard problems.isEmpty, let slug, let price else { return nil }
        product.slug = slug
        product.price = price
        return product
    }

    private mutating func readID(_ node: CatalogNode?) {
        guard let node, !isNull(node) else {
            report("the product has no 'id'; add a unique one such as \"id\": \"p1\"", at: record.position)
            return
        }
        guard let text = node.text else {
            report("the product's id is \(node.shown); write it as text such as \"p1\"", at: node.position)
            return
        }
        if let reason = PathSafety.problem(withID: text) {
            report(
                "product id '\(PathSafety.visible(text))' is not safe as a file name: \(reason); use only A-Z, a-z, 0-9, '.', '_' and '-'",
                at: node.position
            )
            return
        }
        id = (text, node.position)
    }

    /// A field that is neither known nor `id`: a map is per-locale text, `name` and `description`
    /// are text even when plain, other plain values are attributes.
    private mutating func readExtra(_ field: CatalogNode.Member, into product: inout Product) {
        let node = field.value
        switch node.value {
        case .object:
            product.text[field.key] = localized(node, field: field.key)
        case .string(let text), .number(let text):
            if field.key == "name" || field.key == "description" {
                product.text[field.key] = LocalizedText(untagged: text)
            } else {
                product.attributes[field.key] = text
            }
        case .bool(let flag):
            product.attributes[field.key] = flag ? "true" : "false"
        case .array:
            report(
                "\(field.key) of \(owner) is a list; other fields must be text or a map from locale to text",
                at: node.position
            )
        case .null:
            break
        }
    }

    func isNull(_ node: CatalogNode) -> Bool {
        if case .null = node.value { return true }
        return false
    }

    /// The members of an object, each key once; a repeated key is reported.
    mutating func members(of node: CatalogNode, in place: String) -> [CatalogNode.Member] {
        guard case .object(let members) = node.value else { return [] }
        var seen: Set<String> = []
        var unique: [CatalogNode.Member] = []
        for member in members {
            if seen.insert(member.key).inserted {
                unique.append(member)
            } else {
                report("'\(member.key)' appears twice in \(place); keep one", at: member.keyPosition)
            }
        }
        return unique
    }
}
