package dev.tally.resolve;

import dev.tally.model.Actor;
import dev.tally.model.Claim;
import dev.tally.model.ClaimKind;
import dev.tally.model.Count;
import dev.tally.model.Outcome;
import dev.tally.model.Place;
import dev.tally.model.Provenance;
import dev.tally.model.Span;
import dev.tally.model.TimeSpan;
import dev.tally.model.Victims;
import dev.tally.model.StoredClaim;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds claims by hand, the way the extractor would give them. When the document is one of the
 * seed articles (examples/seeds), the evidence span is the figure's place in the real text, found
 * after the start of its sentence; otherwise it starts at {@code offset}.
 */
final class ClaimBuilder {
    static final Provenance RULES = new Provenance("hand", "1");
    private static final Path SEEDS = Path.of("..", "examples", "seeds");

    private final String doc;
    private final String id;
    private ClaimKind kind = ClaimKind.INCIDENT;
    private Outcome outcome = Outcome.KILLED;
    private Victims victims = Victims.UNKNOWN;
    private Optional<String> subgroup = Optional.empty();
    private Count count = Count.exactly("1", 1);
    private TimeSpan date = TimeSpan.UNKNOWN;
    private Place place = Place.UNKNOWN;
    private Actor actor = Actor.UNKNOWN;
    private Optional<String> claimant = Optional.empty();
    private String sentence = "";
    private int offset;
    private Optional<java.time.LocalDate> published = Optional.empty();
    private Provenance provenance = RULES;

    private ClaimBuilder(String doc, String id) {
        this.doc = doc;
        this.id = id;
    }

    static ClaimBuilder claim(String doc, String id) {
        return new ClaimBuilder(doc, id);
    }

    static Place city(String name, String country, double lat, double lon) {
        return new Place(Optional.of(name), Optional.of(name), Optional.of(country), OptionalDouble.of(lat), OptionalDouble.of(lon), Place.Precision.CITY);
    }

    static Place place(String text, String name, String country, double lat, double lon, Place.Precision precision) {
        return new Place(Optional.of(text), Optional.of(name), Optional.of(country), OptionalDouble.of(lat), OptionalDouble.of(lon), precision);
    }

    /** A place the gazetteer could not name: the words and the country only. */
    static Place described(String text, String country) {
        return new Place(Optional.of(text), Optional.empty(), Optional.of(country), OptionalDouble.empty(), OptionalDouble.empty(), Place.Precision.UNKNOWN);
    }

    static Place country(String country) {
        return new Place(Optional.empty(), Optional.empty(), Optional.of(country), OptionalDouble.empty(), OptionalDouble.empty(), Place.Precision.COUNTRY);
    }

    ClaimBuilder aggregate() {
        kind = ClaimKind.AGGREGATE;
        return this;
    }

    ClaimBuilder harm(Outcome o, Victims v) {
        outcome = o;
        victims = v;
        return this;
    }

    ClaimBuilder part(String name) {
        subgroup = Optional.of(name);
        return this;
    }

    ClaimBuilder count(Count c) {
        count = c;
        return this;
    }

    ClaimBuilder on(String text, String start, String end) {
        date = TimeSpan.of(text, LocalDate.parse(start), LocalDate.parse(end));
        return this;
    }

    ClaimBuilder on(String text, String day) {
        return on(text, day, day);
    }

    ClaimBuilder at(Place p) {
        place = p;
        return this;
    }

    /** The place came by {@code rule} ("place:article-focus"), as the extractor's basis says. */
    ClaimBuilder placedBy(String rule) {
        provenance = provenance.withRule(Provenance.Field.PLACE, rule);
        return this;
    }

    ClaimBuilder by(String perpetrator, String means) {
        actor = new Actor(Optional.ofNullable(perpetrator), Optional.ofNullable(means));
        return this;
    }

    ClaimBuilder claimant(String who) {
        claimant = Optional.of(who);
        return this;
    }

    ClaimBuilder says(String text) {
        sentence = text;
        return this;
    }

    /** The claim's document was published on {@code day} (ISO). */
    ClaimBuilder published(String day) {
        published = Optional.of(java.time.LocalDate.parse(day));
        return this;
    }

    ClaimBuilder offset(int start) {
        offset = start;
        return this;
    }

    Claim build() {
        return new Claim(doc, id, kind, outcome, victims, subgroup, count, date, place, actor, claimant, sentence, evidence(), provenance);
    }

    StoredClaim stored(long row) {
        return new StoredClaim(row, Math.abs(doc.hashCode()) % 1000, build(), Optional.empty(), published);
    }

    private Span evidence() {
        Path file = SEEDS.resolve(doc);
        if (!Files.isRegularFile(file)) return new Span(offset, offset + count.phrase().length());
        String text = read(file);
        int from = Math.max(0, text.indexOf(sentence.substring(0, Math.min(30, sentence.length()))));
        // The original text may break a figure over lines or double its spaces ("hundreds  of\nthousands").
        String words = String.join("\\s+", Arrays.stream(count.phrase().split(" ")).map(Pattern::quote).toList());
        Matcher m = Pattern.compile(words).matcher(text);
        if (!m.find(from)) throw new IllegalArgumentException("[" + doc + "] the figure '" + count.phrase() + "' must be in the text; got no match");
        return new Span(m.start(), m.end());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file + " failed", e);
        }
    }
}
