package dev.tally.resolve;

import dev.tally.model.Claim;
import dev.tally.model.ClaimKind;
import dev.tally.model.IncidentRecord;
import dev.tally.model.StoredClaim;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

/**
 * Each outlet's track record and each document's consistency with the other independent sources of
 * its incidents (method and limits: docs/OUTLETS.md). Only incident claims count: an aggregate
 * ("400,000 killed since 2011") is no report of one event. Pure: computed once from the ledger's
 * documents, claims and incidents; immutable and thread-safe after.
 */
public final class TrackRecords {
    private final Map<String, OutletRecord> outlets;
    private final Map<Long, Consistency> consistency;

    private TrackRecords(Map<String, OutletRecord> outlets, Map<Long, Consistency> consistency) {
        this.outlets = outlets;
        this.consistency = consistency;
    }

    /** Track records from these documents, claims and incidents (claims name incidents by key). */
    public static TrackRecords of(Collection<SourceDocument> documents, Collection<StoredClaim> claims, Collection<IncidentRecord> incidents) {
        Map<Long, SourceDocument> docs = new LinkedHashMap<>();
        for (SourceDocument d : documents) docs.put(d.id(), d);
        Agencies agencies = Agencies.with(docs.values().stream().map(SourceDocument::outlet).toList());
        Map<Long, StoredClaim> byId = new HashMap<>();
        for (StoredClaim c : claims) byId.put(c.id(), c);

        Map<String, Tally> tallies = new TreeMap<>();
        Map<Long, Integer[]> agreement = new HashMap<>();
        Map<Long, List<String>> disagreements = new HashMap<>();
        for (SourceDocument d : docs.values()) tallies.computeIfAbsent(d.outlet(), o -> new Tally()).documents++;
        for (StoredClaim c : claims) {
            SourceDocument d = docs.get(c.documentId());
            if (d != null) tallies.get(d.outlet()).claims++;
        }
        for (IncidentRecord incident : incidents) {
            Map<Long, List<Claim>> byDocument = new TreeMap<>();
            for (long id : incident.claims()) {
                StoredClaim c = byId.get(id);
                if (c == null || !docs.containsKey(c.documentId()) || c.claim().kind() != ClaimKind.INCIDENT) continue;
                byDocument.computeIfAbsent(c.documentId(), k -> new ArrayList<>()).add(c.claim());
            }
            if (byDocument.isEmpty()) continue;
            IncidentSources sources = new IncidentSources(incident, byDocument, docs, agencies);
            tallyIncident(sources, tallies);
            for (IncidentSources.Report r : sources.reports()) {
                long id = r.document().id();
                Integer[] counts = agreement.computeIfAbsent(id, k -> new Integer[] {0, 0});
                List<String> why = disagreements.computeIfAbsent(id, k -> new ArrayList<>());
                for (FigureCheck f : sources.figureChecks(r)) {
                    counts[0]++;
                    if (f.verdict() == FigureCheck.Verdict.WITHIN) counts[1]++;
                    else why.add(f.reason());
                    tallies.get(r.document().outlet()).checks.add(f);
                }
                for (IncidentSources.FieldCheck f : sources.fieldChecks(r)) {
                    counts[0]++;
                    if (f.agrees()) counts[1]++;
                    else why.add(f.reason());
                }
            }
        }
        Map<Long, Consistency> consistency = new HashMap<>();
        for (SourceDocument d : docs.values()) {
            Integer[] counts = agreement.get(d.id());
            consistency.put(d.id(), counts == null
                    ? Consistency.none("nothing to compare: none of its claims is in an incident")
                    : Consistency.of(counts[0], counts[1], disagreements.get(d.id())));
        }
        Map<String, OutletRecord> records = new LinkedHashMap<>();
        tallies.forEach((outlet, t) -> records.put(outlet, t.record(outlet)));
        return new TrackRecords(records, consistency);
    }

    /** Every outlet's record, by name. */
    public List<OutletRecord> outlets() {
        return List.copyOf(outlets.values());
    }

    /** The record of the outlet with exactly this name. */
    public Optional<OutletRecord> outlet(String name) {
        return Optional.ofNullable(outlets.get(name));
    }

    /** The document's consistency; for a document these records were not built from, no score and why. */
    public Consistency consistency(long documentId) {
        return consistency.getOrDefault(documentId, Consistency.none("nothing to compare: the document is not in these records"));
    }

    /** Counts incidents per outlet, and whether it reported first among the independent sources and how long after. */
    private static void tallyIncident(IncidentSources sources, Map<String, Tally> tallies) {
        Map<String, List<IncidentSources.Report>> byOutlet = new TreeMap<>();
        for (IncidentSources.Report r : sources.reports()) byOutlet.computeIfAbsent(r.document().outlet(), k -> new ArrayList<>()).add(r);
        byOutlet.forEach((outlet, mine) -> {
            Tally t = tallies.get(outlet);
            t.incidents++;
            Set<IncidentSources.Report> others = new HashSet<>();
            for (IncidentSources.Report r : mine) others.addAll(sources.independentOf(r));
            if (others.isEmpty()) return;
            t.compared++;
            Optional<LocalDate> mineFirst = earliest(mine), othersFirst = earliest(others);
            if (mineFirst.isEmpty() || othersFirst.isEmpty()) return;
            long delay = ChronoUnit.DAYS.between(othersFirst.get(), mineFirst.get());
            if (delay <= 0) t.first++;
            t.delays.add(Math.max(0, delay));
        });
    }

    private static Optional<LocalDate> earliest(Collection<IncidentSources.Report> reports) {
        return reports.stream().map(r -> r.document().published()).flatMap(Optional::stream).min(Comparator.naturalOrder());
    }

    /** One outlet's counts while they are being made. */
    private static final class Tally {
        int documents, claims, incidents, compared, first;
        final List<Long> delays = new ArrayList<>();
        final List<FigureCheck> checks = new ArrayList<>();

        OutletRecord record(String outlet) {
            checks.sort(Comparator.comparing((FigureCheck c) -> c.date().orElse(LocalDate.MAX)).thenComparing(FigureCheck::incident)
                    .thenComparingLong(FigureCheck::document).thenComparing(FigureCheck::outcome));
            return new OutletRecord(outlet, documents, claims, incidents, compared, first, median(delays), checks);
        }

        private static OptionalDouble median(List<Long> values) {
            if (values.isEmpty()) return OptionalDouble.empty();
            List<Long> sorted = values.stream().sorted().toList();
            int n = sorted.size();
            return OptionalDouble.of(n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0);
        }
    }
}
