package dev.tally.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tally.model.Document;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesInputTest {
    @TempDir
    Path dir;

    @Test
    void eachLineIsAnArticleAndABadLineIsRejectedAloneNamedByItsLine() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(("{\"name\":\"aleppo-0412.txt\",\"published\":\"2016-04-12\",\"outlet\":\"Example Wire\","
                + "\"url\":\"https://wire.example/aleppo\",\"text\":\"Barrel bombs killed 9 people in Aleppo on Tuesday.\"}\n\n")
                .getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"text\":\"caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9);  // Latin-1 e-acute: not UTF-8
        bytes.writeBytes("\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"name\":\"empty.txt\",\"text\":\"  \"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"name\":\"late.txt\",\"published\":\"last week\",\"text\":\"Two were hurt.\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(("{\"text\":\"" + "x".repeat(300) + "\"}\r\n").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("[1, 2]\n".getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("wire.jsonl");
        Files.write(file, bytes.toByteArray());

        List<Document> docs = new DocumentReader(200, Optional.empty()).read(file);

        assertThat(docs).hasSize(6);
        Document.Accepted first = (Document.Accepted) docs.get(0);
        assertThat(first.name()).isEqualTo("aleppo-0412.txt");
        assertThat(first.format()).isEqualTo("jsonl");
        assertThat(first.article().text()).isEqualTo("Barrel bombs killed 9 people in Aleppo on Tuesday.");
        assertThat(first.article().published()).contains(LocalDate.of(2016, 4, 12));
        assertThat(first.article().meta()).containsEntry("outlet", "Example Wire").containsEntry("url", "https://wire.example/aleppo");
        assertThat(docs.subList(1, 6)).allMatch(d -> d instanceof Document.Rejected);
        assertThat(docs.subList(1, 6)).extracting(Document::name)
                .containsExactly("wire.jsonl#3", "empty.txt", "late.txt", "wire.jsonl#6", "wire.jsonl#7");
        assertThat(docs.subList(1, 6)).extracting(d -> ((Document.Rejected) d).reason()).satisfiesExactly(
                r -> assertThat(r).isEqualTo("not valid UTF-8 (JSON Lines are UTF-8)"),
                r -> assertThat(r).startsWith("no \"text\""),
                r -> assertThat(r).isEqualTo("\"published\" must be a date YYYY-MM-DD; got \"last week\""),
                r -> assertThat(r).isEqualTo("article too large: 312 bytes; limit 200 (raise with --max-bytes)"),
                r -> assertThat(r).isEqualTo("not a JSON object"));
    }
}
