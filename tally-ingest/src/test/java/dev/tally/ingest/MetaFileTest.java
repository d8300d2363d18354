package dev.tally.ingest;

import static dev.tally.ingest.Fixtures.fixture;
import static dev.tally.ingest.Results.accepted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import dev.tally.model.Diagnostic;
import dev.tally.model.Document;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetaFileTest {
    private static final String SIDECAR = """
            {"about": "dates for the test set",
             "documents": {
               "good.txt":    {"published": "2017-06-23", "approximate": false, "outlet": "Example Wire", "author": "J. Doe"},
               "bad.txt":     {"published": "2017-13-40", "outlet": "Example Wire"},
               "feb.txt":     {"published": "2017-02-30"},
               "stamp.txt":   {"published": "2016-10-19T23:30:00+03:00"},
               "number.txt":  {"published": 20170623},
               "nodate.txt":  {"outlet": "Courier", "approximate": true},
               "link.txt":    {"url": "https://example.org/news/strike-report"},
               "script.txt":  {"url": "javascript:alert(document.cookie)"},
               "odd.txt":     "2017-06-23"
             }}
            """;

    @TempDir
    Path dir;

    @Test
    void readsDatesAndMetaAndReportsEachBadFieldWithItsDocument() throws IOException {
        MetaFile meta = MetaFile.read(Files.writeString(dir.resolve("meta.json"), SIDECAR));

        assertThat(meta.entry("good.txt")).hasValueSatisfying(e -> {
            assertThat(e.published()).contains(LocalDate.of(2017, 6, 23));
            assertThat(e.meta()).containsEntry("outlet", "Example Wire").containsEntry("author", "J. Doe")
                    .containsEntry("approximate", "false");
        });
        assertThat(meta.entry("stamp.txt").flatMap(MetaEntry::published)).contains(LocalDate.of(2016, 10, 19));
        assertThat(meta.entry("bad.txt")).hasValueSatisfying(e -> {
            assertThat(e.published()).isEmpty();
            assertThat(e.meta()).containsEntry("outlet", "Example Wire");
        });
        assertThat(meta.entry("odd.txt")).isEmpty();
        assertThat(meta.entry("link.txt").map(MetaEntry::meta)).hasValueSatisfying(m -> assertThat(m).containsEntry("url", "https://example.org/news/strike-report"));
        assertThat(meta.entry("script.txt").map(MetaEntry::meta)).hasValueSatisfying(m -> assertThat(m).doesNotContainKey("url"));
        assertThat(meta.problems()).extracting(Diagnostic::toString).containsExactlyInAnyOrder(
                "[bad.txt] meta: meta.json: \"published\" must be a date YYYY-MM-DD; got \"2017-13-40\" (date ignored)",
                "[feb.txt] meta: meta.json: \"published\" must be a date YYYY-MM-DD; got \"2017-02-30\" (date ignored)",
                "[number.txt] meta: meta.json: \"published\" must be a date YYYY-MM-DD; got 20170623 (date ignored)",
                "[odd.txt] meta: meta.json: entry must be an object; got \"2017-06-23\"",
                "[script.txt] meta: meta.json: \"url\" must be an http or https address; got \"javascript:alert(document.cookie)\" (url ignored)");
    }

    @Test
    void sidecarBesideTheInputsIsFoundAndWinsOverThePage() throws IOException {
        Files.writeString(dir.resolve("meta.json"), """
                {"documents": {"strike.html": {"published": "2017-06-20", "outlet": "Curated Outlet"},
                               "bad.txt": {"published": "yesterday"}}}""");
        Files.copy(fixture("html/market-strike.html"), dir.resolve("strike.html"));
        Files.writeString(dir.resolve("bad.txt"), "Three were killed.");
        DocumentReader reader = new DocumentReader();

        List<Document> docs = reader.readAll(List.of(dir)).toList();

        assertThat(docs).extracting(Document::name).containsExactly("bad.txt", "strike.html");
        Document.Accepted strike = (Document.Accepted) docs.get(1);
        assertThat(strike.article().published()).contains(LocalDate.of(2017, 6, 20));
        assertThat(strike.article().meta()).containsEntry("outlet", "Curated Outlet").containsEntry("author", "Lina Haddad");
        assertThat(((Document.Accepted) docs.get(0)).article().published()).isEmpty();
        assertThat(reader.metaProblems()).extracting(Diagnostic::toString).containsExactly(
                "[bad.txt] meta: meta.json: \"published\" must be a date YYYY-MM-DD; got \"yesterday\" (date ignored)");
    }

    @Test
    void sidecarInTheFolderAboveServesADocsFolder() throws IOException {
        Files.writeString(dir.resolve("meta.json"), "{\"documents\": {\"r1.txt\": {\"published\": \"2023-10-09\"}}}");
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Path r1 = Files.writeString(docs.resolve("r1.txt"), "Nine were injured.");

        Document.Accepted doc = accepted(new DocumentReader().read(r1));

        assertThat(doc.article().published()).contains(LocalDate.of(2023, 10, 9));
    }

    @Test
    void givenSidecarServesEveryInputAndIsNotReadAsOne() throws IOException {
        Path sidecar = Files.writeString(dir.resolve("dates.json"), "{\"documents\": {\"x.txt\": {\"published\": \"2015-12-22\"}}}");
        Files.writeString(dir.resolve("x.txt"), "Eleven were killed.");
        DocumentReader reader = new DocumentReader(DocumentReader.DEFAULT_MAX_BYTES, Optional.of(MetaFile.read(sidecar)));

        List<Document> docs = reader.readAll(List.of(dir)).toList();

        assertThat(docs).extracting(Document::name).containsExactly("x.txt");
        assertThat(((Document.Accepted) docs.get(0)).article().published()).contains(LocalDate.of(2015, 12, 22));
    }

    @Test
    void brokenSidecarFoundBesideInputsIsReportedNotFatal() throws IOException {
        Files.writeString(dir.resolve("meta.json"), "{\"documents\": {\"x.txt\": ");
        Files.writeString(dir.resolve("x.txt"), "Eleven were killed.");
        DocumentReader reader = new DocumentReader();

        List<Document> docs = reader.readAll(List.of(dir)).toList();

        assertThat(docs).hasSize(1).allSatisfy(d -> assertThat(d).isInstanceOf(Document.Accepted.class));
        assertThat(reader.metaProblems()).singleElement().satisfies(p -> {
            assertThat(p.document()).endsWith("meta.json");
            assertThat(p.message()).startsWith("sidecar ignored: ").contains("not valid JSON at line 1, column ");
        });
    }

    @Test
    void namedSidecarThatIsUnusableFailsWithWhereAndWhy() throws IOException {
        Path notJson = Files.writeString(dir.resolve("a.json"), "{\"documents\": [1, 2,]}");
        Path wrongShape = Files.writeString(dir.resolve("b.json"), "{\"docs\": {}}");

        assertThatIOException().isThrownBy(() -> MetaFile.read(notJson))
                .withMessageStartingWith(notJson + ": not valid JSON at line 1, column 21: ");
        assertThatIOException().isThrownBy(() -> MetaFile.read(wrongShape))
                .withMessage(wrongShape + ": must hold an object \"documents\" keyed by document name; got none");
    }

    @Test
    void readsTheSeedSidecar() throws IOException {
        MetaFile meta = MetaFile.read(Path.of("../examples/seeds/meta.json"));

        assertThat(meta.size()).isEqualTo(5);
        assertThat(meta.problems()).isEmpty();
        assertThat(meta.entry("001_fb6444753e8d3f0d.txt").flatMap(MetaEntry::published)).contains(LocalDate.of(2017, 6, 23));
    }
}
