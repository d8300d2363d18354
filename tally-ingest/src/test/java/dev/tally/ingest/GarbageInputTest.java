package dev.tally.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tally.model.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Random and damaged inputs of every format: reading never throws and always says something. */
class GarbageInputTest {
    private static final List<String> NAMES = List.of("x.txt", "x.html", "x.rss", "x.atom", "x.warc", "x.warc.gz", "x");
    private static final List<String> PREFIXES = List.of("", "<html><body><p>", "<?xml version=\"1.0\"?><rss><channel><item>",
            "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>", "WARC/1.1\r\nWARC-Type: response\r\n", "\u001f\u008b",
            "\u00ef\u00bb\u00bf", "\u00ff\u00fe");

    @TempDir
    Path dir;

    @Test
    void randomBytesUnderAnyNameNeverThrow() throws IOException {
        long seed = Long.getLong("tally.seed", new Random().nextLong());
        System.out.println("GarbageInputTest seed " + seed);
        Random random = new Random(seed);
        DocumentReader reader = new DocumentReader(4096, java.util.Optional.empty());
        for (int i = 0; i < 300; i++) {
            byte[] prefix = PREFIXES.get(random.nextInt(PREFIXES.size())).getBytes(StandardCharsets.ISO_8859_1);
            byte[] tail = new byte[random.nextInt(600)];
            for (int k = 0; k < tail.length; k++) {
                // Mostly printable ASCII, sometimes any byte: near-text is what finds parser edge cases.
                tail[k] = (byte) (random.nextInt(10) == 0 ? random.nextInt(256) : 32 + random.nextInt(95));
            }
            Path file = Files.write(dir.resolve(i + "-" + NAMES.get(random.nextInt(NAMES.size()))),
                    TextInputTest.concat(prefix, tail));

            List<Document> docs = reader.read(file);

            assertThat(docs).as("seed %d, input %s", seed, file.getFileName()).isNotEmpty()
                    .allSatisfy(d -> {
                        if (d instanceof Document.Rejected rejected) {
                            assertThat(rejected.reason()).isNotBlank().doesNotContain("\tat ");
                        }
                    });
        }
    }
}
