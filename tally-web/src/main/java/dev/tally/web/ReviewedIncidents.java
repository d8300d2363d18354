package dev.tally.web;

import dev.tally.resolve.IncidentResolver;
import dev.tally.store.ClaimReview;
import dev.tally.store.IncidentDecision;
import dev.tally.model.IncidentRecord;
import dev.tally.model.StoredClaim;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The ledger as analysts reviewed it, computed from what was extracted and never written over it:
 * claims with their reviewed count, date and place; rejected claims left out of every incident;
 * merges and splits applied in the order they were made; and every incident that any of this touched
 * rebuilt from its claims by {@link IncidentResolver#incident}. Incidents nothing touched are the
 * resolver's, unchanged.
 *
 * <p>A merge joins every incident holding one of its claims under the smallest of their keys; a split
 * moves its claims to a new incident keyed {@code <old key>-split<decision id>}.
 *
 * @param claims    every claim with its reviews applied, by row id (rejected ones included, for display)
 * @param reviews   the reviews in force, by claim row id and field
 * @param incidents the reviewed incidents, sorted by key
 * @param touched   keys of incidents that differ from the resolver's because of review
 */
record ReviewedIncidents(Map<Long, StoredClaim> claims, Map<Long, Map<ClaimReview.Field, ClaimReview>> reviews,
                         List<IncidentRecord> incidents, Set<String> touched) {

    static ReviewedIncidents of(Collection<StoredClaim> extracted, List<IncidentRecord> resolved, List<ClaimReview> reviewList,
                                List<IncidentDecision> decisions, IncidentResolver resolver) {
        Map<Long, Map<ClaimReview.Field, ClaimReview>> reviews = new HashMap<>();
        for (ClaimReview r : reviewList) reviews.computeIfAbsent(r.claimId(), k -> new EnumMap<>(ClaimReview.Field.class)).put(r.field(), r);
        Map<Long, StoredClaim> claims = new HashMap<>();
        for (StoredClaim c : extracted) {
            Map<ClaimReview.Field, ClaimReview> own = reviews.get(c.id());
            claims.put(c.id(), own == null ? c : c.with(ReviewValues.apply(c.claim(), own)));
        }
        Membership members = new Membership(resolved);
        for (IncidentDecision d : decisions) members.apply(d);
        reviews.forEach((claim, own) -> {
            boolean rejected = own.containsKey(ClaimReview.Field.STATUS) && own.get(ClaimReview.Field.STATUS).value().equals(ReviewValues.REJECTED);
            boolean corrected = own.keySet().stream().anyMatch(f -> f != ClaimReview.Field.STATUS);
            if (rejected) members.remove(claim);
            else if (corrected) members.touch(claim);
        });
        Map<String, IncidentRecord> byKey = new HashMap<>();
        for (IncidentRecord i : resolved) byKey.put(i.key(), i);
        List<IncidentRecord> incidents = new ArrayList<>();
        members.incidents.forEach((key, ids) -> {
            if (ids.isEmpty()) return;
            if (!members.touched.contains(key)) incidents.add(byKey.get(key));
            else incidents.add(resolver.incident(key, ids.stream().map(claims::get).toList()));
        });
        incidents.sort(Comparator.comparing(IncidentRecord::key));
        Set<String> touched = new HashSet<>(members.touched);
        return new ReviewedIncidents(Map.copyOf(claims), Map.copyOf(reviews), List.copyOf(incidents), Set.copyOf(touched));
    }

    /** Which claims make which incident, as decisions change it. */
    private static final class Membership {
        final Map<String, Set<Long>> incidents = new TreeMap<>();
        final Map<Long, String> owner = new HashMap<>();
        final Set<String> touched = new HashSet<>();

        Membership(List<IncidentRecord> resolved) {
            for (IncidentRecord i : resolved) {
                incidents.put(i.key(), new LinkedHashSet<>(i.claims()));
                for (long c : i.claims()) owner.put(c, i.key());
            }
        }

        void apply(IncidentDecision d) {
            if (d.kind() == IncidentDecision.Kind.MERGE) merge(d);
            else split(d);
        }

        private void merge(IncidentDecision d) {
            Set<String> keys = new java.util.TreeSet<>();
            for (long c : d.claims()) if (owner.containsKey(c)) keys.add(owner.get(c));
            String target = keys.isEmpty() ? "merged" + d.id() : keys.iterator().next();
            Set<Long> all = incidents.computeIfAbsent(target, k -> new LinkedHashSet<>());
            for (String key : keys) {
                if (key.equals(target)) continue;
                all.addAll(incidents.get(key));
                incidents.get(key).clear();
                touched.add(key);
            }
            all.addAll(d.claims());
            for (long c : all) owner.put(c, target);
            touched.add(target);
        }

        private void split(IncidentDecision d) {
            String from = d.claims().stream().map(owner::get).filter(java.util.Objects::nonNull).findFirst().orElse("incident");
            String key = from + "-split" + d.id();
            for (long c : d.claims()) remove(c);
            Set<Long> moved = incidents.computeIfAbsent(key, k -> new LinkedHashSet<>());
            for (long c : d.claims()) {
                moved.add(c);
                owner.put(c, key);
            }
            touched.add(key);
        }

        void remove(long claim) {
            String key = owner.remove(claim);
            if (key == null) return;
            incidents.get(key).remove(claim);
            touched.add(key);
        }

        void touch(long claim) {
            String key = owner.get(claim);
            if (key != null) touched.add(key);
        }
    }
}
