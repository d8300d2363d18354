package dev.tally.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One figure that an article asserts about harm to people, with its context.
 *
 * @param doc       the document's name (file name or URL)
 * @param id        unique within the document
 * @param subgroup  a named part of the victims with its own figure ("children", "family")
 * @param claimant  who asserts the figure; empty when the article asserts it on its own account
 * @param sentence  the sentence that carries the figure, with broken lines joined
 * @param evidence  the figure's span in the original text
 */
public record Claim(String doc, String id, ClaimKind kind, Outcome outcome, Victims victims,
                    Optional<String> subgroup, Count count, TimeSpan date, Place place, Actor actor,
                    Optional<String> claimant, String sentence, Span evidence, Provenance provenance) {
    public Claim {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(victims, "victims");
        Objects.requireNonNull(subgroup, "subgroup");
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(claimant, "claimant");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(provenance, "provenance");
    }

    /** The subgroup rule of a claim whose victims are all of its subgroup ("two children were killed"): no part of another figure. */
    public static final String SUBGROUP_OF_ALL = "subgroup:victims-all-of-it";

    /**
     * True when the claim counts a part of the victims of another figure ("including 32 children",
     * "13 members of his family"), so that it never sets an event's range; false when its subgroup
     * names who all its victims were.
     */
    public boolean part() {
        return subgroup.isPresent() && !SUBGROUP_OF_ALL.equals(provenance.basis().get(Provenance.Field.SUBGROUP));
    }
}
