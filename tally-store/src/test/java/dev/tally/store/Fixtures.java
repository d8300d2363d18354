package dev.tally.store;

import dev.tally.model.Actor;
import dev.tally.model.Article;
import dev.tally.model.Claim;
import dev.tally.model.ClaimKind;
import dev.tally.model.Count;
import dev.tally.model.Document;
import dev.tally.model.Outcome;
import dev.tally.model.Place;
import dev.tally.model.Provenance;
import dev.tally.model.Span;
import dev.tally.model.TimeSpan;
import dev.tally.model.Victims;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.IntStream;

/** Documents and claims for the store's tests: a real seed article, and small generated ones in bulk. */
final class Fixtures {
    static final String SEED = "001_fb6444753e8d3f0d.txt";
    static final Provenance RULES = new Provenance("claims", "1");

    private Fixtures() {
    }

    /** The seed article as the reader would give it, with its metadata from examples/seeds/meta.json. */
    static Document.Accepted seedDocument() {
        byte[] bytes = read(Path.of("..", "examples", "seeds", SEED));
        String text = new String(bytes, StandardCharsets.UTF_8);
        Article article = new Article(SEED, text, Optional.of(LocalDate.of(2017, 6, 23)),
                Map.of("outlet", "World Socialist Web Site", "author", "James Cogan"));
        return new Document.Accepted(SEED, sha256(bytes), "text", article);
    }

    /** "some 860,000 Mosul residents have been turned into refugees": every optional field set. */
    static Claim fullClaim(Article article) {
        String sentence = "It is currently estimated that some 860,000 Mosul residents have been turned into refugees, with large"
                + " numbers sheltering in overcrowded tent camps or with family elsewhere in the country.";
        Place mosul = new Place(Optional.of("Mosul"), Optional.of("Mosul"), Optional.of("IQ"),
                OptionalDouble.of(36.335), OptionalDouble.of(43.119), Place.Precision.CITY);
        return new Claim(article.name(), "c1", ClaimKind.AGGREGATE, Outcome.DISPLACED, Victims.CIVILIAN,
                Optional.of("residents"), Count.exactly("some 860,000", 860_000),
                TimeSpan.of("since October", LocalDate.of(2016, 10, 17), LocalDate.of(2017, 6, 23)),
                mosul, new Actor(Optional.of("US-led coalition"), Optional.of("airstrike")),
                Optional.of("aid agencies"), sentence, span(article, "some 860,000"), RULES);
    }

    /** "as high as 10,000 dead and wounded": every optional field empty, an open lower bound. */
    static Claim bareClaim(Article article) {
        return new Claim(article.name(), "c2", ClaimKind.AGGREGATE, Outcome.CASUALTIES, Victims.MILITARY,
                Optional.empty(), Count.atMost("as high as 10,000", 10_000), TimeSpan.UNKNOWN, Place.UNKNOWN,
                Actor.UNKNOWN, Optional.empty(), "It may well be as high as 10,000 dead and wounded.",
                span(article, "as high as 10,000"), RULES);
    }

    /** Document {@code i} of a generated batch, named {@code batch-i.txt}. */
    static Document.Accepted generated(int i) {
        String name = "batch-" + i + ".txt";
        String text = "Report " + i + ". At least " + (i + 3) + " civilians were killed in a strike on Tuesday.";
        Article article = new Article(name, text, Optional.of(LocalDate.of(2017, 1, 1).plusDays(i % 365)), Map.of("outlet", "wire"));
        return new Document.Accepted(name, sha256(text.getBytes(StandardCharsets.UTF_8)), "text", article);
    }

    /** How many claims {@link #generatedClaims} gives document {@code i}: 1 to 20, so transactions differ in length. */
    static int generatedClaimCount(int i) {
        return 1 + i % 20;
    }

    static List<Claim> generatedClaims(Document.Accepted doc, int i) {
        Span evidence = span(doc.article(), "At least " + (i + 3));
        return IntStream.range(0, generatedClaimCount(i))
                .mapToObj(k -> new Claim(doc.name(), "c" + k, ClaimKind.INCIDENT, Outcome.KILLED, Victims.CIVILIAN,
                        Optional.empty(), Count.atLeast("at least " + (i + 3), i + 3L), TimeSpan.unresolved("on Tuesday"),
                        Place.UNKNOWN, Actor.UNKNOWN, Optional.empty(), doc.article().text(), evidence, RULES))
                .toList();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    static Span span(Article article, String phrase) {
        int start = article.text().indexOf(phrase);
        if (start < 0) throw new IllegalArgumentException("phrase must occur in " + article.name() + "; got '" + phrase + "'");
        return new Span(start, start + phrase.length());
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
