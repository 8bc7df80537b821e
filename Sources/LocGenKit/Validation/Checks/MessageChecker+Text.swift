import LocGenICU

extension MessageChecker {
    /// `empty`: the value is empty or only white space. It is the only finding such a message gets.
    func emptyFinding(_ message: CheckedMessage, hasSource: Bool) -> Finding {
        let what = message.scalars.isEmpty ? "the message is empty" : "the message is only white space"
        return Finding(.empty, "\(what); \(hasSource ? "translate the source message" : "write its text")")
    }
}
