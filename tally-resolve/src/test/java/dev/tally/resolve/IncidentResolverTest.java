package dev.tally.resolve;

import static dev.tally.model.Outcome.KILLED;
import static dev.tally.model.Victims.CIVILIAN;
import static dev.tally.model.Victims.MILITARY;
import static dev.tally.resolve.ClaimBuilder.claim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tally.model.Count;
import dev.tally.model.Outcome;
import dev.tally.model.Place;
import dev.tally.model.IncidentRecord;
import dev.tally.model.IncidentRecord.Contradiction;
import dev.tally.model.StoredClaim;
import dev.tally.model.Victims;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IncidentResolverTest {
    private static final Place FALLUJAH = ClaimBuilder.place("near the city of Fallujah", "Fallujah", "IQ", 33.349, 43.784, Place.Precision.CITY);
    private static final Place MOSUL = ClaimBuilder.city("Mosul", "IQ", 36.335, 43.119);
    private static final IncidentResolver RESOLVER = new IncidentResolver();

    /** The two claims, stored as rows 1 and 2, make one incident. */
    private static void assertOneIncident(ClaimBuilder first, ClaimBuilder second) {
        assertThat(RESOLVER.resolve(List.of(first.stored(1), second.stored(2)))).singleElement()
                .satisfies(i -> assertThat(i.claims()).containsExactly(1L, 2L));
    }

    @Test
    void exactlyNineAgainstExactlyTwentyIsOneIncidentWithAContradiction() {
        StoredClaim nine = soldiers("fallujah-a.txt", Count.exactly("nine", 9), "Iraqi officials said nine soldiers were killed near the city of Fallujah last Friday.").stored(1);
        StoredClaim twenty = soldiers("fallujah-b.txt", Count.exactly("20", 20), "Others have put the death toll at 20.").stored(2);

        List<IncidentRecord> incidents = RESOLVER.resolve(List.of(twenty, nine));

        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0).contradictions()).containsExactly(
                new Contradiction(List.of(1L, 2L), "fallujah-a.txt says exactly 9 killed (military); fallujah-b.txt says exactly 20"));
        assertThat(incidents.get(0).figures().get(0).min()).hasValue(9);
        assertThat(incidents.get(0).figures().get(0).max()).hasValue(20);
        assertThat(incidents.get(0).links()).singleElement().satisfies(l -> {
            assertThat(l.claims()).containsExactlyInAnyOrder(1L, 2L);
            assertThat(l.reasons()).contains("same day 2015-12-18", "same place Fallujah", "military victims on both sides",
                    "figures within 3x", "both by United States", "by airstrike on both sides");
            assertThat(l.confidence()).isBetween(0.9, 1.0);
        });
    }

    @Test
    void figuresWithinATenthOfEachOtherDoNotContradict() {
        StoredClaim hundred = soldiers("a.txt", Count.exactly("100", 100), "100 soldiers were killed.").stored(1);
        StoredClaim more = soldiers("b.txt", Count.exactly("108", 108), "108 soldiers were killed.").stored(2);
        StoredClaim atLeast = soldiers("c.txt", Count.atLeast("at least 9", 9), "At least 9 soldiers were killed.").stored(3);

        List<IncidentRecord> incidents = RESOLVER.resolve(List.of(hundred, more, atLeast));

        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0).contradictions()).isEmpty();
    }

    @Test
    void figuresThatCannotDescribeOneEventKeepTwoIncidents() {
        StoredClaim one = soldiers("a.txt", Count.exactly("one soldier", 1), "One soldier was killed near Fallujah last Friday.").stored(1);
        StoredClaim forty = soldiers("b.txt", Count.exactly("40", 40), "40 soldiers were killed near Fallujah last Friday.").stored(2);

        assertThat(RESOLVER.resolve(List.of(one, forty))).hasSize(2);
    }

    @Test
    void anUndatedClaimJoinsTheOneDatedIncidentAtItsPlaceButNotOneOfTwo() {
        ClaimBuilder family = claim("family.txt", "c1").harm(KILLED, CIVILIAN).part("family").count(Count.exactly("13", 13)).at(MOSUL)
                .says("Abdullah buried 13 members of his family in a single day.");
        StoredClaim march17 = civilians("un.txt", "March 17", "2017-03-17", 140).stored(1);
        StoredClaim march25 = civilians("amnesty.txt", "last weekend", "2017-03-25", 30).stored(2);

        List<IncidentRecord> one = RESOLVER.resolve(List.of(march17, family.stored(3)));
        List<IncidentRecord> two = RESOLVER.resolve(List.of(march17, march25, family.stored(3)));

        assertThat(one).singleElement().satisfies(i -> assertThat(i.claims()).containsExactly(1L, 3L));
        assertThat(two).hasSize(3);
    }

    @Test
    void aClaimWithOnlyTheCountryJoinsTheOneIncidentOfThatDayByTheSameHandAndFigureAndNoneOfTwo() {
        Place iraqOnly = ClaimBuilder.place("Iraq", "Iraq", "IQ", 33.0, 44.0, Place.Precision.COUNTRY);
        ClaimBuilder iraq = claim("wire.txt", "c1").harm(KILLED, CIVILIAN).count(Count.exactly("140", 140)).on("on Friday", "2017-03-17")
                .at(iraqOnly).by("US-led coalition", "airstrike").says("A US-led coalition airstrike in Iraq killed 140 civilians on Friday.");
        StoredClaim mosul = civilians("un.txt", "March 17", "2017-03-17", 140).stored(1);
        StoredClaim fallujah = claim("other.txt", "c1").harm(KILLED, CIVILIAN).count(Count.exactly("140", 140)).on("on Friday", "2017-03-17")
                .at(FALLUJAH).by("US-led coalition", "airstrike").says("A coalition strike killed 140 civilians near Fallujah on Friday.").stored(2);

        assertThat(RESOLVER.resolve(List.of(mosul, iraq.stored(3)))).hasSize(1);
        assertThat(RESOLVER.resolve(List.of(mosul, fallujah, iraq.stored(3)))).hasSize(3);
        // a country, a day and a figure alone are too little: no hand named, or another number, and it stays apart
        ClaimBuilder noHand = claim("wire.txt", "c1").harm(KILLED, CIVILIAN).count(Count.exactly("140", 140)).on("on Friday", "2017-03-17")
                .at(iraqOnly).says("An airstrike in Iraq killed 140 civilians on Friday.");
        ClaimBuilder otherFigure = claim("wire.txt", "c1").harm(KILLED, CIVILIAN).count(Count.exactly("138", 138)).on("on Friday", "2017-03-17")
                .at(iraqOnly).by("US-led coalition", "airstrike").says("A US-led coalition airstrike in Iraq killed 138 civilians on Friday.");
        assertThat(RESOLVER.resolve(List.of(mosul, noHand.stored(3)))).hasSize(2);
        assertThat(RESOLVER.resolve(List.of(mosul, otherFigure.stored(3)))).hasSize(2);
    }

    @Test
    void aFigureRepeatedInOneArticleIsOneIncidentButAnotherFigureIsNot() {
        ClaimBuilder lead = claim("report.txt", "c1").harm(KILLED, CIVILIAN).count(Count.atLeast("at least 12", 12)).offset(10)
                .says("At least 12 civilians were killed, medics said.");
        ClaimBuilder again = claim("report.txt", "c2").harm(KILLED, CIVILIAN).count(Count.atLeast("at least 12", 12)).offset(400)
                .says("The strike killed at least 12 civilians.");
        ClaimBuilder other = claim("report.txt", "c3").harm(KILLED, CIVILIAN).count(Count.exactly("three", 3)).offset(900)
                .says("Three civilians were killed.");

        List<IncidentRecord> incidents = RESOLVER.resolve(List.of(lead.stored(1), again.stored(2), other.stored(3)));

        assertThat(incidents).extracting(IncidentRecord::claims).containsExactlyInAnyOrder(List.of(1L, 2L), List.of(3L));
        assertThat(incidents).extracting(IncidentRecord::key).containsExactly("xx-undated-unknown-1", "xx-undated-unknown-2");
    }

    @Test
    void aHeadlineFigureDatedToPublicationJoinsTheBodysDayBefore() {
        ClaimBuilder headline = claim("wire.txt", "c1").harm(KILLED, CIVILIAN).count(Count.exactly("48", 48)).offset(0)
                .on("Monday", "2017-04-03").at(MOSUL).says("Air strikes kill 48 in Mosul");
        ClaimBuilder body = claim("wire.txt", "c2").harm(KILLED, CIVILIAN).count(Count.exactly("48", 48)).offset(200)
                .on("on Sunday", "2017-04-02").at(MOSUL).says("Air strikes killed 48 civilians in Mosul on Sunday, medics said.");

        assertOneIncident(headline, body);
    }

    /** "Suicide bombing kills at least 16 in Syria" over "A blast killed at least 16 people in Hasakah": one event. */
    @Test
    void aHeadlinesFigureInTheCountryJoinsTheBodysTownWhateverItsVictims() {
        Place syria = ClaimBuilder.place("Syria", "Syrian Arab Republic", "SY", 35.13, 36.72, Place.Precision.COUNTRY);
        Place hasakah = ClaimBuilder.city("Al Hasakah", "SY", 36.50, 40.75);
        ClaimBuilder headline = claim("blast.txt", "c1").harm(KILLED, Victims.UNKNOWN).count(Count.atLeast("at least 16", 16)).offset(0)
                .on("Tue 05 Jul 2016", "2016-07-05").at(syria).says("Suicide bombing kills at least 16 in northeast Syria");
        ClaimBuilder body = claim("blast.txt", "c2").harm(KILLED, CIVILIAN).count(Count.atLeast("at least 16", 16)).offset(80)
                .on("on Tuesday", "2016-07-05").at(hasakah).says("A suicide bomb blast killed at least 16 civilians in Hasakah on Tuesday.");

        assertThat(RESOLVER.resolve(List.of(headline.stored(1), body.stored(2)))).singleElement()
                .satisfies(i -> assertThat(i.place().name()).contains("Al Hasakah"));
    }

    /** A November raid's report recalls a mid-October strike: that strike is background, not the report's event. */
    @Test
    void aReportsBackgroundFoundsNoIncidentButJoinsOneFoundedByItsOwnReport() {
        ClaimBuilder raid = claim("nov.txt", "c1").harm(KILLED, CIVILIAN).count(Count.exactly("four", 4)).offset(0)
                .on("on Wednesday", "2021-11-24").at(MOSUL).says("Four civilians were killed in a raid on Mosul on Wednesday.");
        ClaimBuilder recalled = claim("nov.txt", "c2").harm(KILLED, CIVILIAN).count(Count.exactly("nine", 9)).offset(90)
                .on("in mid-October", "2021-10-11", "2021-10-20").at(FALLUJAH).says("A strike in mid-October killed nine near Fallujah.");
        StoredClaim raidClaim = raid.published("2021-11-25").stored(1);
        StoredClaim recalledClaim = recalled.published("2021-11-25").stored(2);

        assertThat(RESOLVER.resolve(List.of(raidClaim, recalledClaim))).singleElement()
                .satisfies(i -> assertThat(i.claims()).containsExactly(1L));

        StoredClaim october = claim("oct.txt", "c1").harm(KILLED, CIVILIAN).count(Count.exactly("nine", 9)).on("on Monday", "2021-10-11")
                .at(FALLUJAH).says("Nine civilians were killed near Fallujah on Monday.").published("2021-10-12").stored(3);
        assertThat(RESOLVER.resolve(List.of(raidClaim, recalledClaim, october))).hasSize(2)
                .anySatisfy(i -> assertThat(i.claims()).containsExactly(2L, 3L));
    }

    @Test
    void anInvestigationOfAnOldStrikeIsItsOwnNews() {
        StoredClaim old = civilians("probe.txt", "on March 17", "2017-03-17", 140).published("2017-05-25").stored(1);
        assertThat(RESOLVER.resolve(List.of(old))).singleElement().satisfies(i -> assertThat(i.claims()).containsExactly(1L));
    }

    /** "Barrel bomb attack kills 11 children in Syria's Aleppo" over the body's "11 children were killed ... in Al Bab". */
    @Test
    void aHeadlinesFigureJoinsTheBodysWhereverTheHeadlinePlacesIt() {
        ClaimBuilder headline = claim("bab.txt", "c1").harm(KILLED, CIVILIAN).count(Count.exactly("11", 11)).offset(20)
                .on("on Thursday", "2016-08-25").at(ClaimBuilder.city("Aleppo", "SY", 36.20, 37.16))
                .says("Barrel bomb attack kills 11 children in Syrias Aleppo");
        ClaimBuilder body = claim("bab.txt", "c2").harm(KILLED, CIVILIAN).count(Count.exactly("11", 11)).offset(300)
                .on("on Thursday", "2016-08-25").at(ClaimBuilder.city("Al Bab", "SY", 36.37, 37.52))
                .says("Fifteen civilians among them 11 children were killed in a barrel bomb attack on Al Bab on Thursday.");

        assertOneIncident(headline, body);
    }

    /**
     * "In an Ambush Syrian Forces Kill 35 Terrorists", repeated under the dateline and placed at the article's most named
     * city for want of a place of its own, over the body's "kill 35 terrorists in an ambush operation in Eastern Ghouta":
     * one event, where the body says it was.
     */
    @Test
    void aHeadlineRepeatedUnderItsDatelineJoinsTheBodyWhichSaysWhere() {
        Place aleppo = ClaimBuilder.city("Aleppo", "SY", 36.20, 37.16);
        Place ghouta = ClaimBuilder.place("Eastern Ghouta", "Eastern Ghouta", "SY", 33.55, 36.42, Place.Precision.ADMIN_AREA);
        ClaimBuilder headline = claim("ambush.txt", "c1").harm(KILLED, Victims.MILITANT).count(Count.exactly("35", 35)).offset(30)
                .on("Sunday", "2015-07-05").at(aleppo).placedBy("place:article-focus").says("In an Ambush Syrian Forces Kill 35 Terrorists");
        ClaimBuilder dateline = claim("ambush.txt", "c2").harm(KILLED, Victims.MILITANT).count(Count.exactly("35", 35)).offset(90)
                .on("Sunday", "2015-07-05").at(aleppo).placedBy("place:article-focus")
                .says("Tue Jul 7 2015 In an Ambush Syrian Forces Kill 35 Terrorists.");
        ClaimBuilder body = claim("ambush.txt", "c3").harm(KILLED, Victims.MILITANT).count(Count.exactly("35", 35)).offset(400)
                .on("on Sunday", "2015-07-05").at(ghouta).placedBy("place:in-clause")
                .says("Syrian forces succeeded to kill 35 terrorists in an ambush operation in Eastern Ghouta in Damascus countryside.");

        assertThat(RESOLVER.resolve(List.of(headline.stored(1), dateline.stored(2), body.stored(3)))).singleElement()
                .satisfies(i -> {
                    assertThat(i.claims()).containsExactly(1L, 2L, 3L);
                    assertThat(i.place().name()).contains("Eastern Ghouta");
                });
    }

    /**
     * "US air strike kills 12 Iraqi civilians" (placed at the article's other city) over "US air strikes against Mosul
     * killed at least 12 civilians on Monday".
     */
    @Test
    void aHeadlineThatDropsTheBodysHedgeRepeatsItsFigure() {
        ClaimBuilder headline = claim("hedge.txt", "c1").harm(KILLED, CIVILIAN).count(Count.exactly("12", 12)).offset(20)
                .on("on Monday", "2015-12-21").at(ClaimBuilder.city("Ramadi", "IQ", 33.42, 43.30)).says("US air strike kills 12 Iraqi civilians");
        ClaimBuilder body = claim("hedge.txt", "c2").harm(KILLED, CIVILIAN).count(Count.atLeast("at least 12", 12)).offset(300)
                .on("on Monday", "2015-12-21").at(MOSUL).says("US air strikes against Mosul killed at least 12 civilians on Monday.");

        assertOneIncident(headline, body);
    }

    /** "Regime bombing has killed three rescue workers" in Damascus and, quoted below, "Three volunteers were killed" in Duma. */
    @Test
    void aFigureToldAgainAtATownOnTheCitysEdgeIsOneEvent() {
        ClaimBuilder city = claim("rescue.txt", "c1").harm(KILLED, CIVILIAN).count(Count.exactly("three", 3)).offset(300)
                .on("on Friday", "2017-11-17").at(ClaimBuilder.city("Damascus", "SY", 33.51, 36.29))
                .says("Three rescue workers were killed by regime bombing of Damascus on Friday.");
        ClaimBuilder town = claim("rescue.txt", "c2").harm(KILLED, CIVILIAN).count(Count.exactly("three", 3)).offset(1100)
                .on("Saturday", "2017-11-18").at(ClaimBuilder.city("Duma", "SY", 33.57, 36.40))
                .says("Three volunteers were killed and most of the other volunteers were injured.");

        assertOneIncident(city, town);
    }

    @Test
    void aRoundUpsSameFigureAtTwoTownsStaysTwoIncidents() {
        ClaimBuilder mosul = claim("roundup.txt", "c1").harm(KILLED, CIVILIAN).count(Count.exactly("five", 5)).offset(0)
                .on("on Monday", "2017-04-03").at(MOSUL).says("In Mosul, five civilians were killed on Monday.");
        ClaimBuilder fallujah = claim("roundup.txt", "c2").harm(KILLED, CIVILIAN).count(Count.exactly("five", 5)).offset(100)
                .on("on Tuesday", "2017-04-04").at(FALLUJAH).says("Near Fallujah, five more were killed on Tuesday.");

        assertThat(RESOLVER.resolve(List.of(mosul.stored(1), fallujah.stored(2)))).hasSize(2);
    }

    @Test
    void anUndatedReportIsAnchoredToTheDaysBeforeItsPublication() {
        StoredClaim march17 = civilians("un.txt", "March 17", "2017-03-17", 140).stored(1);
        ClaimBuilder undated = claim("wire.txt", "c1").harm(KILLED, CIVILIAN).count(Count.exactly("140", 140)).at(MOSUL)
                .says("An air strike killed 140 civilians in Mosul, the UN said.");

        assertThat(RESOLVER.resolve(List.of(march17, undated.published("2017-03-18").stored(2)))).singleElement()
                .satisfies(i -> {
                    assertThat(i.claims()).containsExactly(1L, 2L);
                    assertThat(i.date().start()).hasValue(java.time.LocalDate.parse("2017-03-17"));
                    assertThat(i.links()).singleElement().satisfies(l -> assertThat(l.reasons())
                            .contains("an undated report taken as of the days before its publication"));
                });
        StoredClaim fallujah = claim("other.txt", "c1").harm(KILLED, CIVILIAN).count(Count.exactly("140", 140)).on("on Friday", "2017-03-24")
                .at(FALLUJAH).says("140 civilians were killed near Fallujah on Friday.").stored(3);
        assertThat(RESOLVER.resolve(List.of(march17, fallujah, undated.published("2017-03-25").stored(2))))
                .filteredOn(i -> i.claims().contains(2L)).singleElement().satisfies(i -> assertThat(i.claims()).containsExactly(1L, 2L));
        // a month after the strike, an undated report is no longer taken for news of it
        assertThat(RESOLVER.resolve(List.of(march17, undated.published("2017-04-18").stored(2))))
                .filteredOn(i -> i.claims().contains(2L)).singleElement().satisfies(i -> assertThat(i.claims()).containsExactly(2L));
    }

    @Test
    void meansNeverKeepOneEventApart() {
        Place shisha = ClaimBuilder.place("the village of Shisha, southeast of Kobani", "Shisha, 'Ayn al 'Arab", "SY", 36.80, 38.45, Place.Precision.CITY);
        ClaimBuilder girl = claim("kobani.txt", "c1").harm(Outcome.INJURED, CIVILIAN).count(Count.exactly("a girl", 1)).on("on Wednesday", "2022-06-01")
                .at(shisha).by(null, "artillery").says("The father of the injured girl said a shell exploded near their house.");
        ClaimBuilder wife = claim("kobani.txt", "c2").harm(Outcome.INJURED, CIVILIAN).count(Count.exactly("his cousin's wife", 1)).offset(200)
                .on("on Wednesday", "2022-06-01").at(shisha).by(null, "bombing").says("His cousin's wife was also seriously injured by the explosion.");
        ClaimBuilder other = claim("wire.txt", "c1").harm(Outcome.INJURED, CIVILIAN).count(Count.exactly("two", 2)).on("on Wednesday", "2022-06-01")
                .at(shisha).by("Turkey", "shelling").says("Turkish shelling injured two civilians in Shisha on Wednesday.");

        assertThat(RESOLVER.resolve(List.of(girl.stored(1), wife.stored(2), other.stored(3)))).singleElement()
                .satisfies(i -> assertThat(i.claims()).containsExactly(1L, 2L, 3L));
    }

    @Test
    void twoDaysEachReportNamesInItsOwnWordsAreTwoEvents() {
        java.util.Map<dev.tally.model.Provenance.Field, String> own = java.util.Map.of(dev.tally.model.Provenance.Field.DATE, "date:in-clause");
        StoredClaim monday = withBasis(claim("afp.txt", "c1").harm(KILLED, CIVILIAN).count(Count.exactly("16", 16)).on("on Monday", "2017-04-03")
                .at(MOSUL).says("Raids killed 16 civilians in Mosul on Monday.").stored(1), own);
        StoredClaim tuesday = withBasis(claim("ap.txt", "c1").harm(KILLED, CIVILIAN).count(Count.exactly("12", 12)).on("on Tuesday", "2017-04-04")
                .at(MOSUL).says("Raids killed 12 civilians in Mosul on Tuesday.").stored(2), own);
        StoredClaim said = claim("ap.txt", "c1").harm(KILLED, CIVILIAN).count(Count.exactly("12", 12)).on("on Tuesday", "2017-04-04")
                .at(MOSUL).says("The monitor said on Tuesday that raids killed 12 civilians in Mosul.").stored(3);

        assertThat(RESOLVER.resolve(List.of(monday, tuesday))).hasSize(2);
        // a day read from when it was said may be the day after the event
        assertThat(RESOLVER.resolve(List.of(monday, said))).singleElement().satisfies(i -> assertThat(i.claims()).containsExactly(1L, 3L));
    }

    @Test
    void anUndatedReportNeverTellsOfAnEventAfterItsPublication() {
        StoredClaim later = civilians("un.txt", "March 17", "2017-03-17", 140).stored(1);
        StoredClaim undated = claim("wire.txt", "c1").harm(KILLED, CIVILIAN).count(Count.exactly("140", 140)).at(MOSUL)
                .says("An air strike killed 140 civilians in Mosul, the UN said.").published("2017-03-16").stored(2);
        assertThat(RESOLVER.resolve(List.of(later, undated))).hasSize(2);
    }

    @Test
    void aDayLentFromElsewhereInTheArticleBoundsTheEventUpToPublication() {
        java.util.Map<dev.tally.model.Provenance.Field, String> own = java.util.Map.of(dev.tally.model.Provenance.Field.DATE, "date:in-clause");
        java.util.Map<dev.tally.model.Provenance.Field, String> lent = java.util.Map.of(dev.tally.model.Provenance.Field.DATE, "date:article-first-day");
        StoredClaim sunday = withBasis(claim("k24.txt", "c1").harm(KILLED, CIVILIAN).count(Count.exactly("one", 1)).on("on Sunday", "2017-04-09")
                .at(MOSUL).says("A drone strike on a car in Mosul on Sunday killed one person.").published("2017-04-09").stored(1), own);
        // the monitor's lead names no day; the first day its article names ("On April 5, sources told ...") is another story's
        StoredClaim lead = withBasis(claim("sohr.txt", "c1").harm(KILLED, CIVILIAN).count(Count.exactly("one", 1)).on("On April 5", "2017-04-05")
                .at(MOSUL).says("A drone struck a car in Mosul, killing one person.").published("2017-04-11").stored(2), lent);
        assertThat(RESOLVER.resolve(List.of(sunday, lead))).singleElement().satisfies(i -> assertThat(i.claims()).containsExactly(1L, 2L));
        // a day of its own is the event's
        StoredClaim own5 = withBasis(claim("sohr.txt", "c1").harm(KILLED, CIVILIAN).count(Count.exactly("one", 1)).on("on April 5", "2017-04-05")
                .at(MOSUL).says("A drone struck a car in Mosul on April 5, killing one person.").published("2017-04-11").stored(2), own);
        assertThat(RESOLVER.resolve(List.of(sunday, own5))).hasSize(2);
    }

    @Test
    void aNeighbourhoodToldWithoutItsTownIsTheSameNeighbourhoodToldWithIt() {
        Place withTown = ClaimBuilder.place("in al-Sinaa neighbourhood of Qamishli", "al-Sinaa, Al Qamishli", "SY", 37.0522, 41.2314,
                Place.Precision.NEIGHBOURHOOD);
        Place alone = new Place(java.util.Optional.of("in the Sinaa neighborhood"), java.util.Optional.of("Sinaa"), java.util.Optional.of("SY"),
                java.util.OptionalDouble.empty(), java.util.OptionalDouble.empty(), Place.Precision.NEIGHBOURHOOD);
        StoredClaim a = claim("np.txt", "c1").harm(KILLED, CIVILIAN).count(Count.exactly("four", 4)).on("on Saturday", "2022-08-06").at(withTown)
                .says("A drone strike killed four people in al-Sinaa neighbourhood of Qamishli on Saturday.").stored(1);
        StoredClaim b = claim("anf.txt", "c1").harm(KILLED, CIVILIAN).count(Count.exactly("4", 4)).on("On August 6, 2022", "2022-08-06").at(alone)
                .says("On August 6, 2022, a drone targeted a car in the Sinaa neighborhood, killing 4 people.").stored(2);
        assertThat(RESOLVER.resolve(List.of(a, b))).singleElement().satisfies(i -> assertThat(i.claims()).containsExactly(1L, 2L));
    }

    private static StoredClaim withBasis(StoredClaim c, java.util.Map<dev.tally.model.Provenance.Field, String> basis) {
        dev.tally.model.Claim x = c.claim();
        dev.tally.model.Claim y = new dev.tally.model.Claim(x.doc(), x.id(), x.kind(), x.outcome(), x.victims(), x.subgroup(), x.count(), x.date(),
                x.place(), x.actor(), x.claimant(), x.sentence(), x.evidence(), new dev.tally.model.Provenance("hand", "1", basis));
        return new StoredClaim(c.id(), c.documentId(), y, c.incident(), c.published());
    }

    @Test
    void aVagueLabelForAnArmedGroupFitsAnyGroupButNoState() {
        Place shahba = ClaimBuilder.place("Shahba", "Shahba, Aleppo", "SY", 36.22, 37.13, Place.Precision.NEIGHBOURHOOD);
        ClaimBuilder afp = claim("afp.txt", "c1").harm(KILLED, CIVILIAN).count(Count.exactly("3", 3)).on("Thursday", "2016-10-27").at(shahba)
                .by("rebels", "artillery").says("Rebel fire kills 3 Aleppo schoolchildren, state media said.");
        ClaimBuilder sana = claim("sana.txt", "c1").harm(KILLED, CIVILIAN).count(Count.exactly("Three", 3)).on("Thursday", "2016-10-27").at(shahba)
                .by("terrorists", "rocket").says("Three children were killed in a terrorist rocket attack on the school.");
        ClaimBuilder russia = claim("tass.txt", "c1").harm(KILLED, CIVILIAN).count(Count.exactly("three", 3)).on("Thursday", "2016-10-27").at(shahba)
                .by("Russia", "airstrike").says("Russian jets killed three civilians in Shahba.");

        assertOneIncident(afp, sana);
        assertThat(RESOLVER.resolve(List.of(russia.stored(3), sana.stored(2)))).hasSize(2);
    }

    @Test
    void aReportOfTheProvinceJoinsTheOneEventOfItsDaysInIt() {
        Place province = ClaimBuilder.place("Deir Ezzor countryside", "Deir ez-Zor", "SY", 35.0, 40.5, Place.Precision.ADMIN_AREA);
        Place town = ClaimBuilder.city("Al Busayrah", "SY", 35.156, 40.429);
        Place farTown = ClaimBuilder.city("Afrin", "SY", 36.512, 36.870);
        ClaimBuilder child = claim("sana.txt", "c1").harm(KILLED, CIVILIAN).count(Count.exactly("a child", 1)).on("on Tuesday", "2022-02-08")
                .at(province).says("A child was killed by gunfire during the raid in Deir Ezzor countryside on Tuesday.");
        StoredClaim busayrah = claim("sohr.txt", "c1").harm(KILLED, CIVILIAN).count(Count.exactly("two", 2)).on("on Monday", "2022-02-07")
                .at(town).says("A child and a local sheikh were killed in Al Busayrah on Monday.").stored(2);
        StoredClaim afrin = claim("afp.txt", "c1").harm(KILLED, CIVILIAN).count(Count.exactly("one", 1)).on("on Tuesday", "2022-02-08")
                .at(farTown).says("One civilian was killed in Afrin on Tuesday.").stored(3);
        StoredClaim busayrahAgain = claim("other.txt", "c1").harm(KILLED, CIVILIAN).count(Count.exactly("two", 2)).on("on Tuesday", "2022-02-08")
                .at(ClaimBuilder.city("Mayadin", "SY", 35.019, 40.452)).says("Two civilians were killed in Mayadin on Tuesday.").stored(4);

        assertThat(RESOLVER.resolve(List.of(child.stored(1), busayrah, afrin))).filteredOn(i -> i.claims().contains(1L)).singleElement()
                .satisfies(i -> assertThat(i.claims()).containsExactly(1L, 2L));
        // two events of its days in the province: it could be either, so it joins neither
        assertThat(RESOLVER.resolve(List.of(child.stored(1), busayrah, busayrahAgain))).filteredOn(i -> i.claims().contains(1L)).singleElement()
                .satisfies(i -> assertThat(i.claims()).containsExactly(1L));
    }

    @Test
    void theSameClaimsInAnyOrderGiveTheSameIncidents() {
        long seed = Long.getLong("tally.seed", new Random().nextLong());
        System.out.println("IncidentResolverTest order seed: " + seed + " (replay with -Dtally.seed=" + seed + ")");
        List<StoredClaim> claims = new ArrayList<>(SeedClaims.all());
        claims.addAll(SyntheticLedger.generate(seed, 3_000).claims().stream()
                .map(c -> new StoredClaim(c.id() + 1_000, c.documentId(), c.claim(), c.incident(), c.published())).toList());
        List<IncidentRecord> first = RESOLVER.resolve(claims);

        Collections.shuffle(claims, new Random(seed));
        List<IncidentRecord> second = RESOLVER.resolve(claims);

        assertThat(second).isEqualTo(first);
        assertThat(second.toString()).isEqualTo(first.toString());
    }

    @Test
    void rowIdsMustBeDistinct() {
        StoredClaim a = soldiers("a.txt", Count.exactly("9", 9), "9 soldiers were killed.").stored(7);
        StoredClaim b = soldiers("b.txt", Count.exactly("9", 9), "9 soldiers were killed.").stored(7);

        assertThatThrownBy(() -> RESOLVER.resolve(List.of(a, b)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("claim row ids must be distinct; got 7 twice ([b.txt] c1)");
    }

    private static ClaimBuilder soldiers(String doc, Count count, String sentence) {
        return claim(doc, "c1").harm(KILLED, MILITARY).count(count).on("last Friday", "2015-12-18").at(FALLUJAH)
                .by("United States", "airstrike").says(sentence);
    }

    private static ClaimBuilder civilians(String doc, String when, String day, long dead) {
        return claim(doc, "c1").harm(KILLED, CIVILIAN).count(Count.exactly(Long.toString(dead), dead)).on(when, day).at(MOSUL)
                .by("US-led coalition", "airstrike").says(dead + " civilians were killed in Mosul " + when + ".");
    }
}
