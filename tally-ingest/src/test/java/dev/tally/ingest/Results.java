package dev.tally.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tally.model.Document;
import java.util.List;

/** Test access to read results: the one accepted or rejected document a single-document input gives. */
final class Results {
    private Results() {
    }

    static Document.Accepted accepted(List<Document> documents) {
        assertThat(documents).hasSize(1);
        assertThat(documents.get(0)).isInstanceOf(Document.Accepted.class);
        return (Document.Accepted) documents.get(0);
    }

    static Document.Rejected rejected(List<Document> documents) {
        assertThat(documents).hasSize(1);
        assertThat(documents.get(0)).isInstanceOf(Document.Rejected.class);
        return (Document.Rejected) documents.get(0);
    }
}
