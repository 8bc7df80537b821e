extension JSONText {
    /// The compact JSON, safe inside `<script>`: `<`, `>` and `&` in strings become `\u003c`, `\u003e` and
    /// `\u0026`, so no value can close the script (`</script>`) or open a comment.
    var scriptSafe: String {
        // Structural JSON never holds <, > or &: every one of them is inside a string.
        var output = ""
        for scalar in compact.unicodeScalars {
            switch scalar {
            case "<": output += "\\u003c"
            case ">": output += "\\u003e"
            case "&": output += "\\u0026"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
