package dev.tally.resolve;

import dev.tally.model.IncidentRecord.Link;
import dev.tally.model.Place;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Says in words why two documents' reports were joined into one incident, for the analyst who must
 * decide whether to trust the join: the days, the place, the victims, the figures, the actor and the
 * means as each side gives them. Stateless.
 */
final class LinkReasons {
    private LinkReasons() {
    }

    /** The link between {@code a} and {@code b}, named by each one's first claim; {@code how} says which pass joined them. */
    static Link of(Report a, Report b, double confidence, String how) {
        List<String> reasons = new ArrayList<>();
        reasons.add(how);
        reasons.add(days(a, b));
        reasons.add(place(a, b));
        victims(a, b).ifPresent(reasons::add);
        reasons.add(ReportMatcher.figuresFit(a, b, 1) ? "figures agree" : "figures within " + ReportMatcher.FIGURE_FACTOR + "x");
        actor(a, b).ifPresent(reasons::add);
        means(a, b).ifPresent(reasons::add);
        return new Link(List.of(a.first().id(), b.first().id()), confidence, String.join("; ", reasons));
    }

    /** "by drone strike on both sides", "means compatible: airstrike and drone strike": evidence, never a veto. */
    private static Optional<String> means(Report a, Report b) {
        return ActorFamilies.DEFAULT.meansInCommon(a.mentions(), b.mentions())
                .map(m -> m.get(0).equals(m.get(1)) ? "by " + m.get(0) + " on both sides" : "means compatible: " + m.get(0) + " and " + m.get(1));
    }

    private static String days(Report a, Report b) {
        if (a.days().isEmpty() || b.days().isEmpty()) return "undated on one side";
        DayRange x = a.days().get();
        DayRange y = b.days().get();
        String dated = a.anchored() || b.anchored() ? " (an undated report taken as of the days before its publication)" : "";
        if (x.equals(y) && x.days() == 1) return "same day " + x.start() + dated;
        return (x.overlaps(y, 0) ? "days overlap: " : "days a day apart: ") + span(x) + " and " + span(y) + dated;
    }

    private static String span(DayRange d) {
        return d.days() == 1 ? d.start().toString() : d.start() + ".." + d.end();
    }

    private static String place(Report a, Report b) {
        PlaceMatch match = PlaceMatch.between(a.place(), b.place());
        return switch (match) {
            case SAME -> "same place " + name(a.place());
            case NESTED -> "places nested: " + name(a.place()) + " and " + name(b.place());
            case NEAR -> "places within " + (int) PlaceMatch.NEAR_KM + " km: " + name(a.place()) + " and " + name(b.place());
            case COUNTRY -> "same country " + a.country().toUpperCase(Locale.ROOT) + ", no finer place on one side";
            default -> "place unknown on one side";
        };
    }

    private static String name(Place p) {
        return p.name().or(p::text).orElse("?");
    }

    private static Optional<String> victims(Report a, Report b) {
        return a.mentions().stream().map(Mention::victims)
                .filter(v -> b.mentions().stream().anyMatch(m -> m.victims() == v) && v != dev.tally.model.Victims.UNKNOWN)
                .findFirst().map(v -> v.code() + " victims on both sides");
    }

    private static Optional<String> actor(Report a, Report b) {
        Optional<String> x = perpetrator(a);
        Optional<String> y = perpetrator(b);
        if (x.isEmpty() || y.isEmpty()) return Optional.empty();
        return Optional.of(x.equals(y) ? "both by " + x.get() : "actors compatible: " + x.get() + " and " + y.get());
    }

    private static Optional<String> perpetrator(Report r) {
        return r.mentions().stream().flatMap(m -> m.claim().actor().perpetrator().stream()).findFirst();
    }
}
