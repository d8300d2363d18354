package dev.tally.model;

import java.util.OptionalLong;

/**
 * A figure of people as written ({@code phrase}) and the range it states. An empty bound is open:
 * "at least 12" is {@code [12, -)}, "nearly 1,200" is {@code [-, 1200]}.
 */
public record Count(String phrase, OptionalLong min, OptionalLong max) {
    public Count {
        if (phrase == null || phrase.isBlank()) throw new IllegalArgumentException("phrase must not be blank; got '" + phrase + "'");
        if (min == null || max == null) throw new IllegalArgumentException("bounds must be OptionalLong, not null");
        if (min.isPresent() && min.getAsLong() < 0) throw new IllegalArgumentException("min must be >= 0; got " + min.getAsLong());
        if (min.isPresent() && max.isPresent() && min.getAsLong() > max.getAsLong()) {
            throw new IllegalArgumentException("min must be <= max; got " + min.getAsLong() + " > " + max.getAsLong());
        }
        if (min.isEmpty() && max.isEmpty()) throw new IllegalArgumentException("a count needs a min or a max; got neither for '" + phrase + "'");
    }

    public static Count exactly(String phrase, long n) {
        return new Count(phrase, OptionalLong.of(n), OptionalLong.of(n));
    }

    public static Count between(String phrase, long min, long max) {
        return new Count(phrase, OptionalLong.of(min), OptionalLong.of(max));
    }

    public static Count atLeast(String phrase, long min) {
        return new Count(phrase, OptionalLong.of(min), OptionalLong.empty());
    }

    public static Count atMost(String phrase, long max) {
        return new Count(phrase, OptionalLong.empty(), OptionalLong.of(max));
    }

    /** The same range under another phrase (when a qualifier or head noun widens the words). */
    public Count withPhrase(String newPhrase) {
        return new Count(newPhrase, min, max);
    }

    /** True when the range is one number. */
    public boolean exact() {
        return min.isPresent() && max.isPresent() && min.getAsLong() == max.getAsLong();
    }
}
