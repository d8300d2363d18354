package dev.tally.resolve;

import dev.tally.model.Actor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which perpetrators and means may be one event's, read once from {@code actor-families.txt}: names
 * are compatible when equal, when one's words contain the other's ("iraqi forces", "iraqi government
 * forces"), when they share a family ("US", "US-led coalition"), when either is unknown, or when one is a
 * vague label for an armed group ("terrorists") and the other no state's forces.
 * Immutable and thread-safe.
 */
final class ActorFamilies {
    private static final String RESOURCE = "actor-families.txt";
    static final ActorFamilies DEFAULT = load();

    private final Map<TextKey, Set<Integer>> perpetrators;
    private final Map<TextKey, Set<Integer>> means;
    /** Labels that say only that the actor is armed and not a state ("terrorists" in state media): any such group may be meant. */
    private final Set<TextKey> vague;
    /** The families and names of states' forces, which no vague label stands for. */
    private final Set<Integer> stateFamilies;
    private final Set<TextKey> states;

    private ActorFamilies(Map<TextKey, Set<Integer>> perpetrators, Map<TextKey, Set<Integer>> means, Set<TextKey> vague, Set<TextKey> states) {
        this.perpetrators = perpetrators;
        this.means = means;
        this.vague = vague;
        this.states = states;
        Set<Integer> families = new HashSet<>();
        for (TextKey state : states) families.addAll(perpetrators.getOrDefault(state, Set.of()));
        this.stateFamilies = Set.copyOf(families);
    }

    /**
     * True when the two perpetrators may be one (either unknown, or of one family). Means never rule
     * out one event: one report's "shelling" is another's "bombardment" or "explosion".
     */
    boolean compatible(Actor a, Actor b) {
        if (a.perpetrator().isPresent() && b.perpetrator().isPresent()) {
            TextKey x = TextKey.of(a.perpetrator().get());
            TextKey y = TextKey.of(b.perpetrator().get());
            // "rebel fire" and "a terrorist rocket attack" may be one attack; "terrorists" and "Russian jets" may not
            if (vague.contains(x) && !state(y) || vague.contains(y) && !state(x)) return true;
        }
        return fits(a.perpetrator(), b.perpetrator(), perpetrators);
    }

    private boolean state(TextKey name) {
        if (states.contains(name)) return true;
        for (int family : perpetrators.getOrDefault(name, Set.of())) {
            if (stateFamilies.contains(family)) return true;
        }
        return false;
    }

    /**
     * The first means, as each side names it, that a claim of {@code a} and one of {@code b} share ("drone strike",
     * "airstrike"): evidence for a link, never a veto. Empty when none do.
     */
    Optional<List<String>> meansInCommon(List<Mention> a, List<Mention> b) {
        for (Mention x : a) {
            for (Mention y : b) {
                Optional<String> m = x.claim().actor().means(), n = y.claim().actor().means();
                if (m.isPresent() && n.isPresent() && fits(m, n, means)) return Optional.of(List.of(m.get(), n.get()));
            }
        }
        return Optional.empty();
    }

    private static boolean fits(Optional<String> a, Optional<String> b, Map<TextKey, Set<Integer>> families) {
        if (a.isEmpty() || b.isEmpty()) return true;
        TextKey x = TextKey.of(a.get());
        TextKey y = TextKey.of(b.get());
        if (x.isEmpty() || y.isEmpty() || x.equals(y) || x.nests(y)) return true;
        Set<Integer> shared = new HashSet<>(families.getOrDefault(x, Set.of()));
        shared.retainAll(families.getOrDefault(y, Set.of()));
        return !shared.isEmpty();
    }

    private static ActorFamilies load() {
        Map<String, Map<TextKey, Set<Integer>>> byField = Map.of("perpetrator", new HashMap<>(), "means", new HashMap<>());
        Map<String, Set<TextKey>> lists = Map.of("vague", new HashSet<>(), "state", new HashSet<>());
        List<String> lines = lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int colon = line.indexOf(':');
            Set<TextKey> list = colon < 0 ? null : lists.get(line.substring(0, colon).strip());
            if (list != null) {
                for (String name : line.substring(colon + 1).split("\\|")) list.add(TextKey.of(name));
                continue;
            }
            Map<TextKey, Set<Integer>> family = colon < 0 ? null : byField.get(line.substring(0, colon).strip());
            if (family == null) {
                throw new IllegalStateException(RESOURCE + ":" + (i + 1) + ": a line must start with 'perpetrator:', 'means:', 'vague:' or 'state:'; got '" + line + "'");
            }
            for (String name : line.substring(colon + 1).split("\\|")) {
                family.computeIfAbsent(TextKey.of(name), k -> new HashSet<>()).add(i);
            }
        }
        return new ActorFamilies(freeze(byField.get("perpetrator")), freeze(byField.get("means")), Set.copyOf(lists.get("vague")),
                Set.copyOf(lists.get("state")));
    }

    private static Map<TextKey, Set<Integer>> freeze(Map<TextKey, Set<Integer>> map) {
        Map<TextKey, Set<Integer>> copy = new HashMap<>();
        map.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
        return Map.copyOf(copy);
    }

    private static List<String> lines() {
        try (InputStream in = ActorFamilies.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " must be on the class path next to " + ActorFamilies.class.getName() + "; got nothing");
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) lines.add(line);
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE + " failed", e);
        }
    }
}
