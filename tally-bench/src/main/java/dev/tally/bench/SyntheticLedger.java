package dev.tally.bench;

import dev.tally.extract.claim.ClaimExtractor;
import dev.tally.ingest.DocumentReader;
import dev.tally.model.Actor;
import dev.tally.model.Article;
import dev.tally.model.Claim;
import dev.tally.model.Document;
import dev.tally.model.Place;
import dev.tally.model.TimeSpan;
import dev.tally.store.Ledger;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Fills a ledger with realistic synthetic documents for load tests: the seed articles, each stored
 * again and again under a new name with its real extracted claims moved to another day (a week per
 * copy, over ten years), another city among sixteen, and another perpetrator among six, so that
 * the resolver finds many distinct incidents. Evidence spans stay true, since the text is the seed's.
 */
final class SyntheticLedger {
    private record City(String name, String country, double lat, double lon) {
    }

    private static final List<City> CITIES = List.of(
            new City("Mosul", "IQ", 36.34, 43.13), new City("Raqqa", "SY", 35.95, 39.01), new City("Aleppo", "SY", 36.20, 37.16),
            new City("Fallujah", "IQ", 33.35, 43.78), new City("Kabul", "AF", 34.53, 69.17), new City("Sanaa", "YE", 15.35, 44.21),
            new City("Gaza", "PS", 31.50, 34.47), new City("Mariupol", "UA", 47.10, 37.55), new City("Khartoum", "SD", 15.50, 32.56),
            new City("Mogadishu", "SO", 2.04, 45.34), new City("Tripoli", "LY", 32.89, 13.19), new City("Kharkiv", "UA", 49.99, 36.23),
            new City("Idlib", "SY", 35.93, 36.63), new City("Taiz", "YE", 13.58, 44.02), new City("Kandahar", "AF", 31.61, 65.71),
            new City("Bakhmut", "UA", 48.59, 38.00));
    private static final List<String> PERPETRATORS = List.of("US-led coalition", "ISIS", "Russian forces", "Saudi-led coalition",
            "Rapid Support Forces", "al-Shabaab");

    private record Seed(Document.Accepted doc, List<Claim> claims) {
    }

    private final List<Seed> seeds = new ArrayList<>();

    /** Reads and extracts the seed articles under {@code folder} once. */
    SyntheticLedger(Path folder) {
        ClaimExtractor extractor = new ClaimExtractor();
        for (Document d : new DocumentReader().readAll(List.of(folder)).toList()) {
            if (d instanceof Document.Accepted a) seeds.add(new Seed(a, extractor.extract(a.article()).claims()));
        }
        if (seeds.stream().mapToInt(s -> s.claims().size()).sum() == 0) {
            throw new IllegalArgumentException("[" + folder + "] the seed folder must hold articles with claims; got none");
        }
    }

    /** Stores copies until the ledger holds at least {@code claims} claims; returns how many documents it added. */
    int fill(Ledger ledger, int claims) {
        int have = ledger.claims().size();
        int added = 0;
        for (int n = ledger.documents().size(); have < claims; n++) {
            int copy = n;
            Seed seed = seeds.get(copy % seeds.size());
            String name = "synthetic-" + copy + "-" + seed.doc().name();
            Article a = seed.doc().article();
            Document.Accepted doc = new Document.Accepted(name, sha256(name + seed.doc().sha256()), seed.doc().format(),
                    new Article(name, a.text(), a.published().map(p -> p.plusDays(shift(copy))), a.meta()));
            List<Claim> moved = seed.claims().stream().map(c -> moved(c, name, copy)).toList();
            ledger.store(doc, moved, List.of());
            have += moved.size();
            added++;
        }
        return added;
    }

    private static long shift(int copy) {
        return (copy * 7L) % 3650;
    }

    private static Claim moved(Claim c, String doc, int copy) {
        City city = CITIES.get(copy % CITIES.size());
        TimeSpan date = c.date().start().isEmpty() ? c.date()
                : new TimeSpan(c.date().text(), c.date().start().map(d -> d.plusDays(shift(copy))), c.date().end().map(d -> d.plusDays(shift(copy))));
        Place place = c.place().country().isEmpty() ? c.place() : new Place(Optional.of(city.name()), Optional.of(city.name()),
                Optional.of(city.country()), OptionalDouble.of(city.lat()), OptionalDouble.of(city.lon()), Place.Precision.CITY);
        Actor actor = c.actor().perpetrator().isEmpty() ? c.actor()
                : new Actor(Optional.of(PERPETRATORS.get((copy / CITIES.size()) % PERPETRATORS.size())), c.actor().means());
        return new Claim(doc, c.id(), c.kind(), c.outcome(), c.victims(), c.subgroup(), c.count(), date, place, actor,
                c.claimant(), c.sentence(), c.evidence(), c.provenance());
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
