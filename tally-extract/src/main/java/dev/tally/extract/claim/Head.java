package dev.tally.extract.claim;

import dev.tally.model.Outcome;
import dev.tally.model.Victims;

import java.util.Optional;

/**
 * What a figure counts, read from the words after it: people ("12 Iraqi civilians"), harm itself
 * ("40 deaths"), others of a group named before ("dozens of others"), nothing ("over 20"), or a
 * thing that is no person ("17 air strikes").
 *
 * @param end token index right after the noun phrase
 */
record Head(Kind kind, int end, Optional<Victims> victims, Optional<String> subgroup, Optional<Outcome> harm, boolean lives) {
    /** {@code ONE}: a single person described or named ("a paramedic", "Amir al-Khor"). */
    enum Kind { PERSON, ONE, HARM, OTHERS, BARE, THING }

    boolean countsPeople() {
        return kind != Kind.THING;
    }
}
