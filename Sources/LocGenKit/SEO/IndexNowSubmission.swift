import Foundation

#if canImport(FoundationNetworking)
    // URLSession lives here on Linux; it sends through the system's libcurl.
    import FoundationNetworking
#endif

/// The IndexNow requests the last build left in `<output>/.locgen/indexnow/`, and sending them.
public struct IndexNowSubmission: Sendable {
    /// The endpoint every IndexNow engine shares requests through.
    public static let defaultEndpoint = "https://api.indexnow.org/indexnow"

    /// One request body and the file it was read from.
    public struct Item: Sendable {
        /// The path of the body's file.
        public var file: String
        public var request: IndexNowRequest
    }

    /// The requests, sorted by file name (host, then part).
    public var items: [Item]

    /// Reads the requests of a built site; none when the last build changed nothing.
    ///
    /// Throws when the output was never built, or a body is not a request `locgen build` writes.
    public static func pending(output: String) throws(LocGenError) -> IndexNowSubmission {
        let folder = output + "/" + SearchEngineFiles.indexNowFolder
        guard FileManager.default.fileExists(atPath: output + "/" + BuildManifest.path) else {
            throw LocGenError(
                .unreadableFile,
                "'\(output)' holds no build; run 'locgen build' first, with seo.indexnow.key in locgen.yaml"
            )
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".json") }
            .sorted { $0.utf8Precedes($1) }
        var items: [Item] = []
        for name in names {
            let path = folder + "/" + name
            guard case .success(let bytes) = FileSystem.contents(of: path),
                let request = IndexNowRequest(body: bytes)
            else {
                throw LocGenError(
                    .invalidDocument,
                    "'\(path)' is not an IndexNow request (host, key, keyLocation, urlList); run 'locgen build' again"
                )
            }
            items.append(Item(file: path, request: request))
        }
        return IndexNowSubmission(items: items)
    }

    /// What an endpoint answered to one request.
    public struct Response: Sendable, Equatable {
        public var statusCode: Int
        /// Whether the engine took the URLs (200 or 202).
        public var isAccepted: Bool { statusCode == 200 || statusCode == 202 }

        /// The status in words, after the protocol's documentation.
        public var meaning: String {
            switch statusCode {
            case 200: "OK: the URLs were submitted"
            case 202: "Accepted: the URLs were received; the key is checked later"
            case 400: "Bad request: the body is not valid"
            case 403:
                "Forbidden: the key is not valid, or the key file was not found at keyLocation; publish the site first"
            case 422: "Unprocessable: URLs do not belong to the host, or the key does not match the protocol's format"
            case 429: "Too many requests: try again later"
            default: "HTTP \(statusCode)"
            }
        }
    }

    /// POSTs a request's body to an endpoint URL (`application/json; charset=utf-8`).
    public static func send(_ request: IndexNowRequest, to endpoint: String) async throws(LocGenError) -> Response {
        guard let url = URL(string: endpoint), url.scheme == "http" || url.scheme == "https" else {
            throw LocGenError(.indexNowFailure, "'\(endpoint)' is not an http(s) URL")
        }
        var post = URLRequest(url: url, timeoutInterval: 60)
        post.httpMethod = "POST"
        post.setValue("application/json; charset=utf-8", forHTTPHeaderField: "Content-Type")
        post.httpBody = Data(request.body.utf8)
        do {
            let (_, response) = try await URLSession.shared.data(for: post)
            guard let http = response as? HTTPURLResponse else {
                throw LocGenError(.indexNowFailure, "\(endpoint) did not answer over HTTP")
            }
            return Response(statusCode: http.statusCode)
        } catch let error as LocGenError {
            throw error
        } catch {
            throw LocGenError(
                .indexNowFailure,
                "cannot send to \(endpoint): \(error.localizedDescription)"
            )
        }
    }
}

extension LocGenError.Code {
    /// An IndexNow request that could not be sent.
    public static let indexNowFailure = Self(rawValue: "indexnow-failure")
}
