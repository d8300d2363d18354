package dev.tally.extract.claim;

import dev.tally.extract.text.Sentence;
import dev.tally.extract.time.Granularity;
import dev.tally.extract.time.TimeMention;
import dev.tally.model.TimeSpan;

import java.util.List;
import java.util.Optional;

/**
 * Chooses a claim's date among the time expressions of its article: the one nearest the figure in
 * its clause; a claim that continues another takes that one's date; else the nearest in its sentence; one
 * incident with none takes the nearest date of the {@value #LOOK_BACK} sentences before ("In Syria,
 * the deadliest recent strike occurred earlier this month. Opposition activists said ..."), else the
 * first single day the article names (before it if it can).
 */
final class ClaimDates {
    static final int LOOK_BACK = 2;

    private final List<TimeMention> dates;
    private final List<Sentence> sentences;

    ClaimDates(List<TimeMention> mentions, List<Sentence> sentences) {
        this.dates = mentions.stream().filter(TimeMention::isDate).toList();
        this.sentences = sentences;
    }

    /** Offsets are into the normalized text; {@code continued} is the date of the claim this one continues, if any. */
    TimeSpan choose(int figure, int clauseFrom, int clauseTo, int sentenceIndex, boolean incident, Optional<TimeSpan> continued) {
        Sentence s = sentences.get(sentenceIndex);
        return nearest(figure, clauseFrom, clauseTo)
                .or(() -> continued.filter(d -> d.text().isPresent()))
                .or(() -> nearest(figure, s.start(), s.end()))
                .or(() -> incident ? earlier(sentenceIndex).or(() -> firstDay(s.start())) : Optional.empty())
                .orElse(TimeSpan.UNKNOWN);
    }

    /** The first single day the article names before {@code offset}, else after it: where a report of one event dates it. */
    private Optional<TimeSpan> firstDay(int offset) {
        Optional<TimeMention> before = dates.stream().filter(m -> m.end() <= offset && day(m)).findFirst();
        return before.or(() -> dates.stream().filter(ClaimDates::day).findFirst()).map(TimeMention::toTimeSpan);
    }

    private static boolean day(TimeMention m) {
        return m.isResolved() && m.granularity() == Granularity.DAY;
    }

    private Optional<TimeSpan> nearest(int figure, int from, int to) {
        TimeMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeMention m : dates) {
            if (m.start() < from || m.end() > to) continue;
            int distance = m.start() >= figure ? m.start() - figure : figure - m.end() + 1;
            if (distance < bestDistance) {
                best = m;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best).map(TimeMention::toTimeSpan);
    }

    private Optional<TimeSpan> earlier(int sentenceIndex) {
        for (int k = sentenceIndex - 1; k >= Math.max(0, sentenceIndex - LOOK_BACK); k--) {
            Sentence s = sentences.get(k);
            Optional<TimeSpan> last = dates.stream().filter(m -> m.start() >= s.start() && m.end() <= s.end())
                    .reduce((a, b) -> b).map(TimeMention::toTimeSpan);
            if (last.isPresent()) return last;
        }
        return Optional.empty();
    }
}
