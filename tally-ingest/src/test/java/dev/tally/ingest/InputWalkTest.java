package dev.tally.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tally.model.Document;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputWalkTest {
    @TempDir
    Path dir;

    private final DocumentReader reader = new DocumentReader();

    @Test
    void walksFoldersSortedSkippingHiddenFilesAndSidecars() throws IOException {
        List<String> names = List.of("b.txt", "a.txt", "sub/c.html", "sub/deeper/d.txt", "A-upper.txt", "meta.json",
                ".hidden.txt", ".git/config", "sub/.cache/e.txt", "sub/meta.json");
        long seed = Long.getLong("tally.seed", new Random().nextLong());
        System.out.println("InputWalkTest seed " + seed);
        List<String> shuffled = new ArrayList<>(names);
        Collections.shuffle(shuffled, new Random(seed));
        for (String name : shuffled) {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "Two people were killed.");
        }

        List<Path> inputs = reader.inputs(List.of(dir));

        assertThat(inputs).extracting(p -> dir.relativize(p).toString().replace('\\', '/'))
                .as("seed %d", seed)
                .containsExactly("A-upper.txt", "a.txt", "b.txt", "sub/c.html", "sub/deeper/d.txt");
        assertThat(reader.inputs(List.of(dir))).isEqualTo(inputs);
    }

    @Test
    void keepsGivenFilesInOrderAndMissingOnesForReading() throws IOException {
        Path b = Files.writeString(dir.resolve("b.txt"), "x");
        Path hidden = Files.writeString(dir.resolve(".named-explicitly.txt"), "Five were wounded.");
        Path missing = dir.resolve("missing.txt");

        List<Path> inputs = reader.inputs(List.of(b, missing, hidden, b));

        assertThat(inputs).containsExactly(b, missing, hidden);
        List<Document> docs = reader.readAll(List.of(b, missing)).toList();
        assertThat(docs).extracting(Document::name).containsExactly("b.txt", "missing.txt");
        assertThat(((Document.Rejected) docs.get(1)).reason()).isEqualTo("unreadable: no such file");
    }

    @Test
    void emptyFolderHasNoInputs() {
        assertThat(reader.inputs(List.of(dir))).isEmpty();
    }
}
