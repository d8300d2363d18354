package dev.tally.ingest;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The committed fixture files under {@code src/test/resources/fixtures}. */
final class Fixtures {
    private Fixtures() {
    }

    static Path fixture(String relative) {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures/" + relative).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad fixture path " + relative, e);
        }
    }
}
