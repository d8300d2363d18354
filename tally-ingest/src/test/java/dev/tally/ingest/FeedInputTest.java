package dev.tally.ingest;

import static dev.tally.ingest.Fixtures.fixture;
import static dev.tally.ingest.Results.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tally.model.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedInputTest {
    @TempDir
    Path dir;

    private final DocumentReader reader = new DocumentReader();

    @Test
    void readsEachRssItemAsADocumentNamedByGuidOrPosition() {
        List<Document> docs = reader.read(fixture("feeds/conflict-wire.rss"));

        assertThat(docs).extracting(Document::name).containsExactly(
                "conflict-wire.rss#wire-2016-10-04-0113", "conflict-wire.rss#wire-2016-10-05-0007",
                "conflict-wire.rss#3");
        assertThat(docs).allSatisfy(d -> assertThat(d).isInstanceOf(Document.Accepted.class));
        assertThat(docs).allSatisfy(d -> assertThat(((Document.Accepted) d).format()).isEqualTo("feed"));
    }

    @Test
    void prefersFullContentAndStripsItsHtmlKeepingParagraphs() {
        Document.Accepted first = (Document.Accepted) reader.read(fixture("feeds/conflict-wire.rss")).get(0);

        assertThat(first.article().text()).isEqualTo("Shelling kills 9 in Aleppo's eastern districts\n\n"
                + "Shelling of the eastern districts killed nine people overnight, among them two children, "
                + "rescue workers said.\n\n"
                + "At least 20 others were hurt as shells hit a residential block and a bakery.");
        assertThat(first.article().meta())
                .containsEntry("title", "Shelling kills 9 in Aleppo's eastern districts")
                .containsEntry("author", "Omar Saleh")
                .containsEntry("url", "https://wire.example/conflict/2016/10/04/aleppo-shelling")
                .containsEntry("outlet", "Example Wire - Conflict desk");
        assertThat(first.sha256()).isEqualTo(Sha256.of(first.article().text()));
    }

    @Test
    void keepsThePublicationDayAsWrittenNotAsUtc() {
        List<Document> docs = reader.read(fixture("feeds/conflict-wire.rss"));

        // 01:30 at +03:00 on 4 October is still 3 October in UTC: the outlet's day is the 4th.
        assertThat(published(docs.get(0))).contains(LocalDate.of(2016, 10, 4));
        assertThat(published(docs.get(1))).contains(LocalDate.of(2016, 10, 5));
        assertThat(published(docs.get(2))).isEmpty();
    }

    @Test
    void readsDescriptionWhenThereIsNoFullContent() {
        Document.Accepted convoy = (Document.Accepted) reader.read(fixture("feeds/conflict-wire.rss")).get(1);

        assertThat(convoy.article().text()).isEqualTo("Convoy reaches besieged town\n\n"
                + "An aid convoy of 31 trucks reached the town on Wednesday.\n\n"
                + "It carried food for 10,000 people for a month.");
    }

    @Test
    void readsAtomEntries() {
        List<Document> docs = reader.read(fixture("feeds/monitor.atom"));

        assertThat(docs).extracting(Document::name).containsExactly(
                "monitor.atom#https://monitor.example/incidents/ME-0412",
                "monitor.atom#https://monitor.example/updates/2023-10-12");
        Document.Accepted strike = (Document.Accepted) docs.get(0);
        assertThat(strike.article().text()).startsWith("Strike on residential building: 17 civilians reported killed\n\n"
                + "Local sources reported that 17 civilians").endsWith("Between 20 and 30 others were injured.");
        assertThat(strike.article().published()).contains(LocalDate.of(2023, 10, 11));
        assertThat(strike.article().meta()).containsEntry("author", "Monitor team");
        Document.Accepted update = (Document.Accepted) docs.get(1);
        assertThat(update.article().text()).isEqualTo("Update on displacement figures\n\n"
                + "The UN estimates that 423,000 people have been displaced since Saturday.");
        assertThat(update.article().published()).contains(LocalDate.of(2023, 10, 12));
    }

    @Test
    void rejectsBrokenXmlSayingWhere() {
        Document.Rejected doc = rejected(reader.read(fixture("feeds/broken.rss")));

        assertThat(doc.name()).isEqualTo("broken.rss");
        assertThat(doc.reason()).isEqualTo("broken feed XML at line 8, column 7: The element type \"description\" must be "
                + "terminated by the matching end-tag \"</description>\".");
    }

    @Test
    void rejectsXmlThatIsNotAFeed() throws IOException {
        Path file = Files.writeString(dir.resolve("odd.rss"), "<?xml version=\"1.0\"?><catalog><book/></catalog>");

        assertThat(rejected(reader.read(file)).reason()).startsWith("not an RSS or Atom feed: ");
    }

    @Test
    void neverLoadsExternalEntities() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP SECRET");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<rss version=\"2.0\"><channel><title>t</title><item><title>Item</title>"
                + "<description>before &x; after</description></item></channel></rss>";
        Path feed = Files.writeString(dir.resolve("xxe.rss"), xxe, StandardCharsets.UTF_8);

        Document.Accepted doc = Results.accepted(reader.read(feed));

        assertThat(doc.article().text()).isEqualTo("Item\n\nbefore after");
    }

    private static Optional<LocalDate> published(Document doc) {
        return ((Document.Accepted) doc).article().published();
    }
}
