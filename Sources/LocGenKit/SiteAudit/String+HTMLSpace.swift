extension String {
    /// The text without the white space HTML strips around attribute values such as URLs and
    /// language codes: space, tab, line feed, form feed and carriage return.
    var trimmingHTMLSpace: String {
        let isSpace: (Unicode.Scalar) -> Bool = { " \t\n\r\u{C}".unicodeScalars.contains($0) }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        return String(scalars[first...last])
    }
}
