package dev.tally.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tally.model.Place;
import dev.tally.model.Place.Precision;
import org.junit.jupiter.api.Test;

class PlaceMatchTest {
    private static final Place MOSUL = ClaimBuilder.city("Mosul", "IQ", 36.335, 43.119);
    private static final Place AL_JADIDA = ClaimBuilder.place("the Al-Jadida neighborhood", "Al-Jadida, Mosul", "IQ", 36.356, 43.102, Precision.NEIGHBOURHOOD);
    private static final Place ZANJILI = ClaimBuilder.place("Zanjili", "Zanjili", "IQ", 36.36, 43.12, Precision.NEIGHBOURHOOD);
    private static final Place TEL_KEIF = ClaimBuilder.city("Tel Keif", "IQ", 36.49, 43.12);

    @Test
    void namesMatchWhenEqualOrNested() {
        assertThat(PlaceMatch.between(MOSUL, ClaimBuilder.city("mosul", "IQ", 36.3, 43.1))).isEqualTo(PlaceMatch.SAME);
        assertThat(PlaceMatch.between(AL_JADIDA, MOSUL)).isEqualTo(PlaceMatch.NESTED);
    }

    @Test
    void aNeighbourhoodIsNearItsCityButTwoCitiesAreApart() {
        assertThat(PlaceMatch.between(ZANJILI, MOSUL)).isEqualTo(PlaceMatch.NEAR);
        assertThat(PlaceMatch.between(TEL_KEIF, MOSUL)).isEqualTo(PlaceMatch.NONE);
        assertThat(PlaceMatch.between(ZANJILI, AL_JADIDA)).isEqualTo(PlaceMatch.NONE);
    }

    @Test
    void aCountryFitsItsPlacesAndNoOthers() {
        assertThat(PlaceMatch.between(ClaimBuilder.country("IQ"), MOSUL)).isEqualTo(PlaceMatch.COUNTRY);
        assertThat(PlaceMatch.between(ClaimBuilder.country("SY"), MOSUL)).isEqualTo(PlaceMatch.NONE);
        assertThat(PlaceMatch.between(Place.UNKNOWN, MOSUL)).isEqualTo(PlaceMatch.UNKNOWN);
        assertThat(PlaceMatch.between(ClaimBuilder.described("a rebel-held area in the north", "SY"),
                ClaimBuilder.described("A rebel-held area in the north", "SY"))).isEqualTo(PlaceMatch.SAME);
    }
}
