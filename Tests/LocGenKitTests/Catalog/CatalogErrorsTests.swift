import LocGenKit
import Testing

extension CatalogTests {
    struct CatalogErrorsTests {
        /// A valid JSON Lines product with one field replaced or added.
        static func line(_ fields: String) -> String {
            #"{"id": "p7", "slug": "s", "price": "1", "name": "N", "# + fields + "}"
        }

        @Test(arguments: [
            (
                #"{"slug": "s", "price": 1, "name": "N"}"#, 1, 1,
                "the product has no 'id'; add a unique one such as \"id\": \"p1\""
            ),
            (
                #"{"id": "p7", "slug": "s", "price": "abc", "name": "N"}"#, 1, 36,
                "price of 'p7' is 'abc', not a decimal number such as 129.90"
            ),
            (
                #"{"id": "p7", "slug": "s", "price": 1.2.3, "name": "N"}"#, 1, 36,
                "invalid JSON: '1.2.3' is not a number; write it like 129.90 or \"129.90\""
            ),
            (line(#""stock": -3"#), 1, 63, "stock of 'p7' is -3; stock cannot be negative"),
            (line(#""stock": 2.5"#), 1, 63, "stock of 'p7' is 2.5, not a whole number"),
            (
                line(#""created": "05/01/2026""#), 1, 65,
                "created of 'p7' is '05/01/2026', not an ISO 8601 date such as 2026-01-05"
            ),
            (
                #"{"id": "../x", "slug": "s", "price": 1, "name": "N"}"#, 1, 8,
                "product id '../x' is not safe as a file name: it contains '..'; use only A-Z, a-z, 0-9, '.', '_' and '-'"
            ),
            (
                #"{"id": "a/b", "slug": "s", "price": 1, "name": "N"}"#, 1, 8,
                "product id 'a/b' is not safe as a file name: it contains '/'; use only A-Z, a-z, 0-9, '.', '_' and '-'"
            ),
            (
                #"{"id": "a\u0000b", "slug": "s", "price": 1, "name": "N"}"#, 1, 8,
                "product id 'a\\0b' is not safe as a file name: it contains a NUL character; use only A-Z, a-z, 0-9, '.', '_' and '-'"
            ),
            (
                #"{"id": ".env", "slug": "s", "price": 1, "name": "N"}"#, 1, 8,
                "product id '.env' is not safe as a file name: it starts with '.'; use only A-Z, a-z, 0-9, '.', '_' and '-'"
            ),
            (
                #"{"id": "jäcke", "slug": "s", "price": 1, "name": "N"}"#, 1, 8,
                "product id 'jäcke' is not safe as a file name: it contains 'ä'; use only A-Z, a-z, 0-9, '.', '_' and '-'"
            ),
            (
                #"{"id": "p7", "slug": {"de": "a/b"}, "price": 1, "name": "N"}"#, 1, 29,
                "slug 'a/b' (de) of 'p7' is not safe in a file name or URL: it contains '/'"
            ),
            (
                #"{"id": "p7", "slug": ".git", "price": 1, "name": "N"}"#, 1, 22,
                "slug '.git' of 'p7' is not safe in a file name or URL: it starts with '.'"
            ),
            (
                #"{"id": "p7", "slug": "", "price": 1, "name": "N"}"#, 1, 22,
                "slug '' of 'p7' is not safe in a file name or URL: it is empty"
            ),
            (
                #"{"id": "p7", "slug": "a\nb", "price": 1, "name": "N"}"#, 1, 22,
                "slug 'a\\nb' of 'p7' is not safe in a file name or URL: it contains the control character \\n"
            ),
            (
                #"{"id": "p7", "slug": "s", "price": 1, "name": {"en_UK": "N"}}"#, 1, 48,
                "name of 'p7': unknown region 'UK' in 'en_UK'; did you mean 'en_GB'? (ISO 3166 uses 'GB')"
            ),
            (
                line(#""images": ["../../etc/passwd"]"#), 1, 65,
                "image '../../etc/passwd' of 'p7' cannot be used: it leaves the site folder through '..'"
            ),
            (
                line(#""images": [{"src": "http://cdn/x.jpg"}]"#), 1, 73,
                "image 'http://cdn/x.jpg' of 'p7' cannot be used: only https URLs and relative paths are allowed, not 'http:'"
            ),
            (
                line(#""markets": {"cn": {"prize": "899"}}"#), 1, 73,
                "unknown field 'prize' in markets.cn of 'p7'; use price, slug or sold"
            ),
            (
                line(#""markets": {"cn": {"price": "-1"}}"#), 1, 82,
                "markets.cn.price of 'p7' is -1; prices cannot be negative"
            ),
            (
                line(#""markets": {"us": {"sold": "maybe"}}"#), 1, 81,
                "markets.us.sold of 'p7' is 'maybe', not true or false"
            ),
            (
                line(#""tags": ["a"]"#), 1, 62,
                "tags of 'p7' is a list; other fields must be text or a map from locale to text"
            ),
            (line(#""price": "2""#), 1, 54, "'price' appears twice in the product at line 1; keep one"),
            (
                #"{"id": "p7", "slug": "s", "price": 1,}"#, 1, 38,
                "invalid JSON: a ',' before '}'; remove the trailing comma"
            ),
            (
                #"{"id": "p7" "slug": "s"}"#, 1, 13,
                "invalid JSON: expected ',' or '}' after the value of \"id\", found '\"'"
            ),
            (#"{"id": 'p7'}"#, 1, 8, "invalid JSON: expected a value, found '''"),
            (#"["p7"]"#, 1, 1, "expected a product object such as {\"id\": \"p1\", …}, found a list"),
        ])
        func reportsABadProductAtItsPosition(json: String, line: Int, column: Int, message: String) throws {
            let folder = try TemporaryDirectory()
            let path = try folder.write("products.jsonl", json + "\n")
            let error = try CatalogTests.onlyError(in: path)
            #expect(!error.isFatal)
            #expect(error.problems.map(\.message) == [message])
            #expect(error.problems.first?.location == SourceLocation(file: path, line: line, column: column))
        }

        @Test func reportsEveryProblemOfAProductAndOfEveryProduct() throws {
            let folder = try TemporaryDirectory()
            let path = try folder.write(
                "products.jsonl",
                """
                {"id": "p1", "slug": "s", "price": 1, "name": "N"}
                {"id": "p1", "slug": "a/b", "stock": -1}
                {"id": "p2", "slug": "s", "price": 2, "name": "M"}

                """
            )
            let (products, errors) = try CatalogTests.readAll(path)
            #expect(products.map(\.id) == ["p1", "p2"])
            #expect(errors.count == 1)
            let problems = try #require(errors.first).problems
            #expect(
                problems.map(\.message) == [
                    "product 'p1' has no 'price'; add one in the base currency such as \"price\": \"129.90\"",
                    "product 'p1' has no 'name'; add one per locale such as \"name\": {\"en\": \"Alpine jacket\"}",
                    "duplicate product id 'p1'; the first product with it is at line 1",
                    "slug 'a/b' of 'p1' is not safe in a file name or URL: it contains '/'",
                    "stock of 'p1' is -1; stock cannot be negative",
                ]
            )
            #expect(
                problems.map { $0.location?.description ?? "" }
                    == ["2:1", "2:1", "2:8", "2:22", "2:38"].map { path + ":" + $0 }
            )
            #expect(problems[2].code == .duplicateProduct)
            #expect(problems[3].code == .invalidProduct)
            #expect(errors.first?.productID == "p1")
        }

        @Test func reportsInvalidUTF8WithItsPosition() throws {
            let folder = try TemporaryDirectory()
            let good = Array(#"{"id": "p1", "slug": "s", "price": 1, "name": "N"}"#.utf8) + [0x0A]
            let bad =
                Array(#"{"id": "p2", "slug": "s", "price": 1, "name": "caf"#.utf8) + [0xE9] + Array(#""}"#.utf8) + [
                    0x0A
                ]
            let path = try folder.write(
                "products.jsonl",
                bytes: good + bad + good.map { $0 == UInt8(ascii: "1") ? UInt8(ascii: "3") : $0 }
            )
            let (products, errors) = try CatalogTests.readAll(path)
            #expect(products.map(\.id) == ["p1", "p3"])
            let problem = try #require(errors.first?.problems.first)
            #expect(problem.code == .invalidCatalog)
            #expect(problem.message == "invalid UTF-8 (byte 0xE9); save the file as UTF-8")
            #expect(problem.location == SourceLocation(file: path, line: 2, column: 51))
        }

        @Test func goesOnAfterABadElementOfAJSONArrayAndStopsAtABrokenArray() throws {
            let folder = try TemporaryDirectory()
            let path = try folder.write(
                "products.json",
                """
                [
                  {"id": "a1", "slug": "a", "price": 1, "name": "A"},
                  {"id": "a2", "slug": "b", "price": 1e, "name": "B"},
                  {"id": "a3", "slug": "c", "price": 1, "name": "C"}
                  {"id": "a4", "slug": "d", "price": 1, "name": "D"}
                ]
                """
            )
            let (products, errors) = try CatalogTests.readAll(path)
            #expect(products.map(\.id) == ["a1", "a3"])
            #expect(errors.map(\.isFatal) == [false, true])
            #expect(
                errors.map { $0.problems[0].message } == [
                    "invalid JSON: '1e' is not a number; write it like 129.90 or \"129.90\"",
                    "invalid JSON: expected ',' or ']' after the product that starts at line 4, found '{'",
                ]
            )
            #expect(errors.map { $0.problems[0].location?.description ?? "" } == [path + ":3:38", path + ":5:3"])
        }

        @Test(arguments: [
            (
                #"{"id": "x"}"#, "1:1",
                "a JSON catalog is an array of products, [{\"id\": …}, …], but it does not start with '['"
            ),
            ("", "1:1", "a JSON catalog is an array of products, [{\"id\": …}, …], but the file is empty"),
            (
                #"[{"id": "c1", "slug": "a", "price": 1, "name": "A"},]"#, "1:53",
                "invalid JSON: a ',' before ']'; remove the trailing comma"
            ),
            (
                #"[{"id": "c1", "slug": "a", "price": 1, "name": "A"}, {"id": "c2}]"#, "1:54",
                "invalid JSON: the file ends inside this product; is a '}' or '\"' missing?"
            ),
            (
                #"[{"id": "c1", "slug": "a", "price": 1, "name": "A"}"#, "1:52",
                "invalid JSON: the file ends before the array's closing ']'"
            ),
            (
                #"[{"id": "c1", "slug": "a", "price": 1, "name": "A"}] x"#, "1:54",
                "invalid JSON: unexpected text after the array's closing ']'"
            ),
        ])
        func stopsAtAJSONArrayThatCannotBeFollowed(json: String, position: String, message: String) throws {
            let folder = try TemporaryDirectory()
            let path = try folder.write("products.json", json)
            let (_, errors) = try CatalogTests.readAll(path)
            #expect(errors.count == 1)
            let error = try #require(errors.first)
            #expect(error.isFatal)
            #expect(error.problems.map(\.message) == [message])
            #expect(error.problems.first?.location?.description == path + ":" + position)
        }

        @Test func readsAnEmptyJSONArray() throws {
            let folder = try TemporaryDirectory()
            let (products, errors) = try CatalogTests.readAll(try folder.write("products.json", " [ ]\n"))
            #expect(products.isEmpty)
            #expect(errors.isEmpty)
        }

        @Test func reportsBadValuesInYAMLAtTheirPosition() throws {
            let folder = try TemporaryDirectory()
            let path = try folder.write(
                "products.yaml",
                "- id: y1\n  slug: a\n  price: 1\n  name: A\n- id: y2\n  price: [1]\n  slug: b\n  name: B\n"
            )
            let (products, errors) = try CatalogTests.readAll(path)
            #expect(products.map(\.id) == ["y1"])
            #expect(
                errors.first?.problems.first?.message == "price of 'y2' is a list, not a decimal number such as 129.90"
            )
            #expect(errors.first?.problems.first?.location == SourceLocation(file: path, line: 6, column: 10))
        }

        @Test(arguments: [
            ("id: 1\n", "1:1", "a YAML catalog is a list of products (\"- id: p1\"), not a mapping"),
            (
                "- id: [\n", "2:1",
                "invalid YAML: did not find expected node content (while parsing a flow node from line 2, column 1)"
            ),
        ])
        func rejectsAYAMLCatalogThatIsNotAList(yaml: String, position: String, message: String) throws {
            let folder = try TemporaryDirectory()
            let path = try folder.write("products.yaml", yaml)
            let error = try #require(throws: LocGenError.self) { try CatalogReader(path: path) }
            #expect(error.code == .invalidCatalog)
            #expect(error.message == message)
            #expect(error.location?.description == path + ":" + position)
        }
    }
}
