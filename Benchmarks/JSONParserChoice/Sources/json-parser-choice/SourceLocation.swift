/// Stands in for LocGenKit's SourceLocation, which TextPosition.location(in:) names.
struct SourceLocation { init(file: String, line: Int, column: Int) {} }
