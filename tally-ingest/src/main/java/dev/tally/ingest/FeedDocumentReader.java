package dev.tally.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import dev.tally.model.Article;
import dev.tally.model.Document;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jsoup.Jsoup;

/**
 * Reads an RSS or Atom feed: each item becomes a document named {@code file#guid} (or {@code file#3}, its
 * 1-based position, when it has no guid), its text the item's full content, else its description or summary,
 * HTML removed and the title first. A feed that is not well-formed XML is one rejection that says where it
 * broke. Thread-safe: Rome's input is created per call.
 */
final class FeedDocumentReader {
    private FeedDocumentReader() {
    }

    static List<Document> read(String fileName, String sha256, byte[] bytes) {
        org.jdom2.Document xml;
        SyndFeed feed;
        try {
            xml = FeedXml.parse(bytes);
            feed = new SyndFeedInput().build(xml);
        } catch (FeedXml.BrokenXml e) {
            return List.of(new Document.Rejected(fileName, sha256, e.getMessage()));
        } catch (FeedException | IllegalArgumentException e) {
            return List.of(new Document.Rejected(fileName, sha256, "not an RSS or Atom feed: " + Reasons.message(e)));
        }
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            return List.of(new Document.Rejected(fileName, sha256, "feed without items"));
        }
        List<Optional<LocalDate>> written = FeedDates.of(xml);
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry entry = entries.get(i);
            Optional<LocalDate> published = written.size() == entries.size() ? written.get(i) : Optional.empty();
            documents.add(item(fileName, i + 1, entry, published.or(() -> romeDate(entry)), feed.getTitle()));
        }
        return documents;
    }

    private static Document item(String fileName, int position, SyndEntry entry, Optional<LocalDate> published,
                                 String feedTitle) {
        String name = fileName + "#" + nonBlank(entry.getUri()).orElse(Integer.toString(position));
        Optional<String> title = nonBlank(entry.getTitle()).map(t -> Jsoup.parse(t).text()).flatMap(FeedDocumentReader::nonBlank);
        String body = body(entry);
        String text = ArticleText.withTitle(title, body);
        if (text.isBlank()) {
            return new Document.Rejected(name, Sha256.of(text), "feed item without text");
        }
        Map<String, String> meta = new TreeMap<>();
        meta.put("format", Format.FEED.code());
        title.ifPresent(t -> meta.put("title", t));
        nonBlank(entry.getAuthor()).ifPresent(a -> meta.put("author", a));
        WebLink.of(entry.getLink()).ifPresent(u -> meta.put("url", u));
        nonBlank(feedTitle).ifPresent(o -> meta.put("outlet", o));
        return new Document.Accepted(name, Sha256.of(text), Format.FEED.code(), new Article(name, text, published, meta));
    }

    /** The full content when the item has it (content:encoded, Atom content), else its description. */
    private static String body(SyndEntry entry) {
        List<String> parts = new ArrayList<>();
        for (SyndContent content : entry.getContents()) {
            String text = text(content);
            if (!text.isBlank()) {
                parts.add(text);
            }
        }
        if (parts.isEmpty() && entry.getDescription() != null) {
            parts.add(text(entry.getDescription()));
        }
        return String.join("\n\n", parts).strip();
    }

    private static String text(SyndContent content) {
        String value = content.getValue() == null ? "" : content.getValue();
        String type = content.getType() == null ? "html" : content.getType();
        return type.equals("text") || type.equals("text/plain") ? value.strip() : HtmlText.fragmentText(value);
    }

    /** Rome's instant as a UTC day: used only when the written dates could not be matched to the items. */
    private static Optional<LocalDate> romeDate(SyndEntry entry) {
        java.util.Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return Optional.ofNullable(date).map(d -> d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate());
    }

    private static Optional<String> nonBlank(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }
}
