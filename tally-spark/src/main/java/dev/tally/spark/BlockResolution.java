package dev.tally.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tally.model.Claim;
import dev.tally.model.IncidentRecord;
import dev.tally.model.StoredClaim;
import dev.tally.resolve.IncidentResolver;
import dev.tally.web.ClaimJson;
import dev.tally.web.IncidentLines;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Incident resolution of one block (see {@link BlockKeys}): the single-machine {@link IncidentResolver} run on
 * the claims of every document the block received. A block keeps only the incidents it owns, those whose
 * earliest claim block is this block, so an incident seen by two overlapping blocks is written once; keys are
 * numbered afterwards across all blocks ({@link #renumber}) exactly as the resolver numbers them. Stateless.
 */
final class BlockResolution {
    /** An owned incident before numbering: its key's prefix, its first claim in text order, and its line. */
    record Owned(String prefix, String firstDoc, int firstStart, String firstId, String line) implements Serializable {
        static final Comparator<Owned> TEXT_ORDER = Comparator.comparing(Owned::firstDoc).thenComparingInt(Owned::firstStart)
                .thenComparing(Owned::firstId);
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final IncidentResolver RESOLVER = new IncidentResolver();

    private BlockResolution() {
    }

    /** The incidents {@code block} owns among those the claims of {@code docs} make. */
    static List<Owned> resolve(String block, Iterable<DocClaims> docs) {
        ClaimJson json = new ClaimJson();
        List<Claim> claims = new ArrayList<>();
        Map<Claim, String> blockOf = new HashMap<>();
        Map<String, Optional<LocalDate>> published = new HashMap<>();
        for (DocClaims doc : docs) {
            List<Claim> mine = doc.claims().stream().map(json::claim).toList();
            Optional<LocalDate> day = Optional.ofNullable(doc.published()).map(LocalDate::parse);
            Map<String, List<String>> blocks = BlockKeys.claimBlocks(mine, day);
            for (Claim c : mine) {
                blockOf.put(c, blocks.get(c.id()).get(0));
                published.put(c.doc(), day);
            }
            claims.addAll(mine);
        }
        List<StoredClaim> stored = stored(claims, published);
        List<Owned> owned = new ArrayList<>();
        IncidentLines lines = new IncidentLines();
        for (IncidentRecord incident : RESOLVER.resolve(stored)) {
            List<Claim> members = incident.claims().stream().map(id -> stored.get(id.intValue()).claim()).toList();
            String owner = members.stream().map(blockOf::get).min(Comparator.naturalOrder()).orElseThrow();
            if (!owner.equals(block)) continue;
            Claim first = members.stream().min(Comparator.comparing(Claim::doc).thenComparingInt((Claim c) -> c.evidence().start())
                    .thenComparing(Claim::id)).orElseThrow();
            String key = incident.key();
            owned.add(new Owned(key.substring(0, key.lastIndexOf('-')), first.doc(), first.evidence().start(), first.id(),
                    lines.line(incident, id -> ref(stored.get((int) id).claim()))));
        }
        return owned;
    }

    /**
     * The claims with row ids in (document, claim id) order, so that ids keep the same relative order in any
     * block as across all claims: the resolver then breaks ties the same way here as on one machine. Each
     * carries its document's publication date, as the ledger's claims do (the resolver anchors undated reports
     * to it).
     */
    static List<StoredClaim> stored(List<Claim> claims, Map<String, Optional<LocalDate>> published) {
        List<Claim> sorted = claims.stream().sorted(Comparator.comparing(Claim::doc).thenComparing(Claim::id)).toList();
        List<StoredClaim> stored = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Claim c = sorted.get(i);
            stored.add(new StoredClaim(i, 0, c, Optional.empty(), published.getOrDefault(c.doc(), Optional.empty())));
        }
        return stored;
    }

    static IncidentLines.Ref ref(Claim c) {
        return new IncidentLines.Ref(c.doc(), c.id());
    }

    /** The lines of incidents sharing one key prefix, keyed {@code prefix-1, -2, ...} in the order of their first claim. */
    static List<String> renumber(Iterable<Owned> samePrefix) {
        List<Owned> ordered = new ArrayList<>();
        samePrefix.forEach(ordered::add);
        ordered.sort(Owned.TEXT_ORDER);
        List<String> lines = new ArrayList<>(ordered.size());
        for (int n = 0; n < ordered.size(); n++) {
            try {
                ObjectNode o = (ObjectNode) JSON.readTree(ordered.get(n).line());
                o.put("key", ordered.get(n).prefix() + "-" + (n + 1));
                lines.add(o.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return lines;
    }
}
