import Yams

extension YAMLDocument {
    /// Turns a Yams syntax error into a located ``LocGenError`` with libyaml's words and, where a common
    /// slip explains it, a fix (``YAMLSyntaxError``).
    func translate(_ error: YamlError, text: String) -> LocGenError {
        YAMLSyntaxError(error).error(.invalidDocument, file: file, text: text)
    }
}
