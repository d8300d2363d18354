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
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Seeded random documents and claims for round-trip tests: every optional field present or absent
 * at random, text from several scripts with quotes, escapes and line breaks. Leaves out NUL and
 * unpaired surrogates, which PostgreSQL and UTF-8 cannot hold.
 */
final class RandomDocuments {
    private static final String[] PIECES = {"a", "Z", "7", " ", "'", "\"", "\\", "\n", "\t", "%", "_", "{", "}",
        "é", "ß", "الموصل", "Мосул", "摩苏尔", "🙂", "𝔸", "\u200f", "\r\n", "--", "/*", "&", "="};

    private final SplittableRandom random;

    RandomDocuments(long seed) {
        this.random = new SplittableRandom(seed);
    }

    Document.Accepted document(int i) {
        String name = "random-" + i + "-" + text() + ".html";
        String body = text() + " " + text() + " " + text();
        Map<String, String> meta = new HashMap<>();
        int fields = random.nextInt(4);
        for (int k = 0; k < fields; k++) meta.put(text(), text());
        Article article = new Article(name, body, maybe(this::date), meta);
        return new Document.Accepted(name, Fixtures.sha256((name + body).getBytes(StandardCharsets.UTF_8)), text(), article);
    }

    List<Claim> claims(Document.Accepted doc) {
        int n = random.nextInt(6);
        return IntStream.range(0, n).mapToObj(k -> claim(doc, "r" + k)).toList();
    }

    private Claim claim(Document.Accepted doc, String id) {
        int length = doc.article().text().length();
        int start = random.nextInt(length + 1);
        Span evidence = new Span(start, start + random.nextInt(length - start + 1));
        return new Claim(doc.name(), id, pick(ClaimKind.values()), pick(Outcome.values()), pick(Victims.values()),
                maybe(this::text), count(), timeSpan(), place(), new Actor(maybe(this::text), maybe(this::text)),
                maybe(this::text), text(), evidence, new Provenance(text() + "x", text() + "1", basis()));
    }

    /** Some fields with a rule each: rule ids are words, so no random text here. */
    private Map<Provenance.Field, String> basis() {
        Map<Provenance.Field, String> out = new HashMap<>();
        for (Provenance.Field f : Provenance.Field.values()) {
            if (random.nextBoolean()) out.put(f, "rule-" + random.nextInt(1000));
        }
        return out;
    }

    private Count count() {
        long a = random.nextLong(0, 1_000_000_000_000L);
        long b = random.nextLong(a, Long.MAX_VALUE);
        return switch (random.nextInt(3)) {
            case 0 -> new Count(text() + "1", OptionalLong.of(a), OptionalLong.of(b));
            case 1 -> new Count(text() + "2", OptionalLong.of(a), OptionalLong.empty());
            default -> new Count(text() + "3", OptionalLong.empty(), OptionalLong.of(b));
        };
    }

    private TimeSpan timeSpan() {
        if (random.nextBoolean()) return new TimeSpan(maybe(this::text), Optional.empty(), Optional.empty());
        LocalDate start = date();
        return new TimeSpan(maybe(this::text), Optional.of(start), Optional.of(start.plusDays(random.nextInt(400))));
    }

    private Place place() {
        boolean located = random.nextBoolean();
        OptionalDouble lat = located ? OptionalDouble.of(random.nextDouble(-90, Math.nextUp(90.0))) : OptionalDouble.empty();
        OptionalDouble lon = located ? OptionalDouble.of(random.nextDouble(-180, Math.nextUp(180.0))) : OptionalDouble.empty();
        return new Place(maybe(this::text), maybe(this::text), maybe(() -> "IQ"), lat, lon, pick(Place.Precision.values()));
    }

    private LocalDate date() {
        return LocalDate.of(1990, 1, 1).plusDays(random.nextInt(15_000));
    }

    private String text() {
        StringBuilder s = new StringBuilder();
        int n = 1 + random.nextInt(12);
        for (int k = 0; k < n; k++) s.append(pick(PIECES));
        return s.toString();
    }

    private <T> Optional<T> maybe(Supplier<T> value) {
        return random.nextBoolean() ? Optional.of(value.get()) : Optional.empty();
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
