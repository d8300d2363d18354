package dev.tally.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdom2.Document;
import org.jdom2.Element;

/**
 * The publication day of each item of a feed, read from the XML as written. Rome turns dates into instants,
 * which loses the writer's time zone: {@code Tue, 04 Jul 2017 01:30:00 +0300} is still 3 July in UTC, and
 * an article's "on Monday" counts from the outlet's day. Items are listed in document order, as Rome lists
 * its entries. Stateless and thread-safe.
 */
final class FeedDates {
    /** Item date elements by local name, best first: RSS, Atom, Dublin Core. */
    private static final List<String> DATE_NAMES = List.of("pubDate", "published", "date", "issued", "created",
            "updated", "modified");

    private FeedDates() {
    }

    static List<Optional<LocalDate>> of(Document xml) {
        List<Optional<LocalDate>> dates = new ArrayList<>();
        for (Element item : items(xml.getRootElement())) {
            dates.add(date(item));
        }
        return dates;
    }

    /** RSS 2.0 {@code channel/item}, RSS 1.0 {@code rdf:RDF/item}, Atom {@code feed/entry}. */
    private static List<Element> items(Element root) {
        List<Element> items = new ArrayList<>();
        for (Element child : root.getChildren()) {
            if (isItem(child)) {
                items.add(child);
            } else if (child.getName().equals("channel")) {
                child.getChildren().stream().filter(FeedDates::isItem).forEach(items::add);
            }
        }
        return items;
    }

    private static boolean isItem(Element e) {
        return e.getName().equals("item") || e.getName().equals("entry");
    }

    private static Optional<LocalDate> date(Element item) {
        for (String name : DATE_NAMES) {
            for (Element child : item.getChildren()) {
                if (child.getName().equals(name)) {
                    Optional<LocalDate> date = DateText.parse(child.getTextNormalize());
                    if (date.isPresent()) {
                        return date;
                    }
                }
            }
        }
        return Optional.empty();
    }
}
