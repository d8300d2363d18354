package dev.tally.extract.claim;

import dev.tally.extract.number.Token;
import dev.tally.model.Actor;
import dev.tally.model.Outcome;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fills each claim's perpetrator, means and claimant: from its clause, then its sentence, then the
 * claim it continues; a perpetrator or means the article gives no claim of its own is the one its
 * other claims name most (an article about a campaign names the campaign's actor once or twice).
 * Thread-safe.
 */
final class Attribution {
    /** Who did it, how, and who says so, for one claim. */
    record Context(Optional<String> perpetrator, Optional<String> means, Optional<String> claimant) {
        static final Context NONE = new Context(Optional.empty(), Optional.empty(), Optional.empty());

        Actor actor() {
            return new Actor(perpetrator, means);
        }
    }

    private final ActorReader actors = new ActorReader();
    private final ClaimantReader claimants = new ClaimantReader();

    /** One context per read, in order; {@code leads.get(i)} is the index of the read that read i continues, or -1. */
    List<Context> attribute(List<ClaimExtractor.Read> reads, List<String> sentences, List<Integer> leads) {
        List<Context> own = new ArrayList<>();
        // the reads of one sentence share its tokens: its names and attributions are read once for all of them
        Map<List<Token>, Named> named = new java.util.IdentityHashMap<>();
        for (int i = 0; i < reads.size(); i++) {
            ClaimExtractor.Read r = reads.get(i);
            Named s = named.computeIfAbsent(r.tokens(), t -> named(t, sentences.get(r.candidate().sentence())));
            Context c = read(r, s);
            int lead = leads.get(i);
            if (lead >= 0) {
                Context l = own.get(lead);
                c = new Context(c.perpetrator().or(l::perpetrator), c.means().or(l::means), c.claimant().or(l::claimant));
            }
            own.add(c);
        }
        Optional<String> perpetrator = mostNamed(own, Context::perpetrator);
        Optional<String> means = mostNamed(own, Context::means);
        List<Context> out = new ArrayList<>();
        for (Context c : own) out.add(new Context(c.perpetrator().or(() -> perpetrator), c.means().or(() -> means), c.claimant()));
        return out;
    }

    /** What one sentence names: actors at each token, and its attributions. */
    private record Named(ActorReader.Names names, List<ClaimantReader.Claimant> claimants) {}

    private Named named(List<Token> t, String text) {
        return new Named(actors.names(t), claimants.all(text, t));
    }

    private Context read(ClaimExtractor.Read r, Named s) {
        Candidate c = r.candidate();
        int size = r.tokens().size();
        int fig = c.figure().first();
        ActorReader.Names names = s.names();
        Optional<String> perpetrator = actors.perpetrator(names, c.clauseFrom(), c.clauseTo(), fig, c.headEnd(), fig)
                .map(ActorReader.Found::name);
        Optional<String> means = actors.means(names, c.clauseFrom(), c.clauseTo(), fig).or(() -> actors.means(names, 0, size, fig))
                .map(ActorReader.Found::name)
                .or(() -> c.outcome().filter(o -> o == Outcome.ABDUCTED).map(o -> "kidnapping"));
        Optional<String> name = ClaimantReader.nearest(s.claimants(), fig).flatMap(ClaimantReader.Claimant::name);
        return new Context(perpetrator, means, name);
    }

    private static Optional<String> mostNamed(List<Context> contexts, java.util.function.Function<Context, Optional<String>> field) {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        for (Context c : contexts) {
            Optional<String> v = field.apply(c);
            if (v.isEmpty()) continue;
            int n = counts.merge(v.get(), 1, Integer::sum);
            if (best == null || n > counts.get(best)) best = v.get();
        }
        return Optional.ofNullable(best);
    }
}
