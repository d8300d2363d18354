package dev.tally.cli;

import dev.tally.model.Claim;
import dev.tally.model.Place;
import dev.tally.model.IncidentRecord;
import dev.tally.store.Ledger;
import dev.tally.model.StoredClaim;
import dev.tally.store.StoredDocument;
import dev.tally.web.ReviewedLedger;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** The ledger's incidents with the claims and documents they rest on, read once, for the query and export commands. */
final class LedgerView {
    private final List<IncidentRecord> incidents;
    private final Map<Long, StoredClaim> claims = new HashMap<>();
    private final Map<Long, StoredDocument> documents = new HashMap<>();

    /** With {@code reviewed}, the claims and incidents as analysts reviewed them; else as extracted and resolved. */
    LedgerView(Ledger ledger, boolean reviewed) {
        List<StoredClaim> extracted = ledger.claims();
        if (reviewed) {
            ReviewedLedger r = ReviewedLedger.of(ledger, extracted);
            this.incidents = r.incidents();
            claims.putAll(r.claims());
        } else {
            this.incidents = ledger.incidents();
            for (StoredClaim c : extracted) claims.put(c.id(), c);
        }
        for (StoredDocument d : ledger.documents()) documents.put(d.id(), d);
    }

    /** Incidents that pass the filters (each optional), in key order. */
    List<IncidentRecord> incidents(Optional<String> country, Optional<LocalDate> from, Optional<LocalDate> to) {
        return incidents.stream()
                .filter(i -> country.isEmpty() || i.place().country().map(c -> c.equalsIgnoreCase(country.get())).orElse(false))
                .filter(i -> from.isEmpty() || i.date().end().map(d -> !d.isBefore(from.get())).orElse(false))
                .filter(i -> to.isEmpty() || i.date().start().map(d -> !d.isAfter(to.get())).orElse(false))
                .toList();
    }

    Optional<IncidentRecord> incident(String key) {
        return incidents.stream().filter(i -> i.key().equals(key)).findFirst();
    }

    Claim claim(long id) {
        return claims.get(id).claim();
    }

    /** The documents an incident rests on: their names (URLs for web documents), sorted. */
    List<String> documents(IncidentRecord i) {
        TreeSet<String> names = new TreeSet<>();
        for (long id : i.claims()) {
            StoredDocument d = documents.get(claims.get(id).documentId());
            names.add(d.meta().getOrDefault("url", d.name()));
        }
        return List.copyOf(names);
    }

    /** The outlets of an incident's documents where known, else the document names. */
    List<String> sources(IncidentRecord i) {
        TreeSet<String> names = new TreeSet<>();
        for (long id : i.claims()) {
            StoredDocument d = documents.get(claims.get(id).documentId());
            names.add(d.meta().getOrDefault("outlet", d.meta().getOrDefault("url", d.name())));
        }
        return List.copyOf(names);
    }

    List<String> claimIds(List<Long> rowIds) {
        return rowIds.stream().map(id -> claims.get(id).claim().id()).toList();
    }

    static String placeName(Place p) {
        return p.name().or(p::text).orElse("");
    }
}
