package dev.tally.model;

import java.util.Objects;

/**
 * What reading one input produced: an article to extract from, or a rejection with its reason.
 * {@code name} is the input's name as messages show it ("feeds/iraq.xml#3", "mosul.html");
 * {@code sha256} is the hex SHA-256 of the bytes that identify the document (the file, or the
 * feed entry's or WARC record's payload; for an input whose bytes could not be read, of where it
 * is), so the same document read twice has the same hash and two documents never share one.
 */
public sealed interface Document permits Document.Accepted, Document.Rejected {
    String name();

    String sha256();

    /** A readable document. {@code format} names how it was read: {@code text}, {@code html}, {@code feed}, {@code warc}. */
    record Accepted(String name, String sha256, String format, Article article) implements Document {
        public Accepted {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(article, "article");
        }

        /**
         * The same document dated {@code published}: the day extraction settled on (the article's own dateline over an
         * approximate or missing date), which the ledger keeps so that incidents are resolved against it.
         */
        public Accepted withPublished(java.util.Optional<java.time.LocalDate> published) {
            if (published.equals(article.published())) return this;
            return new Accepted(name, sha256, format, new Article(article.name(), article.text(), published, article.meta()));
        }
    }

    /** An input that could not be read, with a reason a person can act on. */
    record Rejected(String name, String sha256, String reason) implements Document {
        public Rejected {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
