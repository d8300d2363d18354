package dev.tally.web;

import dev.tally.model.Claim;
import dev.tally.model.Outcome;
import dev.tally.model.IncidentRecord;
import dev.tally.model.StoredClaim;
import dev.tally.store.StoredDocument;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;

/**
 * One set of incidents (extracted or reviewed) with the claims they rest on and what queries need
 * precomputed: each incident's lower-case search text and its killed range. Immutable, thread-safe.
 */
final class IncidentView {
    private final List<IncidentRecord> incidents;
    private final Map<String, IncidentRecord> byKey = new HashMap<>();
    private final Map<Long, String> incidentOf = new HashMap<>();
    private final Map<String, String> searchText = new HashMap<>();
    private final Map<String, Range> killed = new HashMap<>();
    /** The incidents in each order the list offers, sorted once here so that no request sorts. */
    private final Map<String, List<IncidentRecord>> orders = new HashMap<>();
    private final Map<Long, StoredClaim> claims;
    private final Map<Long, StoredDocument> documents;

    IncidentView(List<IncidentRecord> incidents, Map<Long, StoredClaim> claims, Map<Long, StoredDocument> documents) {
        this.incidents = List.copyOf(incidents);
        this.claims = claims;
        this.documents = documents;
        for (IncidentRecord i : incidents) {
            byKey.put(i.key(), i);
            for (long c : i.claims()) incidentOf.put(c, i.key());
            searchText.put(i.key(), search(i));
            killed.put(i.key(), range(i, Outcome.KILLED));
        }
        Comparator<IncidentRecord> newest = Comparator
                .comparing((IncidentRecord i) -> i.date().start().orElse(LocalDate.MIN), Comparator.reverseOrder())
                .thenComparing(IncidentRecord::key);
        List<IncidentRecord> byNewest = this.incidents.stream().sorted(newest).toList();
        orders.put("-date", byNewest);
        orders.put("date", reversed(byNewest));
        orders.put("killed", this.incidents.stream().sorted(Comparator.comparingLong((IncidentRecord i) -> -killed.get(i.key()).largest())
                .thenComparing(IncidentRecord::key)).toList());
        orders.put("id", this.incidents);
    }

    /** The incidents in one of the list's orders: {@code -date} (newest first), {@code date}, {@code killed} (most first), {@code id}. */
    List<IncidentRecord> ordered(String order) {
        List<IncidentRecord> list = orders.get(order);
        if (list == null) throw new IllegalArgumentException("order must be -date, date, killed or id; got '" + order + "'");
        return list;
    }

    /** The incident's killed range over all victims (see {@link #range}), computed once. */
    Range killed(IncidentRecord i) {
        return killed.get(i.key());
    }

    private static List<IncidentRecord> reversed(List<IncidentRecord> list) {
        List<IncidentRecord> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return List.copyOf(copy);
    }

    List<IncidentRecord> incidents() {
        return incidents;
    }

    Optional<IncidentRecord> incident(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The key of the incident a claim belongs to in this view. */
    Optional<String> incidentOf(long claimId) {
        return Optional.ofNullable(incidentOf.get(claimId));
    }

    StoredClaim claim(long id) {
        return claims.get(id);
    }

    Map<Long, StoredClaim> claims() {
        return claims;
    }

    String searchText(IncidentRecord i) {
        return searchText.get(i.key());
    }

    /** The documents an incident rests on, by id. */
    List<StoredDocument> documents(IncidentRecord i) {
        TreeSet<Long> ids = new TreeSet<>();
        for (long c : i.claims()) ids.add(claims.get(c).documentId());
        List<StoredDocument> docs = new ArrayList<>();
        for (long id : ids) docs.add(documents.get(id));
        return Collections.unmodifiableList(docs);
    }

    /** Outlets where known, else the documents' names, sorted. */
    List<String> sources(IncidentRecord i) {
        TreeSet<String> names = new TreeSet<>();
        for (StoredDocument d : documents(i)) names.add(d.meta().getOrDefault("outlet", d.meta().getOrDefault("url", d.name())));
        return List.copyOf(names);
    }

    /**
     * The incident's range for one outcome over all victims: lower bounds added up (an open lower
     * bound counts its upper), upper bounds added up, empty when any figure's upper bound is open.
     */
    static Range range(IncidentRecord i, Outcome outcome) {
        long min = 0;
        long max = 0;
        boolean any = false;
        boolean open = false;
        for (IncidentRecord.Figure f : i.figures()) {
            if (f.outcome() != outcome) continue;
            any = true;
            min += f.min().orElse(f.max().orElse(0));
            if (f.max().isPresent()) max += f.max().getAsLong(); else open = true;
        }
        if (!any) return Range.NONE;
        return new Range(OptionalLong.of(min), open ? OptionalLong.empty() : OptionalLong.of(max));
    }

    /** A range of people; both empty when there is no figure. */
    record Range(OptionalLong min, OptionalLong max) {
        static final Range NONE = new Range(OptionalLong.empty(), OptionalLong.empty());

        /** The largest number any bound states, for sizing and thresholds. */
        long largest() {
            return Math.max(min.orElse(0), max.orElse(0));
        }
    }

    private String search(IncidentRecord i) {
        StringBuilder s = new StringBuilder(i.key()).append(' ');
        i.place().name().ifPresent(n -> s.append(n).append(' '));
        i.place().text().ifPresent(n -> s.append(n).append(' '));
        i.actor().perpetrator().ifPresent(n -> s.append(n).append(' '));
        i.actor().means().ifPresent(n -> s.append(n).append(' '));
        for (long id : i.claims()) {
            Claim c = claims.get(id).claim();
            s.append(c.doc()).append(' ').append(c.sentence()).append(' ');
            c.claimant().ifPresent(n -> s.append(n).append(' '));
        }
        for (String source : sources(i)) s.append(source).append(' ');
        return s.toString().toLowerCase(Locale.ROOT);
    }
}
