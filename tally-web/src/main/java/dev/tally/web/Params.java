package dev.tally.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * An endpoint's query parameters, read and checked: an unknown or malformed parameter is an
 * {@link ApiError} (400) that names it and says what it must be.
 */
final class Params {
    private final Context ctx;

    /** Refuses any parameter not in {@code allowed}, so that a misspelt filter is not silently ignored. */
    Params(Context ctx, Set<String> allowed) {
        this.ctx = ctx;
        for (String name : ctx.queryParamMap().keySet()) {
            if (!allowed.contains(name)) {
                throw ApiError.badParameter(name, "unknown parameter '" + name + "'; this endpoint takes " + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
        for (var e : ctx.queryParamMap().entrySet()) {
            if (e.getValue().size() > 1) throw ApiError.badParameter(e.getKey(), e.getKey() + " must be given once; got " + e.getValue().size() + " times");
        }
    }

    Optional<String> text(String name) {
        return Optional.ofNullable(ctx.queryParam(name)).map(String::trim).filter(s -> !s.isEmpty());
    }

    Optional<LocalDate> date(String name) {
        return text(name).map(v -> {
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw ApiError.badParameter(name, name + " must be a day as YYYY-MM-DD; got '" + v + "'");
            }
        });
    }

    OptionalLong whole(String name, long min, long max) {
        Optional<String> v = text(name);
        if (v.isEmpty()) return OptionalLong.empty();
        try {
            long n = Long.parseLong(v.get());
            if (n < min || n > max) throw ApiError.badParameter(name, name + " must be between " + min + " and " + max + "; got " + n);
            return OptionalLong.of(n);
        } catch (NumberFormatException e) {
            throw ApiError.badParameter(name, name + " must be a whole number; got '" + v.get() + "'");
        }
    }

    /** One of {@code choices} (case-insensitive), returned in lower case. */
    Optional<String> choice(String name, List<String> choices) {
        return text(name).map(v -> {
            String lower = v.toLowerCase(Locale.ROOT);
            if (!choices.contains(lower)) throw ApiError.badParameter(name, name + " must be one of " + String.join(", ", choices) + "; got '" + v + "'");
            return lower;
        });
    }

    /** A country code: two letters (ISO 3166-1 alpha-2), returned in upper case. */
    Optional<String> country(String name) {
        return text(name).map(v -> {
            if (!v.matches("[A-Za-z]{2}")) throw ApiError.badParameter(name, name + " must be an ISO 3166-1 alpha-2 code such as IQ; got '" + v + "'");
            return v.toUpperCase(Locale.ROOT);
        });
    }

    Values values() {
        return choice("values", List.of("reviewed", "extracted")).map(v -> Values.valueOf(v.toUpperCase(Locale.ROOT))).orElse(Values.REVIEWED);
    }

    /** The page asked for: {@code page} from 1, {@code size} 1..500 (default 50). */
    Page page() {
        return new Page((int) whole("page", 1, 1_000_000).orElse(1), (int) whole("size", 1, 500).orElse(50));
    }

    /** A one-based page of {@code size} items. */
    record Page(int number, int size) {
        <T> List<T> of(List<T> all) {
            long from = (long) (number - 1) * size;
            if (from >= all.size()) return List.of();
            return all.subList((int) from, (int) Math.min(all.size(), from + size));
        }
    }
}
