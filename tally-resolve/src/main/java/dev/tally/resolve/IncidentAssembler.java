package dev.tally.resolve;

import dev.tally.model.Actor;
import dev.tally.model.Place;
import dev.tally.model.TimeSpan;
import dev.tally.model.IncidentRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns groups of reports into {@link IncidentRecord}s with keys made of what they say:
 * {@code <country or xx>-<first day or undated>-<place slug or unknown>-<n>}, {@code n} counting
 * incidents with the same prefix in the order of their first claim in the text. Stateless and thread-safe.
 */
final class IncidentAssembler {
    private static final int SLUG_LIMIT = 40;

    private record Draft(String prefix, Mention first, TimeSpan date, Place place, Actor actor, List<Mention> mentions,
                         List<IncidentRecord.Link> links) {
        static final Comparator<Draft> ORDER = Comparator.comparing(Draft::prefix).thenComparing(Draft::first, Mention.TEXT_ORDER);
    }

    private IncidentAssembler() {
    }

    /** The incidents, sorted by key. */
    static List<IncidentRecord> assemble(List<EventGroups.Event> events) {
        List<Draft> drafts = events.stream().map(e -> draft(e.reports(), e.links())).sorted(Draft.ORDER).toList();
        Map<String, Integer> seen = new HashMap<>();
        List<IncidentRecord> incidents = new ArrayList<>();
        for (Draft d : drafts) {
            int n = seen.merge(d.prefix(), 1, Integer::sum);
            List<Long> ids = d.mentions().stream().map(Mention::id).toList();
            incidents.add(new IncidentRecord(d.prefix() + "-" + n, d.date(), d.place(), d.actor(), ids,
                    FigureTally.figures(d.mentions()), FigureTally.contradictions(d.mentions()), d.links()));
        }
        incidents.sort(Comparator.comparing(IncidentRecord::key));
        return incidents;
    }

    /** One incident of exactly these mentions under this key (a reviewer's merge or split). */
    static IncidentRecord one(String key, List<Mention> mentions) {
        List<Report> reports = mentions.stream()
                .collect(java.util.stream.Collectors.groupingBy(Mention::doc, java.util.TreeMap::new, java.util.stream.Collectors.toList()))
                .values().stream().map(Report::of).toList();
        Draft d = draft(reports, List.of());
        return new IncidentRecord(key, d.date(), d.place(), d.actor(), d.mentions().stream().map(Mention::id).toList(),
                FigureTally.figures(d.mentions()), FigureTally.contradictions(d.mentions()));
    }

    private static Draft draft(List<Report> group, List<IncidentRecord.Link> links) {
        List<Mention> mentions = group.stream().flatMap(r -> r.mentions().stream()).sorted(Mention.TEXT_ORDER).toList();
        TimeSpan date = Consensus.date(mentions.stream().map(m -> m.claim().date()).toList());
        Place place = Consensus.placeOf(mentions);
        Actor actor = new Actor(Consensus.name(mentions.stream().flatMap(m -> m.claim().actor().perpetrator().stream()).toList()),
                Consensus.name(mentions.stream().flatMap(m -> m.claim().actor().means().stream()).toList()));
        String country = place.country().or(() -> group.stream().map(Report::country).filter(c -> !c.equals(Report.NO_COUNTRY)).findFirst())
                .map(c -> c.toLowerCase(Locale.ROOT)).orElse(Report.NO_COUNTRY);
        String day = date.start().map(Object::toString).orElse("undated");
        String slug = place.name().or(place::text).map(t -> TextKey.of(t).slug(SLUG_LIMIT)).filter(s -> !s.isEmpty()).orElse("unknown");
        return new Draft(country + "-" + day + "-" + slug, mentions.get(0), date, place, actor, mentions, links);
    }
}
