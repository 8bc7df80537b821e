extension String {
    /// The text with some Unicode scalars replaced: `replacement` returns the text for a scalar, or
    /// `nil` to keep it. Every report format escapes its own way with this.
    func replacingScalars(_ replacement: (Unicode.Scalar) -> String?) -> String {
        var output = ""
        for scalar in unicodeScalars {
            if let replaced = replacement(scalar) {
                output += replaced
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
