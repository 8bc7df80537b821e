/// Findings as JUnit XML, which GitLab, Jenkins, Azure Pipelines and others show as test results.
///
/// One `<testsuite name="locgen validate">` holds a test case per finding and one passing test case
/// per checked file that has none, so a clean run still shows what was checked. A finding's test
/// case has the file as `classname` and `key [check-id]` (or the file) as `name`. Errors are
/// `<failure>`s; warnings are passing test cases whose `<system-out>` holds the finding, because a
/// warning does not fail `locgen validate` and "skipped" would say the check did not run. The body
/// of both is the text report of the finding with its caret line.
struct JUnitReporter {
    var toolVersion: String

    func render(_ diagnostics: [Diagnostic], summary: ValidationSummary) -> String {
        var findingsByFile: [String: [Diagnostic]] = [:]
        for diagnostic in diagnostics {
            findingsByFile[diagnostic.location.file, default: []].append(diagnostic)
        }
        var cases: [String] = []
        for file in Set(summary.files).union(findingsByFile.keys).sorted() {
            guard let findings = findingsByFile[file] else {
                cases.append("    <testcase classname=\"\(Self.attribute(file))\" name=\"\(Self.attribute(file))\"/>\n")
                continue
            }
            cases += findings.map(Self.testCase)
        }
        let failures = diagnostics.count { $0.severity == .error }
        let counts = "tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\""
        var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        output += "<testsuites name=\"locgen validate\" \(counts)>\n"
        output += "  <testsuite name=\"locgen validate\" \(counts)>\n"
        output += "    <properties>\n"
        output += "      <property name=\"locgen.version\" value=\"\(Self.attribute(toolVersion))\"/>\n"
        output += "      <property name=\"summary\" "
        output += "value=\"\(Self.attribute(SummaryLine.sentence(for: summary, diagnostics: diagnostics)))\"/>\n"
        output += "    </properties>\n"
        output += cases.joined()
        output += "  </testsuite>\n"
        output += "</testsuites>\n"
        return output
    }

    static func testCase(_ diagnostic: Diagnostic) -> String {
        let file = attribute(diagnostic.location.file)
        let name = attribute("\(diagnostic.key ?? diagnostic.location.file) [\(diagnostic.check.rawValue)]")
        let report = text(TextReporter(useColor: false).finding(diagnostic))
        var output = "    <testcase classname=\"\(file)\" name=\"\(name)\" file=\"\(file)\">\n"
        switch diagnostic.severity {
        case .error:
            output += "      <failure message=\"\(attribute(diagnostic.message))\" "
            output += "type=\"\(attribute(diagnostic.check.rawValue))\">\(report)</failure>\n"
        case .warning, .note:
            output += "      <system-out>\(report)</system-out>\n"
        }
        output += "    </testcase>\n"
        return output
    }

    // XML 1.0 allows only these characters, whatever is escaped; others are left out.
    // https://www.w3.org/TR/xml/#charsets
    static func isAllowedInXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// Character data: `&`, `<` and `>` escaped, CR kept as `&#13;` (parsers turn a raw CR into LF).
    static func text(_ value: String) -> String {
        value.replacingScalars { scalar in
            switch scalar {
            case _ where !isAllowedInXML(scalar): ""
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "\r": "&#13;"
            default: nil
            }
        }
    }

    /// An attribute value in double quotes: as ``text(_:)``, and the quote, tabs and line feeds as
    /// references, which attribute normalisation would otherwise turn into spaces.
    static func attribute(_ value: String) -> String {
        text(value).replacingScalars { scalar in
            switch scalar {
            case "\"": "&quot;"
            case "\t": "&#9;"
            case "\n": "&#10;"
            default: nil
            }
        }
    }
}
