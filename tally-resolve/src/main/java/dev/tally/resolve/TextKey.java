package dev.tally.resolve;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A name reduced to what identifies it: lower case, dots dropped ("U.S." is "us"), every other
 * run of non-letters and non-digits one space. Two names are the same when their keys are equal.
 */
record TextKey(String value) {
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    static TextKey of(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace(".", "");
        return new TextKey(SEPARATORS.matcher(lower).replaceAll(" ").trim());
    }

    boolean isEmpty() {
        return value.isEmpty();
    }

    List<String> tokens() {
        return value.isEmpty() ? List.of() : Arrays.asList(value.split(" "));
    }

    /** True when every word of one is a word of the other ("iraqi forces", "iraqi government forces"). */
    boolean nests(TextKey other) {
        if (isEmpty() || other.isEmpty()) return false;
        Set<String> mine = Set.copyOf(tokens());
        Set<String> theirs = Set.copyOf(other.tokens());
        return mine.containsAll(theirs) || theirs.containsAll(mine);
    }

    /** The key as a slug for incident keys: words joined by '-', at most {@code limit} characters. */
    String slug(int limit) {
        String slug = tokens().stream().collect(Collectors.joining("-"));
        if (slug.length() <= limit) return slug;
        String cut = slug.substring(0, limit);
        return cut.endsWith("-") ? cut.substring(0, limit - 1) : cut;
    }
}
