/// A catalog format's reader: hands over one product record at a time, in file order.
///
/// The seam between formats (``CatalogFormat``) and the one ``ProductDecoder``.
protocol ProductRecordSource {
    /// The next record, `nil` at the end; throws a non-fatal ``CatalogError`` for a record that
    /// cannot be parsed (the next call goes on after it) and a fatal one when the file cannot be
    /// read any further.
    mutating func nextRecord() throws(CatalogError) -> CatalogNode?

    /// ``nextRecord()``, but a source may skip, without parsing it, a record whose text cannot hold a member
    /// named `key` (written plainly or with escapes); what it skips it neither returns nor reports.
    mutating func nextRecord(mayHaving key: String) throws(CatalogError) -> CatalogNode?

    /// ``nextRecord()``, but a source may skip, without parsing it, a record none of whose string or number
    /// values (or member names) can be one of `texts` (written plainly or with escapes); what it skips it
    /// neither returns nor reports.
    mutating func nextRecord(mayHavingValueIn texts: RecordValueFilter) throws(CatalogError) -> CatalogNode?
}

extension ProductRecordSource {
    mutating func nextRecord(mayHaving key: String) throws(CatalogError) -> CatalogNode? {
        try nextRecord()
    }

    mutating func nextRecord(mayHavingValueIn texts: RecordValueFilter) throws(CatalogError) -> CatalogNode? {
        try nextRecord()
    }
}
