import LocGenICU
import LocGenKit

/// Writes one bundle file into a fresh folder, loads it as German and removes the folder again.
func loadBundle(_ contents: String, named name: String = "de.yaml") throws -> BundleFile {
    try loadBundle(bytes: Array(contents.utf8), named: name)
}

/// Writes raw bytes as a bundle file into a fresh folder and loads it as German.
func loadBundle(bytes: [UInt8], named name: String = "de.yaml") throws -> BundleFile {
    let directory = try TemporaryDirectory()
    let path = try directory.write(name, bytes: bytes)
    return BundleLoader.load(path: path, locale: try LocaleID("de"))
}

extension BundleFile {
    /// The message with a dotted id.
    func message(_ key: String) -> BundleMessage? {
        messages.first { $0.key == key }
    }

    /// The problems as `line:column check: message`, with this file's path shortened to `FILE`.
    var problemLines: [String] {
        problems.map {
            "\($0.location.line):\($0.location.column) \($0.check): "
                + $0.message.replacing(path, with: "FILE")
        }
    }
}

extension BundleMessage {
    /// Where the scalar at an offset of the value is, as `line:column`.
    func at(_ offset: Int) -> String {
        let location = location(ofOffset: offset)
        return "\(location.line):\(location.column)"
    }
}
