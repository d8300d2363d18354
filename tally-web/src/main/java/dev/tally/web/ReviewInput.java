package dev.tally.web;

import dev.tally.store.ClaimReview;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * A review's {@code value} as the API receives it, checked and turned into the text that
 * {@link ReviewValues} stores: {@code status} a string ({@code confirmed} or {@code rejected});
 * {@code count} {@code {"min": n, "max": n}} (either may be null, not both); {@code date}
 * {@code {"start": "YYYY-MM-DD", "end": "YYYY-MM-DD"}} (end defaults to start); {@code place}
 * {@code {"name", "country", "lat", "lon"}}.
 */
final class ReviewInput {
    private ReviewInput() {
    }

    static String value(ClaimReview.Field field, Body body) {
        return switch (field) {
            case STATUS -> status(body);
            case COUNT -> count(body.object("value"));
            case DATE -> date(body.object("value"));
            case PLACE -> place(body.object("value"));
        };
    }

    private static String status(Body body) {
        String v = body.text("value").toLowerCase(Locale.ROOT);
        if (!v.equals(ReviewValues.CONFIRMED) && !v.equals(ReviewValues.REJECTED)) {
            throw ApiError.badParameter("value", "value must be confirmed or rejected for field status; got '" + v + "'");
        }
        return v;
    }

    private static String count(Body value) {
        OptionalLong min = value.whole("min");
        OptionalLong max = value.whole("max");
        if (min.isEmpty() && max.isEmpty()) throw ApiError.badParameter("value.min", "value needs a min or a max; got neither");
        if (min.isPresent() && min.getAsLong() < 0) throw ApiError.badParameter("value.min", "value.min must be >= 0; got " + min.getAsLong());
        if (max.isPresent() && max.getAsLong() < 0) throw ApiError.badParameter("value.max", "value.max must be >= 0; got " + max.getAsLong());
        if (min.isPresent() && max.isPresent() && min.getAsLong() > max.getAsLong()) {
            throw ApiError.badParameter("value.max", "value.max must be >= value.min; got " + min.getAsLong() + " > " + max.getAsLong());
        }
        return ReviewValues.count(min, max);
    }

    private static String date(Body value) {
        LocalDate start = day(value, "start").orElseThrow(() -> ApiError.badParameter("value.start", "value.start must be a day as YYYY-MM-DD"));
        LocalDate end = day(value, "end").orElse(start);
        if (end.isBefore(start)) throw ApiError.badParameter("value.end", "value.end must not be before value.start; got " + start + " > " + end);
        return start + ".." + end;
    }

    private static Optional<LocalDate> day(Body value, String field) {
        return value.optionalText(field).map(s -> {
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw ApiError.badParameter("value." + field, "value." + field + " must be a day as YYYY-MM-DD; got '" + s + "'");
            }
        });
    }

    private static String place(Body value) {
        Optional<String> name = value.optionalText("name");
        Optional<String> country = value.optionalText("country").map(c -> c.toUpperCase(Locale.ROOT));
        if (name.isEmpty() && country.isEmpty()) throw ApiError.badParameter("value.name", "value needs a name or a country; got neither");
        if (country.isPresent() && !country.get().matches("[A-Z]{2}")) {
            throw ApiError.badParameter("value.country", "value.country must be an ISO 3166-1 alpha-2 code such as IQ; got '" + country.get() + "'");
        }
        OptionalDouble lat = value.real("lat");
        OptionalDouble lon = value.real("lon");
        if (lat.isPresent() != lon.isPresent()) throw ApiError.badParameter(lat.isPresent() ? "value.lon" : "value.lat", "value needs both lat and lon, or neither");
        if (lat.isPresent() && Math.abs(lat.getAsDouble()) > 90) throw ApiError.badParameter("value.lat", "value.lat must be within [-90, 90]; got " + lat.getAsDouble());
        if (lon.isPresent() && Math.abs(lon.getAsDouble()) > 180) throw ApiError.badParameter("value.lon", "value.lon must be within [-180, 180]; got " + lon.getAsDouble());
        return ReviewValues.place(name, country, lat, lon);
    }
}
