import LocGenKit
import Testing

extension CatalogTests {
    struct CSVCatalogTests {
        private func read(_ csv: String) throws -> (
            path: String, products: [Product], errors: [CatalogError], folder: TemporaryDirectory
        ) {
            let folder = try TemporaryDirectory()
            let path = try folder.write("products.csv", csv)
            let (products, errors) = try CatalogTests.readAll(path)
            return (path, products, errors, folder)
        }

        @Test func readsQuotedCommasDoubledQuotesAndLineBreaks() throws {
            let result = try read(
                #"""
                id,slug,price,name,description
                p1,s,1,"Jacket, red","He said ""warm"""
                p2,"t",2,"Two
                lines",""
                p3,u,3,Crème brûlée,"Line one\#r
                line two"

                """#
            )
            #expect(result.errors.isEmpty)
            #expect(result.products.map { $0.name.values[""] } == ["Jacket, red", "Two\nlines", "Crème brûlée"])
            #expect(
                result.products.map { $0.text["description"]?.values[""] } == [
                    "He said \"warm\"", nil, "Line one\r\nline two",
                ]
            )
        }

        @Test func readsCRLFWithoutAFinalLineBreakAndSkipsBlankRows() throws {
            let result = try read("id,slug,price,name\r\n\r\np1,s,1,A\r\n,,,\r\np2,t,2,B")
            #expect(result.errors.isEmpty)
            #expect(result.products.map(\.id) == ["p1", "p2"])
        }

        @Test func mergesAPlainColumnWithItsLocaleColumns() throws {
            let result = try read("name.de,id,name,slug,price,slug.de\nJacke,p1,Jacket,jacket,1,jacke\n")
            let product = try #require(result.products.first)
            #expect(product.name == LocalizedText(["": "Jacket", "de": "Jacke"]))
            #expect(product.slug == LocalizedText(["": "jacket", "de": "jacke"]))
        }

        @Test func readsListsMarketsAndAttributes() throws {
            let result = try read(
                "id,slug,price,name,images,related,markets.ch.price,markets.ch.slug,markets.us.sold,color\n"
                    + "p1,s,1,A, img/a.jpg ;img/b.jpg;,p2;p3,12.95,jacke-ch,No,red\n"
            )
            let product = try #require(result.products.first)
            #expect(product.images == [ProductImage(source: "img/a.jpg"), ProductImage(source: "img/b.jpg")])
            #expect(product.related == ["p2", "p3"])
            #expect(
                product.markets == [
                    "ch": MarketOverride(price: DecimalAmount("12.95"), slug: "jacke-ch"),
                    "us": MarketOverride(isSold: false),
                ]
            )
            #expect(product.attributes == ["color": "red"])
        }

        @Test func reportsRowProblemsAndGoesOn() throws {
            let result = try read(
                #"""
                id,slug,price,name
                d1,a,1,"A, ""quoted"""
                d2,b,2
                d3,c"x,3,C
                d4,"d"x,4,D
                d5,e,abc,E

                """#
            )
            #expect(result.products.map(\.id) == ["d1"])
            #expect(result.errors.allSatisfy { !$0.isFatal })
            #expect(
                result.errors.map { $0.problems[0].message } == [
                    "invalid CSV: the row has 3 fields but the header has 4; quote fields that contain ','",
                    "invalid CSV: a '\"' inside an unquoted field; quote the whole field and double the '\"'",
                    "invalid CSV: text after a closing quote; double a '\"' inside a quoted field (\"\")",
                    "price of 'd5' is 'abc', not a decimal number such as 129.90",
                ]
            )
            #expect(
                result.errors.map { $0.problems[0].location?.description }
                    == ["3:1", "4:5", "5:7", "6:6"].map { result.path + ":" + $0 }
            )
        }

        @Test func stopsAtAQuoteThatIsNeverClosed() throws {
            let result = try read("id,slug,price,name\np1,s,1,A\np2,s,2,\"never closed\np3,t,3,C\n")
            #expect(result.products.map(\.id) == ["p1"])
            #expect(result.errors.map(\.isFatal) == [true])
            #expect(
                result.errors.first?.problems.first?.message
                    == "invalid CSV: the quoted field is never closed; add the missing '\"'"
            )
            #expect(result.errors.first?.problems.first?.location?.description == result.path + ":3:8")
        }

        @Test(arguments: [
            ("slug,price,name\ns,1,A\n", "1:1", "invalid CSV header: there is no 'id' column"),
            ("id,slug,price,,name\n", "1:15", "invalid CSV header: a column has no name"),
            ("id,slug,price,name,id\n", "1:20", "invalid CSV header: column 'id' appears twice"),
            (
                "id,slug,price,name,a.b.c\n", "1:20",
                "invalid CSV header: column 'a.b.c' is not a field, field.locale or markets.<market>.<field>"
            ),
        ])
        func rejectsABadHeader(csv: String, position: String, message: String) throws {
            let result = try read(csv)
            #expect(result.products.isEmpty)
            #expect(result.errors.map(\.isFatal) == [true])
            #expect(result.errors.first?.problems.map(\.message) == [message])
            #expect(result.errors.first?.problems.first?.location?.description == result.path + ":" + position)
        }

        @Test func reportsInvalidUTF8InACell() throws {
            let folder = try TemporaryDirectory()
            let bytes = Array("id,slug,price,name\np1,s,1,Caf".utf8) + [0xC3] + Array("\np2,t,2,B\n".utf8)
            let path = try folder.write("products.csv", bytes: bytes)
            let (products, errors) = try CatalogTests.readAll(path)
            #expect(products.map(\.id) == ["p2"])
            #expect(errors.first?.problems.first?.message == "invalid UTF-8 (byte 0xC3); save the file as UTF-8")
            #expect(errors.first?.problems.first?.location?.description == path + ":2:11")
        }
    }
}
