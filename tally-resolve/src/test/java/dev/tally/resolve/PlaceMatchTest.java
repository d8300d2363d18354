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
    void oneNeighbourhoodInTwoSpellingsIsOnePlace() {
        Place sinaa = ClaimBuilder.place("al-Sinaa neighborhood in Qamishli city", "al-Sinaa, Al Qamishli", "SY", 37.05, 41.23, Precision.NEIGHBOURHOOD);
        Place sinaa2 = ClaimBuilder.place("Al-Sina’a area in Al-Qamishly city", "Al-Sina’a, Al Qamishli", "SY", 37.05, 41.23, Precision.NEIGHBOURHOOD);
        Place hilaliya = ClaimBuilder.place("al-Hilaliya neighborhood", "al-Hilaliya, Al Qamishli", "SY", 37.05, 41.23, Precision.NEIGHBOURHOOD);
        assertThat(PlaceMatch.between(sinaa, sinaa2)).isEqualTo(PlaceMatch.SAME);
        assertThat(PlaceMatch.between(sinaa, hilaliya)).isEqualTo(PlaceMatch.NONE);
    }

    @Test
    void aVillageNamedWithItsAreaOnOneSideOnlyIsOnePlace() {
        // two spellings of a village the gazetteer lacks, one report placing it in its country, the other bare
        Place jinn = unlisted("the village of Beit Jinn", "Beit Jinn, Syrian Arab Republic");
        Place jann = unlisted("Beit Jann", "Beit Jann");
        assertThat(PlaceMatch.between(jinn, jann)).isEqualTo(PlaceMatch.SAME);
        // in two different areas a name is two villages
        assertThat(PlaceMatch.between(unlisted("al-Zar", "al-Zar, Deir ez-Zor"), unlisted("al-Zar", "al-Zar, Daraa"))).isNotEqualTo(PlaceMatch.SAME);
    }

    private static Place unlisted(String text, String name) {
        return new Place(java.util.Optional.of(text), java.util.Optional.of(name), java.util.Optional.of("SY"),
                java.util.OptionalDouble.empty(), java.util.OptionalDouble.empty(), Precision.CITY);
    }

    @Test
    void aPlaceWithNoPointIsNeverApartFromAnother() {
        // "the Al-Sina’a area", which the gazetteer lacks and the sentence placed in no town
        Place sinaa = new Place(java.util.Optional.of("Al-Sina’a area"), java.util.Optional.of("Al-Sina’a"), java.util.Optional.of("SY"),
                java.util.OptionalDouble.empty(), java.util.OptionalDouble.empty(), Precision.CITY);
        Place qamishli = ClaimBuilder.city("Al Qamishli", "SY", 37.05, 41.23);
        assertThat(PlaceMatch.between(sinaa, qamishli)).isEqualTo(PlaceMatch.COUNTRY);
        assertThat(PlaceMatch.between(sinaa, MOSUL)).isEqualTo(PlaceMatch.NONE);
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

    /** As the gazetteer resolves "in Syria" and "Idlib province": a name with the centroid's coordinates. */
    @Test
    void aResolvedCountryHoldsItsPlacesButNamesNone() {
        Place syria = ClaimBuilder.place("Syria", "Syrian Arab Republic", "SY", 35.13, 36.72, Precision.COUNTRY);
        Place hasakah = ClaimBuilder.city("Al Hasakah", "SY", 36.50, 40.75);
        assertThat(PlaceMatch.between(syria, hasakah)).isEqualTo(PlaceMatch.COUNTRY);
        assertThat(PlaceMatch.between(syria, syria)).isEqualTo(PlaceMatch.COUNTRY);
        assertThat(PlaceMatch.between(syria, MOSUL)).isEqualTo(PlaceMatch.NONE);
        Place idlibProvince = ClaimBuilder.place("Idlib province", "Idlib", "SY", 35.83, 36.63, Precision.ADMIN_AREA);
        Place khanShaykhun = ClaimBuilder.city("Khan Shaykhun", "SY", 35.44, 36.65);
        Place raqqa = ClaimBuilder.city("Ar Raqqah", "SY", 35.95, 39.01);
        assertThat(PlaceMatch.between(idlibProvince, khanShaykhun)).isEqualTo(PlaceMatch.COUNTRY);
        assertThat(PlaceMatch.between(idlibProvince, raqqa)).isEqualTo(PlaceMatch.NONE);
    }
}
