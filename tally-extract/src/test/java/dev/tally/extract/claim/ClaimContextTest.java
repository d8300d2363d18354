package dev.tally.extract.claim;

import dev.tally.model.Article;
import dev.tally.model.Claim;
import dev.tally.model.ClaimKind;
import dev.tally.model.Place;
import dev.tally.model.Provenance;
import dev.tally.model.Victims;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Where and when a claim happened, and the rule that says so. */
class ClaimContextTest {
    private final ClaimExtractor extractor = new ClaimExtractor();

    private List<Claim> claims(String text) {
        return extractor.extract(new Article("t.txt", text, Optional.of(LocalDate.of(2021, 11, 5)), Map.of())).claims();
    }

    /** The kinds of the claims of paragraphs that follow one another in one article. */
    private List<ClaimKind> kinds(String... paragraphs) {
        return claims(String.join("\n\n", paragraphs)).stream().map(Claim::kind).toList();
    }

    private static String rule(Claim c, Provenance.Field field) {
        return c.provenance().basis().get(field);
    }

    private static void assertDated(Claim c, LocalDate day, String rule) {
        assertThat(c.date().start()).contains(day);
        assertThat(rule(c, Provenance.Field.DATE)).isEqualTo(rule);
    }

    @Test
    void aPlaceNamedOnlyInAPublicBodysNameIsTheLastResort() {
        // the prosecutor's office sits in the county; the killing was in the city the article names
        List<Claim> c = claims("NEWARK, N.J. - A man was fatally shot Thursday night in Newark, authorities said. He was found on Leslie Street, "
                + "according to a statement from the Essex County Prosecutor's Office. He was pronounced dead at 10:13 p.m.");
        assertThat(c).filteredOn(x -> x.sentence().startsWith("He was pronounced")).singleElement()
                .satisfies(x -> assertThat(x.place().name()).hasValue("Newark"));
    }

    @Test
    void aSentenceBeforeLendsTheDayOfItsEventNotTheDayItsSourceSpoke() {
        // published Friday 5 November 2021: the shooting was Tuesday night (2 Nov), the detectives spoke on Wednesday (3 Nov)
        List<Claim> c = claims("One man was shot and killed after a shooting Tuesday night, sheriff's homicide detectives said Wednesday. "
                + "The woman was taken to a hospital where she is in stable condition.");
        assertThat(c).filteredOn(x -> x.sentence().startsWith("The woman")).singleElement()
                .satisfies(x -> assertDated(x, LocalDate.of(2021, 11, 2), "date:sentence-before"));
        // a caption's day a week before what the monitor said on Thursday is no day of the event told after it
        List<Claim> captioned = claims("Jets are seen at an air base on October 25 2021 the monitor said on Thursday. "
                + "Air raids on the town killed 58 civilians.");
        assertThat(captioned).singleElement().satisfies(x -> assertThat(x.date().start()).contains(LocalDate.of(2021, 11, 4)));
    }

    @Test
    void oneEventInAProvinceOrCountryTakesTheTownItsSentenceNames() {
        List<Claim> c = claims("Two civilians were killed in Aleppo province on Monday when shells hit the town of Jarabulus.\n\n"
                + "Five people were killed in Syria on Monday when a car bomb exploded in the town of Azaz.");
        assertThat(c).extracting(x -> x.place().name().orElse("-")).containsExactly("Jarabulus", "I'zaz");
        assertThat(c).allSatisfy(x -> assertThat(rule(x, Provenance.Field.PLACE)).isEqualTo("place:finer-in-sentence"));
    }

    @Test
    void aProvincesFinerPlaceMustLieInTheProvince() {
        // Hama city lies within 150 km of Idlib province's point, but in another province: "the Idleb region" stays
        List<Claim> c = claims("Two were killed in a rocket attack in the town of al-Suqaylabiyah near Hama on Sunday.\n\n"
                + "Russian bombings killed seven people in the Idleb region on Friday.");
        assertThat(c).extracting(x -> x.place().name().orElse("-")).containsExactly("As Suqaylibiyah", "Idlib");
        assertThat(rule(c.get(1), Provenance.Field.PLACE)).isEqualTo("place:in-clause");
    }

    @Test
    void aFigureInAConjunctWithNoVerbOfItsOwnTakesThePlaceThatConjunctNames() {
        List<Claim> c = claims("Five more civilians were killed in the town of Sabqa and one in the town of Harasta, the Observatory said.\n\n"
                + "The strikes killed 45 civilians in and around Aleppo and 22 in neighbouring Idlib province.\n\n"
                // the conjuncts share the place named after the second: "others injured in" has its verb
                + "Five people were killed in Hama and a number of others injured in a chemical attack on a village in Idlib.");
        assertThat(c).extracting(x -> x.place().name().orElse("-")).containsExactly("Sabqa", "Harasta", "Aleppo", "Idlib", "Hamah", "Hamah");
        assertThat(List.of(c.get(1), c.get(3))).allSatisfy(x -> assertThat(rule(x, Provenance.Field.PLACE)).isEqualTo("place:in-own-conjunct"));
        // strikes over two days are a total; each conjunct's total keeps its own place, the first's not widened to the second's
        List<Claim> days = claims("The air strikes which began Saturday and continued Sunday killed 45 civilians in and around Aleppo and 22 in "
                + "neighbouring Idlib province, the Observatory said.");
        assertThat(days).extracting(Claim::kind).containsOnly(ClaimKind.AGGREGATE);
        assertThat(days).extracting(x -> x.place().name().orElse("-")).containsExactly("Aleppo", "Idlib");
    }

    @Test
    void whereASourceIsGivesWayToAPlaceByItThatTheClauseNames() {
        List<Claim> c = claims("Activists in Homs said 12 people were killed in shelling on the town of Talbiseh.\n\n"
                + "Later the correspondent in Aleppo said that 3 people were killed by rocket shells on Salah-Eddin neighborhood in the city.");
        assertThat(c).extracting(x -> x.place().name().orElse("-")).containsExactly("Tallbisah", "Salah-Eddin");
        assertThat(claims("Activists in Homs said 12 people were killed in the shelling.").get(0).place().name()).contains("Homs");
    }

    @Test
    void aCountyTheGazetteerLacksIsInTheCountryOfTheStateWrittenAfterIt() {
        // "Indian" made it India's; no state at all left it nowhere
        assertThat(claims("A man was shot in Indian River County, Fla. on Monday.").get(0).place().country()).contains("US");
        assertThat(claims("One man was fatally shot after an argument between roommates in Greenville County, SC.").get(0).place().country())
                .contains("US");
    }

    @Test
    void aForeignTownInALongerNameOrNamedWithNoCueIsNoScene() {
        // Le Robert (Martinique) in a hospital's name of an American story
        Claim finger = claims("ORLANDO, Fla. - A man suffered a gunshot wound to his finger and was taken to Robert Wood Johnson "
                + "University Hospital.").get(0);
        assertThat(finger.place().country()).contains("US");
        // a Gaza story that names its strip: "Samar" is one of the dead, not Russia's Samara
        Claim gaza = claims("An Israeli airstrike hit a house in the Gaza Strip on Monday. The dead included Samar, a nurse. "
                + "Enas Muhammad Fares was also reported injured.").get(0);
        assertThat(gaza.place().name()).contains("Gaza Strip");
        // a town of the article's own country keeps its place with no cue
        assertThat(claims("Aleppo was shelled on Monday in Syria, and 12 people were killed.").get(0).place().name()).contains("Aleppo");
    }

    @Test
    void oneEventTakesTheDayItsRangeNamesOverAVagueStretch() {
        Claim bab = claims("The regime has stepped up air attacks in Aleppo province in recent days killing at least 57 civilians when it "
                + "dropped container bombs on the town of Al Bab at the weekend.").get(0);
        assertThat(bab.date().start()).contains(LocalDate.of(2021, 10, 30));
        assertThat(bab.date().end()).contains(LocalDate.of(2021, 10, 31));
        // a counted stretch stays
        Claim day = claims("21 fighters have been killed in clashes in the last 24 hours in Syria on Friday.").get(0);
        assertThat(day.date().start()).contains(LocalDate.of(2021, 11, 4));
    }

    @Test
    void aDayWrittenAsTheOrdinalOfAMonthMarksOneEvent() {
        assertThat(kinds("On the 14th of October, up to eight civilians were reportedly injured in an airstrike on a house in Bureij camp."))
                .containsExactly(ClaimKind.INCIDENT);
        // a month alone is a period
        assertThat(kinds("In October, 200 civilians were killed in Idlib province.")).containsExactly(ClaimKind.AGGREGATE);
    }

    @Test
    void aProvinceIsNotRefinedToItsOwnSeatNamedElsewhere() {
        // "Daraa" named in another sentence is as often the province again as the city
        List<Claim> c = claims("Rebels shelled Daraa on Sunday. The Syrian army killed at least 50 militants in Daraa countryside on Monday.");
        assertThat(c.get(c.size() - 1).place().precision()).isEqualTo(Place.Precision.ADMIN_AREA);
    }

    @Test
    void aPlaceNamedToSayWhereAnotherLiesIsNoScene() {
        assertThat(claims("Elsewhere air strikes on Douma, the besieged rebel-held town east of Damascus, killed at least 10 civilians.")
                .get(0).place().name()).contains("Duma");
        assertThat(claims("Air strikes hit the market in Atareb west of Aleppo and killed at least 61 people.")
                .get(0).place().name()).contains("Al Atarib");
        // a reference named on its own, far from any other place, is where it happened ("near the city of Fallujah")
        assertThat(claims("The civilian casualties in Mosul come just days after US Defense Secretary Ashton Carter issued a public apology "
                + "for a US air strike that, according to Iraqi government reports, killed at least nine Iraqi government soldiers near the "
                + "city of Fallujah.").get(0).place().name()).contains("Al Fallujah");
    }

    @Test
    void aForeignTownBeforeTheStoryIsTheDesksDatelineNoScene() {
        List<Claim> c = claims("Last updated at Feb 02 2015 Beirut Syrian government air strikes on opposition-held towns across the country "
                + "killed at least 44 people on Monday. In Jassem in the southern province of Daraa 16 civilians were killed in air strikes.");
        assertThat(c.get(0).place().country()).contains("SY");
        // one country, one day: the later strikes are the government's too
        assertThat(c.get(1).actor().perpetrator()).contains("Syrian government");
        // a foreign city framed as a scene stays one
        assertThat(claims("Two people were killed in Beirut on Monday when a car bomb exploded, Syrian state media said.").get(0).place().name())
                .contains("Beirut");
    }

    @Test
    void aLeadPlacedInTheCountryTakesTheDatelinesTownWhenTheTextNamesItToo() {
        Claim market = claims("This is a locator map for Syria with its capital, Damascus.\n\n"
                + "JISR AL-SHUGHUR, Syria — An airstrike early Sunday over a busy market in northwestern Syria killed at least nine people.\n\n"
                + "The monitor said that Russia launched the strike over the strategic opposition-held town of Jisr al-Shughur.").get(0);
        assertThat(market.place().name()).contains("Jisr ash Shughur");
        assertThat(rule(market, Provenance.Field.PLACE)).isEqualTo("place:dateline-inside");
        // a capital's dateline that the text names no more is the desk's, not the scene
        Claim blast = claims("DAMASCUS (Sputnik) - A suicide blast near a militant headquarters in Syria left at least 45 people dead.").get(0);
        assertThat(rule(blast, Provenance.Field.PLACE)).isNotEqualTo("place:dateline-inside");
    }

    @Test
    void aHeadlinesProvinceOrCountryTakesTheFinerPlaceItsArticleNamesMost() {
        // "Syria's Idlib" over a report of Idlib province: the town the article names again and again, beyond its lead
        String text = "58 killed in suspected gas attack in Syria's Idlib\n\n"
                + "Dozens of people have been killed in Syria's northern Idlib province on Tuesday in a suspected chemical attack. "
                + "The monitor put the death toll at 58. There was no comment from the regime. A regime source denied it. "
                + "It called the claims propaganda. It was the third such claim in a week. The previous two were reported in Hama "
                + "province not far from Khan Sheikhoun, the site of Tuesday's attack. Doctors went to Khan Sheikhoun before noon. "
                + "Photos from Khan Sheikhoun show limp bodies.";
        Claim headline = claims(text).get(0);
        assertThat(headline.place().name()).hasValue("Khan Shaykhun");
        assertThat(rule(headline, Provenance.Field.PLACE)).isEqualTo("place:most-named-inside");
        // named twice only after the lead, a town is as often another story's: the headline keeps its province
        String background = "Strike on Syria's Idlib kills 18\n\n"
                + "An airstrike on Saturday killed 18 people in Syria's Idlib province, rescuers said. Rescuers dug through rubble. "
                + "Residents fled. Shops closed. Schools closed. Aid was blocked. Days earlier a gas attack on Khan Sheikhoun killed 87. "
                + "The attack on Khan Sheikhoun drew US missiles.";
        assertThat(claims(background).get(0).place().name()).hasValue("Idlib");
    }

    @Test
    void aLocalReportWithNoOtherPlaceIsPlacedAtItsDatelineAWireAbroadIsNot() {
        Claim local = claims("CHICAGO – A man was shot and wounded Tuesday night while walking home, police said.").get(0);
        assertThat(local.place().name()).hasValue("Chicago");
        assertThat(rule(local, Provenance.Field.PLACE)).isEqualTo("place:dateline");
        Claim wire = claims("BEIRUT (AFP) – Air strikes killed 12 civilians on Tuesday, a monitor said. The strikes hit rebel areas in Syria.")
                .get(0);
        assertThat(wire.place().country()).contains("SY");
    }

    @Test
    void whereNoWarGoesOnUnqualifiedPeopleShotAreCivilians() {
        Claim shot = claims("Two men were shot on Main Street in Chicago on Saturday night, police said.").get(0);
        assertThat(shot.victims()).isEqualTo(Victims.CIVILIAN);
        assertThat(rule(shot, Provenance.Field.VICTIMS)).isEqualTo(Peacetime.RULE);
        // in a war an unqualified person may be a fighter; an armed party named as the hand behind the harm means a war too
        assertThat(claims("Two people were killed in Raqqa in Syria on Saturday, activists said.").get(0).victims()).isEqualTo(Victims.UNKNOWN);
        assertThat(claims("In Iraq, the US-led invasion of 2003 cost the lives of hundreds of thousands.").get(0).victims())
                .isEqualTo(Victims.UNKNOWN);
    }

    @Test
    void runningTollsAndStretchesAreTotalsNotRates() {
        // plural strikes that "have killed", on no day, are a running toll; "in under a month" is a stretch, and no rate
        assertThat(kinds("The strikes have killed 122 civilians in Idlib province in Syria.")).containsOnly(ClaimKind.AGGREGATE);
        assertThat(kinds("Over 350 militants were killed in under a month of infighting in Eastern Ghouta in Syria."))
                .containsOnly(ClaimKind.AGGREGATE);
        assertThat(kinds("Russian air strikes killed 12 civilians in Idlib in Syria on Monday.")).containsOnly(ClaimKind.INCIDENT);
        assertThat(claims("An average of 30 civilians were killed a month in Ghouta in Syria.")).isEmpty();
        // "Among the dead were 22 children" is a part of the toll before, of its kind and day
        List<Claim> among = claims("Air strikes on a school complex in Hass in Syria killed 35 people on Wednesday, a monitor said. "
                + "Seven days of strikes across the province had left more than 75 civilians dead. Among the dead were 22 children.");
        assertThat(among).extracting(Claim::kind).containsExactly(ClaimKind.INCIDENT, ClaimKind.AGGREGATE, ClaimKind.AGGREGATE);
        // "a day after", "a year earlier" place an event in time: no rate, no total
        assertThat(kinds("The attack in Idlib came a day after air strikes killed 26 people in the province in Syria.",
                "A year earlier, 49 children were killed in Houla in Syria.")).containsExactly(ClaimKind.INCIDENT, ClaimKind.INCIDENT);
        // digits glued to a name are a handle's, no figure
        assertThat(claims("A video posted by @Jales_tinian2 identified a boy who was injured during the strike on Gaza."))
                .extracting(c -> c.count().phrase()).containsExactly("a boy");
    }

    @Test
    void aHeadlinesCityTakesTheOnePartOfItTheArticleNames() {
        String text = "Shelling kills two in Aleppo\n\n"
                + "Two people were killed on Saturday when rebel shells hit the Sulaymaniyah neighborhood of the Syrian city of Aleppo, state media said.";
        List<Claim> c = claims(text);
        assertThat(c.get(0).place().name()).hasValueSatisfying(n -> assertThat(n).contains("Sulaymaniyah"));
        assertThat(rule(c.get(0), Provenance.Field.PLACE)).isEqualTo("place:only-part-in-article+unlisted");
        String two = "Shelling kills two in Aleppo\n\n"
                + "Rebel shells hit the Sulaymaniyah neighborhood of Aleppo on Saturday, state media said. "
                + "Later a mortar round fell on al-Midan neighborhood in Aleppo city.";
        assertThat(claims(two).get(0).place().name()).hasValue("Aleppo");
    }

    @Test
    void aTownTheGazetteerLacksIsNamedAndSaysSo() {
        Claim c = claims("Five civilians were killed when Syrian regime helicopters dropped barrel bombs on the village of Taduf on Monday.").get(0);
        assertThat(c.place().name()).hasValue("Taduf");
        assertThat(c.place().country()).hasValue("SY");
        assertThat(rule(c, Provenance.Field.PLACE)).isEqualTo("place:in-clause+unlisted");
    }

    @Test
    void aFigureWithoutADateBorrowsNoneFromTheReportsBackground() {
        Claim old = claims("The market was first bombed in September. Five civilians were killed when shells hit it again.").get(0);
        assertThat(old.date().start()).isEmpty();
        assertThat(rule(old, Provenance.Field.DATE)).isEqualTo("date:none");
        Claim recent = claims("Shells hit the market on Wednesday. Five civilians were killed, medics said.").get(0);
        assertDated(recent, LocalDate.of(2021, 11, 3), "date:sentence-before");
    }

    @Test
    void aPeriodInTheClauseMakesATotalUnlessADayMarksOneEvent() {
        List<Claim> c = claims("Since Tuesday, heavy artillery fire and air strikes on the region have killed at least 66 civilians.\n\n"
                + "Six days of heavy bombing have killed dozens in the region.\n\n"
                + "The strike on Monday killed 12 people, the deadliest since the war began.");
        assertThat(c).extracting(Claim::kind).containsExactly(ClaimKind.AGGREGATE, ClaimKind.AGGREGATE, ClaimKind.INCIDENT);
        assertThat(rule(c.get(0), Provenance.Field.KIND)).isEqualTo("kind:period-in-clause");
    }

    @Test
    void anotherCountryNamedAsAnActorIsNoScene() {
        String text = "Regime warplanes struck the town of Saraqib in Syria on Monday.\n\n"
                + "Intense bombardment by the regime and its ally Russia killed over 80 civilians, the monitor said.";
        assertThat(claims(text)).singleElement().satisfies(c -> assertThat(c.place().country()).hasValue("SY"));
    }

    @Test
    void aDatelineRunIntoTheLeadMarksNoEvent() {
        assertThat(kinds("Wednesday 07 December 2016 Activists said that at least 135 civilians have been killed in air strikes on the province over the past three days."))
                .containsExactly(ClaimKind.AGGREGATE);
    }

    @Test
    void aWholeMonthOrTheLastDaysMakeATotal() {
        assertThat(kinds("The group documented 270 civilians killed by bombing in Aleppo during April.",
                "Twenty-one fighters were killed in clashes in the last 24 hours in Syria.",
                "Five civilians were killed in the last strike on the town on Monday.",
                "An activist said 300 men were executed in one day in the town earlier this week."))
                .containsExactly(ClaimKind.AGGREGATE, ClaimKind.AGGREGATE, ClaimKind.INCIDENT, ClaimKind.INCIDENT);
    }

    @Test
    void pluralStrikesOnAProvinceMakeATotalAndOnATownOneEvent() {
        List<Claim> c = claims("Thirteen civilians were killed in regime air raids on Aleppo province, the monitor said.\n\n"
                + "Raids killed 16 civilians in the town of Douma, the monitor said.\n\n"
                + "Nine civilians were killed in regime air raids on rural Homs today.");
        assertThat(c).extracting(Claim::kind).containsExactly(ClaimKind.AGGREGATE, ClaimKind.INCIDENT, ClaimKind.INCIDENT);
        assertThat(rule(c.get(0), Provenance.Field.KIND)).isEqualTo("kind:plural-attacks-over-an-area");
    }

    @Test
    void attacksCountedAsTheSubjectOfTheHarmMakeATotal() {
        List<Claim> c = claims("February: Ten attacks killed eight people in the region, the monitor said.\n\n"
                + "The monitor said 28 Turkish drone strikes left 17 people dead.\n\n"
                + "Two civilians were killed in two airstrikes on the village, the monitor said.\n\n"
                + "Rights groups accused the regime of at least eight chemical attacks on the city that killed nine civilians.\n\n"
                + "More than 34 people were wounded in multiple Russian strikes on the town, the civil defence said.");
        assertThat(c).extracting(Claim::kind).containsExactly(ClaimKind.AGGREGATE, ClaimKind.AGGREGATE, ClaimKind.INCIDENT,
                ClaimKind.AGGREGATE, ClaimKind.INCIDENT);
        assertThat(rule(c.get(0), Provenance.Field.KIND)).isEqualTo("kind:counted-attacks");
    }

    @Test
    void oneOperationOrStrikeIsOneEventButOperationsAreMany() {
        // each its own article: an article's unmarked figures take the kind of its marked ones
        assertThat(kinds("One civilian was killed in the operation on al-Zar village, a local source said.")).containsExactly(ClaimKind.INCIDENT);
        assertThat(kinds("Coalition operations have killed 120 fighters in the province, the monitor said.")).containsExactly(ClaimKind.AGGREGATE);
        assertThat(kinds("Shehab Agency reported that three civilians were killed during the strike.")).containsExactly(ClaimKind.INCIDENT);
    }

    @Test
    void aPlaceInAnAsideSaysWhereSomeoneWasNotWhereTheHarmWas() {
        Claim c = claims("A woman was killed while six other civilians were injured when regime forces – stationed in a playground "
                + "in Daraa city – used missile launchers to shell Tafas city on Thursday.").get(1);
        assertThat(c.place().name()).hasValue("Tafas");
        // a place the text measures from, far away, is no scene: "160 km north of Damascus" is not in Damascus
        assertThat(claims("The twin car bombs in the town, some 160 km north of Damascus, killed 50 people on Sunday.").get(0).place().name())
                .isEmpty();
        assertThat(claims("A strike on a village 10 km south of Idlib killed five on Sunday.").get(0).place().name()).hasValue("Idlib");
        // a name alone in brackets is the place's other name
        Claim kobani = claims("Four civilians were injured in an attack on a shop west of Ain Al-Arab (Kobani) east of Aleppo on Thursday.").get(0);
        assertThat(kobani.place().name()).hasValue("'Ayn al 'Arab");
    }

    @Test
    void aSpanOfYearsNeverDatesOneEvent() {
        List<Claim> c = claims("Two civilians were killed by shelling on the town, which has been under siege for nearly two years.");
        assertThat(c).singleElement().satisfies(x -> {
            assertThat(x.date().start()).isEmpty();
            assertThat(rule(x, Provenance.Field.DATE)).isEqualTo("date:none");
        });
    }

    @Test
    void everyFieldSaysItsRule() {
        Claim c = claims("A US airstrike killed 12 civilians in Mosul on Monday, the UN said.").get(0);
        assertThat(c.provenance().basis()).containsKeys(Provenance.Field.values());
        assertThat(rule(c, Provenance.Field.DATE)).isEqualTo("date:in-clause");
        assertThat(rule(c, Provenance.Field.PLACE)).isEqualTo("place:in-clause");
        assertThat(rule(c, Provenance.Field.VICTIMS)).isEqualTo("victims:head-noun");
        assertThat(rule(c, Provenance.Field.KIND)).isEqualTo("kind:nearest-marker-in-clause");
    }

    @Test
    void theGroupThatSaysItIsTheSourceNamedBefore() {
        List<Claim> c = claims("Three rescue workers were killed in shelling on the town, the White Helmets said on Friday. "
                + "Four children were also killed in earlier shelling, the group said.");
        assertThat(c).extracting(x -> x.claimant().orElse("-")).containsExactly("Syria Civil Defence", "Syria Civil Defence"); // the White Helmets, by their canonical name
        assertThat(rule(c.get(1), Provenance.Field.CLAIMANT)).isEqualTo("claimant:pronoun-antecedent");
    }

    @Test
    void oneEventsMeansInThePluralMarkIt() {
        List<Claim> c = claims("More than 330,000 people have been killed since the war began in 2011.\n\n"
                + "State news agency SANA said artillery fire killed two people and wounded nine others in the Old City.");
        assertThat(c).extracting(Claim::kind).containsExactly(dev.tally.model.ClaimKind.AGGREGATE, dev.tally.model.ClaimKind.INCIDENT,
                dev.tally.model.ClaimKind.INCIDENT);
    }

    @Test
    void anotherArticlesHeadlineInARelatedListIsNoClaim() {
        String body = "Two civilians were killed in shelling on the town of Saraqib on Monday, the civil defence said. ".repeat(4);
        List<Claim> c = claims("Shelling kills two in Saraqib\n\n" + body + "\n\nRelated\n\nGaza Civil Defence Says Israeli Attacks Kill 26 Near Two Aid Centers\n");
        assertThat(c).extracting(x -> x.count().min().getAsLong()).doesNotContain(26L);
    }

    @Test
    void aListOfLinksAfterTheArticleIsNoClaim() {
        String body = "Two civilians were killed in shelling on the town of Saraqib on Monday, the civil defence said. ".repeat(4);
        List<Claim> c = claims("Shelling kills two in Saraqib\n\n" + body + "\n\nPrev Post\n\n"
                + "Person killed and other civilians injured in bombardment by a drone in Idlib suburbs on Dec 3\n\n"
                + "Unidentified gunmen killed a man in E. Aleppo governorate on December 3\n\n"
                + "The daily death toll of civilian victims in Syria on December 3, 2021\n");
        assertThat(c).extracting(x -> x.sentence()).noneMatch(s -> s.contains("Aleppo") || s.contains("Idlib")).isNotEmpty();
        // a page without line breaks runs its closing links into the last sentence
        List<Claim> runOn = claims("A car bombing killed at least 26 displaced people in eastern Syria on Friday, the monitor said. "
                + "Source AFP Related News Suicide car bomb kills eight fighters in Daraa Air strike kills 54 in Syrias Deir Ezzor monitor");
        assertThat(runOn).extracting(x -> x.count().min().getAsLong()).containsExactly(26L);
        // one unfinished line alone is no list: a caption, a section title
        List<Claim> single = claims("Shelling kills two in Saraqib\n\n" + body + "\n\nUnidentified gunmen killed a man in E. Aleppo governorate on December 3\n\n" + body);
        assertThat(single).extracting(x -> x.sentence()).anyMatch(s -> s.contains("Aleppo"));
    }

    @Test
    void placesInOtherArticlesHeadlinesSayNothingOfWhereThisOnesEventWas() {
        String text = "A drone struck a car in the Sinaa neighborhood, killing four people, the statement said.\n\n"
                + "Other news\n\nSDF hands over new batch of ISIS members; their families to Iraq\n\n"
                + "SDF capture 21 of ISIS members in May\n";
        assertThat(claims(text)).singleElement().satisfies(c -> assertThat(c.place().country()).isNotEqualTo(java.util.Optional.of("IQ")));
    }

    @Test
    void theDayItWasSaidYieldsToTheDayItHappened() {
        Claim c = claims("UNICEF said on Thursday 546 people were injured in the attack on Tuesday.").get(0);
        assertDated(c, LocalDate.of(2021, 11, 2), "date:in-clause");
        Claim onlySaid = claims("The monitor said on Thursday that 12 people were killed in the raid.").get(0);
        assertDated(onlySaid, LocalDate.of(2021, 11, 4), "date:statement-day");
    }

    @Test
    void theBodiesOfPeopleAreThePeopleNamedAfterOf() {
        assertThat(claims("Activists are reporting that at least 65 bodies of civilians have been found in a central town."))
                .singleElement().satisfies(x -> assertThat(x.victims()).isEqualTo(Victims.CIVILIAN));
    }

    @Test
    void aSubgroupNamesAPartOrAllTheVictims() {
        List<Claim> c = claims("Two children were killed in shelling on the town on Monday.\n\n"
                + "Fifteen civilians including nine children were killed in raids on the village on Tuesday.");
        assertThat(c).extracting(x -> x.subgroup().orElse("-")).containsExactly("children", "-", "children");
        assertThat(c).extracting(Claim::part).containsExactly(false, false, true);
        assertThat(claims("A child was killed when a shell hit the family's home on Monday.")).singleElement()
                .satisfies(x -> assertThat(x.subgroup()).contains("children"));
    }

    @Test
    void aWarsTollSpansTheWarSoFarAndNoSpanRunsPastPublication() {
        // published 5 November 2021, in Syria: the war counted from 15 March 2011
        List<Claim> c = claims("Shelling killed three civilians in the city of Idlib in Syria on Monday. "
                + "The war has killed more than 350000 people and displaced millions since it began in 2011.");
        Claim toll = c.stream().filter(x -> x.count().min().orElseThrow() == 350001L).findFirst().orElseThrow();
        assertThat(toll.kind()).isEqualTo(ClaimKind.AGGREGATE);
        assertThat(toll.date().start()).contains(LocalDate.of(2011, 3, 15));
        assertThat(toll.date().end()).contains(LocalDate.of(2021, 11, 5));
        assertThat(rule(toll, Provenance.Field.DATE)).isEqualTo(Wars.RULE);
        // the whole war's toll is the country's, not the town of the sentence before
        assertThat(toll.place().country()).contains("SY");
        assertThat(toll.place().precision()).isEqualTo(Place.Precision.COUNTRY);
        assertThat(rule(toll, Provenance.Field.PLACE)).isEqualTo("place:war-country");
        Claim russian = claims("Russian jets struck Palmyra in Syria on Monday. Russia has so far lost at least 12 soldiers in the Syrian war.")
                .get(0);
        assertThat(russian.date().start()).contains(LocalDate.of(2011, 3, 15));
        assertThat(russian.place().precision()).isEqualTo(Place.Precision.COUNTRY);
        // the war's mark on a thing is no toll of the war
        assertThat(claims("Two people were wounded in the war-battered city of Idlib in Syria.")).allSatisfy(x ->
                assertThat(rule(x, Provenance.Field.DATE)).isNotEqualTo(Wars.RULE));
        // "this week" ends on the day it was written (a Friday), not on Sunday
        Claim week = claims("At least 20 civilians have been killed in Idlib province in Syria this week, the monitor said.").get(0);
        assertThat(week.date().end()).contains(LocalDate.of(2021, 11, 5));
    }

    @Test
    void aFigureToldDaysBeforeTheMainEventIsDatedThatManyDaysBefore() {
        // published Friday 5 November 2021: the attack was on Wednesday the 3rd
        List<Claim> c = claims("Two were killed in a rocket attack on a church in Suqaylabiyah in Syria on Wednesday. "
                + "The attack comes two days after Russian bombings killed seven people in the Idleb region.");
        assertDated(c.get(1), LocalDate.of(2021, 11, 1), "date:days-before-that");
        Claim within = claims("Two were killed in a rocket attack in Hama in Syria on Wednesday. "
                + "The assault comes less than two weeks after IS killed 270 security guards in Homs.").get(1);
        assertThat(within.date().start()).contains(LocalDate.of(2021, 10, 20));
        assertThat(within.date().end()).contains(LocalDate.of(2021, 11, 2));
        // after a comma the main clause goes on: its figure is the main event's
        Claim main = claims("Two days after a car bomb killed seven people in Idlib in Syria, three were killed in Hama on Wednesday.").get(1);
        assertDated(main, LocalDate.of(2021, 11, 3), "date:in-clause");
        // a sentence that opens by placing its events before the article's tells an earlier event
        Claim earlier = claims("A drone struck the Sinaa neighborhood of Qamishli in Syria on Wednesday, killing four. 2 days before this attack, "
                + "a suicide drone targeted the center of Tel Rifaat, where 9 citizens were injured.").get(1);
        assertDated(earlier, LocalDate.of(2021, 11, 1), "date:days-before-that");
        assertThat(earlier.place().name()).contains("Tall Rif'at");
        // a time told only relative to a date the text does not give: none, rather than the date before it or the article's
        Claim houla = claims("In August 2013 a chemical attack on the outskirts of Damascus killed dozens of children and the year before "
                + "49 children were killed in the Houla massacre in Syria.").get(1);
        assertThat(houla.date().start()).isEmpty();
        assertThat(rule(houla, Provenance.Field.DATE)).isEqualTo("date:shifted");
    }

    @Test
    void openStretchesCountFromWhatTheyReferToAndEndOnTheDayOfTheReport() {
        // published Friday 5 November 2021: "since then" counts from the date the sentence before gives, here the war's
        Claim then = claims("Syria has been locked in a civil war since early 2011 when the regime cracked down on protests. "
                + "Since then more than a quarter of a million people have been killed according to the UN.").get(0);
        assertThat(then.date().start()).contains(LocalDate.of(2011, 3, 15));
        assertThat(then.date().end()).contains(LocalDate.of(2021, 11, 5));
        Claim siege = claims("The siege of Madaya in Syria began on August 3. Since then 40 people have died of hunger, activists say.").get(0);
        assertThat(siege.date().start()).contains(LocalDate.of(2021, 8, 3));
        assertThat(rule(siege, Provenance.Field.DATE)).isEqualTo("date:since-then");
        // the lead says its source spoke on Thursday: the stretches it reports end that day, not on the day of the paper, and
        // one counted back ("six days") starts six days before that day
        List<Claim> c = claims("Regime bombing of Eastern Ghouta in Syria goes on. Six days of heavy bombing have killed dozens in the region. "
                + "Since Monday air strikes on Douma have killed at least 66 civilians. At least 281 people have been wounded, the monitor said on Thursday.");
        assertThat(c).extracting(x -> x.date().end().orElseThrow()).containsOnly(LocalDate.of(2021, 11, 4));
        assertThat(c.get(0).date().start()).contains(LocalDate.of(2021, 10, 30));
        assertThat(c.get(1).date().start()).contains(LocalDate.of(2021, 11, 1));
        // "since the beginning of the operation in 2014" runs from 2014; "the foreign-sponsored conflict ... which flared in
        // March 2011" is the war so far
        Claim operation = claims("In Syria, a report showed that the coalition strikes had killed over 1200 civilians since the beginning of "
                + "the operation in 2014.").get(0);
        assertThat(operation.date().start()).contains(LocalDate.of(2014, 1, 1));
        assertThat(operation.date().end()).contains(LocalDate.of(2021, 11, 5));
        Claim flared = claims("The foreign-sponsored conflict in Syria which flared in March 2011 has claimed the lives of some 470000 people.")
                .get(0);
        assertThat(flared.date().start()).contains(LocalDate.of(2011, 3, 15));
        assertThat(flared.date().end()).contains(LocalDate.of(2021, 11, 5));
        // "the first three days of the offensive" is no stretch up to the report
        assertThat(claims("The first three days of the offensive killed 20 people in Idlib in Syria.").get(0).date().start()).isEmpty();
    }

    @Test
    void aHeadlineThatDatesNothingTakesTheDayItsLeadGivesTheSameFigure() {
        List<Claim> c = claims("""
                18 civilians killed in barrel bomb attack on Aleppo

                On Monday the opposition called for a truce in Syria. Regime helicopters dropped barrel bombs on the village \
                of al-Bureij near Aleppo on Wednesday, killing 18 civilians, activists said.
                """);
        assertThat(c).hasSize(2);
        assertDated(c.get(0), LocalDate.of(2021, 11, 3), SameFigure.DATE_RULE);
        assertDated(c.get(1), LocalDate.of(2021, 11, 3), "date:in-clause");
    }

    @Test
    void aProvinceSeatNamedBareInAHeadlineIsTheProvinceAndTakesTheVillageTheLeadNames() {
        List<Claim> c = claims("""
                18 Militants Killed in Car Bomb Blast in Syria's Quneitra

                At least 18 militants have been killed in a car bomb explosion in Syria's southern province of Quneitra. The blast                 hit a headquarters in the village of Asheh in Quneitra on Tuesday, activists said.
                """);
        assertThat(c).extracting(x -> x.place().name().orElse("")).containsOnly("Asheh, Al Qunaytirah");
        assertThat(c.get(0).provenance().basis().get(Provenance.Field.PLACE)).startsWith("place:only-finer-in-article");
    }

    @Test
    void harmAcrossManyPlacesOrSoFarThisMonthIsATotal() {
        assertThat(kinds("34 Terrorists Killed in Various Provinces")).containsOnly(ClaimKind.AGGREGATE);
        assertThat(kinds("Government air strikes on opposition-held towns across the country killed at least 44 people on Monday."))
                .containsOnly(ClaimKind.AGGREGATE);
        assertThat(kinds("In this month alone 466 patients have been reported as wounded.")).containsOnly(ClaimKind.AGGREGATE);
        // "earlier this month" dates one event
        assertThat(kinds("Her leg was shattered when she was shot by a sniper at a checkpoint earlier this month.")).containsOnly(ClaimKind.INCIDENT);
    }

    @Test
    void aFigureNoOneAttackReachesIsATotal() {
        assertThat(kinds("More than 300000 people have been killed and millions forced to flee their homes.")).containsOnly(ClaimKind.AGGREGATE);
        assertThat(claims("More than 300000 people have been killed and millions forced to flee their homes.").get(0).provenance().basis()
                .get(Provenance.Field.KIND)).isEqualTo("kind:too-many-for-one-event");
        assertThat(kinds("An air strike on the market killed 9000 people on Monday.")).containsOnly(ClaimKind.INCIDENT);
    }

    @Test
    void aFigureSetApartAsAnotherTownsTakesNothingFromTheSameNumberToldBefore() {
        List<Claim> c = claims("""
                An airstrike hit a field hospital in the town of Ahsem in Idlib province on Tuesday, killing three people.                 Three people were also killed in another town in the Idlib countryside.
                """);
        assertThat(c).hasSize(2);
        assertThat(c.get(0).place().name()).hasValue("Ihsim");
        assertThat(c.get(1).place().name()).hasValue("Idlib");
        assertThat(c.get(1).provenance().basis().get(Provenance.Field.PLACE)).isNotEqualTo(SameFigure.PLACE_RULE);
    }

    @Test
    void oneFigureForHarmInSeveralPlacesTheClauseListsIsATotal() {
        assertThat(kinds("Seven people were killed and 37 others injured in terrorist attacks in Aleppo and Sweida on Tuesday."))
                .containsOnly(ClaimKind.AGGREGATE);
        // a road between two towns, a home near two areas, and a place with the area it lies in are one scene
        assertThat(kinds("A bomb on the road between Arika and Sweida killed two people on Tuesday.")).containsOnly(ClaimKind.INCIDENT);
        assertThat(kinds("An air strike on a home in Jabalia camp, Gaza Strip killed three people on Tuesday.")).containsOnly(ClaimKind.INCIDENT);
        // the list must hold the figure's own place: Arbin's four are one event
        assertThat(claims("At least four civilians were killed in the town of Arbin on Tuesday and one was killed in each of Harasta and Douma."))
                .filteredOn(x -> x.count().min().orElseThrow() == 4L).extracting(Claim::kind).containsOnly(ClaimKind.INCIDENT);
    }

    @Test
    void tollsOverRecentDaysOrTwoDaysAreTotalsAndABlameIsNoClaim() {
        assertThat(kinds("135 Civilians Killed in Escalating Bombardment on Idlib in Last Three Days")).containsOnly(ClaimKind.AGGREGATE);
        assertThat(kinds("In recent days 57 civilians have been killed in Aleppo.")).containsOnly(ClaimKind.AGGREGATE);
        assertThat(kinds("On Friday and Saturday at least 13 civilians died in air strikes around Khan Sheikhoun.")).containsOnly(ClaimKind.AGGREGATE);
        // a bomber, twin bombs: one event, whatever the rest of the article counts
        assertThat(kinds("Suicide bomber kills 16 in Syrias Hasakah", "Since 2011 more than 300000 people have been killed in Syria.",
                "In 2016 alone 50000 were killed.")).first().isEqualTo(ClaimKind.INCIDENT);
        // what someone is blamed for is no harm reported
        assertThat(claims("Barrel bombs have been criticised for being indiscriminate and killing civilians.")).isEmpty();
        assertThat(claims("Russia has accused Belgium of killing civilians in Aleppo.")).isEmpty();
    }
}
