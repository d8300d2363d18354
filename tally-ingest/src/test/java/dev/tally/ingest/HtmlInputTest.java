package dev.tally.ingest;

import static dev.tally.ingest.Fixtures.fixture;
import static dev.tally.ingest.Results.accepted;
import static dev.tally.ingest.Results.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tally.model.Document;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlInputTest {
    @TempDir
    Path dir;

    private final DocumentReader reader = new DocumentReader();

    @Test
    void readsArticleTextWithoutPageFurniture() {
        Document.Accepted doc = accepted(reader.read(fixture("html/market-strike.html")));
        String text = doc.article().text();

        assertThat(doc.format()).isEqualTo("html");
        assertThat(text).startsWith("Airstrike on market kills at least 23 civilians in Raqqa province\n\n");
        assertThat(text).contains("killed at least 23 civilians on Friday, among them seven children")
                .contains("Conflicting accounts")
                .contains("\"all feasible precautions\"");
        assertThat(text).doesNotContain("Politics", "Related", "Earlier:", "morning briefing", "Copyright",
                "Terms of use", "dataLayer", "font", "Smoke over the market");
    }

    @Test
    void keepsParagraphsApartAndLineBreaksAsLines() {
        String text = accepted(reader.read(fixture("html/market-strike.html"))).article().text();

        assertThat(text).contains("according to a local monitoring group.\n\nAnother 40 people were wounded\n"
                + "and taken to a field clinic outside the town, a nurse there said. The clinic has run out of blood");
        assertThat(text).doesNotContain("  ").doesNotContain("\n\n\n");
    }

    @Test
    void takesMetadataFromThePage() {
        Document.Accepted doc = accepted(reader.read(fixture("html/market-strike.html")));

        assertThat(doc.article().published()).contains(LocalDate.of(2017, 6, 23));
        assertThat(doc.article().meta())
                .containsEntry("title", "Airstrike on market kills at least 23 civilians in Raqqa province")
                .containsEntry("author", "Lina Haddad")
                .containsEntry("url", "https://courier.example/world/raqqa-market-strike")
                .containsEntry("outlet", "The Example Courier")
                .containsEntry("encoding", "UTF-8")
                .containsEntry("format", "html");
    }

    @Test
    void aCanonicalLinkThatIsNoWebAddressIsNotKept() throws IOException {
        Path page = Files.writeString(dir.resolve("script-link.html"), """
                <html><head><title>Shelling kills four in Aleppo</title>
                <link rel="canonical" href="javascript:fetch('/api/users')">
                <meta property="og:url" content="data:text/html,<b>x</b>"></head>
                <body><article><p>Shelling killed four civilians in eastern Aleppo on Tuesday, rescue workers said.
                The shells struck a market in the morning, when it was crowded.</p></article></body></html>""");

        Document.Accepted doc = accepted(reader.read(page));

        assertThat(doc.article().meta()).doesNotContainKey("url");
    }

    @Test
    void withoutArticleElementTakesTheDensestBlockAndPutsTheTitleFirst() {
        Document.Accepted doc = accepted(reader.read(fixture("html/wire-report.htm")));
        String text = doc.article().text();

        assertThat(text).startsWith("UN: 1,200 families displaced from eastern villages - Example Wire\n\n"
                + "GENEVA, Oct 19 (Example Wire) - Some 1,200 families");
        assertThat(text).contains("300 families had no shelter at all.\n\nA spokeswoman said");
        assertThat(text).doesNotContain("Most read", "Latest", "Example Wire 2016");
        assertThat(doc.article().published()).contains(LocalDate.of(2016, 10, 19));
    }

    @Test
    void rejectsPageWithoutArticleText() {
        Document.Rejected doc = rejected(reader.read(fixture("html/no-article-text.html")));

        assertThat(doc.reason()).isEqualTo("HTML page without article text");
        assertThat(doc.sha256()).hasSize(64);
    }

    @Test
    void sniffsHtmlInAFileWithoutHtmlExtension() throws IOException {
        Path file = Files.writeString(dir.resolve("saved-page"),
                "<!doctype html><html><body><p>Two medics were killed in the strike.</p></body></html>");

        Document.Accepted doc = accepted(reader.read(file));

        assertThat(doc.format()).isEqualTo("html");
        assertThat(doc.article().text()).isEqualTo("Two medics were killed in the strike.");
    }

    @Test
    void readsUndeclaredWesternBytesAsWindows1252() throws IOException {
        String html = "<html><body><article><p>L’attaque a fait 8 morts près de Mossoul.</p></article></body></html>";
        Path file = Files.write(dir.resolve("mossoul.html"), html.getBytes(Charset.forName("windows-1252")));

        Document.Accepted doc = accepted(reader.read(file));

        assertThat(doc.article().text()).isEqualTo("L’attaque a fait 8 morts près de Mossoul.");
        assertThat(doc.article().meta()).containsEntry("encoding", "windows-1252");
    }

    @Test
    void honoursDeclaredCharset() throws IOException {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-15\">"
                + "</head><body><p>Le coût: 5 € par famille déplacée.</p></body></html>";
        Path file = Files.write(dir.resolve("cout.html"), html.getBytes(Charset.forName("ISO-8859-15")));

        Document.Accepted doc = accepted(reader.read(file));

        assertThat(doc.article().text()).isEqualTo("Le coût: 5 € par famille déplacée.");
        assertThat(doc.article().meta()).containsEntry("encoding", "ISO-8859-15");
    }

    @Test
    void doesNotRepeatTitleAlreadyAtTheTop() throws IOException {
        String html = "<html><head><title>3 killed in Kabul blast</title></head><body>"
                + "<h1>3 killed in Kabul blast</h1><p>Three people were killed.</p></body></html>";
        Path file = Files.writeString(dir.resolve("kabul.html"), html, StandardCharsets.UTF_8);

        assertThat(accepted(reader.read(file)).article().text())
                .isEqualTo("3 killed in Kabul blast\n\nThree people were killed.");
    }

    @Test
    void readsJsonLdDateWhenNoMetaTagGivesOne() throws IOException {
        String html = "<html><head><script type=\"application/ld+json\">[{\"@type\":\"WebSite\"},"
                + "{\"@graph\":[{\"@type\":\"NewsArticle\",\"datePublished\":\"2015-12-22T06:00:00+02:00\","
                + "\"author\":[{\"name\":\"A. Writer\"},{\"name\":\"B. Writer\"}]}]}]</script>"
                + "<script type=\"application/ld+json\">{broken</script></head>"
                + "<body><p>Four were wounded.</p></body></html>";
        Path file = Files.writeString(dir.resolve("ld.html"), html, StandardCharsets.UTF_8);

        Document.Accepted doc = accepted(reader.read(file));

        assertThat(doc.article().published()).contains(LocalDate.of(2015, 12, 22));
        assertThat(doc.article().meta()).containsEntry("author", "A. Writer, B. Writer");
    }
}
