package dev.tally.extract.claim;

import dev.tally.extract.text.Literals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The toll of a war is counted from the war's first day to the day it is reported: "hundreds of thousands have
 * been killed in the war", "since the conflict began", "the five-year conflict" in a Syrian article of July 2016
 * are 15 March 2011 to publication. The wars and their first days are data ({@code wars.tsv}); the war is the
 * one of the article's country going on when it was published. Immutable, so thread-safe.
 */
final class Wars {
    static final String RULE = "date:war-so-far";
    private static final String RESOURCE = "wars.tsv";
    /**
     * A figure's clause that speaks of the war as a whole ("the war", "the five-year conflict", "Syria's war"), not
     * of a thing it marks ("the war-battered country") nor of watching it ("to monitor the conflict").
     */
    private static final Pattern WAR = Pattern.compile(
            "(?i)(?<!\\b(?:monitor|monitors|monitoring|cover|covering|end|ending|resolve|resolving)\\s)"
            + "\\b(?:the|this|its|their|the country'?s|(?-i:[A-Z][a-z]+)(?:'s|s)|(?:[a-z]+-)?year(?:-old)?|civil)\\s+"
            + "(?:(?:[a-z]+-[a-z]+(?:-[a-z]+)?|civil|brutal|long|bloody|devastating|ongoing|(?-i:[A-Z][a-z]+))\\s+)*(war|conflict|uprising|revolt|revolution)\\b(?!-)");
    /** Every match of {@link #WAR} holds one of these: a clause with none needs no regex. */
    private static final Literals WAR_WORDS = Literals.ignoringCase("war", "conflict", "uprising", "revol");

    private record War(String country, LocalDate first, Optional<LocalDate> last) {}

    private final List<War> wars = new ArrayList<>();

    Wars() {
        for (String[] f : TsvResource.rows(RESOURCE, 4)) {
            wars.add(new War(f[0], LocalDate.parse(f[1]), f[2].isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(f[2]))));
        }
    }

    /** The first day of the war going on in {@code country} when an article was {@code published}, if any. */
    Optional<LocalDate> firstDay(Optional<String> country, Optional<LocalDate> published) {
        if (country.isEmpty() || published.isEmpty()) return Optional.empty();
        LocalDate day = published.get();
        return wars.stream()
                .filter(w -> w.country().equals(country.get()) && !day.isBefore(w.first()) && w.last().map(l -> !day.isAfter(l)).orElse(true))
                .findFirst().map(War::first);
    }

    /** The words of {@code text[from, to)} that name a war as a whole ("the five-year conflict"), if any. */
    Optional<String> named(String text, int from, int to) {
        if (!WAR_WORDS.anyIn(text, from, to)) return Optional.empty();
        Matcher m = WAR.matcher(text).region(from, to);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }
}
