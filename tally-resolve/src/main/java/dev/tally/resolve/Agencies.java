package dev.tally.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The sources a claimant names, read once from {@code agencies.tsv} (alias, tab, source) and
 * completed with the ledger's own outlet names: "the Britain-based Syrian Observatory" names
 * {@code sohr}, "state news agency SANA" names {@code sana}. A claim that names a source repeats
 * that source's figure and is not independent of it. Immutable and thread-safe.
 */
final class Agencies {
    private static final String RESOURCE = "agencies.tsv";
    private static final List<Alias> LISTED = load();

    /** An alias as a padded key (" syrian observatory ") and the source it names. */
    private record Alias(String padded, String source) {
    }

    private final List<Alias> aliases;

    private Agencies(List<Alias> aliases) {
        this.aliases = aliases;
    }

    /** The listed agencies and these outlets (each its own source, named by its key), longest alias first. */
    static Agencies with(Collection<String> outlets) {
        List<Alias> all = new ArrayList<>(LISTED);
        for (String outlet : outlets) {
            TextKey key = TextKey.of(outlet);
            if (!key.isEmpty()) all.add(new Alias(" " + key.value() + " ", key.value()));
        }
        all.sort(Comparator.comparingInt((Alias a) -> a.padded().length()).reversed());
        return new Agencies(List.copyOf(all));
    }

    /** The source the claimant names, if any alias occurs in it as whole words. */
    Optional<String> named(String claimant) {
        String padded = " " + TextKey.of(claimant).value() + " ";
        for (Alias a : aliases) {
            if (padded.contains(a.padded())) return Optional.of(a.source());
        }
        return Optional.empty();
    }

    private static List<Alias> load() {
        try (InputStream in = Agencies.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " must be on the class path next to " + Agencies.class.getName() + "; got nothing");
            List<Alias> aliases = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int n = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                if (cols.length != 2 || cols[0].isBlank() || cols[1].isBlank()) {
                    throw new IllegalStateException(RESOURCE + ":" + n + ": a line must be 'alias<TAB>source'; got '" + line + "'");
                }
                aliases.add(new Alias(" " + TextKey.of(cols[0]).value() + " ", TextKey.of(cols[1]).value()));
            }
            return List.copyOf(aliases);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE + " failed", e);
        }
    }
}
