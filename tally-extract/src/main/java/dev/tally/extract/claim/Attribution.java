package dev.tally.extract.claim;

import dev.tally.extract.number.Token;
import dev.tally.extract.number.Tokenizer;
import dev.tally.extract.text.Literals;
import dev.tally.model.Actor;
import dev.tally.model.ClaimKind;
import dev.tally.model.Outcome;
import dev.tally.model.Provenance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fills each claim's perpetrator, means and claimant from the structure of its own clause, then its
 * sentence, then the claim it explicitly continues; where none of these names one the field stays
 * empty, with a "...:none" rule. An article's most named actor is never a claim's perpetrator for
 * that alone: in a report of many incidents most are someone else's. Thread-safe.
 */
final class Attribution {
    /** Who did it, how, and who says so, for one claim, each with the rule that set it. */
    record Context(Attributed perpetrator, Attributed means, Attributed claimant) {
        static final Context NONE = new Context(Attributed.none("perpetrator"), Attributed.none("means"), Attributed.none("claimant"));

        Actor actor() {
            return new Actor(perpetrator.value(), means.value());
        }

        Optional<String> claimantName() {
            return claimant.value();
        }

        /** The rule of each field, for the claim's provenance. */
        Map<Provenance.Field, String> basis() {
            Map<Provenance.Field, String> out = new EnumMap<>(Provenance.Field.class);
            out.put(Provenance.Field.PERPETRATOR, perpetrator.rule());
            out.put(Provenance.Field.MEANS, means.rule());
            out.put(Provenance.Field.CLAIMANT, claimant.rule());
            return out;
        }
    }

    /** Every "said it struck" holds one of these: a sentence with none is not tokenized. */
    private static final Literals IT_STRUCK = Literals.of(" it struck", " it hit", " it targeted",
            " it bombed", " it carried", " it conducted", " it launched", " it had ", " claimed responsibility", " claims responsibility");
    private static final Tokenizer TOKENIZER = new Tokenizer();

    /** Used where the article's country names no government: "government forces" as the text says. */
    private static final String SOME_GOVERNMENT = "government forces";

    private final ActorReader actors = new ActorReader();
    private final ClaimantReader claimants = new ClaimantReader();
    private final Governments governments = new Governments();

    /** One context per read, in order; {@code leads.get(i)} is the index of the read that read i continues, or -1. */
    List<Context> attribute(List<ClaimExtractor.Read> reads, List<String> sentences, List<Integer> leads, Optional<String> placesCountry) {
        List<Context> out = new ArrayList<>();
        // the reads of one sentence share its tokens: its names and attributions are read once for all of them
        Map<List<Token>, Named> named = new IdentityHashMap<>();
        Map<List<Token>, boolean[]> victims = victims(reads);
        Article article = new Article(sentences, placesCountry);
        for (int i = 0; i < reads.size(); i++) {
            ClaimExtractor.Read r = reads.get(i);
            Named s = named.computeIfAbsent(r.tokens(), t -> named(t, sentences.get(r.candidate().sentence()), victims.get(t)));
            Context c = read(r, s, article);
            int lead = leads.get(i);
            if (lead >= 0) {
                Context l = out.get(lead);
                c = new Context(continued(c.perpetrator(), l.perpetrator(), "perpetrator"), continued(c.means(), l.means(), "means"),
                        continued(c.claimant(), l.claimant(), "claimant"));
            }
            if (c.perpetrator().isEmpty() && actors.refersBack(s.names(), r.candidate().clauseFrom(), r.candidate().clauseTo())) {
                Attributed told = told(reads, out, i);
                if (told.isEmpty()) {
                    told = article.attackToldBefore(r.candidate().sentence()).map(p -> Attributed.of("perpetrator", p, "attack-told-before"))
                            .orElse(told);
                }
                c = new Context(told, c.means(), c.claimant());
            }
            if (c.perpetrator().isEmpty() && r.candidate().kind().orElse(null) == ClaimKind.INCIDENT) {
                Optional<String> struck = article.saidItStruckAfter(r.candidate().sentence());
                if (struck.isPresent()) c = new Context(Attributed.of("perpetrator", struck.get(), "said-it-struck-after"), c.means(), c.claimant());
            }

            c.claimant().value().ifPresent(article::named);
            out.add(c);
        }
        return withOnlyMeans(out);
    }

    /**
     * A claim whose own words name no means takes the article's when all its claims that name one name
     * the same: a report of one attack names the weapon once ("a chemical attack ... dozens were killed").
     */
    private static List<Context> withOnlyMeans(List<Context> contexts) {
        java.util.Set<String> named = new java.util.HashSet<>();
        for (Context c : contexts) c.means().value().ifPresent(named::add);
        if (named.size() != 1) return contexts;
        String only = named.iterator().next();
        List<Context> out = new ArrayList<>();
        for (Context c : contexts) {
            out.add(c.means().isEmpty() ? new Context(c.perpetrator(), Attributed.of("means", only, "article-only-means"), c.claimant()) : c);
        }
        return out;
    }

    /** How many sentences back a report may be that "the attack" points to. */
    private static final int REFERENCE_REACH = 3;

    /** The perpetrator of the latest claim before read {@code i}, a few sentences back at most, that names one. */
    private static Attributed told(List<ClaimExtractor.Read> reads, List<Context> before, int i) {
        int sentence = reads.get(i).candidate().sentence();
        for (int k = before.size() - 1; k >= 0 && sentence - reads.get(k).candidate().sentence() <= REFERENCE_REACH; k--) {
            Attributed p = before.get(k).perpetrator();
            if (!p.isEmpty()) return Attributed.of("perpetrator", p.value().orElseThrow(), "attack-told-before");
        }
        return Attributed.none("perpetrator");
    }

    private static Attributed continued(Attributed own, Attributed lead, String field) {
        return own.isEmpty() && !lead.isEmpty() ? Attributed.of(field, lead.value().orElseThrow(), "continued") : own;
    }

    /** For each sentence with claims, which of its tokens name harmed people: a claim's figure and its head. */
    private static Map<List<Token>, boolean[]> victims(List<ClaimExtractor.Read> reads) {
        Map<List<Token>, boolean[]> out = new IdentityHashMap<>();
        for (ClaimExtractor.Read r : reads) {
            boolean[] mask = out.computeIfAbsent(r.tokens(), t -> new boolean[t.size()]);
            Candidate c = r.candidate();
            for (int k = c.figure().first(); k < Math.min(Math.max(c.headEnd(), c.figure().end()), mask.length); k++) mask[k] = true;
        }
        return out;
    }

    /** What one sentence names: actors at each token, its attributions, which tokens they take, and whose harm it tells. */
    private record Named(ActorReader.Names names, List<ClaimantReader.Claimant> claimants, boolean[] reporter,
                         Optional<ClaimantReader.Claimant> sourceLine, boolean[] victims) {}

    private Named named(List<Token> t, String text, boolean[] victims) {
        List<ClaimantReader.Claimant> all = claimants.all(text, t);
        boolean[] reporter = new boolean[t.size()];
        for (ClaimantReader.Claimant c : all) {
            for (int k = c.from(); k < c.to(); k++) reporter[k] = true;
        }
        Optional<ClaimantReader.Claimant> sourceLine = all.isEmpty() ? claimants.headlineSource(t) : Optional.empty();
        sourceLine.ifPresent(c -> reporter[c.from()] = true);
        return new Named(actors.names(t), all, reporter, sourceLine, victims);
    }

    /** The article around the claims: its government, found once and only if asked, and the claimants named so far. */
    private final class Article {
        private final List<String> sentences;
        private final Optional<String> placesCountry;
        private String government;
        private final List<String> claimantsNamed = new ArrayList<>();
        private final java.util.Map<String, Integer> bySpacedSurname = new java.util.HashMap<>();
        private final java.util.Map<String, Integer> byHyphenedSurname = new java.util.HashMap<>();

        Article(List<String> sentences, Optional<String> placesCountry) {
            this.sentences = sentences;
            this.placesCountry = placesCountry;
        }

        String government() {
            if (government == null) government = governments.of(sentences, placesCountry).orElse(SOME_GOVERNMENT);
            return government;
        }

        void named(String claimant) {
            int index = claimantsNamed.size();
            claimantsNamed.add(claimant);
            int space = claimant.lastIndexOf(' ');
            if (space >= 0) bySpacedSurname.put(claimant.substring(space + 1), index);
            int hyphen = claimant.lastIndexOf('-');
            if (hyphen > space) byHyphenedSurname.put(claimant.substring(hyphen + 1), index);
        }

        /**
         * The armed party the sentence after {@code sentence} names as saying it struck ("The U.S. said it struck an
         * Al-Qaeda meeting" after "a mosque was hit during evening prayers, killing around 40") or as claiming
         * responsibility ("Seven people were killed. The Taliban claimed responsibility.").
         */
        Optional<String> saidItStruckAfter(int sentence) {
            if (sentence + 1 >= sentences.size()) return Optional.empty();
            String next = sentences.get(sentence + 1);
            if (!IT_STRUCK.anyIn(next, 0, next.length())) return Optional.empty();
            return actors.saysItStruck(actors.names(TOKENIZER.tokenize(next)));
        }

        /**
         * The one armed party the sentence just before {@code sentence} names as the agent of an attack it tells with no figure
         * ("A hospital ... was hit earlier today by Russian air strikes"), for "the attack" of the next figure when no claim
         * before names one.
         */
        Optional<String> attackToldBefore(int sentence) {
            if (sentence == 0) return Optional.empty();
            return actors.attackBy(actors.names(TOKENIZER.tokenize(sentences.get(sentence - 1)))).map(n -> Attribution.government(n, this));
        }

        Optional<String> lastClaimant() {
            return claimantsNamed.isEmpty() ? Optional.empty() : Optional.of(claimantsNamed.get(claimantsNamed.size() - 1));
        }

        /**
         * The latest claimant named in full whose last word is {@code surname}: "Halabi added" after
         * "Mohammad al-Halabi told". Looked up by last word, as an article may name thousands.
         */
        Optional<String> fullName(String surname) {
            int latest = Math.max(bySpacedSurname.getOrDefault(surname, -1), Math.max(
                    byHyphenedSurname.getOrDefault(surname, -1), byHyphenedSurname.getOrDefault(surname.toLowerCase(java.util.Locale.ROOT), -1)));
            return latest < 0 ? Optional.empty() : Optional.of(claimantsNamed.get(latest));
        }
    }

    private Context read(ClaimExtractor.Read r, Named s, Article article) {
        Candidate c = r.candidate();
        int size = r.tokens().size();
        int fig = c.figure().first();
        ActorReader.Names names = s.names();
        Attributed perpetrator = actors.perpetrator(names, c.clauseFrom(), c.clauseTo(), fig, s.victims(), s.reporter())
                .map(f -> Attributed.of("perpetrator", government(f.name(), article), f.rule()))
                .or(() -> actors.agentNoun(names, c.clauseFrom(), c.clauseTo(), fig).map(f -> Attributed.of("perpetrator", f.name(), f.rule())))
                .or(() -> actors.perpetrator(names, 0, size, fig, s.victims(), s.reporter())
                        .map(f -> Attributed.of("perpetrator", government(f.name(), article), f.rule() + "-in-sentence")))
                .orElse(Attributed.none("perpetrator"));
        Attributed means = actors.means(names, c.clauseFrom(), c.clauseTo(), fig, c.headEnd()).map(f -> Attributed.of("means", f.name(), "in-clause"))
                .or(() -> actors.means(names, 0, size, fig, c.headEnd()).map(f -> Attributed.of("means", f.name(), "in-sentence")))
                .or(() -> c.outcome().filter(o -> o == Outcome.ABDUCTED).map(o -> Attributed.of("means", "kidnapping", "abduction")))
                .orElse(Attributed.none("means"));
        // barrel bombs are dropped from helicopters: only a state's air force has them where the war is fought
        if (perpetrator.isEmpty() && means.value().filter(BARREL_BOMB::equals).isPresent()) {
            perpetrator = Attributed.of("perpetrator", article.government(), "barrel-bombs-are-the-air-forces");
        }
        return new Context(perpetrator, means, claimant(s, c, article));
    }

    private static final String BARREL_BOMB = "barrel bomb";

    /** The name with the article's government for the placeholder, alone or one of two sides ("Russia and @government"). */
    private static String government(String name, Article article) {
        if (!name.contains(ActorReader.GOVERNMENT)) return name;
        String named = name.replace(ActorReader.GOVERNMENT, article.government());
        // "the Syrian regime army": the government named twice is one side
        for (String joint : List.of(" and ", " or ")) {
            String[] sides = named.split(joint);
            if (sides.length == 2 && sides[0].equals(sides[1])) return sides[0];
        }
        return named;
    }

    /**
     * Who says so: the attribution nearest the figure in its sentence; one that reads as a passive ("listed
     * by relief agencies") speaks for its own clause only.
     */
    private static Attributed claimant(Named s, Candidate candidate, Article article) {
        List<ClaimantReader.Claimant> own = s.claimants().stream()
                .filter(a -> !a.rule().equals("reported-by") || a.at() >= candidate.clauseFrom() && a.at() < candidate.clauseTo())
                .toList();
        Optional<ClaimantReader.Claimant> nearest = ClaimantReader.nearest(own, candidate.figure().first()).or(s::sourceLine);
        if (nearest.isEmpty()) return Attributed.none("claimant");
        ClaimantReader.Claimant c = nearest.get();
        if (c.pronoun()) {
            return article.lastClaimant().map(n -> Attributed.of("claimant", n, "pronoun-antecedent"))
                    .or(() -> c.name().map(n -> Attributed.of("claimant", n, c.rule()))).orElse(Attributed.none("claimant"));
        }
        String name = c.name().orElseThrow();
        if (!name.contains(" ") && Character.isUpperCase(name.charAt(0))) {
            Optional<String> full = article.fullName(name);
            if (full.isPresent()) return Attributed.of("claimant", full.get(), "earlier-full-name");
        }
        return Attributed.of("claimant", name, c.rule());
    }
}
