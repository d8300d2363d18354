package dev.tally.extract.claim;

import dev.tally.extract.number.Token;
import dev.tally.extract.number.Tokenizer;
import dev.tally.extract.number.WordSet;
import dev.tally.extract.place.Gazetteer;
import dev.tally.extract.place.PlaceResolver;
import dev.tally.extract.text.NormalizedText;
import dev.tally.extract.text.Sentence;
import dev.tally.extract.text.SentenceSplitter;
import dev.tally.extract.text.TextNormalizer;
import dev.tally.extract.time.Dated;
import dev.tally.extract.time.PublicationDateFinder;
import dev.tally.extract.time.TimeExpressionFinder;
import dev.tally.extract.time.TimeMention;
import dev.tally.model.Article;
import dev.tally.model.Claim;
import dev.tally.model.ClaimKind;
import dev.tally.model.Diagnostic;
import dev.tally.model.Outcome;
import dev.tally.model.Place;
import dev.tally.model.Provenance;
import dev.tally.model.Span;
import dev.tally.model.TimeSpan;
import dev.tally.model.Victims;

import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads every casualty claim in an article: normalizes its text, splits sentences, reads the
 * figures of harmed people in each, and fills what a figure leaves open from the claim it
 * continues. Stateless and thread-safe; odd text never makes it throw: a failure becomes a
 * {@link Diagnostic} and the claims read so far are kept.
 */
public final class ClaimExtractor {
    /** Rule set name and version, kept in every claim's provenance; bump the version when rules change output. */
    public static final Provenance PROVENANCE = new Provenance("claims", "3");

    /** How much of a claim to read. */
    public enum Scope {
        /** Everything: figure, harm, victims and kind, then date, place, perpetrator, means and claimant. */
        FULL,
        /**
         * The figure, harm, victims and kind only: date, place, actor and claimant stay unknown. For
         * measuring what the context costs, and for a quick pass that only asks which articles report harm.
         */
        FIGURES
    }

    private final TextNormalizer normalizer = new TextNormalizer();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceReader reader = new SentenceReader(Lexicon.bundled());
    private final Antecedents antecedents = new Antecedents(Lexicon.bundled());
    private final HarmWords harmWords = new HarmWords(Lexicon.bundled());
    private final PlaceResolver places = new PlaceResolver(Gazetteer.bundled());
    private final Attribution attribution = new Attribution();
    private final Wars wars = new Wars();
    private final Scope scope;

    /** An extractor that reads whole claims ({@link Scope#FULL}). */
    public ClaimExtractor() {
        this(Scope.FULL);
    }

    public ClaimExtractor(Scope scope) {
        this.scope = java.util.Objects.requireNonNull(scope, "scope");
    }

    public ExtractionResult extract(Article article) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        Optional<LocalDate> published = article.published();
        try {
            NormalizedText text = normalizer.normalize(article.text());
            List<Sentence> sentences = splitter.split(text.text());
            List<Read> reads = read(sentences);
            if (scope == Scope.FULL) {
                Optional<Dated> dateline = PublicationDateFinder.find(text.text());
                published = published(article, dateline);
                boolean peace = situate(article, text, sentences, reads, published, dateline, claims);
                claims = SameFigure.settle(DiedInArticle.settle(claims));
                if (peace) claims = Peacetime.settle(claims);
            } else {
                for (Read r : reads) {
                    claims.add(claim(article, text, sentences.get(r.candidate().sentence()), r, Place.UNKNOWN, TimeSpan.UNKNOWN,
                            Attribution.Context.NONE, r.candidate().basis(), claims.size() + 1));
                }
            }
        } catch (RuntimeException e) {
            diagnostics.add(new Diagnostic(PROVENANCE.toString(), article.name(), Optional.empty(),
                    "extraction stopped early: " + e));
        }
        return new ExtractionResult(claims, diagnostics, published);
    }

    /**
     * Makes each read a claim with its date, place, actor and claimant, adding them to {@code claims}; true when the
     * article's country was at peace when it was published (see {@link Peacetime}).
     */
    private boolean situate(Article article, NormalizedText text, List<Sentence> sentences, List<Read> reads,
                         Optional<LocalDate> published, Optional<Dated> dateline, List<Claim> claims) {
        if (reads.isEmpty()) return false;
        ClaimPlaces where = new ClaimPlaces(places.resolve(withoutRelatedHeadlines(text.text(), sentences)), text.text(), sentences);
        List<Integer> leads = leads(reads);
        List<Attribution.Context> contexts = new ArrayList<>(attribution.attribute(reads, sentences.stream().map(Sentence::text).toList(), leads, where.country()));
        ClaimDates when = new ClaimDates(dates(text, published, dateline), sentences, text.text(), published, wars, where.country());
        List<TimeSpan> dated = new ArrayList<>();
        List<Place> placed = new ArrayList<>();
        for (int i = 0; i < reads.size(); i++) {
            Read r = reads.get(i);
            Sentence sentence = sentences.get(r.candidate().sentence());
            Optional<TimeSpan> continued = leads.get(i) < 0 ? Optional.empty() : Optional.of(claims.get(leads.get(i)).date());
            Anchor a = r.anchor(sentence);
            r = overSeveralPlaces(overAnArea(r, where, a), where, a);
            boolean incident = r.candidate().kind().orElse(ClaimKind.AGGREGATE) == ClaimKind.INCIDENT;
            Ruled<TimeSpan> date = when.choose(a.figure(), a.clauseFrom(), a.clauseTo(), r.candidate().sentence(), incident, continued);
            Ruled<Place> found = where.choose(a.figure(), a.clauseFrom(), a.clauseTo(), r.candidate().sentence(), !incident);
            Ruled<Place> place = date.rule().equals(Wars.RULE) ? where.ofWar(found) : found;
            dated.add(date.value());
            placed.add(place.value());
            if (incident) contexts.set(i, SameMeans.lend(reads, contexts, dated, placed, i));
            Map<Provenance.Field, String> basis = new EnumMap<>(r.candidate().basis());
            basis.putAll(contexts.get(i).basis());
            basis.put(Provenance.Field.DATE, date.rule());
            basis.put(Provenance.Field.PLACE, place.rule());
            claims.add(claim(article, text, sentence, r, place.value(), date.value(), contexts.get(i), basis, claims.size() + 1));
        }
        return where.country().isPresent() && published.isPresent() && wars.firstDay(where.country(), published).isEmpty();
    }

    /**
     * The text with other articles' headlines on the page blanked (offsets kept): "SDF hands over ISIS members;
     * their families to Iraq" under "Other news" says nothing of where this article's events were.
     */
    private static String withoutRelatedHeadlines(String text, List<Sentence> sentences) {
        char[] masked = null;
        for (int i = 0; i < sentences.size(); i++) {
            if (!RelatedHeadlines.is(sentences, i)) continue;
            if (masked == null) masked = text.toCharArray();
            Sentence s = sentences.get(i);
            java.util.Arrays.fill(masked, s.start(), Math.min(s.end(), masked.length), ' ');
        }
        return masked == null ? text : new String(masked);
    }

    /**
     * Plural strikes that fall on a province or a country ("13 civilians killed in regime air raids on
     * northern Syria") are several events: their figure is a total. On a town they are one.
     */
    private static Read overAnArea(Read r, ClaimPlaces where, Anchor a) {
        Candidate c = r.candidate();
        if (!KindReader.ATTACKS.equals(c.basis().get(Provenance.Field.KIND))) return r;
        Ruled<Place> place = where.choose(a.figure(), a.clauseFrom(), a.clauseTo(), c.sentence(), false);
        Place.Precision p = place.value().precision();
        boolean named = place.rule().startsWith("place:in-clause") || place.rule().startsWith("place:in-sentence");
        // a province or a country named beside the figure, or refined to a town only from elsewhere
        boolean area = named ? (p == Place.Precision.COUNTRY || p == Place.Precision.ADMIN_AREA) && !place.rule().endsWith("+unlisted")
                : place.rule().startsWith("place:finer-in-article") || place.rule().startsWith("place:only-finer-in-article")
                        || place.rule().startsWith(ClaimPlaces.MOST_NAMED);
        if (!area || oneSettlement(r.tokens(), c.clauseFrom(), c.clauseTo())) return r;
        return new Read(c.with(c.outcome().orElseThrow(), c.victims().orElseThrow(), ClaimKind.AGGREGATE,
                Map.of(Provenance.Field.KIND, "kind:plural-attacks-over-an-area")), r.tokens());
    }

    /**
     * One figure for harm in two places or more that its clause lists ("air strikes killed 12 civilians in Aleppo and Idlib",
     * "in the towns of Kafr Batna and Saqba") is a total over several events, whatever else marks it.
     */
    private static Read overSeveralPlaces(Read r, ClaimPlaces where, Anchor a) {
        Candidate c = r.candidate();
        if (c.kind().orElse(ClaimKind.AGGREGATE) != ClaimKind.INCIDENT || !where.listsPlaces(a.figure(), a.clauseFrom(), a.clauseTo())) return r;
        return new Read(c.with(c.outcome().orElseThrow(), c.victims().orElseThrow(), ClaimKind.AGGREGATE,
                Map.of(Provenance.Field.KIND, "kind:several-places-in-clause")), r.tokens());
    }

    /** "raids on a town in eastern Syria", "in Daesh-held Syria town": the clause names one settlement, whatever area it then names. */
    private static boolean oneSettlement(List<Token> t, int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(to, t.size()); k++) {
            if (SETTLEMENTS.contains(t.get(k))) return true;
        }
        return false;
    }

    private static final WordSet SETTLEMENTS = WordSet.of("town", "village", "city", "neighbourhood", "neighborhood", "camp");

    /** A candidate with its gaps filled, and the tokens of its sentence. */
    record Read(Candidate candidate, List<Token> tokens) {
        /** Where the claim stands in the normalized text, given its sentence. */
        Anchor anchor(Sentence sentence) {
            int from = sentence.start() + tokens.get(Math.min(candidate.clauseFrom(), tokens.size() - 1)).start();
            int to = sentence.start() + tokens.get(Math.max(candidate.clauseTo(), 1) - 1).end();
            return new Anchor(sentence.start() + tokens.get(candidate.figure().first()).start(), from, to);
        }
    }

    /** Normalized-text offsets of a claim's figure and of the clause that holds it. */
    record Anchor(int figure, int clauseFrom, int clauseTo) {}

    private List<Read> read(List<Sentence> sentences) {
        List<Read> raw = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (!harmWords.mayReportHarm(sentences.get(i).text()) || RelatedHeadlines.is(sentences, i)) continue;
            List<Token> tokens = tokenizer.tokenize(sentences.get(i).text());
            int links = RelatedHeadlines.linksFrom(sentences.get(i));
            for (Candidate c : reader.read(i, sentences.get(i).text(), tokens)) {
                // "Source AFP Related News Air strike kills 54 in ...": the page's links are other articles' figures
                if (links >= 0 && tokens.get(c.figure().first()).start() >= links) continue;
                raw.add(new Read(c, tokens));
            }
        }
        // a figure nothing marks as one event or a total is of the kind most of the article's marked figures are: a
        // news report of an attack with the war's toll in its last line tells of one event ("Several other sources said
        // twelve people had been killed"); a round-up of totals, of totals
        long totals = raw.stream().filter(r -> r.candidate().kind().orElse(null) == ClaimKind.AGGREGATE).count();
        long events = raw.stream().filter(r -> r.candidate().kind().orElse(null) == ClaimKind.INCIDENT).count();
        ClaimKind unmarked = totals > events ? ClaimKind.AGGREGATE : ClaimKind.INCIDENT;
        java.util.Map<Integer, List<Token>> tokensBySentence = new java.util.HashMap<>();
        for (Read r : raw) tokensBySentence.put(r.candidate().sentence(), r.tokens());
        List<Read> out = new ArrayList<>();
        for (Read r : raw) {
            int previous = r.candidate().sentence() - 1;
            Supplier<List<Token>> previousTokens = () -> previous < 0 ? List.of()
                    : tokensBySentence.computeIfAbsent(previous, k -> tokenizer.tokenize(sentences.get(k).text()));
            fill(r.candidate(), out, r.tokens(), previousTokens, unmarked).ifPresent(filled -> out.add(new Read(filled, r.tokens())));
        }
        return out;
    }

    private Optional<Candidate> fill(Candidate c, List<Read> before, List<Token> tokens, Supplier<List<Token>> previousTokens,
                                     ClaimKind unmarked) {
        Optional<Candidate> lead = lead(c, before);
        Optional<Outcome> outcome = c.outcome().or(() -> lead.flatMap(Candidate::outcome));
        if (outcome.isEmpty()) return Optional.empty();
        Map<Provenance.Field, String> filled = new EnumMap<>(Provenance.Field.class);
        if (c.outcome().isEmpty()) filled.put(Provenance.Field.OUTCOME, "outcome:continued");
        Optional<Victims> victims = c.victims();
        if (victims.isEmpty()) {
            victims = lead.flatMap(Candidate::victims);
            if (victims.isPresent()) filled.put(Provenance.Field.VICTIMS, "victims:continued");
        }
        if (victims.isEmpty() && c.continues() == Candidate.Continues.ANY && Antecedents.anaphoric(tokens)) {
            victims = antecedents.victims(previousTokens.get());
            if (victims.isPresent()) filled.put(Provenance.Field.VICTIMS, "victims:antecedent");
        }
        if (victims.isEmpty()) {
            boolean displaced = outcome.get() == Outcome.DISPLACED;
            victims = Optional.of(displaced ? Victims.CIVILIAN : Victims.UNKNOWN);
            filled.put(Provenance.Field.VICTIMS, displaced ? "victims:displaced-are-civilian" : "victims:none");
        }
        Optional<ClaimKind> kind = c.kind();
        if (kind.isEmpty() && c.continues() != Candidate.Continues.NOTHING) {
            kind = lead.flatMap(Candidate::kind);
            if (kind.isPresent()) filled.put(Provenance.Field.KIND, "kind:continued");
        }
        if (kind.isEmpty() && c.figure().vague() && victims.filter(v -> v == Victims.MILITANT || v == Victims.MILITARY).isPresent()) {
            // "dozens of ISIS fighters had been killed", "scores of them were left dead": fighters counted vaguely, no event
            // marked, are a tally of the fighting
            kind = Optional.of(ClaimKind.AGGREGATE);
            filled.put(Provenance.Field.KIND, "kind:vague-tally-of-fighters");
        }
        if (c.figure().count().min().orElse(0) >= ONE_EVENT_AT_MOST) {
            // "More than 200000 people have been killed", "saved the lives of more than 100000 Syrians injured in bombings": no
            // attack of these wars harmed so many; the figure is a war's or a period's total, whatever words stand near it
            kind = Optional.of(ClaimKind.AGGREGATE);
            filled.put(Provenance.Field.KIND, "kind:too-many-for-one-event");
        }
        if (kind.isEmpty()) {
            kind = Optional.of(unmarked);
            filled.put(Provenance.Field.KIND, "kind:article-default");
        }
        return Optional.of(c.with(outcome.get(), victims.get(), kind.get(), filled));
    }

    /** Fewer people than this have been killed or hurt in any one attack the corpora report: a figure this high is a total. */
    private static final long ONE_EVENT_AT_MOST = 10_000;

    /** The claim a candidate continues: the last one in its sentence, or in the sentence before. */
    private static Optional<Candidate> lead(Candidate c, List<Read> before) {
        if (c.continues() == Candidate.Continues.NOTHING || before.isEmpty()) return Optional.empty();
        Candidate last = before.get(before.size() - 1).candidate();
        if (c.subgroup().isPresent()) {
            for (int k = before.size() - 1; k >= 0 && before.get(k).candidate().sentence() == c.sentence(); k--) {
                if (before.get(k).candidate().subgroup().isEmpty()) return Optional.of(before.get(k).candidate());
            }
        }
        int reach = c.continues() == Candidate.Continues.IN_SENTENCE ? 0 : 1;
        return c.sentence() - last.sentence() <= reach ? Optional.of(last) : Optional.empty();
    }

    /** For each read, the index of the read it continues, or -1. */
    private static List<Integer> leads(List<Read> reads) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < reads.size(); i++) {
            Optional<Candidate> lead = lead(reads.get(i).candidate(), reads.subList(0, i));
            int index = -1;
            for (int k = i - 1; k >= 0 && lead.isPresent(); k--) {
                if (reads.get(k).candidate() == lead.get()) index = k;
                if (index >= 0) break;
            }
            out.add(index);
        }
        return out;
    }

    /**
     * The article's time expressions. Without a publication date, relative ones ("on Monday") stay
     * unresolved with their text; a calendar date written without its year ("On 9 October") takes the
     * year from the latest full date the article itself writes.
     */
    private static List<TimeMention> dates(NormalizedText text, Optional<LocalDate> published, Optional<Dated> dateline) {
        List<TimeMention> found = withoutDateline(TimeExpressionFinder.find(text.text(), published), dateline);
        if (published.isPresent() || found.stream().noneMatch(m -> !m.isResolved() && CalendarDates.yearless(m.text()))) return found;
        Optional<LocalDate> latest = found.stream().filter(TimeMention::isResolved).map(m -> m.to().orElseThrow()).max(LocalDate::compareTo);
        if (latest.isEmpty()) return found;
        java.util.Map<Integer, TimeMention> withYears = new java.util.HashMap<>();
        for (TimeMention m : TimeExpressionFinder.find(text.text(), latest)) withYears.put(m.start(), m);
        List<TimeMention> out = new ArrayList<>();
        for (TimeMention m : found) {
            TimeMention again = withYears.get(m.start());
            boolean calendar = !m.isResolved() && again != null && again.end() == m.end() && again.isResolved() && CalendarDates.yearless(m.text());
            out.add(calendar ? again : m);
        }
        return out;
    }

    /** The article's dateline ("AFP Sunday 18 Sep 2016") dates the article, never the harm it reports. */
    private static List<TimeMention> withoutDateline(List<TimeMention> found, Optional<Dated> line) {
        if (line.isEmpty()) return found;
        int from = line.get().span().start();
        int to = line.get().span().end();
        return found.stream().filter(m -> m.end() <= from || m.start() >= to).toList();
    }

    /**
     * The publication date the article carries, else the one its dateline or byline gives. A date the
     * metadata marks {@code approximate} (a collection's date for the article, not always its own) gives
     * way to the article's own dateline: always when the dateline writes its weekday and year, else within a year of it.
     */
    private static Optional<LocalDate> published(Article article, Optional<Dated> dateline) {
        if (article.published().isEmpty()) return dateline.flatMap(Dated::date);
        LocalDate given = article.published().get();
        if (!"true".equals(article.meta().get(APPROXIMATE))) return article.published();
        // a dateline that writes its weekday and year ("Fri Jul 1 2016") is the article's own date, however far the
        // collection's is; another ("Last updated at Jul 28 2016": perhaps years after) is trusted within a year of it
        return dateline.map(d -> own(d, given))
                .filter(own -> stamped(dateline.get()) || Math.abs(ChronoUnit.DAYS.between(given, own)) <= DATELINE_REACH_DAYS)
                .or(() -> article.published());
    }

    /** A dateline with its year and the right weekday: "Fri Jul 1 2016". */
    private static boolean stamped(Dated line) {
        if (line.date().isEmpty()) return false;
        String weekday = line.date().get().getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH);
        return line.text().regionMatches(true, 0, weekday, 0, 3);
    }

    /** The metadata key that marks a publication date as approximate. */
    public static final String APPROXIMATE = "approximate";
    private static final int DATELINE_REACH_DAYS = 366;

    /** A dateline's day; without a year, in the year that puts it nearest the approximate date. */
    private static LocalDate own(Dated line, LocalDate near) {
        if (line.date().isPresent()) return line.date().get();
        LocalDate best = null;
        for (int y = near.getYear() - 1; y <= near.getYear() + 1; y++) {
            LocalDate d = line.withYear(Year.of(y)).date().orElseThrow();
            if (best == null || Math.abs(d.toEpochDay() - near.toEpochDay()) < Math.abs(best.toEpochDay() - near.toEpochDay())) best = d;
        }
        return best;
    }

    private static Claim claim(Article article, NormalizedText text, Sentence sentence, Read r, Place place, TimeSpan date,
                               Attribution.Context context, Map<Provenance.Field, String> basis, int n) {
        Candidate c = r.candidate();
        List<Token> t = r.tokens();
        int start = sentence.start() + t.get(c.figure().first()).start();
        int end = sentence.start() + t.get(c.figure().end() - 1).end();
        Span evidence = text.toOriginal(start, end);
        return new Claim(article.name(), stem(article.name()) + "-" + n, c.kind().orElseThrow(), c.outcome().orElseThrow(),
                c.victims().orElseThrow(), c.subgroup(), c.figure().count(), date, place,
                context.actor(), context.claimantName(), sentence.text(), evidence, PROVENANCE.with(basis));
    }

    private static String stem(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('#'));
        String base = name.substring(slash + 1);
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }
}
