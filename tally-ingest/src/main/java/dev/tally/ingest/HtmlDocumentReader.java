package dev.tally.ingest;

import dev.tally.model.Article;
import dev.tally.model.Document;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jsoup.Jsoup;

/**
 * Reads one HTML page into a document: its main text with the headline first, and the page's own
 * metadata (title, author, published, url, outlet) in the article's meta. A page without article text is
 * rejected. Stateless and thread-safe.
 */
final class HtmlDocumentReader {
    static final String NO_TEXT = "HTML page without article text";

    private HtmlDocumentReader() {
    }

    /**
     * @param name           the document's name
     * @param sha256         the identity of its bytes
     * @param bytes          the page as stored
     * @param transportLabel a charset named outside the page (an HTTP header), if any
     */
    static Document read(String name, String sha256, byte[] bytes, Optional<String> transportLabel) {
        Optional<Charset> mark = TextDecoder.charsetOfMark(bytes);
        if (mark.isEmpty()) {
            Optional<String> binary = BinaryCheck.problem(bytes);
            if (binary.isPresent()) {
                return new Document.Rejected(name, sha256, binary.get());
            }
        }
        Charset charset = HtmlCharset.choose(bytes, transportLabel);
        String decoded = new String(bytes, charset);
        String html = decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        String body = HtmlText.mainText(page);
        if (body.isBlank()) {
            return new Document.Rejected(name, sha256, NO_TEXT);
        }
        HtmlMetadata found = HtmlMetadata.of(page);
        Map<String, String> meta = new TreeMap<>();
        meta.put("format", Format.HTML.code());
        meta.put("encoding", charset.name());
        found.title().ifPresent(v -> meta.put("title", v));
        found.author().ifPresent(v -> meta.put("author", v));
        found.url().ifPresent(v -> meta.put("url", v));
        found.outlet().ifPresent(v -> meta.put("outlet", v));
        String text = ArticleText.withTitle(found.title(), body);
        return new Document.Accepted(name, sha256, Format.HTML.code(),
                new Article(name, text, found.published(), meta));
    }
}
