package dev.tally.extract.place;

import dev.tally.model.Place;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Places the gazetteer lacks, named by the words that frame them ("the village of X", "X neighborhood in Y"). */
class UnlistedPlacesTest {
    private final PlaceResolver resolver = new PlaceResolver(Gazetteer.bundled());

    private List<ResolvedMention> mentions(String text) {
        return resolver.resolve(text).mentions();
    }

    private List<String> names(String text) {
        return mentions(text).stream().map(m -> m.place().name().orElseThrow()).toList();
    }

    @Test
    void aNeighbourhoodInACityTakesTheCitysPointAndTheCityGivesWay() {
        String text = "Ten civilians were killed in shelling of al-Sheikh Maqsoud neighborhood in Aleppo city on Sunday.";
        List<ResolvedMention> found = mentions(text);
        assertThat(found).hasSize(1);
        ResolvedMention m = found.get(0);
        assertThat(m.unlisted()).isTrue();
        assertThat(m.place().name()).hasValue("al-Sheikh Maqsoud, Aleppo");
        assertThat(m.place().text()).hasValue("al-Sheikh Maqsoud neighborhood in Aleppo city");
        assertThat(m.place().country()).hasValue("SY");
        assertThat(m.place().precision()).isEqualTo(Place.Precision.NEIGHBOURHOOD);
        assertThat(m.place().lat().getAsDouble()).isBetween(36.0, 36.4);
        assertThat(text.substring(m.start(), m.end())).isEqualTo("al-Sheikh Maqsoud");
    }

    @Test
    void aVillageInAProvinceIsPlacedNoFinerThanTheProvince() {
        Place p = mentions("Three civilians were killed in Nahleh town in Idlib province, the Syrian army said.").get(0).place();
        Place idlib = mentions("Three civilians were killed in Idlib province, the Syrian army said.").get(0).place();
        assertThat(p.name()).hasValue("Nahleh, Idlib");
        assertThat(p.precision()).isEqualTo(Place.Precision.ADMIN_AREA);
        assertThat(p.lat()).isEqualTo(idlib.lat());
    }

    @Test
    void aNameWithNoParentTakesTheArticlesCountry() {
        String text = "Syrian regime helicopters dropped a barrel bomb on the village of Taduf, killing five. "
                + "Raids on the besieged Zabadieh district of Aleppo killed two more.";
        List<ResolvedMention> found = mentions(text);
        assertThat(names(text)).containsExactly("Taduf", "Zabadieh, Aleppo");
        assertThat(found.get(0).place().country()).hasValue("SY");
        assertThat(found.get(0).place().text()).hasValue("the village of Taduf");
        assertThat(found.get(0).place().lat()).isEmpty();
    }

    @Test
    void aKnownNameInsideANewOneIsPartOfIt() {
        assertThat(names("Sixteen were killed in a raid on the opposition-held neighborhood of Tareeq al-Bab in Aleppo."))
                .containsExactly("Tareeq al-Bab, Aleppo");
        assertThat(names("Mortars hit the Bab Sharqi area of Damascus, killing two."))
                .containsExactly("Bab Sharqi, Damascus");
    }

    @Test
    void aPlacesPossessiveOwnsTheNameAfterIt() {
        assertThat(names("Four were killed in Aleppo's Marjeh district on Friday.")).containsExactly("Marjeh, Aleppo");
        assertThat(names("Four were killed in Syria on Friday, two in Aleppos Marjeh district.")).containsExactly("Syrian Arab Republic", "Marjeh");
    }

    @Test
    void peopleGroupsHeadlinesAndQualifiersAreNoNewPlaces() {
        assertThat(names("Rami Abdel Rahman, who heads the Syrian Observatory, said the area was shelled.")).isEmpty();
        assertThat(mentions("Fighters of the Free Syrian Army district command were killed near Azaz."))
                .singleElement().matches(m -> !m.unlisted() && m.place().text().orElseThrow().contains("Azaz"));
        assertThat(names("2 Killed 10 Injured in Terrorist Shelling in Aleppo Residential Neighborhood")).containsExactly("Aleppo");
        assertThat(names("Shelling on the central district of Old Damascus killed four civilians.")).containsExactly("Damascus");
        assertThat(names("Local District officials said the YPG area was calm.")).isEmpty();
    }

    @Test
    void aCountyTheGazetteerLacksIsNamedNotTakenForATownOfItsName() {
        List<ResolvedMention> found = mentions("Deputies found a man shot in Indian River County on Monday in Florida, the sheriff said.");
        assertThat(found).anySatisfy(m -> {
            assertThat(m.place().name().orElseThrow()).startsWith("Indian River County");
            assertThat(m.place().precision()).isEqualTo(Place.Precision.ADMIN_AREA);
        });
        assertThat(found).noneMatch(m -> m.place().name().orElseThrow().equals("Indian River"));
    }

    @Test
    void aTitledPersonsNameIsNoPlace() {
        assertThat(names("Two people were shot inside an apartment, said Sgt. Michael Paul of the Jacksonville Sheriff's Office. "
                + "The woman's status has been upgraded to stable, Paul said.")).doesNotContain("Paul", "Michael");
    }

    @Test
    void anotherSpellingOfAPlaceTheArticleNamesIsThatPlace() {
        List<ResolvedMention> found = mentions("A car bomb killed 44 people in Qamishli on Wednesday. "
                + "Hospitals in the city of Al-Qamishly received the bodies of the victims, Syrian state media said.");
        assertThat(found).hasSize(2).allSatisfy(m -> assertThat(m.entry().name()).isEqualTo(found.get(0).entry().name()));
        assertThat(found.get(1).unlisted()).isFalse();
        assertThat(UnlistedPlaces.skeleton("Al-Qamishly")).isEqualTo(UnlistedPlaces.skeleton("Qamishli"));
    }

    @Test
    void aNameTheGazetteerKnowsUnderAnotherSpellingIsThatPlace() {
        // GeoNames writes "Al Busayrah": the same consonants, in the province the text names
        List<ResolvedMention> found = mentions("Coalition forces raided a house in the Busseirah city in the east of Deir Ezzor, killing one.");
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.place().name()).hasValue("Al Busayrah");
            assertThat(m.place().precision()).isEqualTo(Place.Precision.CITY);
            assertThat(m.place().lat().getAsDouble()).isBetween(35.0, 35.3);
        });
    }

    @Test
    void aSpellingThatWritesOneLetterWithOrWithoutAnHIsThatPlace() {
        // "Skeikhoun" and GeoNames' "Shaykhun" differ in their h's only
        assertThat(mentions("Dozens died in the town of Khan Skeikhoun in the Idlib province.")).first()
                .satisfies(m -> assertThat(m.place().name()).hasValue("Khan Shaykhun"));
        // three consonants say enough only inside the province the text names ("Ihsim"); alone, "Ahsem" is no Ihsim
        assertThat(names("An airstrike hit a field hospital in the town of Ahsem in Idlib province.")).first().isEqualTo("Ihsim");
        assertThat(names("An airstrike hit a field hospital in the town of Ahsem in Syria.")).doesNotContain("Ihsim");
        assertThat(UnlistedPlaces.looseSkeleton("Khan Sheikhoun")).isEqualTo(UnlistedPlaces.looseSkeleton("Khan Shaykun"));
        assertThat(UnlistedPlaces.skeleton("Khan Sheikhoun")).isNotEqualTo(UnlistedPlaces.skeleton("Khan Shaykun"));
    }

    @Test
    void aNameTheTextPutsInAnotherCountryIsAPlaceThere() {
        // GeoNames knows a Beit Jann in Israel; this one lies in southern Syria
        assertThat(mentions("Three troops were wounded in the area of Beit Jann in southern Syria.")).first()
                .satisfies(m -> {
                    assertThat(m.place().name()).hasValue("Beit Jann");
                    assertThat(m.place().country()).hasValue("SY");
                    assertThat(m.place().lat()).isEmpty();
                });
        assertThat(names("Five people were killed in Aleppo, Syria, on Friday.")).containsExactly("Aleppo");
    }

    @Test
    void aNameKnownOnlyInAnotherCountryIsAPlaceOfItsOwnWhereTheTextPutsIt() {
        // Iraq's Salah ad Din governorate is not the Salah al-Din district of Aleppo
        assertThat(mentions("A bomb blast in the Salah al-Din district of Aleppo killed six people on Wednesday.")).singleElement()
                .satisfies(m -> {
                    assertThat(m.place().name()).hasValue("Salah al-Din, Aleppo");
                    assertThat(m.place().country()).hasValue("SY");
                });
    }

    @Test
    void aVillageFramedAfterTheProvinceItLiesInIsNamed() {
        assertThat(mentions("Civilians were hit as they fled fighting in the Aleppo province village of Al-Tukhar, the monitor said."))
                .extracting(m -> m.place().name().orElseThrow()).containsExactly("Aleppo", "Al-Tukhar");
        // right before the type word a known name is the neighbourhood itself, not the place it lies in
        assertThat(mentions("An air strike hit the Al-Geneina neighbourhood of Rafah in Gaza on Monday."))
                .extracting(m -> m.place().name().orElseThrow()).doesNotContain("Rafah");
    }

    @Test
    void aNameDescribedAsAVillageAfterItIsOne() {
        assertThat(mentions("Turkish fire killed 20 civilians in Syria at Jeb el-Kussa, a village south of Jarabulus, a monitor said."))
                .extracting(m -> m.place().name().orElseThrow()).contains("Jeb el-Kussa, Jarabulus");
        // a town official is a person; an air strike's capitalised word before "a market" is no name
        assertThat(mentions("In Syria we met Ali Hassan, a town official, who said."))
                .extracting(m -> m.place().name().orElseThrow()).containsExactly("Syrian Arab Republic");
        assertThat(mentions("Children died in Syria as an Airstrike targeted a market in the morning."))
                .extracting(m -> m.place().name().orElseThrow()).containsExactly("Syrian Arab Republic");
    }

    @Test
    void aNameTheArticlePlacesAtHomeIsNoNamesakeAbroadFurtherDown() {
        // Iraq's Sulaymaniyah is the gazetteer's; the article put its Sulaymaniyah in Aleppo
        assertThat(mentions("Shelling kills two in Aleppo, Syria. Two people were killed when shells hit the Sulaymaniyah neighborhood "
                + "of the Syrian city of Aleppo, Syrian state media said. Damascus blamed rebels in Idlib. "
                + "The Sulaymaniyah area is inhabited mainly by Christians."))
                .filteredOn(m -> m.mention().surface().equals("Sulaymaniyah")).hasSize(2)
                .allSatisfy(m -> assertThat(m.place().country()).hasValue("SY"));
    }

    @Test
    void aSettlementKnownOnlyAsAMinorPlaceAbroadIsTheArticlesOwn() {
        // the gazetteer's al-Bureij is a camp in Gaza; the text puts this one near Aleppo
        assertThat(mentions("The Assad regime committed a massacre in the village of al-Bureij northeast of Aleppo where 18 civilians were killed."))
                .singleElement().satisfies(m -> {
                    assertThat(m.place().name()).hasValue("al-Bureij, Aleppo");
                    assertThat(m.place().country()).hasValue("SY");
                });
        // with no place around it, it is placed in the article's country, with no point
        assertThat(mentions("Regime shelling killed four civilians in Damascus and Homs in Syria on Monday. Two more died in the city of Arbin."))
                .filteredOn(m -> m.place().text().orElseThrow().contains("Arbin")).singleElement().satisfies(m -> {
                    assertThat(m.place().country()).hasValue("SY");
                    assertThat(m.place().lat()).isEmpty();
                });
        // a province's seat abroad is that seat
        assertThat(mentions("Rockets fired from Raqqa in Syria hit the border city of Kilis, killing a police officer in Turkey's south."))
                .filteredOn(m -> m.place().text().orElseThrow().contains("Kilis")).singleElement()
                .satisfies(m -> assertThat(m.place().country()).hasValue("TR"));
        // a known place with another name run on is no new place ("the city of Qamishli Hasaka")
        assertThat(names("A truck bomb killed 48 people near security headquarters in the city of Qamishli Hasaka in Syria."))
                .doesNotContain("Qamishli Hasaka");
    }

    @Test
    void aSettlementsFrameNamesNoProvinceAbroad() {
        // Bhutan's Haa province is not "the Haas village" of a Syrian report
        assertThat(mentions("Warplanes struck several locations in Aleppo and in the Haas village in Syria, killing a teacher."))
                .filteredOn(m -> m.place().text().orElseThrow().contains("Haas")).singleElement()
                .satisfies(m -> assertThat(m.place().country()).hasValue("SY"));
    }

    @Test
    void aNeighbourhoodFramedAsOneIsNoCityAbroad() {
        // Iraq's As Sulaymaniyah is a city; "the al-Sulaymaniyah neighborhood" of a Syrian report is not
        assertThat(mentions("Terrorists fired shells at Hama, Homs and Aleppo in Syria. Two people were killed when shells hit "
                + "the al-Sulaymaniyah neighborhood on Saturday."))
                .filteredOn(m -> m.place().text().orElseThrow().contains("Sulaymaniyah")).singleElement()
                .satisfies(m -> assertThat(m.place().country()).hasValue("SY"));
    }
}
