extension String {
    /// The text without the white space HTML strips around attribute values such as URLs and
    /// language codes: space, tab, line feed, form feed and carriage return.
    var trimmingHTMLSpace: String {
        let isSpace: (Unicode.Scalar) -> Bool = { [0x20, 0x09, 0x0A, 0x0D, 0x0C].contains($0.value) }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        return String(scalars[first...last])
    }
}
