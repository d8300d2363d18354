package dev.tally.model;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How a claim was made: the rule set and its version ({@code claims/3}), for audit and re-runs, and
 * for each field of the claim the rule that set it ({@code basis}: perpetrator -> "by-phrase"). A field
 * with no entry was set by no rule: its value is unknown, or a default the rule set states.
 */
public record Provenance(String ruleSet, String version, Map<Field, String> basis) {
    /** The fields of a claim that rules set from context. */
    public enum Field {
        KIND, OUTCOME, VICTIMS, SUBGROUP, DATE, PLACE, PERPETRATOR, MEANS, CLAIMANT;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Field parse(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }

    public Provenance {
        if (ruleSet == null || ruleSet.isBlank()) throw new IllegalArgumentException("ruleSet must not be blank");
        if (version == null || version.isBlank()) throw new IllegalArgumentException("version must not be blank");
        Objects.requireNonNull(basis, "basis");
        EnumMap<Field, String> copy = new EnumMap<>(Field.class);
        basis.forEach((field, rule) -> {
            if (rule == null || rule.isBlank() || rule.contains(";") || rule.contains("=")) {
                throw new IllegalArgumentException("a rule id must be a non-blank word without ';' or '='; got " + rule + " for " + field);
            }
            copy.put(field, rule);
        });
        basis = java.util.Collections.unmodifiableMap(copy);
    }

    /** A rule set with no field-level basis (claims stored before fields carried theirs). */
    public Provenance(String ruleSet, String version) {
        this(ruleSet, version, Map.of());
    }

    /** The same rule set with {@code basis} as the field-level rules. */
    public Provenance with(Map<Field, String> fieldRules) {
        return new Provenance(ruleSet, version, fieldRules);
    }

    /** The same rule set and basis, with {@code field} set by {@code rule} instead. */
    public Provenance withRule(Field field, String rule) {
        EnumMap<Field, String> changed = basis.isEmpty() ? new EnumMap<>(Field.class) : new EnumMap<>(basis);
        changed.put(field, rule);
        return new Provenance(ruleSet, version, changed);
    }

    /** The basis as one line, fields in declaration order: {@code date=clause;perpetrator=by-phrase}. */
    public String basisText() {
        StringBuilder out = new StringBuilder();
        basis.forEach((field, rule) -> out.append(out.isEmpty() ? "" : ";").append(field.code()).append('=').append(rule));
        return out.toString();
    }

    /** Reads what {@link #basisText()} wrote. */
    public static Map<Field, String> parseBasis(String text) {
        Map<Field, String> out = new EnumMap<>(Field.class);
        if (text == null || text.isBlank()) return out;
        for (String pair : text.split(";")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) throw new IllegalArgumentException("basis entries must read field=rule; got " + pair);
            out.put(Field.parse(pair.substring(0, eq)), pair.substring(eq + 1));
        }
        return out;
    }

    @Override
    public String toString() {
        return ruleSet + "/" + version;
    }
}
