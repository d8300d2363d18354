package dev.tally.extract.claim;

import dev.tally.extract.number.PhraseTable;
import dev.tally.extract.number.Token;
import dev.tally.extract.number.WordSet;
import dev.tally.model.ClaimKind;
import dev.tally.model.Outcome;

import java.util.List;
import java.util.Optional;

/**
 * Tells one event ("a US air strike ... on Monday") from a total over a period ("since
 * mid-February", "in March"): the figure's clause decides first, then its sentence. Empty when
 * nothing marks either, so that a figure continuing another claim can take that claim's kind.
 */
final class KindReader {
    private final Lexicon lex;
    private final WordSet months;

    KindReader(Lexicon lex, WordSet months) {
        this.lex = lex;
        this.months = months;
    }

    static final String IN_SENTENCE = "kind:incident-marker-in-sentence";

    /** A kind and the rule that read it. */
    record Marked(ClaimKind kind, String rule) {}

    /** The kind the markers nearest to the figure (token {@code at}) give: clause first, then sentence. */
    Optional<Marked> read(List<Token> t, int from, int to, int at, Optional<Outcome> outcome) {
        if (period(t, from, to)) return Optional.of(new Marked(ClaimKind.AGGREGATE, "kind:period-in-clause"));
        if (twoDays(t, from, to)) return Optional.of(new Marked(ClaimKind.AGGREGATE, "kind:days-in-clause"));
        if (countedAttacks(t, from, to) && !day(t, from, to)) return Optional.of(new Marked(ClaimKind.AGGREGATE, COUNTED_ATTACKS));
        if (attacksSoFar(t, from, to) && !day(t, from, to)) return Optional.of(new Marked(ClaimKind.AGGREGATE, "kind:attacks-have-killed"));
        int aggregate = nearest(lex.get(Lexicon.Role.AGGREGATE), t, from, to, at, false);
        int incident = nearest(lex.get(Lexicon.Role.INCIDENT), t, from, to, at, true);
        if (aggregate < Integer.MAX_VALUE || incident < Integer.MAX_VALUE) {
            if (incident < aggregate && attacks(t, from, to, at, incident) && !day(t, from, to)) {
                return Optional.of(new Marked(ClaimKind.INCIDENT, ATTACKS));
            }
            return Optional.of(new Marked(incident < aggregate ? ClaimKind.INCIDENT : ClaimKind.AGGREGATE, "kind:nearest-marker-in-clause"));
        }
        if (incident(t, 0, t.size())) return Optional.of(new Marked(ClaimKind.INCIDENT, IN_SENTENCE));
        if (outcome.isPresent() && outcome.get() == Outcome.DISPLACED) return Optional.of(new Marked(ClaimKind.AGGREGATE, "kind:displacement-is-a-total"));
        return Optional.empty();
    }

    /**
     * "Since Tuesday, artillery fire and air strikes have killed 66", "six days of heavy bombing have
     * killed dozens": a period in the clause makes its figure a total, however near an event word
     * stands, unless a single day outside the period marks one event ("the strike on Monday, the
     * deadliest since the war began").
     */
    private boolean period(List<Token> t, int from, int to) {
        PhraseTable<String> aggregate = lex.get(Lexicon.Role.AGGREGATE);
        // most clauses name no period: find one first, and only then look for a day outside it
        boolean[] inPeriod = null;
        for (int k = Math.max(0, from); k < Math.min(to, t.size()); k++) {
            int length = spanOfTime(t, k);
            if (length == 0 && aggregate.opensAt(t, k)) {
                length = aggregate.at(t, k).filter(p -> p.value().equals(PERIOD)).map(PhraseTable.Match::length).orElse(0);
            }
            if (length == 0) continue;
            if (inPeriod == null) inPeriod = new boolean[t.size()];
            // the period's own day ("since Tuesday") marks no event
            for (int j = k; j <= Math.min(t.size() - 1, k + length); j++) inPeriod[j] = true;
        }
        if (inPeriod == null) return false;
        for (int k = Math.max(0, from); k < Math.min(to, t.size()); k++) {
            if (!inPeriod[k] && dayAt(t, k) && !stamped(t, k)) return false;
        }
        return true;
    }

    /**
     * "Wednesday 07 December 2016 135 Civilians Killed ... over the past three days": a day written with its year
     * stamps when a page was published (a dateline run into the headline), and marks no event.
     */
    private boolean stamped(List<Token> t, int k) {
        for (int j = k + 1; j < Math.min(t.size(), k + STAMP_REACH); j++) {
            Token w = t.get(j);
            if (w.isNumber() && w.text().length() == 4 && (w.text().startsWith("19") || w.text().startsWith("20"))) return true;
            if (!(isDay(w) || months.contains(w) || w.is(","))) return false;
        }
        return false;
    }

    private static final int STAMP_REACH = 5;

    /**
     * "On Friday and Saturday at least 13 civilians died in air strikes", "strikes which began Saturday and continued Sunday
     * killed 45": a toll of two days or more is a total.
     */
    private static boolean twoDays(List<Token> t, int from, int to) {
        int end = Math.min(to, t.size());
        for (int k = Math.max(0, from); k + 2 < end; k++) {
            if (!WEEKDAYS.contains(t.get(k))) continue;
            for (int j = k + 1; j < Math.min(end, k + 1 + DAY_LINK_WORDS) && DAY_LINKS.contains(t.get(j)); j++) {
                if (j + 1 < end && WEEKDAYS.contains(t.get(j + 1)) && !t.get(j + 1).lower().equals(t.get(k).lower())) return true;
            }
        }
        return false;
    }

    /** Words that join the first and last day of a stretch: "and", "to", "through", "until", "and continued". */
    private static final WordSet DAY_LINKS = WordSet.of("and", "to", "through", "until", "till", "into", "continued", "continuing", "lasted");
    private static final int DAY_LINK_WORDS = 2;

    private static final WordSet WEEKDAYS = WordSet.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private static final String PERIOD = "period", DAY = "day";
    private static final WordSet THROUGH = WordSet.of("during", "throughout", "over", "in", "within");
    private static final WordSet RECENT = WordSet.of("last", "past", "recent");
    private static final WordSet UNITS = WordSet.of("hours", "days", "weeks", "months", "years");
    private static final WordSet SINGULAR_UNITS = WordSet.of("day", "week", "month", "year");

    /**
     * The length of a span of time that starts at token {@code k}, or 0: "during April", "throughout
     * March" (a whole month: "in March" alone may date one event), "in the last 24 hours", "over the
     * past five days".
     */
    private int spanOfTime(List<Token> t, int k) {
        if (!THROUGH.contains(t.get(k)) || k + 1 >= t.size()) return 0;
        Token next = t.get(k + 1);
        if (!t.get(k).is("in") && months.contains(next) && next.capitalized() && !(k + 2 < t.size() && isDay(t.get(k + 2)))) return 2;
        // "in less than a month", "in under two weeks": a stretch of days or longer
        int bound = next.is("less") && k + 2 < t.size() && t.get(k + 2).is("than") ? k + 3 : next.is("under") ? k + 2 : -1;
        if (bound > 0 && bound + 1 < t.size()) {
            int unit = t.get(bound).isNumber() || t.get(bound).is("a") || t.get(bound).isWord() && !UNITS.contains(t.get(bound))
                    && !SINGULAR_UNITS.contains(t.get(bound)) ? bound + 1 : bound;
            if (unit < t.size() && (UNITS.contains(t.get(unit)) || SINGULAR_UNITS.contains(t.get(unit))) && !t.get(unit).lower().startsWith("hour")) {
                return unit - k + 1;
            }
        }
        // "in the last three days", a headline's "in Last Three Days", "in recent days"
        int recent = next.is("the") ? k + 2 : k + 1;
        if (recent + 1 >= t.size() || !RECENT.contains(t.get(recent))) return 0;
        int unit = recent + 1;
        if (t.get(unit).isNumber() || t.get(unit).isWord() && !UNITS.contains(t.get(unit)) && unit + 1 < t.size() && UNITS.contains(t.get(unit + 1))) unit++;
        return unit < t.size() && UNITS.contains(t.get(unit)) ? unit - k + 1 : 0;
    }

    /**
     * The rule of one event marked by plural strikes on no given day ("raids killed 16"): the caller
     * makes it a total when the strikes fall on a province or a country rather than a town.
     */
    static final String ATTACKS = "kind:plural-attacks-in-clause";

    /** The rule of a figure of harm from attacks counted in its clause, on no given day: several events, so a total. */
    static final String COUNTED_ATTACKS = "kind:counted-attacks";
    private static final WordSet SEVERAL = WordSet.of("dozens", "several", "multiple", "numerous", "scores", "hundreds");
    private static final WordSet ATTACK_NOUNS = WordSet.of("attacks", "strikes", "airstrikes", "raids", "bombings", "shellings",
            "explosions", "blasts", "assaults", "ambushes");
    /** Number words from two, each at its value less two. */
    private static final List<String> NUMBER_WORDS = List.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve");
    /** From how many attacks a clause tells of several events wherever the attacks stand in it. */
    private static final int MANY = 3;
    /** How many words may describe the attacks between their count and their noun ("three Turkish drone attacks"). */
    private static final int ATTACK_MODIFIERS = 3;
    private static final WordSet ATTACK_MODIFIER = WordSet.of("drone", "air", "suicide", "missile", "rocket", "artillery", "mortar", "chemical",
            "separate", "more", "other", "further", "different", "deadly", "heavy", "new", "consecutive", "successive");
    /** What counted attacks do when they are the subject of the harm ("ten attacks killed", "three attacks left"). */
    private static final WordSet ATTACKS_DID = WordSet.of("killed", "left", "injured", "wounded", "claimed", "caused", "have", "has", "had");

    /**
     * "Ten attacks killed eight people", "at least eight chemical attacks ... that killed nine": three or
     * more attacks counted in the clause, or two or "several" as the subject of the harm. Not "killed in
     * two airstrikes on the town" or "in numerous strikes on Idlib": a wave of strikes on one place is one
     * event to monitors.
     */
    private static boolean countedAttacks(List<Token> t, int from, int to) {
        int end = Math.min(to, t.size());
        for (int k = Math.max(0, from); k < end; k++) {
            Token count = t.get(k);
            int n = count.type() == Token.Type.NUMBER && count.text().chars().allMatch(Character::isDigit) && count.text().length() <= 4
                    ? Integer.parseInt(count.text()) : Math.max(0, NUMBER_WORDS.indexOf(count.lower()) + 2);
            // "numerous air strikes on Idlib" may be one wave on one day: vague counts only as the subject of the harm
            if (n == 0 && SEVERAL.contains(count)) n = 2;
            if (n < 2) continue;
            for (int j = k + 1; j < Math.min(end - 1, k + 2 + ATTACK_MODIFIERS); j++) {
                Token w = t.get(j);
                if (ATTACK_NOUNS.contains(w)) {
                    // three or more are several events wherever they stand; two only as the subject of the harm
                    if (n >= MANY || ATTACKS_DID.contains(t.get(j + 1))) return true;
                    break;
                }
                if (!w.isWord() || !(w.capitalized() || ATTACK_MODIFIER.contains(w))) break;
            }
        }
        return false;
    }

    /**
     * "The strikes have killed 122 civilians", "Russian raids have now killed 40": plural attacks that have killed, on no
     * day given, are a running toll of several events.
     */
    private static boolean attacksSoFar(List<Token> t, int from, int to) {
        int end = Math.min(to, t.size());
        for (int k = Math.max(0, from); k + 2 < end; k++) {
            if (!ATTACK_NOUNS.contains(t.get(k)) || !(t.get(k + 1).is("have") || t.get(k + 1).is("had"))) continue;
            int verb = t.get(k + 2).is("now") || t.get(k + 2).is("so") ? k + 3 : k + 2;
            if (verb < end && SO_FAR_VERBS.contains(t.get(verb))) return true;
        }
        return false;
    }

    private static final WordSet SO_FAR_VERBS = WordSet.of("killed", "wounded", "injured", "claimed", "left");

    /** A single day in {@code [from, to)}: "on Sunday", "overnight", "March 17". */
    private boolean day(List<Token> t, int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(to, t.size()); k++) {
            if (dayAt(t, k)) return true;
        }
        return false;
    }

    /** A single day starts at token {@code k}: a day marker ("Sunday", "overnight") or a month with its day. */
    private boolean dayAt(List<Token> t, int k) {
        PhraseTable<String> incident = lex.get(Lexicon.Role.INCIDENT);
        Optional<PhraseTable.Match<String>> d = incident.opensAt(t, k) ? incident.at(t, k) : Optional.empty();
        return d.isPresent() && d.get().value().equals(DAY) || month(t, k, k + 1, true);
    }

    /** True when the incident marker {@code distance} tokens from {@code at} is plural strikes ("air raids"). */
    private boolean attacks(List<Token> t, int from, int to, int at, int distance) {
        PhraseTable<String> incident = lex.get(Lexicon.Role.INCIDENT);
        for (int k : new int[]{at - distance, at + distance}) {
            if (k < Math.max(0, from) || k >= Math.min(to, t.size())) continue;
            Optional<PhraseTable.Match<String>> m = incident.at(t, k);
            if (m.isPresent()) return m.get().value().equals("attacks");
        }
        return false;
    }

    /** Distance in tokens from {@code at} to the nearest marker in {@code [from, to)}, or MAX_VALUE. */
    private int nearest(PhraseTable<String> markers, List<Token> t, int from, int to, int at, boolean withDay) {
        int best = Integer.MAX_VALUE;
        for (int k = Math.max(0, from); k < Math.min(to, t.size()); k++) {
            if (markers.startsAt(t, k) && !PointInTime.at(t, k) || month(t, k, k + 1, withDay)) best = Math.min(best, Math.abs(k - at));
        }
        return best;
    }

    private boolean incident(List<Token> t, int from, int to) {
        return lex.get(Lexicon.Role.INCIDENT).firstIn(t, from, to).isPresent() || month(t, from, to, true);
    }

    /** A month name with a day next to it ({@code withDay}) or without one ("in March"). */
    private boolean month(List<Token> t, int from, int to, boolean withDay) {
        for (int k = Math.max(0, from); k < Math.min(to, t.size()); k++) {
            if (!months.contains(t.get(k)) || !t.get(k).capitalized()) continue;
            // "October 8", "8 October", "the 8th of October"
            boolean day = k + 1 < t.size() && isDay(t.get(k + 1)) || k > 0 && isDay(t.get(k - 1))
                    || k > 1 && t.get(k - 1).is("of") && isDay(t.get(k - 2));
            if (day == withDay) return true;
        }
        return false;
    }

    private static boolean isDay(Token t) {
        return (t.isNumber() || t.type() == Token.Type.ORDINAL) && t.text().length() <= 4 && Character.isDigit(t.text().charAt(0))
                && digits(t.text()) <= 2;
    }

    private static int digits(String s) {
        int n = 0;
        for (int k = 0; k < s.length(); k++) if (Character.isDigit(s.charAt(k))) n++;
        return n;
    }
}
