package dev.tally.extract.claim;

import dev.tally.extract.number.Figure;
import dev.tally.extract.number.FigureFinder;
import dev.tally.extract.number.PhraseTable;
import dev.tally.extract.number.Token;
import dev.tally.extract.number.WordSet;
import dev.tally.model.Claim;
import dev.tally.model.ClaimKind;
import dev.tally.model.Outcome;
import dev.tally.model.Victims;

import dev.tally.model.Provenance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the figures of harmed people in one sentence: finds number phrases, drops those that
 * count no people (dates, ages, units, rates, forecasts), and reads what each counts and what
 * happened to them. Thread-safe.
 */
final class SentenceReader {
    private static final WordSet MONTHS = WordSet.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec");
    private static final WordSet NEGATIONS = WordSet.of("no", "not", "denied", "denies", "deny", "never", "nobody", "none", "without");
    /** Harm words that describe rather than name people: "another 30 wounded", "10,000 dead and wounded". */
    private static final WordSet ADJECTIVAL = WordSet.of("dead", "wounded", "injured", "killed", "hurt");
    /** Words before a figure that make it a part of the one before ("including 32 children", "among them"). */
    static final WordSet PART_OPENERS = WordSet.of("including", "among");

    /** The outcome's rule when the words around the figure name the harm ("killed 12", "12 civilians were wounded"). */
    static final String HARM_WORDS = "outcome:harm-words";

    private final Lexicon lex;
    private final FigureFinder figures = new FigureFinder();
    private final HeadReader heads;
    private final HarmReader harms;
    private final KindReader kinds;
    private final SinglePersons singles;

    SentenceReader(Lexicon lex) {
        this.lex = lex;
        this.heads = new HeadReader(lex);
        this.harms = new HarmReader(lex);
        this.kinds = new KindReader(lex, MONTHS);
        this.singles = new SinglePersons(lex);
    }

    List<Candidate> read(int index, String sentence, List<Token> t) {
        List<Mention> mentions = new ArrayList<>();
        List<Figure> found = figures.find(sentence, t);
        for (Figure f : found) {
            if (countsNoPeople(t, f)) continue;
            Head head = heads.read(t, f);
            if (head.countsPeople()) mentions.add(new Mention(f, head));
        }
        for (Mention single : singles.find(sentence, t)) {
            if (mentions.stream().noneMatch(m -> overlaps(m.figure(), single.figure()))) mentions.add(single);
        }
        List<Mention> plurals = new ArrayList<>();
        if (!negated(t)) {
            for (Mention plural : singles.unnumbered(sentence, t)) {
                if (mentions.stream().noneMatch(m -> near(t, m.figure(), plural.figure()))) plurals.add(plural);
            }
        }
        mentions.addAll(plurals);
        mentions.sort(java.util.Comparator.comparingInt(m -> m.figure().first()));
        List<Candidate> out = new ArrayList<>();
        for (Mention m : mentions) {
            Optional<Candidate> c = read(index, t, m.figure(), m.head(), out);
            if (plurals.contains(m)) c = c.filter(p -> p.kind().orElse(null) == ClaimKind.INCIDENT && out.stream().noneMatch(o -> o.outcome().equals(p.outcome())));
            c.ifPresent(out::add);
        }
        return FatalParts.split(out, found, t);
    }

    /** "no basis for reports that civilians were killed": a denial reports no harm. */
    private static boolean negated(List<Token> t) {
        for (Token w : t) {
            if (NEGATIONS.contains(w)) return true;
        }
        return false;
    }

    /** An unnumbered plural right after a figure belongs to it ("12 civilians", "dozens of others"). */
    private boolean near(List<Token> t, Figure figure, Figure plural) {
        if (!(figure.first() < plural.end() && plural.first() <= figure.end() + 3)) return false;
        // "A civilian was killed while many others were injured": a verb between them ends the figure's phrase
        for (int k = figure.end(); k < plural.first(); k++) {
            if (lex.get(Lexicon.Role.AUX).containsWord(t.get(k)) || lex.get(Lexicon.Role.RIGHT).startsAt(t, k)) return false;
        }
        return true;
    }

    /**
     * "an average of 30 civilians were killed a month", "50 a day": a rate in {@code [from, to)}, no count of people. "In a
     * month", "less than a week", "for a year" are stretches, and "a year earlier", "a week ago" points in time, not rates.
     */
    private boolean rate(List<Token> t, int from, int to) {
        PhraseTable<String> rates = lex.get(Lexicon.Role.RATE);
        for (int k = Math.max(0, from); k < Math.min(to, t.size()); k++) {
            if (!rates.startsAt(t, k)) continue;
            if (t.get(k).is("a") && k > 0 && STRETCH_OPENERS.contains(t.get(k - 1))) continue;
            if (PointInTime.at(t, k)) continue;
            return true;
        }
        return false;
    }

    /** True when the sentence opens "Among the dead (were)", "Among the victims", "Among those killed" before the figure. */
    private static boolean amongTheHarmed(List<Token> t, int figure) {
        if (figure < 3 || !t.get(0).is("among")) return false;
        for (int k = 1; k < figure; k++) {
            if (!AMONG_WORDS.contains(t.get(k))) return false;
        }
        return true;
    }

    private static final WordSet AMONG_WORDS = WordSet.of("the", "those", "dead", "killed", "victims", "wounded", "injured", "casualties",
            "were", "was", "are", "is", "at", "least");
    private static final WordSet STRETCH_OPENERS = WordSet.of("in", "within", "than", "for", "over", "during", "after", "under", "of", "about",
            "nearly", "almost", "past", "last", "first");

    private static boolean overlaps(Figure a, Figure b) {
        return a.first() < b.end() && b.first() < a.end();
    }

    private Optional<Candidate> read(int index, List<Token> t, Figure f, Head head, List<Candidate> before) {
        int from = Clauses.start(t, f.first());
        int to = Clauses.end(t, head.end());
        if (rate(t, from, to)) return Optional.empty();
        if (lex.get(Lexicon.Role.FORECAST).endingAt(t, f.first(), 3).isPresent() || neitherNor(t, f)) return Optional.empty();
        Optional<HarmReader.Harm> harm = harms.read(t, f, head);
        // a figure that names no people ("over 20", "another 30 wounded", "dozens of others") continues the claim before it
        boolean namesNoOne = head.kind() == Head.Kind.BARE || head.kind() == Head.Kind.OTHERS
                || head.kind() == Head.Kind.HARM && head.victims().isEmpty() && ADJECTIVAL.contains(t.get(head.end() - 1));
        // "Among the dead were 22 children": a part of the toll told before, whatever it names
        Candidate.Continues continues = namesNoOne || amongTheHarmed(t, f.first()) ? Candidate.Continues.ANY : Candidate.Continues.NOTHING;
        boolean part = isPart(t, f, before);
        if (harm.isEmpty() && (part || comparison(t, f) || gapped(t, f, head)) && !before.isEmpty() && before.get(before.size() - 1).sentence() == index) {
            harm = Optional.of(new HarmReader.Harm(Optional.empty(), f.end()));
            continues = Candidate.Continues.IN_SENTENCE;
        }
        if (harm.isEmpty() || harm.get().outcome().isPresent() && partOfHarmed(t, f).equals(harm.get().outcome())) return Optional.empty();
        if (harm.get().outcome().orElse(null) == Outcome.DISPLACED && fewFled(f, head)) return Optional.empty();
        if (head.kind() == Head.Kind.BARE && inCondition(t, f, harm.get(), before)) return Optional.empty();
        if (harm.get().outcome().isEmpty() && continues == Candidate.Continues.NOTHING) continues = Candidate.Continues.ANY;
        // "including 32 children" is a part of the figure before; "two children were killed" names who all its victims were
        Optional<String> subgroup = head.subgroup();
        Map<Provenance.Field, String> basis = new EnumMap<>(Provenance.Field.class);
        basis.put(Provenance.Field.OUTCOME, HARM_WORDS);
        Optional<Victims> victims = head.victims();
        victims.ifPresent(v -> basis.put(Provenance.Field.VICTIMS, "victims:head-noun"));
        if (head.kind() == Head.Kind.BARE && harm.get().outcome().orElse(null) == Outcome.KILLED && forcesClaimKills(t, from, f.first())) {
            victims = Optional.of(Victims.MILITANT);
            basis.put(Provenance.Field.VICTIMS, "victims:forces-count-enemy-dead");
        }
        if (subgroup.isPresent() && !subgroup.get().equals("family")) {
            victims = Optional.of(Victims.CIVILIAN);
            basis.put(Provenance.Field.VICTIMS, "victims:subgroup-is-civilian");
        }
        basis.put(Provenance.Field.SUBGROUP, subgroup.isEmpty() ? "subgroup:none" : part ? "subgroup:part-of-figure"
                : "family".equals(subgroup.get()) ? "subgroup:family-of-victims" : Claim.SUBGROUP_OF_ALL);
        // a part ("including 32 children") is of the kind of its whole, unless its own clause says otherwise
        Optional<KindReader.Marked> marked = kinds.read(t, from, to, f.first(), harm.get().outcome())
                .filter(m -> !(part && m.rule().equals(KindReader.IN_SENTENCE)));
        marked.ifPresent(m -> basis.put(Provenance.Field.KIND, m.rule()));
        if (part && marked.isEmpty()) continues = Candidate.Continues.IN_SENTENCE;
        return Optional.of(new Candidate(index, f, Math.max(head.end(), f.end()), harm.get().outcome(), victims, subgroup,
                marked.map(KindReader.Marked::kind), continues, from, to, basis));
    }

    /**
     * "The two men fled with $40", "the suspect, 22, fled the home": a handful of people who fled, named
     * as no civilians or families, are no displacement, which monitors count in families and thousands.
     */
    private static boolean fewFled(Figure f, Head head) {
        long most = f.count().max().orElse(f.count().min().orElse(Long.MAX_VALUE));
        return most < FEWEST_DISPLACED && head.victims().filter(v -> v == Victims.CIVILIAN).isEmpty() && head.subgroup().isEmpty();
    }

    private static final long FEWEST_DISPLACED = 10;

    /**
     * "two of the wounded were in critical condition": a part of people already counted with the same
     * harm is no figure of its own ("four of the wounded later died" is: they are now dead).
     */
    private static Optional<Outcome> partOfHarmed(List<Token> t, Figure f) {
        int k = f.end();
        if (k + 2 >= t.size() || !t.get(k).is("of") || !(t.get(k + 1).is("the") || t.get(k + 1).is("those"))) return Optional.empty();
        Token group = t.get(k + 2);
        if (group.is("dead") || group.is("killed")) return Optional.of(Outcome.KILLED);
        if (group.is("wounded") || group.is("injured") || group.is("hurt")) return Optional.of(Outcome.INJURED);
        return Optional.empty();
    }

    /**
     * "Five were killed in Sabqa and one in Harasta", "30 were killed around Shadadi and another five
     * outside Kobane": a bare figure after "and" with only a place after it shares the verb of the claim before it.
     */
    private static boolean gapped(List<Token> t, Figure f, Head head) {
        int k = f.first() - 1;
        if (k >= 0 && (t.get(k).is("another") || t.get(k).is("further"))) k--;
        if (k >= 0 && t.get(k).is("a")) k--;
        if (k < 1 || !t.get(k).is("and") || head.kind() != Head.Kind.BARE || head.end() >= t.size() || !GAP_PLACES.contains(t.get(head.end()))) {
            return false;
        }
        // "between the ages of three and 62 in his post": the end of a range, not a second figure
        for (int j = k - 1; j >= Math.max(0, k - 4); j--) {
            if (t.get(j).is("between") || t.get(j).is("from") || t.get(j).is("ages") || t.get(j).is("aged")) return false;
        }
        return !t.get(k - 1).isNumber();
    }

    private static final WordSet GAP_PLACES = WordSet.of("in", "at", "near", "outside", "around", "on", "inside", "from");

    /** "Neither the driver nor his three children were injured": people listed under a denial. */
    private static boolean neitherNor(List<Token> t, Figure f) {
        for (int k = f.first() - 1; k >= Math.max(0, f.first() - NEITHER_REACH); k--) {
            if (t.get(k).is(".") || t.get(k).is(";")) return false;
            if (t.get(k).is("neither") || t.get(k).is("nor")) return true;
        }
        return false;
    }

    private static final int NEITHER_REACH = 10;

    /** "Four people were hospitalized, one in critical condition": the state of some of those just counted. */
    private static boolean inCondition(List<Token> t, Figure f, HarmReader.Harm harm, List<Candidate> before) {
        if (before.isEmpty() || f.first() == 0 || !t.get(f.first() - 1).is(",")) return false;
        if (!before.get(before.size() - 1).outcome().equals(harm.outcome())) return false;
        for (int k = f.end(); k < Math.min(harm.triggerEnd(), t.size()); k++) {
            if (t.get(k).is("condition")) return true;
        }
        return false;
    }

    /**
     * "the Iraqi commanders claimed to have killed well over 16,000": when state forces say how many
     * they killed and name no one, they count enemy fighters.
     */
    private static boolean forcesClaimKills(List<Token> t, int from, int figure) {
        boolean forces = false;
        boolean claim = false;
        for (int k = from; k < figure; k++) {
            forces |= FORCES.contains(t.get(k));
            claim |= t.get(k).lower().startsWith("claim") || t.get(k).is("said") || t.get(k).is("says");
        }
        return forces && claim && figure > 0 && t.get(figure - 1).lower().startsWith("kill");
    }

    private static final WordSet FORCES = WordSet.of("army", "military", "forces", "troops", "commanders", "commander",
            "soldiers", "police", "coalition", "pentagon", "ministry");

    /** "including 32 children and 31 women": parts of a figure named before in the sentence. */
    private static boolean isPart(List<Token> t, Figure f, List<Candidate> before) {
        if (before.isEmpty() || f.first() == 0) return false;
        String prev = t.get(f.first() - 1).lower();
        if (PART_OPENERS.contains(prev)) return true;
        if (f.first() >= 2 && t.get(f.first() - 2).is("among") && t.get(f.first() - 1).is("them")) return true;
        Candidate last = before.get(before.size() - 1);
        return prev.equals("and") && last.subgroup().isPresent() && last.figure().end() >= f.first() - 3;
    }

    /**
     * Whether the colon at {@code k} joins two numbers into a clock time ("10:30"); not a headline's "Syria: 2 civilians
     * killed".
     */
    private static boolean clock(List<Token> t, int k) {
        return t.get(k).is(":") && k > 0 && k + 1 < t.size() && digitFirst(t.get(k - 1)) && digitFirst(t.get(k + 1))
                && t.get(k - 1).end() == t.get(k).start() && t.get(k).end() == t.get(k + 1).start();
    }

    /** "6", "30am": a token that opens with a digit. */
    private static boolean digitFirst(Token w) {
        return !w.text().isEmpty() && Character.isDigit(w.text().charAt(0));
    }

    /** "compared to 56 in February", "up from 12": the same measure at another time. */
    private static boolean comparison(List<Token> t, Figure f) {
        if (f.first() < 2) return false;
        String a = t.get(f.first() - 2).lower();
        String b = t.get(f.first() - 1).lower();
        return (a.equals("compared") || a.equals("up") || a.equals("down")) && (b.equals("to") || b.equals("with") || b.equals("from"));
    }

    /** Dates, clock times, ages, units and IDs are numbers that count no harmed people. */
    private boolean countsNoPeople(List<Token> t, Figure f) {
        Token first = t.get(f.first());
        Token before = f.first() > 0 ? t.get(f.first() - 1) : null;
        Token after = f.end() < t.size() ? t.get(f.end()) : null;
        if (before != null && (MONTHS.contains(before) && f.digits() || clock(t, f.first() - 1))) return true;
        if (before != null && (before.is("no") || before.is("not") && first.is("one"))) return true; // "no one was injured"
        if (after != null && (MONTHS.contains(after) && f.digits() || clock(t, f.end()))) return true;
        if (after != null && (after.is("-") || after.is("/")) && after.start() == t.get(f.end() - 1).end()) return true;
        if (joinedToNumberBefore(t, f.first())) return true; // "27-07-2016": the rest of a date, not a range of people
        if (lex.get(Lexicon.Role.NOT_BEFORE).endingAt(t, f.first(), 3).isPresent()) return true;
        if (lex.get(Lexicon.Role.NOT_AFTER).startsAt(t, f.end())) return true;
        if (f.end() - f.first() == 1 && first.isNumber() && (year(first.text()) || identifier(first.text()))) return true;
        return ageAfterName(t, f) || inListOfAges(t, f) || ageOfSomeone(t, f);
    }

    /** "The man, who was 45, was killed", "she was 17": a bare number someone is (or was) is an age. */
    private static boolean ageOfSomeone(List<Token> t, Figure f) {
        int k = f.first();
        if (k < 2 || !(t.get(k - 1).is("was") || t.get(k - 1).is("is")) || !WHO.contains(t.get(k - 2))) return false;
        return f.end() >= t.size() || !t.get(f.end()).isWord() || t.get(f.end()).is("years") || t.get(f.end()).is("and");
    }

    private static final WordSet WHO = WordSet.of("who", "he", "she");

    /** "his three children, ages 7, 11 and 12": every number of a list that "ages" opens is an age. */
    private static boolean inListOfAges(List<Token> t, Figure f) {
        int k = f.first() - 1;
        while (k > 0 && (t.get(k).isNumber() || t.get(k).is(",") || t.get(k).is("and"))) k--;
        return k >= 0 && k < f.first() - 1 && AGES.contains(t.get(k)) && t.get(k + 1).isNumber();
    }

    private static final WordSet AGES = WordSet.of("ages", "aged");

    /** A number run into the one before it by a dash, slash or dot: part of a date or an ID ("27-07-2016", "11.10.2017"). */
    private static boolean joinedToNumberBefore(List<Token> t, int first) {
        if (first < 2) return false;
        Token sep = t.get(first - 1), number = t.get(first - 2);
        return (sep.is("-") || sep.is("/") || sep.is(".")) && number.isNumber()
                && sep.start() == number.end() && t.get(first).start() == sep.end();
    }

    /**
     * "his wife, Warda Khamis Jibril, 21 were also killed", "The suspect, 22, fled": a bare number right
     * after a name, or set off by commas after one person, is an age.
     */
    private boolean ageAfterName(List<Token> t, Figure f) {
        if (f.end() - f.first() != 1 || !t.get(f.first()).isNumber() || f.first() < 2 || t.get(f.first()).text().length() > 3) return false;
        Token before = t.get(f.first() - 1);
        // "On 3 March, 3 ANP and ...", "Yesterday, 3 soldiers": a number with people after it counts them
        boolean counts = f.end() < t.size() && (t.get(f.end()).capitalized() || lex.get(Lexicon.Role.PERSON).startsAt(t, f.end()));
        boolean afterName = (before.is(",") || before.is("(")) && t.get(f.first() - 2).capitalized() && !counts;
        boolean closed = f.end() < t.size() && (t.get(f.end()).is(",") || t.get(f.end()).is(")"));
        boolean afterPerson = before.is(",") && closed && lex.get(Lexicon.Role.SINGLE).endingAt(t, f.first() - 1, 2).isPresent();
        return afterName || afterPerson;
    }

    /** "MoH ID 403083645": six or more digits without separators name something; they count nothing. */
    private static boolean identifier(String digits) {
        return digits.length() >= 6 && digits.chars().allMatch(Character::isDigit);
    }

    private static boolean year(String digits) {
        if (digits.length() != 4 || !digits.chars().allMatch(Character::isDigit)) return false;
        int y = Integer.parseInt(digits);
        return y >= 1900 && y <= 2100;
    }
}
