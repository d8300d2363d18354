package dev.tally.resolve;

import java.time.LocalDate;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a document's own news from its background. A report that tells what just happened (dated
 * within {@value #RECENT_DAYS} days before publication) makes the document news; its reports of
 * events more than {@value #BACKGROUND_DAYS} days older ("an Israeli strike in mid-October killed
 * nine", in a report of a November raid), and any report dated after publication, are background.
 * Background never founds an incident: it joins the incident that a report of its own founded, or
 * stays a claim without one. A document with no recent report (an investigation of an old strike)
 * has no background: its events are its news.
 */
final class Background {
    static final int RECENT_DAYS = 3;
    static final int BACKGROUND_DAYS = 14;

    private Background() {}

    /** The background among one document's reports (identity set). */
    static Set<Report> of(List<Report> documentReports) {
        Set<Report> background = Collections.newSetFromMap(new IdentityHashMap<>());
        Optional<LocalDate> published = documentReports.isEmpty() ? Optional.empty() : documentReports.get(0).first().stored().published();
        if (published.isEmpty()) return background;
        LocalDate p = published.get();
        boolean news = documentReports.stream().anyMatch(r -> stated(r) && r.sharp() && recent(r.days().get(), p));
        for (Report r : documentReports) {
            if (!stated(r)) continue;
            DayRange d = r.days().get();
            boolean old = d.end().isBefore(p.minusDays(BACKGROUND_DAYS));
            boolean later = d.start().isAfter(p.plusDays(1));
            if (later || news && old) background.add(r);
        }
        return background;
    }

    private static boolean stated(Report r) {
        return r.days().isPresent() && !r.anchored();
    }

    private static boolean recent(DayRange d, LocalDate published) {
        return d.overlaps(new DayRange(published.minusDays(RECENT_DAYS), published), 0);
    }
}
