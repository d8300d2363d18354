package dev.tally.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about itself: headline, author, publication day, canonical URL and outlet, each taken
 * from the first source that has it (Open Graph and article meta tags, then {@code <title>}, bylines,
 * {@code <time>} and JSON-LD). Stateless and thread-safe.
 */
record HtmlMetadata(Optional<String> title, Optional<String> author, Optional<LocalDate> published,
                    Optional<String> url, Optional<String> outlet) {

    static HtmlMetadata of(Document page) {
        JsonLd ld = JsonLd.of(page);
        return new HtmlMetadata(title(page, ld), author(page, ld), published(page, ld), url(page),
                first(meta(page, "og:site_name"), ld.publisher()));
    }

    private static Optional<String> title(Document page, JsonLd ld) {
        Optional<String> h1 = text(page.selectFirst("h1"));
        Optional<String> title = first(meta(page, "og:title"), text(page.selectFirst("head > title")), h1,
                ld.headline());
        // "Headline | Outlet" in <title> while <h1> holds just the headline: the h1 is the cleaner one.
        if (title.isPresent() && h1.isPresent() && !title.equals(h1) && title.get().startsWith(h1.get())) {
            return h1;
        }
        return title;
    }

    private static Optional<String> author(Document page, JsonLd ld) {
        Optional<String> articleAuthor = meta(page, "article:author").filter(a -> !a.startsWith("http"));
        return first(meta(page, "author"), articleAuthor, text(page.selectFirst("[rel=author]")),
                text(page.selectFirst("[itemprop=author]")), ld.author());
    }

    private static Optional<LocalDate> published(Document page, JsonLd ld) {
        Stream<Optional<String>> sources = Stream.of(
                meta(page, "article:published_time"), meta(page, "datePublished"),
                attr(page.selectFirst("time[itemprop=datePublished]"), "datetime"), ld.datePublished(),
                meta(page, "date"), meta(page, "pubdate"), meta(page, "publishdate"), meta(page, "publish-date"),
                meta(page, "DC.date.issued"), meta(page, "DC.date"), meta(page, "dcterms.date"),
                meta(page, "dcterms.created"), attr(page.selectFirst("time[pubdate]"), "datetime"),
                attr(page.selectFirst("time[datetime]"), "datetime"));
        return sources.flatMap(Optional::stream).map(DateText::parse).flatMap(Optional::stream).findFirst();
    }

    private static Optional<String> url(Document page) {
        return first(attr(page.selectFirst("link[rel=canonical]"), "href").flatMap(WebLink::of), meta(page, "og:url").flatMap(WebLink::of));
    }

    /** The content of a meta tag named by {@code property}, {@code name} or {@code itemprop}. */
    private static Optional<String> meta(Document page, String key) {
        for (String by : List.of("property", "name", "itemprop")) {
            Optional<String> value = attr(page.selectFirst("meta[" + by + "=\"" + key + "\"]"), "content");
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> attr(Element e, String attribute) {
        return e == null ? Optional.empty() : nonBlank(e.attr(attribute));
    }

    private static Optional<String> text(Element e) {
        return e == null ? Optional.empty() : nonBlank(e.text());
    }

    private static Optional<String> nonBlank(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }

    @SafeVarargs
    private static Optional<String> first(Optional<String>... candidates) {
        return Stream.of(candidates).flatMap(Optional::stream).findFirst();
    }
}
