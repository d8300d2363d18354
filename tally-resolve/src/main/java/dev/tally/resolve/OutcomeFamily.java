package dev.tally.resolve;

import dev.tally.model.Outcome;

/**
 * Outcomes that one event's reports may mix: the dead, the wounded and "dead and wounded" are told
 * together ({@code HARM}); abductions and displacement are separate events. Claims of different
 * families are never compared.
 */
enum OutcomeFamily {
    HARM, ABDUCTED, DISPLACED;

    static OutcomeFamily of(Outcome outcome) {
        return switch (outcome) {
            case KILLED, INJURED, CASUALTIES -> HARM;
            case ABDUCTED -> ABDUCTED;
            case DISPLACED -> DISPLACED;
        };
    }
}
