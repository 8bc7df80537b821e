import Synchronization

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

/// An ICU handle kept inside a `Mutex`.
///
/// `@unchecked Sendable` is safe because every owner touches the pointer only while holding the
/// mutex that stores it, so no two threads use the ICU object at once.
struct LockedHandle: @unchecked Sendable {
    let pointer: OpaquePointer
}
