package dev.tally.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import dev.tally.model.Actor;
import dev.tally.model.Place;
import dev.tally.model.TimeSpan;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Binds the model's optional values to nullable columns and reads them back: empty is SQL NULL,
 * dates are ISO-8601 text. The same calls serve SQLite and PostgreSQL.
 */
final class Columns {
    private Columns() {
    }

    static void text(PreparedStatement ps, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) ps.setString(index, value.get());
        else ps.setNull(index, Types.VARCHAR);
    }

    static void number(PreparedStatement ps, int index, OptionalLong value) throws SQLException {
        if (value.isPresent()) ps.setLong(index, value.getAsLong());
        else ps.setNull(index, Types.BIGINT);
    }

    static void number(PreparedStatement ps, int index, OptionalDouble value) throws SQLException {
        if (value.isPresent()) ps.setDouble(index, value.getAsDouble());
        else ps.setNull(index, Types.DOUBLE);
    }

    static void date(PreparedStatement ps, int index, Optional<LocalDate> value) throws SQLException {
        text(ps, index, value.map(LocalDate::toString));
    }

    static Optional<String> text(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }

    static OptionalLong wholeNumber(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(value);
    }

    static OptionalDouble realNumber(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    static Optional<LocalDate> date(ResultSet rs, String column) throws SQLException {
        return text(rs, column).map(LocalDate::parse);
    }

    /**
     * Binds the columns that claims and incidents share, in this order: date_text, date_start,
     * date_end, place_text, place_name, place_country, place_lat, place_lon, place_precision,
     * perpetrator, means. Returns the index after the last.
     */
    static int event(PreparedStatement ps, int first, TimeSpan date, Place place, Actor actor) throws SQLException {
        int i = first;
        text(ps, i++, date.text());
        date(ps, i++, date.start());
        date(ps, i++, date.end());
        text(ps, i++, place.text());
        text(ps, i++, place.name());
        text(ps, i++, place.country());
        number(ps, i++, place.lat());
        number(ps, i++, place.lon());
        ps.setString(i++, code(place.precision()));
        text(ps, i++, actor.perpetrator());
        text(ps, i++, actor.means());
        return i;
    }

    static TimeSpan timeSpan(ResultSet rs) throws SQLException {
        return new TimeSpan(text(rs, "date_text"), date(rs, "date_start"), date(rs, "date_end"));
    }

    static Place place(ResultSet rs) throws SQLException {
        return new Place(text(rs, "place_text"), text(rs, "place_name"), text(rs, "place_country"),
                realNumber(rs, "place_lat"), realNumber(rs, "place_lon"),
                parse(Place.Precision.class, rs.getString("place_precision")));
    }

    static Actor actor(ResultSet rs) throws SQLException {
        return new Actor(text(rs, "perpetrator"), text(rs, "means"));
    }

    /** An enum as stored: its lower-case name, the code the claim export uses. */
    static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String code) {
        return Enum.valueOf(type, code.toUpperCase(Locale.ROOT));
    }
}
