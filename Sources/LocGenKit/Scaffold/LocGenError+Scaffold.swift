extension LocGenError.Code {
    /// A folder `locgen init` was asked to create a site in that already holds files.
    public static let folderNotEmpty = Self(rawValue: "folder-not-empty")
}
