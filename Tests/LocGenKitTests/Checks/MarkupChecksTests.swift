import LocGenICU
import LocGenKit
import Testing

struct MarkupChecksTests {
    @Test func reportsTagsOfTheSourceThatAreMissingAtTheKey() throws {
        #expect(
            try check("Kostenloser Versand", source: "<b>Free</b> shipping")
                == [Finding(.markup, "the source's tags <b>…</b> are missing here; put them around the same words")]
        )
        #expect(
            try check("Lies jetzt", source: "Read <x/> now")
                == [Finding(.markup, "the source's tag <x/> is missing here; add it")]
        )
    }

    @Test func reportsTagsThatAreNotInTheSourceWhereTheyStand() throws {
        #expect(
            try check("<i>Kostenloser</i> Versand", source: "Free shipping")
                == [Finding(.markup, "tags <i>…</i> are not in the source; remove them", at: 0)]
        )
        #expect(
            try check("<b>Kostenloser</b> Versand <b>heute</b>", source: "<b>Free</b> shipping")
                == [Finding(.markup, "tags <b>…</b> are not in the source; remove them", at: 27)]
        )
    }

    @Test(arguments: [
        ("<b>Kostenlos", Finding(.markup, "tag <b> is never closed; add </b> where it should end", at: 0)),
        ("Kostenlos</i>", Finding(.markup, "tag </i> closes nothing; remove it or add <i> before it", at: 9)),
        ("<b><i>x</b></i>", Finding(.markup, "tag </b> closes <b> while <i> is still open; close </i> first", at: 7)),
        (
            "{n, plural, one {<b>x} other {<b>y</b>}}",
            Finding(.markup, "tag <b> is never closed; add </b> where it should end", at: 17)
        ),
    ])
    func reportsUnbalancedTagsWithoutASource(value: String, finding: Finding) throws {
        #expect(try check(value) == [finding])
    }

    @Test func reportsAnUnbalancedTagOnceEvenAgainstTheSource() throws {
        #expect(
            try check("<b>Kostenloser Versand", source: "<b>Free</b> shipping")
                == [Finding(.markup, "tag <b> is never closed; add </b> where it should end", at: 0)]
        )
    }

    @Test(
        arguments: [
            ("Zeile<br>weiter <img src=\"a.png\"> <br/> <hr />", nil),
            ("Zeile<br>weiter", "Line<br/>next"),
            ("<a href=\"{url}\">Hilfe</a>", "<a href=\"{url}\">Help</a>"),
            ("<B>Kostenloser</B> Versand", "<b>Free</b> shipping"),
            ("<b>{n, plural, one {x</b>} other {y</b>}}", nil),
            ("a < b and c > d <3 <!-- x -->", nil),
            (
                "{n, plural, one {<b>#</b> Artikel} other {<b>#</b> Artikel}}",
                "{n, plural, one {<b>#</b> item} other {<b>#</b> items}}"
            ),
        ] as [(String, String?)]
    )
    func acceptsBalancedAndMatchingTags(value: String, source: String?) throws {
        #expect(try check(.markup, value, source: source).isEmpty)
    }

    @Test(arguments: ["ru", "ar", "ja"])
    func comparesTheOtherCaseWhenLanguagesHaveMoreCases(locale: String) throws {
        let source = "{n, plural, one {<b>#</b> item} other {<b>#</b> items}}"
        let value = "{n, plural, one {<b>#</b> x} few {<b>#</b> x} many {<b>#</b> x} other {<b>#</b> x}}"
        #expect(try check(.markup, value, source: source, locale: locale).isEmpty)
    }
}
