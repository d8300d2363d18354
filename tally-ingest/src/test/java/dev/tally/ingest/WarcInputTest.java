package dev.tally.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tally.model.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcInputTest {
    private static final Instant FETCHED = Instant.parse("2017-06-24T08:00:00Z");
    private static final String STRIKE_PAGE = "<html><head><title>Strike kills 6 in Idlib</title>"
            + "<meta property=\"article:published_time\" content=\"2017-06-23T17:00:00+03:00\"></head>"
            + "<body><nav>Home | World</nav><article><p>An airstrike killed six people, including a rescue worker, "
            + "in a village in Idlib province on Friday, civil defence volunteers said.</p></article></body></html>";
    private static final String BULLETIN = "Situation report 14: some 3,400 people were displaced this week.\n";

    @TempDir
    Path dir;

    private final DocumentReader reader = new DocumentReader();

    @Test
    void readsHtmlAndTextResponsesAndSkipsTheRest() throws IOException {
        Path warc = writeArchive(dir.resolve("crawl.warc"), WarcCompression.NONE, new ArrayList<>());

        List<Document> docs = reader.read(warc);

        assertThat(docs).extracting(Document::name)
                .containsExactly("https://news.example/idlib-strike", "https://relief.example/sitrep-14.txt");
        Document.Accepted page = (Document.Accepted) docs.get(0);
        assertThat(page.format()).isEqualTo("warc");
        assertThat(page.article().text()).isEqualTo("Strike kills 6 in Idlib\n\nAn airstrike killed six people, "
                + "including a rescue worker, in a village in Idlib province on Friday, civil defence volunteers said.");
        assertThat(page.article().published()).contains(LocalDate.of(2017, 6, 23));
        assertThat(page.article().meta()).containsEntry("fetched", "2017-06-24T08:00:00Z")
                .containsEntry("url", "https://news.example/idlib-strike").containsEntry("format", "warc");
        assertThat(page.sha256()).isEqualTo(Sha256.of(STRIKE_PAGE.getBytes(StandardCharsets.UTF_8)));
        Document.Accepted bulletin = (Document.Accepted) docs.get(1);
        assertThat(bulletin.article().text()).isEqualTo(BULLETIN);
        assertThat(bulletin.article().published()).isEmpty();
    }

    @Test
    void readsGzipCompressedArchivesAlike() throws IOException {
        Path plain = writeArchive(dir.resolve("crawl.warc"), WarcCompression.NONE, new ArrayList<>());
        Path gzip = writeArchive(dir.resolve("crawl.warc.gz"), WarcCompression.GZIP, new ArrayList<>());

        assertThat(reader.read(gzip)).isEqualTo(reader.read(plain));
    }

    @Test
    void truncatedArchiveKeepsWhatCameBeforeTheDamage() throws IOException {
        List<Long> starts = new ArrayList<>();
        Path whole = writeArchive(dir.resolve("whole.warc.gz"), WarcCompression.GZIP, starts);
        byte[] bytes = Files.readAllBytes(whole);
        // Cut in the middle of the fourth record (the text response): three records were whole.
        long cut = starts.get(3) + (starts.get(4) - starts.get(3)) / 2;
        Path truncated = Files.write(dir.resolve("cut.warc.gz"), Arrays.copyOf(bytes, (int) cut));

        List<Document> docs = reader.read(truncated);

        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).name()).isEqualTo("https://news.example/idlib-strike");
        assertThat(docs.get(0)).isInstanceOf(Document.Accepted.class);
        Document.Rejected damage = (Document.Rejected) docs.get(1);
        assertThat(damage.name()).isEqualTo("cut.warc.gz");
        assertThat(damage.reason()).startsWith("truncated WARC after 3 records: ");
        assertThat(damage.sha256()).isEqualTo(Sha256.of(Arrays.copyOf(bytes, (int) cut)));
    }

    @Test
    void rejectsAnArchiveThatIsNotOne() throws IOException {
        Path fake = Files.writeString(dir.resolve("notes.warc"), "These are my notes, not an archive.\n");

        List<Document> docs = reader.read(fake);

        assertThat(docs).hasSize(1);
        assertThat(((Document.Rejected) docs.get(0)).reason()).startsWith("not a readable WARC archive: ");
    }

    /**
     * Writes, in order: a request, an HTML response, a 404 page, an image, a text response and a second
     * request; {@code starts} receives each record's offset and the archive's end.
     */
    private static Path writeArchive(Path file, WarcCompression compression, List<Long> starts) throws IOException {
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), compression)) {
            starts.add(writer.position());
            writer.write(request("https://news.example/idlib-strike"));
            starts.add(writer.position());
            writer.write(response("https://news.example/idlib-strike", 200, "text/html; charset=utf-8", STRIKE_PAGE));
            starts.add(writer.position());
            writer.write(response("https://news.example/missing", 404, "text/html", "<html><body><p>Not found</p></body></html>"));
            starts.add(writer.position());
            writer.write(response("https://relief.example/sitrep-14.txt", 200, "text/plain", BULLETIN));
            starts.add(writer.position());
            writer.write(response("https://news.example/photo.jpg", 200, "image/jpeg", "\u00ff\u00d8\u00ff"));
            starts.add(writer.position());
            writer.write(request("https://news.example/next"));
            starts.add(writer.position());
        }
        return file;
    }

    private static WarcResponse response(String uri, int status, String type, String body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(uri).date(FETCHED).body(http).build();
    }

    private static WarcRequest request(String uri) throws IOException {
        HttpRequest http = new HttpRequest.Builder("GET", uri).build();
        return new WarcRequest.Builder(uri).date(FETCHED).body(http).build();
    }
}
