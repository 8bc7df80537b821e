import Foundation

/// One IndexNow submission: the JSON body that `POST /indexnow` accepts, for one host.
///
/// See the protocol at indexnow.org: `host`, `key`, `keyLocation` and up to 10,000 URLs of that host.
public struct IndexNowRequest: Sendable, Equatable {
    /// The protocol's limit of URLs per request.
    public static let maximumURLs = 10_000

    /// The host name, without scheme or port (`shop.example.com`).
    public var host: String
    public var key: String
    /// The absolute URL of the key file (`https://shop.example.com/<key>.txt`).
    public var keyLocation: String
    public var urls: [String]

    public init(host: String, key: String, keyLocation: String, urls: [String]) {
        self.host = host
        self.key = key
        self.keyLocation = keyLocation
        self.urls = urls
    }

    /// The requests for a host's URLs: sorted, and split at ``maximumURLs``; none for no URLs.
    public static func requests(host: String, key: String, keyLocation: String, urls: [String]) -> [IndexNowRequest] {
        let sorted = urls.sorted { $0.utf8Precedes($1) }
        return stride(from: 0, to: sorted.count, by: maximumURLs).map { start in
            IndexNowRequest(
                host: host,
                key: key,
                keyLocation: keyLocation,
                urls: Array(sorted[start..<min(start + maximumURLs, sorted.count)])
            )
        }
    }

    /// The JSON body, pretty-printed, with the keys in the protocol's order.
    public var body: String {
        JSONText.object([
            ("host", .string(host)),
            ("key", .string(key)),
            ("keyLocation", .string(keyLocation)),
            ("urlList", .array(urls.map(JSONText.string))),
        ]).rendered + "\n"
    }

    /// Reads a body as ``body`` writes it; nil when the bytes are not such a JSON object.
    public init?(body: [UInt8]) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any],
            let host = object["host"] as? String, let key = object["key"] as? String,
            let keyLocation = object["keyLocation"] as? String, let urls = object["urlList"] as? [String]
        else { return nil }
        self.init(host: host, key: key, keyLocation: keyLocation, urls: urls)
    }
}
