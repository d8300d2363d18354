package dev.tally.extract.place;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The binary image against the TSV sources it is made from: the same places, the same matches. */
class GazetteerImageTest {
    private static final Path SEEDS = Path.of("..", "examples", "seeds");
    private static Gazetteer fromSources;
    private static byte[] image;

    @BeforeAll
    static void buildFromSources() throws IOException {
        String lexicon = GazetteerLoader.lexiconText();
        fromSources = GazetteerLoader.fromSources(lexicon);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GazetteerImage.write(fromSources, lexicon, out);
        image = out.toByteArray();
    }

    private static Gazetteer read(byte[] bytes) throws IOException {
        return GazetteerImage.read(new ByteArrayInputStream(bytes), "test image");
    }

    @Test
    void everyPlaceSurvivesTheRoundTrip() throws IOException {
        Gazetteer loaded = read(image);
        assertThat(loaded.size()).isEqualTo(fromSources.size());
        for (int row = 0; row < loaded.size(); row++) {
            assertThat(loaded.entry(row)).isEqualTo(fromSources.entry(row));
        }
    }

    @Test
    void theBundledImageMatchesTheSources() throws IOException {
        Gazetteer bundled = Gazetteer.bundled();
        assertThat(bundled.size()).isEqualTo(fromSources.size());
        for (String name : List.of("Mosul", "al-Mosul", "Deir el-Balah", "Khān Yūnis", "Shuja'iyya", "Tripoli", "Hit", "Gaza Strip", "")) {
            assertThat(bundled.lookup(name)).as(name).isEqualTo(fromSources.lookup(name));
        }
        try (var files = Files.list(SEEDS)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(p);
                List<PlaceMention> found = bundled.find(text);
                assertThat(found).as(p.toString()).isEqualTo(fromSources.find(text));
                assertThat(new PlaceResolver(bundled).resolve(text)).isEqualTo(new PlaceResolver(fromSources).resolve(text));
            }
        }
    }

    @Test
    void aDamagedImageFailsToLoadWithItsName() {
        byte[] wrongMagic = image.clone();
        wrongMagic[0] ^= 1;
        assertThatThrownBy(() -> read(wrongMagic)).isInstanceOf(IOException.class).hasMessageContaining("[test image] is not a gazetteer image");

        byte[] otherVersion = image.clone();
        ByteBuffer.wrap(otherVersion).putInt(4, 99);
        assertThatThrownBy(() -> read(otherVersion)).hasMessageContaining("version must be 1; got 99");

        assertThatThrownBy(() -> read(Arrays.copyOf(image, image.length / 2))).hasMessageContaining("ends too early");
        assertThatThrownBy(() -> read(Arrays.copyOf(image, image.length + 1))).hasMessageContaining("bytes past its end");
    }
}
