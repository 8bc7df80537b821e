/// What went wrong while one page rendered: names the template used that the page does not define,
/// and messages that could not be formatted. One log serves one render on one thread.
final class RenderLog {
    /// Missing names (`product.nmae`, `t.cart.ad`) in the order they were first used.
    private(set) var misses: [String] = []
    private var seenMisses: Set<String> = []
    /// Errors in the order they happened, each once.
    private(set) var errors: [LocGenError] = []
    private var seenErrors: Set<String> = []

    /// Records a name the template used that neither the page nor the messages define.
    func recordMiss(_ name: String) {
        if seenMisses.insert(name).inserted { misses.append(name) }
    }

    /// Records an error that must fail the render.
    func record(_ error: LocGenError) {
        if seenErrors.insert(error.description).inserted { errors.append(error) }
    }
}
