/// A JSON record that does not parse, with the position of the offending character.
struct JSONSyntaxError: Error, Sendable {
    var message: String
    var position: TextPosition
}
