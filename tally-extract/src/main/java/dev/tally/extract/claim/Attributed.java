package dev.tally.extract.claim;

import java.util.Optional;

/**
 * A field's value and the rule that set it ("perpetrator:passive-by-agent"); an empty value with its
 * "...:none" rule is an honest unknown, kept so the basis says that no rule found one.
 */
record Attributed(Optional<String> value, String rule) {
    static Attributed none(String field) {
        return new Attributed(Optional.empty(), field + ":none");
    }

    static Attributed of(String field, String value, String rule) {
        return new Attributed(Optional.of(value), field + ":" + rule);
    }

    boolean isEmpty() {
        return value.isEmpty();
    }
}
