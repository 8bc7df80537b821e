/// Merges sources that each give their elements in order into one ordered sequence (a k-way merge with a
/// binary heap), holding one element per source.
///
/// Elements that are equal by `precedes` come out in the order of their sources, first source first, so the
/// merge is deterministic and a caller can give one source priority over another.
struct SortedMerge<Element> {
    /// A source: its next element, or nil when it has no more.
    typealias Source = () throws(LocGenError) -> Element?

    private let sources: [Source]
    private let precedes: (Element, Element) -> Bool
    private var heap: [(element: Element, source: Int)] = []

    /// A merge of `sources`, each ordered by `precedes`; reads the first element of each.
    init(_ sources: [Source], by precedes: @escaping (Element, Element) -> Bool) throws(LocGenError) {
        self.sources = sources
        self.precedes = precedes
        for (number, source) in sources.enumerated() {
            if let element = try source() { push((element, number)) }
        }
    }

    /// A source giving the elements of an array, already in order.
    static func source(_ elements: [Element]) -> Source {
        let cursor = ArrayCursor(elements)
        return cursor.next
    }

    /// The next element in order, with the number of its source.
    mutating func next() throws(LocGenError) -> (element: Element, source: Int)? {
        guard let first = heap.first else { return nil }
        if let element = try sources[first.source]() {
            heap[0] = (element, first.source)
        } else {
            heap[0] = heap[heap.count - 1]
            heap.removeLast()
        }
        if !heap.isEmpty { siftDown(0) }
        return first
    }

    private func isBefore(_ lhs: (element: Element, source: Int), _ rhs: (element: Element, source: Int)) -> Bool {
        if precedes(lhs.element, rhs.element) { return true }
        if precedes(rhs.element, lhs.element) { return false }
        return lhs.source < rhs.source
    }

    private mutating func push(_ item: (element: Element, source: Int)) {
        heap.append(item)
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard isBefore(heap[child], heap[parent]) else { return }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    private mutating func siftDown(_ start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var first = parent
            if left < heap.count, isBefore(heap[left], heap[first]) { first = left }
            if right < heap.count, isBefore(heap[right], heap[first]) { first = right }
            guard first != parent else { return }
            heap.swapAt(first, parent)
            parent = first
        }
    }
}

/// The elements of an array one after the other, for ``SortedMerge/source(_:)``.
private final class ArrayCursor<Element> {
    private let elements: [Element]
    private var index = 0

    init(_ elements: [Element]) {
        self.elements = elements
    }

    func next() throws(LocGenError) -> Element? {
        guard index < elements.count else { return nil }
        defer { index += 1 }
        return elements[index]
    }
}
