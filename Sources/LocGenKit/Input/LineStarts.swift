/// Finding the line of a position from the sorted offsets where lines start.
enum LineStarts {
    /// The 0-based number of the line holding `offset`: the last start at or before it (binary search).
    static func line(containing offset: Int, starts: [Int]) -> Int {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
