/// The bytes of a page being rendered: a growable buffer that each piece of text is copied into with one
/// `memcpy`, without `Array.append(contentsOf:)`'s generic checks on every piece.
///
/// Owns its memory and frees it when it goes; not copyable, so two renders never share one buffer.
struct PageBytes: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// How many bytes the page has so far.
    private(set) var count = 0

    /// Makes an empty buffer with room for `capacity` bytes; it grows as needed.
    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// The last byte, or `nil` when the page is empty.
    var last: UInt8? { count > 0 ? base[count - 1] : nil }

    /// Appends bytes.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        let end = count + bytes.count
        if end > capacity { grow(toAtLeast: end) }
        (base + count).initialize(from: source, count: bytes.count)
        count = end
    }

    /// Appends a text's UTF-8.
    mutating func append(_ text: String) {
        text.withUTF8InPlace { append($0) }
    }

    /// Drops the last `k` bytes.
    mutating func removeLast(_ k: Int) {
        precondition(k >= 0 && k <= count, "cannot remove \(k) of a page's \(count) bytes")
        count -= k
    }

    /// Appends the page's bytes to `page`.
    func append(to page: inout [UInt8]) {
        page.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
    }

    private mutating func grow(toAtLeast needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.initialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }
}
