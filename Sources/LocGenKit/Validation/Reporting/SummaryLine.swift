/// The one-line English summary every format ends with:
/// `3 errors and 1 warning in 2 of 30 files (5,000 messages in 30 locales)`.
enum SummaryLine {
    /// The summary sentence, without a newline.
    static func sentence(for summary: ValidationSummary, diagnostics: [Diagnostic]) -> String {
        let findings: String
        switch (summary.errorCount, summary.warningCount) {
        case (0, 0): findings = "no problems"
        case (let errors, 0): findings = counted(errors, "error")
        case (0, let warnings): findings = counted(warnings, "warning")
        case (let errors, let warnings): findings = "\(counted(errors, "error")) and \(counted(warnings, "warning"))"
        }
        let filesWithFindings = Set(diagnostics.map(\.location.file)).count
        let files: String
        if filesWithFindings == 0 || filesWithFindings >= summary.filesChecked {
            files = counted(max(filesWithFindings, summary.filesChecked), "file")
        } else {
            files = "\(grouped(filesWithFindings)) of \(counted(summary.filesChecked, "file"))"
        }
        let scope =
            summary.scope
            ?? "\(counted(summary.messagesChecked, "message")) in \(counted(summary.localesChecked.count, "locale"))"
        return "\(findings) in \(files) (\(scope))"
    }

    /// `1 error`, `2 errors`, `5,000 messages`: English plurals need only `one` and `other`.
    static func counted(_ count: Int, _ noun: String) -> String {
        "\(grouped(count)) \(noun)\(count == 1 ? "" : "s")"
    }

    /// Digits grouped by three with commas, whatever the machine's locale: `5,000`.
    static func grouped(_ number: Int) -> String {
        let digits = Array(String(number.magnitude))
        var text = number < 0 ? "-" : ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { text += "," }
            text.append(digit)
        }
        return text
    }
}
