import Dispatch
import Synchronization

/// Runs two independent pieces of a build's finish at once, one per core, when the machine has two.
enum BothAtOnce {
    /// The results of `first` and `second`, run at the same time; the first's error is thrown before the
    /// second's, so the failure reported does not depend on which finished first.
    static func run<First: Sendable, Second: Sendable>(
        _ first: @Sendable () throws(LocGenError) -> First,
        _ second: @Sendable () throws(LocGenError) -> Second
    ) throws(LocGenError) -> (First, Second) {
        let firstResult = Mutex<Result<First, LocGenError>?>(nil)
        let secondResult = Mutex<Result<Second, LocGenError>?>(nil)
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                let result = Result { () throws(LocGenError) in try first() }
                firstResult.withLock { $0 = result }
            } else {
                let result = Result { () throws(LocGenError) in try second() }
                secondResult.withLock { $0 = result }
            }
        }
        let one = try firstResult.withLock { $0! }.get()
        let two = try secondResult.withLock { $0! }.get()
        return (one, two)
    }
}
