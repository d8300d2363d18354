package dev.tally.resolve;

import dev.tally.model.IncidentRecord.Link;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reports grouped into events, merged one pair at a time, and only when every report of one group
 * is consistent with every report of the other ({@link ReportMatcher#consistent}): a chain of
 * links can never join two places or days that are apart, nor two reports of one document.
 * Not thread-safe: one resolution owns it.
 */
final class EventGroups {
    private final List<Report> reports;
    private final ReportMatcher matcher;
    private final int[] groupOf;
    private final List<List<Integer>> members = new ArrayList<>();
    private final List<List<Link>> links = new ArrayList<>();

    EventGroups(List<Report> reports, ReportMatcher matcher) {
        this.reports = reports;
        this.matcher = matcher;
        this.groupOf = new int[reports.size()];
        for (int i = 0; i < reports.size(); i++) {
            groupOf[i] = i;
            members.add(new ArrayList<>(List.of(i)));
            links.add(new ArrayList<>());
        }
    }

    int groupOf(int report) {
        return groupOf[report];
    }

    boolean together(int a, int b) {
        return groupOf[a] == groupOf[b];
    }

    /** True when report {@code i} is still the only one in its group. */
    boolean alone(int i) {
        return members.get(groupOf[i]).size() == 1;
    }

    /** True when the groups of reports {@code a} and {@code b} could be one event. */
    boolean mergeable(int a, int b) {
        if (together(a, b)) return false;
        for (int x : members.get(groupOf[a])) {
            for (int y : members.get(groupOf[b])) {
                if (!matcher.consistent(reports.get(x), reports.get(y))) return false;
            }
        }
        return true;
    }

    /** Merges the groups of {@code a} and {@code b} when {@link #mergeable}, keeping {@code why}; says whether it did. */
    boolean merge(int a, int b, Link why) {
        if (!mergeable(a, b)) return false;
        int keep = groupOf[a];
        int gone = groupOf[b];
        if (members.get(keep).size() < members.get(gone).size()) {
            int t = keep;
            keep = gone;
            gone = t;
        }
        for (int y : members.get(gone)) groupOf[y] = keep;
        members.get(keep).addAll(members.get(gone));
        members.set(gone, List.of());
        links.get(keep).addAll(links.get(gone));
        links.get(keep).add(why);
        links.set(gone, List.of());
        return true;
    }

    /** The events: each group's reports in report order and the links that joined them, in the order of their first report. */
    List<Event> groups() {
        List<Event> events = new ArrayList<>();
        for (int g = 0; g < members.size(); g++) {
            if (!members.get(g).isEmpty()) events.add(new Event(members.get(g).stream().sorted().map(reports::get).toList(), links.get(g)));
        }
        events.sort(Comparator.comparing((Event e) -> e.reports().get(0), Report.TEXT_ORDER));
        return events;
    }

    /** Reports of one event, and why they were joined. */
    record Event(List<Report> reports, List<Link> links) {
        Event {
            reports = List.copyOf(reports);
            links = List.copyOf(links);
        }
    }
}
