package dev.tally.extract.claim;

import dev.tally.model.Article;
import dev.tally.model.Claim;
import dev.tally.model.ClaimKind;
import dev.tally.model.Outcome;
import dev.tally.model.Victims;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Claim rules on real sentences from the seed articles and on typical monitoring prose. */
class ClaimExtractorTest {
    private final ClaimExtractor extractor = new ClaimExtractor();

    private List<Claim> claims(String text) {
        return extractor.extract(new Article("t.txt", text, Optional.of(LocalDate.of(2017, 3, 30)), Map.of())).claims();
    }

    private static String range(Claim c) {
        return (c.count().min().isPresent() ? String.valueOf(c.count().min().getAsLong()) : "") + ".."
                + (c.count().max().isPresent() ? String.valueOf(c.count().max().getAsLong()) : "");
    }

    @Test
    void anArmedGroupsNameBeforeItsPeopleMakesThemMilitants() {
        assertThat(claims("Four Hezbollah members have been killed in Syria on Tuesday.")).singleElement()
                .satisfies(x -> assertThat(x.victims()).isEqualTo(Victims.MILITANT));
        assertThat(claims("ISIL Kills 20 FSA Members on Qalamoun Barrens")).singleElement()
                .satisfies(x -> assertThat(x.victims()).isEqualTo(Victims.MILITANT));
    }

    @Test
    void activeVerbBeforeTheFigure() {
        List<Claim> c = claims("US air strikes against Mosul killed at least 12 civilians on Monday, Reuters reported.");
        assertThat(c).singleElement().satisfies(x -> {
            assertThat(x.outcome()).isEqualTo(Outcome.KILLED);
            assertThat(x.victims()).isEqualTo(Victims.CIVILIAN);
            assertThat(x.kind()).isEqualTo(ClaimKind.INCIDENT);
            assertThat(range(x)).isEqualTo("12..");
        });
    }

    @Test
    void passiveWithAnAsideAndACoordinatedFigure() {
        List<Claim> c = claims("The group reported on Wednesday that 36 civilians, most of them women and children, "
                + "were killed and another 50 wounded in US airstrikes and artillery bombardments.");
        assertThat(c).extracting(Claim::outcome, ClaimExtractorTest::range, Claim::victims)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Outcome.KILLED, "36..36", Victims.CIVILIAN),
                        org.assertj.core.groups.Tuple.tuple(Outcome.INJURED, "50..50", Victims.CIVILIAN));
    }

    @Test
    void aTollContinuesTheClaimBefore() {
        List<Claim> c = claims("A US air strike killed at least nine Iraqi government soldiers near the city of Fallujah last Friday. "
                + "Others have put the death toll at over 20, with another 30 wounded.");
        assertThat(c).extracting(ClaimExtractorTest::range).containsExactly("9..", "21..", "30..30");
        assertThat(c).extracting(Claim::victims).containsOnly(Victims.MILITARY);
        assertThat(c.get(2).outcome()).isEqualTo(Outcome.INJURED);
        assertThat(c).extracting(Claim::kind).containsOnly(ClaimKind.INCIDENT);
    }

    @Test
    void partsOfAFigureAreSubgroupsAndAComparisonKeepsTheMeasure() {
        List<Claim> c = claims("In Syria, civilian fatalities from coalition airstrikes rose to 198 in March – including "
                + "32 children and 31 women – compared to 56 in February, according to the Observatory.");
        assertThat(c).extracting(ClaimExtractorTest::range).containsExactly("198..198", "32..32", "31..31", "56..56");
        assertThat(c).extracting(x -> x.subgroup().orElse("-")).containsExactly("-", "children", "women", "-");
        assertThat(c).extracting(Claim::kind).containsOnly(ClaimKind.AGGREGATE);
        assertThat(c).extracting(Claim::outcome).containsOnly(Outcome.KILLED);
    }

    @Test
    void numbersThatCountNoHarmAreNotClaims() {
        assertThat(claims("US warplanes carried out 17 air strikes in Iraq on Monday, as well as eight in Syria.")).isEmpty();
        assertThat(claims("Prior to June 2014, Mosul had a population of close to 2 million.")).isEmpty();
        assertThat(claims("An assault is to be waged on a city with an estimated population of 1.3 million, including "
                + "600,000 children, by some 30,000 ground force.")).isEmpty();
        assertThat(claims("Over the course of the air campaign, an average of 30 civilians were killed a month.")).isEmpty();
        assertThat(claims("Virtually no plans have been made to deal with the 1 million expected to be turned into refugees.")).isEmpty();
        assertThat(claims("Some army and police units suffered 50 percent casualties during the fierce battles.")).isEmpty();
        assertThat(claims("The government is suspecting any male aged 14 or over leaving the city.")).isEmpty();
        assertThat(claims("The city is just 60 miles from the Iraqi capital of Baghdad.")).isEmpty();
    }

    @Test
    void displacementAndAbduction() {
        assertThat(claims("It is currently estimated that some 860,000 Mosul residents have been turned into refugees."))
                .singleElement().satisfies(x -> assertThat(x.outcome()).isEqualTo(Outcome.DISPLACED));
        assertThat(claims("There are reports that as many as 1,200 Sunni civilians fleeing to the south have been kidnapped."))
                .singleElement().satisfies(x -> {
                    assertThat(x.outcome()).isEqualTo(Outcome.ABDUCTED);
                    assertThat(range(x)).isEqualTo("..1200");
                });
    }

    @Test
    void singleAndNamedPeopleCountOne() {
        assertThat(claims("On Saturday, a young man was killed in an alleged airstrike south of Gaza city."))
                .singleElement().satisfies(x -> assertThat(range(x)).isEqualTo("1..1"));
        assertThat(claims("On October 9th, 2023, Abdullah Ahmed Abu Saif was killed in an alleged strike on his house."))
                .singleElement().satisfies(x -> assertThat(x.count().phrase()).isEqualTo("Abdullah Ahmed Abu Saif"));
    }

    @Test
    void unnumberedPluralsCountAtLeastTwoOnlyInTheReportOfOneIncident() {
        assertThat(claims("An airstrike hit the house on Monday, injuring others."))
                .singleElement().satisfies(x -> assertThat(range(x)).isEqualTo("2.."));
        assertThat(claims("They found no basis for reports that civilians were killed.")).isEmpty();
    }

    @Test
    void aPluralAfterSomeOrManyAndAnUnstatedNumberCountAtLeastTwo() {
        List<Claim> c = claims("Airstrikes on Saturday killed three children from the same family and injured many others, local sources said.");
        assertThat(c).extracting(Claim::outcome, ClaimExtractorTest::range).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Outcome.KILLED, "3..3"), org.assertj.core.groups.Tuple.tuple(Outcome.INJURED, "2.."));
        assertThat(claims("An airstrike hit the family home on Monday, reportedly injuring some civilians."))
                .singleElement().satisfies(x -> assertThat(range(x)).isEqualTo("2.."));
        assertThat(claims("At least three civilians were killed and an unspecified number were injured in a strike on Tuesday."))
                .extracting(Claim::outcome, ClaimExtractorTest::range).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Outcome.KILLED, "3.."), org.assertj.core.groups.Tuple.tuple(Outcome.INJURED, "2.."));
    }

    @Test
    void aHeadlinesFigureIsAClaimOfItsOwnThatTheBodyRepeats() {
        // every figure a text asserts is a claim; the resolver makes a repeated one a single event
        List<Claim> c = claims("US air strike kills 12 Iraqi civilians\n\nUS air strikes against Mosul killed at least 12 civilians on Monday.");
        assertThat(c).extracting(ClaimExtractorTest::range).containsExactly("12..12", "12..");
    }

    @Test
    void evidenceSpansPointAtTheFigureInTheOriginalText() {
        String text = "Reports said that\n\nat least 300 civilians have been killed since mid-February.";
        Claim c = claims(text).get(0);
        assertThat(c.evidence().of(text)).isEqualTo("at least 300");
    }
}
