package dev.tally.extract.place;

import dev.tally.model.Place;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceResolverTest {
    private static final Path SEEDS = Path.of("..", "examples", "seeds");
    private final PlaceResolver resolver = new PlaceResolver(Gazetteer.bundled());

    private static String seed(String prefix) throws IOException {
        try (var files = Files.list(SEEDS)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return Files.readString(file);
        }
    }

    private static Place placeOf(ArticlePlaces places, String text, String phrase) {
        int at = text.indexOf(phrase);
        assertThat(at).as(phrase).isNotNegative();
        return places.within(at, at + phrase.length()).orElseThrow(() -> new AssertionError("no place in: " + phrase));
    }

    @Test
    void whenceSomethingCameAndWhereTheWoundedWereTreatedAreNoScenes() {
        assertThat(names("On Sunday three rockets fired from Syria hit the border city of Kilis, killing a police officer."))
                .containsExactly("Kilis");
        assertThat(names("The man was shot on Elm Street in Sanford and taken to a hospital in Orlando.")).doesNotContain("Orlando");
    }

    @Test
    void aCountrysOwnNameIsTheCountryAndABodysSeatOrADatelineIsNoScene() {
        // Russia, Ohio is a town too; Lebanon, Tenn. keeps its town through the state written after it
        assertThat(resolver.resolve("The air force of Russia struck rebel positions near Aleppo in Syria on Monday.").mentions())
                .filteredOn(m -> m.place().text().orElseThrow().equals("Russia")).singleElement()
                .satisfies(m -> assertThat(m.place().country()).hasValue("RU"));
        assertThat(names("The Syrian Observatory for Human Rights based in Britain said 45 fighters were killed in Daraa."))
                .containsExactly("Dar'a");
        assertThat(names("At least 30 militants of the group operating in Iraq and Syria were killed in northeastern Syria on Thursday."))
                .containsExactly("Syrian Arab Republic");
        assertThat(names("Syrian Airstrikes Kill Over 100 Daesh Fighters in Hama Province WASHINGTON (Sputnik) The coalition killed 20."))
                .containsExactly("Hama");
    }

    @Test
    void aPagesSubjectTagsNameNoScene() {
        assertThat(names("Tags Syria Damascus Eastern Ghouta Assad UN SOHR Intense Syrian regime bombardment on rebel-held "
                + "Eastern Ghouta region has killed eight civilians.")).containsExactly("Eastern Ghouta");
        // a type word after a tag frames nothing: "Tags Idlib Syria refugee camp ..." names no camp in Syria
        assertThat(names("Tags Idlib Syria refugee camp Russian war planes Five women were killed in rebel stronghold Idlib province."))
                .containsExactly("Idlib");
    }

    @Test
    void tripoliFollowsTheArticlesCountry() {
        String libya = "Clashes in Tripoli left 12 dead, Libya's health ministry said, as fighting spread to Misrata.";
        String lebanon = "A car bomb in Tripoli killed three people, Lebanese officials said; Beirut condemned the attack.";
        assertThat(resolver.resolve(libya).mentions().get(0).entry().country()).isEqualTo("LY");
        assertThat(resolver.resolve(lebanon).mentions().get(0).entry().country()).isEqualTo("LB");
    }

    @Test
    void aNameInSeveralCountriesTakesTheOneTheArticleNames() {
        // Ramadi is also a village in Yemen; Hama and Homs settle it for Syria elsewhere.
        String text = "Iraqi troops entered Ramadi after a siege. In Iraq, officials said the city was retaken.";
        ResolvedMention ramadi = resolver.resolve(text).mentions().get(0);
        assertThat(ramadi.entry().country()).isEqualTo("IQ");
        assertThat(ramadi.entry().lat()).isCloseTo(33.42, Offset.offset(0.05));
    }

    @Test
    void gazaInAnArticleAboutTheStripIsGazaCity() {
        String text = "An airstrike hit a home in Gaza on Sunday. Five people were killed across the Gaza Strip.";
        ArticlePlaces places = resolver.resolve(text);
        ResolvedMention gaza = places.mentions().get(0);
        assertThat(gaza.entry().country()).isEqualTo("PS");
        assertThat(gaza.place().precision()).isEqualTo(Place.Precision.CITY);
        assertThat(places.mentions().get(1).place().precision()).isEqualTo(Place.Precision.ADMIN_AREA);
        assertThat(places.focusCountry()).contains("PS");
    }

    @Test
    void typeWordsPickTheKindOfPlace() {
        String text = "Strikes hit Raqqa governorate and the Jabalia refugee camp, and later the city of Raqqa.";
        ArticlePlaces places = resolver.resolve(text);
        assertThat(places.mentions()).extracting(r -> r.place().precision()).containsExactly(
                Place.Precision.ADMIN_AREA, Place.Precision.NEIGHBOURHOOD, Place.Precision.CITY);
        assertThat(places.mentions().get(0).entry().country()).isEqualTo("SY");
    }

    @Test
    void smallForeignPlacesWithoutACueAreDropped() {
        String text = "Iraqi officials met in Baghdad. Westcott wrote the report; Canadian aircraft flew overhead.";
        assertThat(resolver.resolve(text).mentions()).extracting(r -> r.entry().name()).containsExactly("Baghdad");
    }

    @Test
    void seed000MosulAndFallujah() throws IOException {
        String text = seed("000_");
        ArticlePlaces places = resolver.resolve(text);
        Place mosul = placeOf(places, text, "US air strikes against Mosul killed at least 12 civilians");
        assertThat(mosul.name()).contains("Mosul");
        assertThat(mosul.country()).contains("IQ");
        assertThat(mosul.lat().getAsDouble()).isCloseTo(36.34, Offset.offset(0.05));
        assertThat(mosul.lon().getAsDouble()).isCloseTo(43.12, Offset.offset(0.05));
        Place fallujah = placeOf(places, text, "killed at least nine Iraqi government soldiers near the city of Fallujah");
        assertThat(fallujah.text()).contains("near the city of Fallujah");
        assertThat(fallujah.name().orElseThrow()).contains("Fallujah");
        assertThat(fallujah.lat().getAsDouble()).isCloseTo(33.35, Offset.offset(0.05));
        assertThat(fallujah.lon().getAsDouble()).isCloseTo(43.78, Offset.offset(0.05));
        Place razazah = placeOf(places, text, "the Razazah checkpoint leading to");
        assertThat(razazah.text()).contains("the Razazah checkpoint");
        assertThat(razazah.country()).contains("IQ");
        assertThat(places.focusCountry()).contains("IQ");
        assertThat(places.mentions()).noneMatch(r -> r.mention().surface().equals("Carter") || r.mention().surface().equals("Obama"));
    }

    @Test
    void seed001And003FocusOnMosul() throws IOException {
        for (String prefix : new String[] {"001_", "003_"}) {
            ArticlePlaces places = resolver.resolve(seed(prefix));
            assertThat(places.focus().flatMap(Place::name)).as(prefix).contains("Mosul");
            assertThat(places.focusCountry()).as(prefix).contains("IQ");
        }
    }

    @Test
    void seed002RaqqaIsTheSyrianCity() throws IOException {
        String text = seed("002_");
        ArticlePlaces places = resolver.resolve(text);
        Place raqqa = placeOf(places, text, "the ISIS-held Syrian city of Raqqa");
        assertThat(raqqa.country()).contains("SY");
        assertThat(raqqa.precision()).isEqualTo(Place.Precision.CITY);
        assertThat(raqqa.lat().getAsDouble()).isCloseTo(35.95, Offset.offset(0.05));
        // The claim's sentence names "the Syrian city" only: the nearest place before it is Raqqa.
        int claim = text.indexOf("initially formed to document");
        assertThat(places.forClaim(claim, claim + 40).flatMap(Place::country)).contains("SY");
        assertThat(places.focus().flatMap(Place::name)).contains("Mosul");
    }

    @Test
    void seed004NeighbourhoodInMosul() throws IOException {
        String text = seed("004_");
        ArticlePlaces places = resolver.resolve(text);
        Place jadida = placeOf(places, text, "a resident of the Al-Jadida neighborhood");
        assertThat(jadida.text()).contains("the Al-Jadida neighborhood");
        assertThat(jadida.country()).contains("IQ");
        assertThat(jadida.precision()).isEqualTo(Place.Precision.NEIGHBOURHOOD);
        assertThat(jadida.name().orElseThrow()).contains("Jadida");
        assertThat(places.mentions()).noneMatch(r -> r.mention().surface().equals("Daesh"));
    }

    @Test
    void claimLookupFallsBackToThePrecedingPlaceThenTheFocus() {
        String text = "Heavy fighting in Khan Younis continued.\n\nMedics said seven people were killed.";
        ArticlePlaces places = resolver.resolve(text);
        int second = text.indexOf("Medics");
        assertThat(places.within(second, text.length())).isEmpty();
        assertThat(places.before(second)).isEmpty();
        assertThat(places.forClaim(second, text.length()).flatMap(Place::name)).contains("Khan Yunis");
        assertThat(places.before(text.indexOf("continued")).flatMap(Place::text)).contains("Khan Younis");
        assertThat(places.forClaim(-0, 5)).isEqualTo(places.focus());
    }

    @Test
    void resolvingIsDeterministic() throws IOException {
        String text = seed("003_");
        assertThat(resolver.resolve(text)).isEqualTo(resolver.resolve(text));
        assertThat(resolver.resolve("")).satisfies(p -> {
            assertThat(p.mentions()).isEmpty();
            assertThat(p.focus()).isEqualTo(Optional.empty());
        });
    }

    private java.util.List<String> names(String text) {
        return resolver.resolve(text).mentions().stream().map(m -> m.place().name().orElseThrow()).toList();
    }

    @Test
    void aWireDatelineAndASpeakingGovernmentAreNoScenes() {
        assertThat(names("BEIRUT (AFP) - Thirteen civilians were killed in air raids on the village of Daret Izza near Aleppo."))
                .doesNotContain("Beirut").contains("Daret Izza, Aleppo");
        assertThat(names("Photo caption here BEIRUT Thirteen civilians were killed in Aleppo province on Wednesday."))
                .doesNotContain("Beirut");
        assertThat(names("Last updated at Oct 032017 BEIRUT A US-led coalition air strike killed at least 18 civilians in Raqqa."))
                .doesNotContain("Beirut").contains("Ar Raqqah");
        assertThat(names("Poultry farms hit\n\nDamascus, SANA- Two civilians were injured in a missile attack on farms near Tartus."))
                .doesNotContain("Damascus").contains("Tartus");
        assertThat(names("Russia says 62 Syrian troops were killed in coalition strikes near Deir ez-Zor.")).doesNotContain("Russian Federation");
        assertThat(names("Two Russian soldiers were killed in Syria, and a third died in Russia after he was flown home."))
                .contains("Russian Federation");
    }

    @Test
    void aPlacesPossessiveWithItsApostropheLostQualifiesTheNextName() {
        // Texts copied without apostrophes write "Syrias Aleppo": Aleppo is the scene, not part of a person's name.
        assertThat(names("Two civilians were killed in Syrias Aleppo city on Thursday.")).containsExactly("Aleppo");
        assertThat(names("Two civilians were killed in Syria's Aleppo city on Thursday.")).containsExactly("Aleppo");
        assertThat(names("Five people were killed in Aleppo, Syria, on Friday.")).containsExactly("Aleppo");
        assertThat(names("Three civilians were killed in Russian airstrikes on Idlibs countryside.")).containsExactly("Idlib");
        assertThat(names("His cousin Shams Abu Ali was killed on Friday.")).isEmpty();
    }

    @Test
    void twoStreetsNamedTogetherAreNoPlaces() {
        assertThat(names("Five people were wounded in a shooting at Atlantic and Monmouth Avenues in Asbury Park late Saturday night."))
                .containsExactly("Asbury Park");
    }

    @Test
    void aNameSomeoneOwnsIsAThingButTheirTownsHomeIsAPlace() {
        assertThat(names("A man was shot while sitting in his Cadillac on Main Street in Flint on Monday.")).containsExactly("Flint");
        assertThat(names("A 27-year-old man was shot outside his San Bernardino, Calif., home on Thursday.")).containsExactly("San Bernardino");
    }

    @Test
    void aForeignArmyIsNoEvidenceOfItsCountry() {
        // armies fight abroad: "Turkish drones" over a Syrian village say little of where the village lies
        String text = "Turkish drones struck the village of Shisha on Monday. The Turkish army said it hit fighters; "
                + "Turkish forces shelled the area again and Turkish artillery fired on homes in Kobani on Tuesday.";
        assertThat(resolver.resolve(text).mentions()).filteredOn(ResolvedMention::unlisted).singleElement()
                .satisfies(m -> assertThat(m.place().country()).hasValue("SY"));
        // a run of tags reads like a person's name, yet a cue frames the same two-word name as a place later on
        assertThat(names("Tags Syria Idlib regime airstrikes Kafr Takharim Khan Sheikhun Sixteen civilians were killed. "
                + "Another seven were killed in raids on Kafr Takharim in Idlib province.")).contains("Kafr Takharim");
        assertThat(names("The group extends its condolences to the al-Khor family for the death of their son Amir al-Khor.")).isEmpty();
        // a title makes the name after it a person's: Vladimir Putin is no city in Russia
        assertThat(names("The strike came a day after a mutiny against Russian President Vladimir Putin.")).isEmpty();
        // a group's name that holds a place is no scene: Turkestan, Kazakhstan, is not where the Turkistan Islamic Party was struck
        assertThat(names("Airstrikes also hit positions of the Turkistan Islamic Party in the western outskirts of Idlib city."))
                .containsExactly("Idlib");
        // nor is an outlet named after its town or region the scene of what it reports
        assertThat(names("Al-Quds News reported that 10 bodies were still under the rubble in Bani Suhaila.")).doesNotContain("Al Quds");
        assertThat(names("Five people were killed, Barazi was quoted as saying by Al Mayadeen TV channel.")).isEmpty();
        // a big place's name inside a person's name, next to a given name, is the person's: Al-Khalil is Hebron
        assertThat(names("The victims included 66 year old Zaki Hassan Khalil al-Tahrawi, killed in Rafah.")).doesNotContain("Hebron");
        assertThat(names("Ten people were killed in Aleppo Ahmed al-Ahmad said.")).contains("Aleppo");
        // a country's name before its forces names an actor: "U.S. raids on Raqqa" happened in Raqqa
        assertThat(names("22 dead in heavy U.S. raids on the Raqqa stronghold.")).containsExactly("Ar Raqqah");
        assertThat(names("At least 40 civilians were killed in US-led coalition strikes on Manbij.")).containsExactly("Manbij");
        // nor is a country in a group's name, across a border or owning a state's body
        assertThat(names("Thirteen militants of the Islamic State in Iraq and Levant were killed in Raqqa.")).containsExactly("Ar Raqqah");
        assertThat(names("ISIL beheaded eight rebels in a town on the border with Iraq last week.")).isEmpty();
        // a word that opens Arabic place names, with more of the name after it, heads a name the gazetteer lacks;
        // a type word is no place of its own
        assertThat(names("He saw at least 80 bodies at the hospital in Ain Tarma on Wednesday.")).doesNotContain("Al Ain City");
        // "Bab" (a gate) opens quarters' names too: "Bab al-Faraj" in Aleppo is not the town of al-Bab, which keeps its article
        assertThat(names("Two people were killed by rockets in Bab al-Faraj in Aleppo city.")).doesNotContain("Al Bab");
        assertThat(names("Barrel bombs killed 11 in al-Bab in Syria.")).contains("Al Bab");
        assertThat(names("Explosion Kills Four in Hometown of Assad Family")).isEmpty();
        // a town's name before a street's type word names the street, however big the town
        assertThat(names("A man was shot on Raleigh Street in Orlando late Sunday.")).containsExactly("Orlando");
        // an age after a name makes it a person's: "Rashid" and "Zuhair" are no towns in Egypt and Iraq here
        assertThat(names("As for the injured, they are:\n\n* Manan Rashid Hussein (57 years old)\n\n* Zuhair Abd al-Rahman Mohammed (36 years old)"))
                .isEmpty();
        assertThat(names("Quinton Nance, 16, was shot and killed in an alley in Indianapolis on Thursday.")).containsExactly("Indianapolis");
        // after a cue, a word that opens Arabic place names heads a name the gazetteer holds under other vowels; never a person's
        assertThat(names("In Deir Ezour the Syrian army targeted ISIL strongholds, killing a number of terrorists.")).containsExactly("Deir ez-Zor");
        assertThat(names("The men met in Abu Ahmed's house in Douma in Syria.")).doesNotContain("Abu Ahmed");
    }

    @Test
    void aTransliteratedLastWordInLowerCaseStillNamesThePlace() {
        assertThat(names("US airstrikes kill 23 civilians in Syrias Deir ezzor.")).containsExactly("Deir ez-Zor");
        // an English word in lower case ends no name: "the White house" is no Tennessee town
        assertThat(names("Protesters gathered outside the White house on Sunday.")).isEmpty();
    }

    @Test
    void aCitysCountrysideIsItsProvince() {
        // "Idlib countryside", "rural Aleppo": the land around a governorate's seat, which in Syrian reporting is the governorate
        for (String text : java.util.List.of("Three civilians were killed in Russian airstrikes on Idlib countryside.",
                "Three civilians were killed in Russian airstrikes on the countryside of Idlib.",
                "Three civilians were killed in Russian airstrikes on rural Idlib.",
                "Three Civilians Killed in Russian Airstrikes on Rural Idlib")) {
            assertThat(resolver.resolve(text).mentions()).as(text).singleElement()
                    .satisfies(m -> assertThat(m.place().precision()).isEqualTo(Place.Precision.ADMIN_AREA))
                    .satisfies(m -> assertThat(m.place().name()).hasValue("Idlib"));
        }
        assertThat(resolver.resolve("Three civilians were killed in Russian airstrikes on Idlib.").mentions()).singleElement()
                .satisfies(m -> assertThat(m.place().precision()).isEqualTo(Place.Precision.CITY));
        // a town the gazetteer lacks, in a province's countryside, is placed inside it
        assertThat(names("Regime forces conducted air raids on the town of Zamalka in rural Damascus killing seven people."))
                .singleElement().satisfies(n -> assertThat(n).startsWith("Zamalka, "));
    }

    @Test
    void aNeighbourhoodOfAnAmericanCityIsNoCityAbroadAndAQuarterWordNoTown() {
        assertThat(resolver.resolve("CHICAGO - Two men were shot on West 19th Street in the Pilsen neighborhood, police said.").mentions())
                .singleElement().matches(m -> m.unlisted() && m.place().country().orElseThrow().equals("US"));
        assertThat(names("A man was injured in a shooting on a highway on the Westside, authorities said.")).isEmpty();
    }

    @Test
    void aStateWrittenAfterATownSettlesWhichTownItIs() {
        ArticlePlaces roswell = resolver.resolve("ROSWELL, Ga. - A man was shot on Friday in Roswell, police said.");
        assertThat(roswell.mentions()).singleElement().satisfies(m -> assertThat(m.entry().admin1()).isEqualTo("GA"));
        ArticlePlaces athens = resolver.resolve("A firefighter was shot in Athens, Georgia on Tuesday.");
        assertThat(athens.mentions()).singleElement().satisfies(m -> {
            assertThat(m.entry().country()).isEqualTo("US");
            assertThat(m.entry().admin1()).isEqualTo("GA");
        });
        assertThat(resolver.resolve("A man was shot in Albany, N.Y., on Tuesday.").mentions().get(0).entry().admin1()).isEqualTo("NY");
        // the division's word may stand between: "GREENVILLE CO., SC" is Greenville County in South Carolina, not Liberia's
        ArticlePlaces greenville = resolver.resolve("GREENVILLE CO., SC (WSPA) - Deputies say one man was fatally shot in Greenville.");
        assertThat(greenville.mentions()).allSatisfy(m -> assertThat(m.entry().country()).isEqualTo("US"));
        // a town spelled as the state's abbreviation (Norway's Fla) does not hide the state: Parkland, Florida, not Washington's
        ArticlePlaces parkland = resolver.resolve("Students rallied in Baltimore after 17 were killed in a school shooting in Parkland, Fla., last month.");
        assertThat(parkland.mentions()).filteredOn(m -> m.entry().name().equals("Parkland")).singleElement()
                .satisfies(m -> assertThat(m.entry().admin1()).isEqualTo("FL"));
    }

    @Test
    void twoCountriesJoinedQualifyAThingAndAnArabicArticleKeepsANameAtHome() {
        // "a US-Russia truce deal" names no scene; "al-Meridian" is an Aleppo quarter, not Meridian, Mississippi
        assertThat(names("Five civilians were killed in Aleppo as the opposition considered a US-Russia truce deal."))
                .containsExactly("Aleppo");
        assertThat(resolver.resolve("A man was killed when terrorists fired rocket shells on al-Meridian and al-Zahraa "
                + "neighborhoods in Aleppo city, a source at the US-backed Police Command said.").mentions())
                .noneMatch(m -> m.place().country().orElseThrow().equals("US"));
    }

    @Test
    void aPagesTagsMakeNoPersonOfAPlaceNamedAgainBelow() {
        // the tags run "Assad Rebels Aleppo" together; the Aleppo of the next sentence is still a place
        String text = "Tags Syria Airstrikes Truce Ceasefire Assad Rebels Aleppo At least five civilians were killed in aerial "
                + "bombardment targeting a rebel-controlled neighbourhood east of Aleppo on Sunday.";
        assertThat(placeOf(resolver.resolve(text), text, "east of Aleppo").name()).hasValue("Aleppo");
    }

    @Test
    void aPartOfTheCityIsAPartOfTheTownTheArticleNames() {
        // "the city's Edgewood neighborhood" in a Baltimore story: Baltimore's, not a town called Edgewood in another state
        String text = "Three teens were shot in Baltimore on Saturday. Two were hurt near Edmondson Avenue in the city’s Edgewood "
                + "neighborhood, and one in the city’s Saint Joseph’s neighborhood, police said.";
        ArticlePlaces places = resolver.resolve(text);
        assertThat(placeOf(places, text, "Edgewood").name()).hasValue("Edgewood, Baltimore");
        assertThat(placeOf(places, text, "Saint Joseph").name()).hasValue("Saint Joseph, Baltimore");
        assertThat(placeOf(places, text, "Saint Joseph").precision()).isEqualTo(Place.Precision.NEIGHBOURHOOD);
    }

    @Test
    void aPlacesPoliceMakeItNoPersonsName() {
        ArticlePlaces chester = resolver.resolve("CHESTER, S.C. \u2013 Police in Chester arrested a man over the weekend. "
                + "According to Chester Police, officers responded to a shooting in the 100 block of Pine Street.");
        assertThat(chester.mentions()).isNotEmpty().allSatisfy(m -> assertThat(m.entry().country()).isEqualTo("US"));
    }
}
