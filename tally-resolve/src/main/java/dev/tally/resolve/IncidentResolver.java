package dev.tally.resolve;

import dev.tally.model.ClaimKind;
import dev.tally.model.IncidentRecord;
import dev.tally.model.StoredClaim;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Resolves the ledger's claims into incidents: which claims, in one article or across articles,
 * speak of one event, with the event's date, place, actor, figure ranges and contradictions.
 *
 * <p>Within a document, claims of one outcome family with overlapping days and the same or nested
 * place are one event; a claim without days or without a place joins the one event it fits best.
 * Across documents, events are compared only within blocks of outcome family, country, day (one
 * day's slack) and place (see {@link CandidateIndex}), so the work grows about linearly with the
 * claims; they merge when days overlap, places are the same, nested or near, victims and figures
 * agree and perpetrators and means are compatible, and never when any member of one would be
 * inconsistent with any member of the other. Claims without a sharp date join another document's
 * event only when it is the one dated event at their place that they fit. Aggregates (totals over
 * a period) are statistics: they get no incident. A wrong merge is worse than a missed one.
 *
 * <p>Deterministic: the same claims in any order give equal incidents in the same order, with keys
 * made of their content ({@code iq-2017-03-17-al-jadida-mosul-1}). Stateless and thread-safe.
 */
public final class IncidentResolver {
    private final DocumentGrouper grouper;
    private final ReportLinker linker;

    public IncidentResolver() {
        this.grouper = new DocumentGrouper(ActorFamilies.DEFAULT);
        this.linker = new ReportLinker(new ReportMatcher(ActorFamilies.DEFAULT));
    }

    /**
     * The incidents these claims make, sorted by key. Every incident claim belongs to exactly one
     * incident, save a document's {@link Background} that no report of its own joined; aggregate
     * claims to none.
     *
     * @param claims the ledger's claims; their row ids must be distinct
     * @throws IllegalArgumentException when two claims share a row id
     */
    public List<IncidentRecord> resolve(List<StoredClaim> claims) {
        requireDistinctIds(claims);
        Set<Report> background = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<EventGroups.Event> events = linker.link(reports(claims, background));
        return IncidentAssembler.assemble(events.stream().filter(e -> !background.containsAll(e.reports())).toList());
    }

    /**
     * One incident made of exactly these claims, under {@code key}: date, place and actor by the same
     * consensus as {@link #resolve}, figure ranges and contradictions from these claims alone. For
     * incidents a reviewer has merged, split or corrected; the claims may be of any kind.
     *
     * @throws IllegalArgumentException when there are no claims or two share a row id
     */
    public IncidentRecord incident(String key, List<StoredClaim> claims) {
        if (claims.isEmpty()) throw new IllegalArgumentException("[" + key + "] an incident needs at least one claim; got none");
        requireDistinctIds(claims);
        return IncidentAssembler.one(key, claims.stream().map(Mention::of).toList());
    }

    /** One document's events at a time, then all reports in text order; each document's background is added to {@code background}. */
    List<Report> reports(List<StoredClaim> claims, Set<Report> background) {
        Map<String, List<Mention>> byDoc = claims.stream()
                .filter(c -> c.claim().kind() == ClaimKind.INCIDENT)
                .map(Mention::of)
                .collect(Collectors.groupingBy(Mention::doc, TreeMap::new, Collectors.toList()));
        List<Report> reports = new ArrayList<>();
        for (List<Mention> mentions : byDoc.values()) {
            List<Report> own = grouper.group(mentions);
            background.addAll(Background.of(own));
            reports.addAll(own);
        }
        reports.sort(Report.TEXT_ORDER);
        return reports;
    }

    private static void requireDistinctIds(List<StoredClaim> claims) {
        Set<Long> seen = new HashSet<>();
        for (StoredClaim c : claims) {
            if (!seen.add(c.id())) {
                throw new IllegalArgumentException("claim row ids must be distinct; got " + c.id() + " twice ([" + c.claim().doc() + "] " + c.claim().id() + ")");
            }
        }
    }
}
