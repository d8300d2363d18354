package dev.tally.extract.number;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads numbers written in words ("twelve", "twenty-five", "one hundred and twenty", "a dozen",
 * "two million") and digits with an optional scale ("1.3 million"). Stateless and thread-safe.
 */
final class NumberWords {
    private static final Map<String, Long> UNITS = Map.ofEntries(
            Map.entry("zero", 0L), Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L),
            Map.entry("four", 4L), Map.entry("five", 5L), Map.entry("six", 6L), Map.entry("seven", 7L),
            Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L), Map.entry("eleven", 11L),
            Map.entry("twelve", 12L), Map.entry("thirteen", 13L), Map.entry("fourteen", 14L),
            Map.entry("fifteen", 15L), Map.entry("sixteen", 16L), Map.entry("seventeen", 17L),
            Map.entry("eighteen", 18L), Map.entry("nineteen", 19L), Map.entry("dozen", 12L));
    private static final Map<String, Long> TENS = Map.of(
            "twenty", 20L, "thirty", 30L, "forty", 40L, "fifty", 50L,
            "sixty", 60L, "seventy", 70L, "eighty", 80L, "ninety", 90L);
    private static final Map<String, Long> SCALES = Map.of(
            "hundred", 100L, "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L);

    /** A number and the count of tokens it took. */
    record Read(long value, int length) {}

    private NumberWords() {
    }

    /** Every word a number written in words may start with: units, tens, and tens joined to a unit ("twenty-five"). */
    static java.util.Set<String> startingWords() {
        java.util.Set<String> out = new java.util.HashSet<>(UNITS.keySet());
        out.addAll(TENS.keySet());
        out.add("half");
        for (String tens : TENS.keySet()) {
            for (var unit : UNITS.entrySet()) {
                if (unit.getValue() > 0 && unit.getValue() < 10) out.add(tens + "-" + unit.getKey());
            }
        }
        return out;
    }

    static boolean isScale(String lower) {
        return SCALES.containsKey(lower);
    }

    static long scale(String lower) {
        return SCALES.get(lower);
    }

    /** The value of one word below a hundred ("seven", "forty", "twenty-five"), if it is one. */
    static OptionalLong small(String lower) {
        Long unit = UNITS.get(lower);
        if (unit != null) return OptionalLong.of(unit);
        Long tens = TENS.get(lower);
        if (tens != null) return OptionalLong.of(tens);
        int dash = lower.indexOf('-');
        if (dash > 0) {
            Long t = TENS.get(lower.substring(0, dash));
            Long u = UNITS.get(lower.substring(dash + 1));
            if (t != null && u != null && u > 0 && u < 10) return OptionalLong.of(t + u);
        }
        return OptionalLong.empty();
    }

    /**
     * Reads a number starting at token {@code i}: digits ("24,464", "1.3 million") or words
     * ("a dozen", "half a dozen", "two hundred and fifty"). Empty when no whole number starts there.
     */
    static Optional<Read> read(List<Token> t, int i) {
        if (i >= t.size()) return Optional.empty();
        Token first = t.get(i);
        if (first.isNumber()) return digits(t, i);
        // "half a dozen", "half a million"
        if (first.is("half") && i + 2 < t.size() && t.get(i + 1).is("a")) {
            Token unit = t.get(i + 2);
            if (unit.is("dozen")) return Optional.of(new Read(6, 3));
            if (isScale(unit.lower()) && !unit.is("hundred")) return Optional.of(new Read((long) scale(unit.lower()) / 2, 3));
            return Optional.empty();
        }
        if ((first.is("a") || first.is("an")) && i + 1 < t.size()) {
            Token next = t.get(i + 1);
            if (next.is("dozen")) return Optional.of(new Read(12, 2));
            // "a quarter of a million", "a third of a million"
            if ((next.is("quarter") || next.is("third")) && i + 4 < t.size() && t.get(i + 2).is("of") && t.get(i + 3).is("a")
                    && isScale(t.get(i + 4).lower()) && !t.get(i + 4).is("hundred")) {
                return Optional.of(new Read(scale(t.get(i + 4).lower()) / (next.is("quarter") ? 4 : 3), 5));
            }
            if (isScale(next.lower())) return words(t, i + 1, 1).map(r -> new Read(r.value(), r.length() + 1));
            return Optional.empty();
        }
        return words(t, i, 0);
    }

    private static Optional<Read> digits(List<Token> t, int i) {
        String raw = t.get(i).text();
        String plain = raw.replace(",", "");
        if (!groupedProperly(raw)) return Optional.empty();
        double value;
        try {
            value = Double.parseDouble(plain);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        int length = 1;
        if (i + 1 < t.size() && isScale(t.get(i + 1).lower()) && !t.get(i + 1).is("hundred")) {
            value *= scale(t.get(i + 1).lower());
            length = 2;
        }
        if (value != Math.rint(value) || value > 1e12) return Optional.empty();
        return Optional.of(new Read((long) value, length));
    }

    /** "24,464" and "1,200" are numbers; "1,2" and "12,34,5" are not (lists written without spaces). */
    private static boolean groupedProperly(String raw) {
        if (raw.indexOf(',') < 0) return raw.indexOf('.') == raw.lastIndexOf('.');
        String[] groups = raw.split("\\.", -1)[0].split(",", -1);
        if (groups[0].isEmpty() || groups[0].length() > 3) return false;
        for (int g = 1; g < groups.length; g++) {
            if (groups[g].length() != 3) return false;
        }
        return raw.indexOf('.') == raw.lastIndexOf('.');
    }

    /** Words: small numbers, scales and "and": "one hundred and twenty", "two million", "twenty five". */
    private static Optional<Read> words(List<Token> t, int i, long implicitOne) {
        long total = 0;
        long current = implicitOne;
        boolean any = implicitOne > 0;
        boolean afterSmall = false;
        int j = i;
        while (j < t.size()) {
            String w = t.get(j).lower();
            OptionalLong small = small(w);
            if (small.isPresent() && (!afterSmall || current % 10 == 0 && current % 100 != 0 && small.getAsLong() < 10)) {
                current += small.getAsLong();
                any = true;
                afterSmall = true;
            } else if (isScale(w) && any) {
                long s = scale(w);
                if (s == 100) {
                    current = Math.max(current, 1) * 100;
                } else {
                    total += Math.max(current, 1) * s;
                    current = 0;
                }
                afterSmall = false;
            } else if (w.equals("and") && any && !afterSmall && j + 1 < t.size() && small(t.get(j + 1).lower()).isPresent()) {
                afterSmall = false;
            } else {
                break;
            }
            j++;
        }
        if (!any) return Optional.empty();
        return Optional.of(new Read(total + current, j - i));
    }
}
