import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A thread-safe memo table for values that are costly to make and never change once made.
///
/// Two tasks that miss the same key at once may both make the value; the first stored wins, so
/// every caller sees one instance.
final class Cache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let storage = Mutex<[Key: Value]>([:])

    func value(for key: Key, orMake make: () throws(ICUError) -> Value) throws(ICUError) -> Value {
        if let value = storage.withLock({ $0[key] }) {
            return value
        }
        let made = try make()
        return storage.withLock { table in
            if let existing = table[key] { return existing }
            table[key] = made
            return made
        }
    }
}

/// Text in a cache key, compared and hashed by its UTF-8 bytes.
///
/// `String` compares and hashes by canonical equivalence, which normalises non-ASCII text on every
/// lookup: for a Cyrillic message pattern that cost more than ICU's formatting of the message. ICU
/// reads the bytes, so two spellings of one text are two inputs to it anyway.
struct UTF8Key: Hashable, Sendable {
    let text: String

    static func == (lhs: UTF8Key, rhs: UTF8Key) -> Bool {
        // memcmp: `elementsEqual`, on the UTF-8 view or a buffer, compares one byte per loop turn.
        var (left, right) = (lhs.text, rhs.text)
        return left.withUTF8 { left in
            right.withUTF8 { right in
                guard left.count == right.count else { return false }
                return left.isEmpty || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0
            }
        }
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { bytes in
            hasher.combine(bytes.count)
            hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        }
    }
}

/// An ICU handle kept inside a `Mutex`.
///
/// `@unchecked Sendable` is safe because every owner touches the pointer only while holding the
/// mutex that stores it, so no two threads use the ICU object at once.
struct LockedHandle: @unchecked Sendable {
    let pointer: OpaquePointer
}

/// The texts an ICU formatter made, by what it was given: formatting the same value again returns the
/// kept text instead of asking ICU, which formats the same way every time.
///
/// Only the first ``limit`` distinct values are kept, so memory stays flat however many values a
/// catalog formats; a value after those is formatted every time.
struct KeptTexts<Key: Hashable> {
    static var limit: Int { 256 }

    private var texts: [Key: String] = [:]

    subscript(key: Key) -> String? { texts[key] }

    mutating func keep(_ text: String, for key: Key) {
        if texts.count < Self.limit { texts[key] = text }
    }
}
