import Dispatch
import Synchronization

/// Runs independent pieces of a build on all cores and hands back their results in order, so that the build
/// stays deterministic however the pieces were scheduled.
enum AllCores {
    /// `body` of every index below `count`, run on all cores; the results in index order.
    static func map<Result: Sendable>(_ count: Int, _ body: @Sendable (Int) -> Result) -> [Result] {
        let results = Mutex([Result?](repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let result = body(index)
            results.withLock { $0[index] = result }
        }
        return results.withLock { $0.map { $0! } }
    }

    /// The results of `first` and `second`, run at the same time; the first's error is thrown before the
    /// second's, so the failure reported does not depend on which finished first.
    static func both<First: Sendable, Second: Sendable>(
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
