/// Hears how far a build has come, to show progress; ``Builder`` calls it from the building task.
public protocol BuildProgress {
    /// Pages written so far (rendered or reused), all markets together; called after each slice of products.
    func pageWritten(total: Int)
    /// A market's pages are all written, its index page included.
    func marketFinished(id: String, pages: Int)
    /// The build succeeded; the new output is in place.
    func finished(_ report: BuildReport)
}

extension BuildProgress {
    public func marketFinished(id: String, pages: Int) {}
    public func finished(_ report: BuildReport) {}
}
