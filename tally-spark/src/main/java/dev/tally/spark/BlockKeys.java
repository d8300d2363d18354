package dev.tally.spark;

import dev.tally.model.Claim;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Blocking for incident resolution at scale: each claim has a block, its country and ISO week
 * ({@code iq|2017-W11}); a document goes to the block of each of its claims and to the weeks either side, so
 * that every incident whose days straddle a week's edge is seen whole by the block of its first week. A claim
 * without a country takes its document's most named one ({@code xx} when none); without a date, its
 * document's publication week; without either, the country's {@code undated} block. Stateless.
 */
final class BlockKeys {
    static final String NO_COUNTRY = "xx";
    static final String UNDATED = "undated";
    /** The most weeks of a loosely dated claim's range that are blocked with it: a "this year" joins nothing by day anyway. */
    static final int LOOSE_WEEKS = 6;

    private BlockKeys() {
    }

    /**
     * The blocks of each claim of one document, by claim id: first its home block (where its range starts), then,
     * for a loosely dated claim ("earlier this month"), every further week its range covers, up to
     * {@link #LOOSE_WEEKS}, so that the dated events it may join are in a block with it.
     */
    static Map<String, java.util.List<String>> claimBlocks(java.util.List<Claim> claims, Optional<LocalDate> published) {
        String home = claims.stream().flatMap(c -> c.place().country().stream())
                .collect(Collectors.groupingBy(Function.identity(), java.util.TreeMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(NO_COUNTRY);
        Map<String, java.util.List<String>> blocks = new java.util.TreeMap<>();
        for (Claim c : claims) {
            String country = c.place().country().orElse(home).toLowerCase(Locale.ROOT) + "|";
            Optional<LocalDate> start = c.date().start().or(() -> published);
            java.util.List<String> mine = new java.util.ArrayList<>();
            mine.add(country + start.map(BlockKeys::week).orElse(UNDATED));
            if (c.date().start().isPresent() && c.date().end().isPresent()) {
                LocalDate last = c.date().end().get();
                LocalDate cap = start.get().plusWeeks(LOOSE_WEEKS);
                for (LocalDate d = start.get().plusWeeks(1); !d.isAfter(last) && d.isBefore(cap); d = d.plusWeeks(1)) mine.add(country + week(d));
                if (!last.isAfter(cap) && !mine.contains(country + week(last))) mine.add(country + week(last));
            }
            blocks.putIfAbsent(c.id(), mine);
        }
        return blocks;
    }

    /** The blocks a document with claims in these blocks goes to: each, and its neighbouring weeks. */
    static Set<String> documentBlocks(java.util.Collection<java.util.List<String>> claimBlocks) {
        Set<String> blocks = new TreeSet<>();
        for (String block : claimBlocks.stream().flatMap(java.util.List::stream).toList()) {
            blocks.add(block);
            int bar = block.indexOf('|');
            String week = block.substring(bar + 1);
            if (week.equals(UNDATED)) continue;
            LocalDate monday = monday(week);
            blocks.add(block.substring(0, bar + 1) + week(monday.minusWeeks(1)));
            blocks.add(block.substring(0, bar + 1) + week(monday.plusWeeks(1)));
        }
        return blocks;
    }

    static String week(LocalDate day) {
        return String.format(Locale.ROOT, "%04d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static LocalDate monday(String week) {
        int year = Integer.parseInt(week.substring(0, 4));
        int number = Integer.parseInt(week.substring(6));
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
