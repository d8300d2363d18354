package dev.tally.extract.claim;

import dev.tally.model.Article;
import dev.tally.model.Claim;
import dev.tally.model.Outcome;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Harm told in everyday news words (issue 10): shootings, single and listed victims, negation, parts. */
class EverydayHarmTest {
    private final ClaimExtractor extractor = new ClaimExtractor();

    private void figuresAre(String text, Tuple... expected) {
        assertThat(figures(text)).as(text).containsExactly(expected);
    }

    private List<Tuple> figures(String text) {
        List<Claim> claims = extractor.extract(new Article("t.txt", text, Optional.of(LocalDate.of(2019, 6, 4)), Map.of())).claims();
        return claims.stream().map(c -> tuple(c.outcome(), c.count().min().orElse(-1), c.count().phrase())).toList();
    }

    @Test
    void shootingsAndStabbingsTheirWay() {
        assertThat(figures("Two men were shot and killed outside a bar on Saturday night, police said."))
                .containsExactly(tuple(Outcome.KILLED, 2L, "Two"));
        assertThat(figures("A teenager was stabbed to death near the station on Friday."))
                .containsExactly(tuple(Outcome.KILLED, 1L, "A teenager"));
        assertThat(figures("Four people were hospitalized after the shooting, one in critical condition."))
                .containsExactly(tuple(Outcome.INJURED, 4L, "Four"));
    }

    @Test
    void onePersonListedAfterTheVerbsObjectSharesItsHarm() {
        figuresAre("A Syrian air strike on a training camp killed 17 militants and a child, a monitoring group said.",
                tuple(Outcome.KILLED, 17L, "17"), tuple(Outcome.KILLED, 1L, "a child"));
        figuresAre("A helicopter struck the neighborhood killing the four siblings and their father.",
                tuple(Outcome.KILLED, 4L, "four"), tuple(Outcome.KILLED, 1L, "their father"));
        // what ends the object is no person: "shot three times and a 19-year-old woman shot six times" lists no one after it
        assertThat(figures("Two women were shot, with a 24-year-old woman shot three times and a 19-year-old woman shot six times."))
                .extracting(x -> x.toList().get(2)).doesNotContain("a 19-year-old woman");
    }

    @Test
    void shootingOrStabbingSomeoneWoundsThem() {
        figuresAre("Authorities arrested a man accused of shooting his girlfriend in the abdomen during an argument Saturday.",
                tuple(Outcome.INJURED, 1L, "his girlfriend"));
        figuresAre("The gunman opened fire, shooting two men outside the bar.", tuple(Outcome.INJURED, 2L, "two"));
        figuresAre("A car struck and killed a pedestrian on Sunday.", tuple(Outcome.KILLED, 1L, "a pedestrian"));
    }

    @Test
    void theHarmOfAnotherClauseOrOfTheSubjectIsNotAPartysFigure() {
        // a clause opened after the figure's own verb names whom the harm befell
        figuresAre("Three men were taken into custody Wednesday after a man was shot and killed on Miramar Street, authorities said.",
                tuple(Outcome.KILLED, 1L, "a man"));
        figuresAre("Police said several people entered a home and one of the residents was shot.", tuple(Outcome.INJURED, 1L, "one"));
        // an agent or a party in a phrase is no victim of the subject's verb
        figuresAre("According to police, the victim was approached by two men and was shot once in the leg.",
                tuple(Outcome.INJURED, 1L, "the victim"));
        figuresAre("A woman caught in the crossfire between two men was shot in the hip in Orlando, Fla., Thursday evening.",
                tuple(Outcome.INJURED, 1L, "A woman"));
        // but a subject joined to the figure's, or a part of it, shares its verb
        figuresAre("Two brothers and their father were shot dead on Monday.",
                tuple(Outcome.KILLED, 2L, "Two"), tuple(Outcome.KILLED, 1L, "their father"));
        figuresAre("At least 13 civilians, mostly women and children, were killed on Saturday.", tuple(Outcome.KILLED, 13L, "At least 13"));
        figuresAre("The monitor said 19 fighters from the group and four civilians were killed in the blast.",
                tuple(Outcome.KILLED, 19L, "19"), tuple(Outcome.KILLED, 4L, "four"));
        figuresAre("Tens of armored vehicles were destroyed and dozens of terrorists were killed in strikes on Thursday.",
                tuple(Outcome.KILLED, 12L, "dozens"));
    }

    @Test
    void whoDiedByTheirOwnHandIsAFigureOfTheirOwnAndLeavesTheirVictimHurt() {
        figuresAre("A 68-year-old man told a 911 dispatcher he shot his wife and indicated she was still alive, then he killed himself.",
                tuple(Outcome.INJURED, 1L, "his wife"), tuple(Outcome.KILLED, 1L, "himself"));
        figuresAre("Hours later, police say Hopkins took his own life.", tuple(Outcome.KILLED, 1L, "his own life"));
        // a subject the rules count already is not counted twice
        figuresAre("Police received a report that the teen had shot himself at his home.", tuple(Outcome.INJURED, 1L, "the teen"));
    }

    @Test
    void headlineFormsOfHarm() {
        // a label and a colon open a headline; only a colon between two numbers makes a clock time
        figuresAre("Syria: 2 civilians killed in Douma", tuple(Outcome.KILLED, 2L, "2"));
        figuresAre("The attack began at 10:30 and killed 4 people.", tuple(Outcome.KILLED, 4L, "4"));
        figuresAre("He was shot at 6:30am on Friday.", tuple(Outcome.INJURED, 1L, "He"));
        // a bare singular person after a harm verb in the present
        figuresAre("Turkish shelling kills child in Tal Rifaat", tuple(Outcome.KILLED, 1L, "child"));
        assertThat(figures("The strike killed civilian targets and a bridge.")).isEmpty();
    }

    @Test
    void aCoupleIsTwoPeople() {
        figuresAre("The couple were taken to the hospital after they were shot.", tuple(Outcome.INJURED, 2L, "The couple"));
        figuresAre("Couple critically injured in Independence shooting", tuple(Outcome.INJURED, 2L, "Couple"));
    }

    @Test
    void theVictimIsAPersonWhateverFollows() {
        figuresAre("Dispatchers say that the victim walked into the hospital with two apparent gunshot wounds.",
                tuple(Outcome.INJURED, 1L, "the victim"));
        // a victim who only speaks tells no harm
        assertThat(figures("The victim told police he did not know the man.")).isEmpty();
    }

    @Test
    void aPersonKnownOnlyByAnAge() {
        figuresAre("A 19-year-old was shot and killed outside a store on Friday.", tuple(Outcome.KILLED, 1L, "A 19-year-old"));
        figuresAre("The 68-year-old was pronounced dead at the scene.", tuple(Outcome.KILLED, 1L, "The 68-year-old"));
        // an age that tells of no harm to its person is no figure
        assertThat(figures("Police arrested a 19-year-old in the shooting.")).isEmpty();
    }

    @Test
    void peopleNamedByTheirWorkOrKinInThePlural() {
        // a plural the lexicon held only in the singular ("an official", "a neighbour") counted no one
        figuresAre("A Turkish drone attack killed two Kurdish local officials in northeast Syria on Tuesday.",
                tuple(Outcome.KILLED, 2L, "two"));
        figuresAre("Five neighbours of the family were reportedly killed.", tuple(Outcome.KILLED, 5L, "Five"));
        figuresAre("That bombardment near the village wounded five medical staff according to the Observatory.",
                tuple(Outcome.INJURED, 5L, "five"));
    }

    @Test
    void aPersonDescribedByTheHarm() {
        figuresAre("A medical source said that an injured person, named Ahmad Saleh Abdullah, was delivered to the hospital.",
                tuple(Outcome.INJURED, 1L, "an injured person"));
        // two persons described by two harms are two figures, not one of two
        figuresAre("The shell left a dead man and an injured child in the street.",
                tuple(Outcome.KILLED, 1L, "a dead man"), tuple(Outcome.INJURED, 1L, "an injured child"));
    }

    @Test
    void halfADozenAndThePeopleAHarmWordDescribes() {
        List<Claim> c = extractor.extract(new Article("t.txt", "Half a dozen wounded children were seen on the floor of a clinic in Douma on Tuesday.",
                Optional.of(LocalDate.of(2019, 6, 4)), Map.of())).claims();
        assertThat(c).singleElement().satisfies(x -> {
            assertThat(x.count().min()).hasValue(6);
            assertThat(x.outcome()).isEqualTo(Outcome.INJURED);
            assertThat(x.victims()).isEqualTo(dev.tally.model.Victims.CIVILIAN);
        });
        figuresAre("Half a million people have been displaced since March.", tuple(Outcome.DISPLACED, 500_000L, "Half a million"));
        figuresAre("The shells killed and injured five people in the neighborhood.", tuple(Outcome.CASUALTIES, 5L, "five"));
    }

    @Test
    void aHeadlineDropsTheArticleBeforeItsPerson() {
        figuresAre("Turkish drone attack | Civilian killed in Ain Al-Arab (Kobani), east of Aleppo\n\nThe report follows.",
                tuple(Outcome.KILLED, 1L, "Civilian"));
        figuresAre("Two Killed Three Injured in Terrorist Attack in Aleppo City\n\nThe report follows.",
                tuple(Outcome.KILLED, 2L, "Two"), tuple(Outcome.INJURED, 3L, "Three"));
        figuresAre("Boy killed, man injured by the explosion of a war remnant in E. Hama\n\nThe report follows.",
                tuple(Outcome.KILLED, 1L, "Boy"), tuple(Outcome.INJURED, 1L, "man"));
        // a line a page labels as a link to another article is none of this article's figures
        figuresAre("A man was shot on Main Street on Sunday, police said.\n\nRELATED: Man shot in confrontation with deputies",
                tuple(Outcome.INJURED, 1L, "A man"));
    }

    @Test
    void aListedPartBetweenTheFigureAndItsParticiple() {
        // the part lists with commas of its own; the harm is the participle after it, not the framing "left"
        figuresAre("The bombardment also left 38 civilians, including women, children and elderly people, injured, some seriously.",
                tuple(Outcome.INJURED, 38L, "38"));
        assertThat(figures("78 civilians, including ten women, 29 children and a civil defence member, were killed by regime forces."))
                .contains(tuple(Outcome.KILLED, 78L, "78"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        A person was shot in Commerce City on Wednesday night, police said.             | INJURED | 1 | A person
        An upset customer was shot on Tuesday afternoon at an auto body shop.           | INJURED | 1 | An upset customer
        Police say a 37-year-old man sustained a non life-threatening gunshot wound.    | INJURED | 1 | a 37-year-old man
        Mark Gilland, 50, was fatally shot on Saturday inside a pole barn.             | KILLED  | 1 | Mark Gilland
        Police said Martin Paulk, 23, of Syracuse, was shot near the store.            | INJURED | 1 | Martin Paulk
        Ronald Burchard, who was shot at a residence, remains in an area hospital.      | INJURED | 1 | Ronald Burchard
        Burchard, who was shot at a residence, remains in an area hospital.             | INJURED | 1 | Burchard
        Police said Tyrell Jones, 19, who was shot in the leg, is expected to survive.  | INJURED | 1 | Tyrell Jones
        His injuries were listed as critical, but not life-threatening.               | INJURED | 1 | His injuries
        Police are investigating a shooting that put two teens in the hospital.        | INJURED | 2 | two
        A man showed up at a local hospital with a gunshot wound to the leg.           | INJURED | 1 | A man
        Her wounds were fatal, the coroner said.                                       | KILLED  | 1 | Her wounds
        A man is in serious but stable condition after the shooting.                    | INJURED | 1 | A man
        21 moderate opposition fighters were killed in clashes in northern Syria.       | KILLED  | 21 | 21
        """)
    void describedNamedAndQualifiedVictims(String text, Outcome outcome, long count, String phrase) {
        assertThat(figures(text)).containsExactly(tuple(outcome, count, phrase));
    }

    @Test
    void aSharedVerbAndABareTollBeforeASpeaker() {
        assertThat(figures("Five more civilians were killed in the town of Sabqa and one in the town of Harasta, the monitor said."))
                .containsExactly(tuple(Outcome.KILLED, 5L, "Five more"), tuple(Outcome.KILLED, 1L, "one"));
        assertThat(figures("In Douma raids killed 16 civilians and wounded 22 it said."))
                .containsExactly(tuple(Outcome.KILLED, 16L, "16"), tuple(Outcome.INJURED, 22L, "22"));
        assertThat(figures("The monitor put the death toll at 58 saying more people had been hurt."))
                .containsExactly(tuple(Outcome.KILLED, 58L, "58"));
        assertThat(figures("He confirmed the death of 10 family members between the ages of three and 62 in his post."))
                .containsExactly(tuple(Outcome.KILLED, 10L, "10"));
    }

    @Test
    void whoActedFledOrWasAgedIsNoVictim() {
        assertThat(figures("Surveillance video from a neighbor also captured the suspect breaking into another vehicle.")).isEmpty();
        // who "shot and killed his dad" is the shooter; who shot another "and then himself" is harmed too
        assertThat(figures("A 23-year-old man reportedly shot and killed his dad in a case of self-defense."))
                .containsExactly(tuple(Outcome.KILLED, 1L, "his dad"));
        assertThat(figures("A 72-year-old man fatally shot his wife and then himself on Friday, officials said."))
                .containsExactly(tuple(Outcome.KILLED, 1L, "A 72-year-old man"), tuple(Outcome.KILLED, 1L, "his wife"));
        assertThat(figures("Last month 1200 Syrian civilians were killed the Syrian Network for Human Rights claimed."))
                .containsExactly(tuple(Outcome.KILLED, 1200L, "1200"));
        assertThat(figures("The two men fled with $40 and the cellphone.")).isEmpty();
        assertThat(figures("The suspect, 22, fled the home but later surrendered to police.")).isEmpty();
        assertThat(figures("Thousands of residents fled the town on Monday."))
                .containsExactly(tuple(Outcome.DISPLACED, 1000L, "Thousands"));
    }

    @Test
    void everydayVictimsAndWhatHappenedToThem() {
        assertThat(figures("Officers found a juvenile shot in the parking lot early Sunday."))
                .containsExactly(tuple(Outcome.INJURED, 1L, "a juvenile"));
        assertThat(figures("Two robbers shot a customer inside the store before fleeing, police said."))
                .containsExactly(tuple(Outcome.INJURED, 1L, "a customer"));
        assertThat(figures("The bodies of two men were found in a field on Monday evening."))
                .containsExactly(tuple(Outcome.KILLED, 2L, "two"));
        assertThat(figures("One firefighter suffered a gunshot wound while fighting the blaze."))
                .containsExactly(tuple(Outcome.INJURED, 1L, "One"));
        assertThat(figures("A shooting victim was taken to the hospital with wounds to the leg."))
                .containsExactly(tuple(Outcome.INJURED, 1L, "A shooting victim"));
    }

    @Test
    void reservistsAndInjuriesSustained() {
        assertThat(figures("Three reservists sustained injuries of various degrees in the blast."))
                .containsExactly(tuple(Outcome.INJURED, 3L, "Three"));
        assertThat(figures("A child and a local sheikh were killed in the clashes, the source noted."))
                .containsExactly(tuple(Outcome.KILLED, 2L, "A child and a local sheikh"));
    }

    @Test
    void aFramingVerbYieldsToTheHarmNamedAfterTheFigure() {
        assertThat(figures("An airstrike on Saturday killed 20 civilians and left seven people injured, the agency reported."))
                .containsExactly(tuple(Outcome.KILLED, 20L, "20"), tuple(Outcome.INJURED, 7L, "seven"));
        assertThat(figures("The bombing left 12 people dead, the police said."))
                .containsExactly(tuple(Outcome.KILLED, 12L, "12"));
    }

    @Test
    void thoseShotWhoDiedAreKilledAndOnlyTheRestInjured() {
        assertThat(figures("Three people were shot on Sunday night, one fatally, police said."))
                .containsExactly(tuple(Outcome.INJURED, 2L, "Three"), tuple(Outcome.KILLED, 1L, "one"));
        assertThat(figures("Five people were wounded in the attack, two of them fatally."))
                .containsExactly(tuple(Outcome.INJURED, 3L, "Five"), tuple(Outcome.KILLED, 2L, "two"));
        assertThat(figures("Two officers were shot, both fatally, during the stand-off."))
                .containsExactly(tuple(Outcome.KILLED, 2L, "Two"));
        // shot, then died: killed, not wounded; another subject's death is another person's
        assertThat(figures("Police identified the man who was shot multiple times and later died Tuesday."))
                .containsExactly(tuple(Outcome.KILLED, 1L, "the man"));
        assertThat(figures("The victim was shot in the head and was pronounced dead at the scene."))
                .containsExactly(tuple(Outcome.KILLED, 1L, "The victim"));
        assertThat(figures("A man was shot and a woman died in the crash."))
                .containsExactly(tuple(Outcome.INJURED, 1L, "A man"), tuple(Outcome.KILLED, 1L, "a woman"));
    }

    @Test
    void aVictimWithAnAgeAndVictimsListedTogether() {
        assertThat(figures("A 26-year-old man was killed in the blast on Monday."))
                .containsExactly(tuple(Outcome.KILLED, 1L, "A 26-year-old man"));
        assertThat(figures("A man and a woman were hurt when the shell hit their home."))
                .containsExactly(tuple(Outcome.INJURED, 2L, "A man and a woman"));
        assertThat(figures("A driver, a nurse and a child were killed in the strike."))
                .containsExactly(tuple(Outcome.KILLED, 3L, "A driver, a nurse and a child"));
        // a name after each person noun leaves them a list
        assertThat(figures("A paramedic Nazmi Abu Hadayed and a volunteer Odeh Al-Kurdi were injured by shrapnel."))
                .containsExactly(tuple(Outcome.INJURED, 2L, "A paramedic Nazmi Abu Hadayed and a volunteer"));
    }

    @Test
    void noOneHurtIsNoFigure() {
        assertThat(figures("No one was injured in the blast, the civil defence said.")).isEmpty();
        assertThat(figures("Not one resident was hurt when the rocket landed in a field.")).isEmpty();
        assertThat(figures("The two passengers were not hurt in the crash.")).isEmpty();
        assertThat(figures("Neither the driver, his wife nor their three children were injured, the sheriff said.")).isEmpty();
    }

    @Test
    void wordsThatNameNoHarmedPerson() {
        assertThat(figures("The death toll of a terrorist attack near the city on Saturday surpasses 130 people.")).extracting(x -> x.toList().get(1))
                .doesNotContain(1L);
        assertThat(figures("27-07-2016 Dozens Martyred Injured in Qamishli Terrorist Attack.")).extracting(x -> x.toList().get(2))
                .doesNotContain("07-2016");
        assertThat(figures("Get short URL 185 Kurdish fighters killed 13 militants near the town.")).extracting(x -> x.toList().get(1))
                .containsExactly(13L);
        assertThat(figures("The injured were rushed to hospitals amid fears that the death toll may rise as a number of civilians "
                + "remain trapped under the debris.")).isEmpty();
    }

    @Test
    void aPartOfPeopleCountedWithTheSameHarmIsNoNewFigure() {
        assertThat(figures("Seven people were wounded. Two of the wounded were in critical condition, doctors said."))
                .containsExactly(tuple(Outcome.INJURED, 7L, "Seven"));
        assertThat(figures("Seven people were wounded. Two of the wounded later died in hospital."))
                .containsExactly(tuple(Outcome.INJURED, 7L, "Seven"), tuple(Outcome.KILLED, 2L, "Two"));
    }

    @Test
    void theVictimAndThePronounThatStandsForOne() {
        figuresAre("The victim was shot in the leg and taken to a hospital with moderate injuries.", tuple(Outcome.INJURED, 1L, "The victim"));
        figuresAre("She suffered non-life-threatening injuries and drove herself to a clinic.", tuple(Outcome.INJURED, 1L, "She"));
        // what he said is not of him
        figuresAre("He said two residents were wounded in the exchange.", tuple(Outcome.INJURED, 2L, "two"));
        // one person and the pronoun that stands for him count one; his death later in the sentence makes him killed
        figuresAre("Darnell Price, 31, was shot on Elm Street and taken to County General, where he was pronounced dead.",
                tuple(Outcome.KILLED, 1L, "Darnell Price"));
        // "his nephew, the young man Omar Saleh": an apposition is the same person
        figuresAre("He mourned his nephew, the young man Omar Saleh, who was killed in the shelling.", tuple(Outcome.KILLED, 1L, "his nephew"));
    }

    @Test
    void aShotFiredABodyFoundAndNoOneHurt() {
        assertThat(figures("The man pulled out a handgun and fired one shot into the air.")).isEmpty();
        assertThat(figures("One shot went through the front window of the store.")).isEmpty();
        assertThat(figures("Officers did not find a suspect, and no one was injured.")).isEmpty();
        figuresAre("Deputies found the body of a man who had been shot.", tuple(Outcome.KILLED, 1L, "a man"));
    }

    @Test
    void oneVictimToldTwiceTakesTheClassTheArticleGivesHim() {
        List<Claim> c = extractor.extract(new Article("t.txt", """
                A man was shot Tuesday afternoon in the Norwood neighborhood.

                Officers were sent to the 3200 block of 17th Avenue on a report of a person shot.
                """, Optional.of(LocalDate.of(2019, 6, 4)), Map.of())).claims();
        assertThat(c).extracting(Claim::victims).containsOnly(dev.tally.model.Victims.CIVILIAN);
        assertThat(c.get(1).provenance().basis().get(dev.tally.model.Provenance.Field.VICTIMS)).isEqualTo(SameFigure.VICTIMS_RULE);
        // the other fields keep saying their rules
        assertThat(c.get(1).provenance().basis()).containsKeys(dev.tally.model.Provenance.Field.KIND, dev.tally.model.Provenance.Field.DATE);
    }

    @Test
    void roadsTheEmergencyNumberAndAgesCountNoOne() {
        figuresAre("Officers were called to Jerome Street, near Interstate 30, where a man was found with a gunshot wound.",
                tuple(Outcome.INJURED, 1L, "a man"));
        assertThat(figures("Within minutes a neighbour called 911 to report the shooting.")).isEmpty();
        figuresAre("He was dropping off his three children, ages 7, 11 and 12, when he was shot.", tuple(Outcome.INJURED, 1L, "he"));
        assertThat(figures("Four other males, between the ages of 16-18 were also injured.")).extracting(t -> t.toList().get(2)).doesNotContain("16-18");
        // the age someone is, told in a relative clause
        figuresAre("The man, who was 45, was pronounced dead at the scene.", tuple(Outcome.KILLED, 1L, "The man"));
    }

    @Test
    void carriedToHospitalAndNamedWithTheirVerbGroup() {
        figuresAre("A shooting on the South Side sent one man to the hospital with minor injuries.", tuple(Outcome.INJURED, 1L, "one"));
        figuresAre("Police said Jamal Rivers had been shot several times.", tuple(Outcome.INJURED, 1L, "Jamal Rivers"));
    }

    @Test
    void aYearsOrRecentWeeksTollIsATotal() {
        assertThat(extractor.extract(new Article("t.txt", "Eighteen people have been killed this year in the city.",
                Optional.of(LocalDate.of(2019, 6, 4)), Map.of())).claims()).extracting(Claim::kind).containsExactly(dev.tally.model.ClaimKind.AGGREGATE);
        assertThat(extractor.extract(new Article("t.txt", "Three people have been killed there in recent weeks.",
                Optional.of(LocalDate.of(2019, 6, 4)), Map.of())).claims()).extracting(Claim::kind).containsExactly(dev.tally.model.ClaimKind.AGGREGATE);
    }

    @Test
    void theOfficialNewsAgencyIsNoPersonAndAPartSaysNothingOfTheRest() {
        figuresAre("The official news agency, citing a hospital source, said two civilians had been killed.", tuple(Outcome.KILLED, 2L, "two"));
        List<Claim> c = extractor.extract(new Article("t.txt", "The raid killed four people, including two civilians, the monitor said.",
                Optional.of(LocalDate.of(2019, 6, 4)), Map.of())).claims();
        assertThat(c).extracting(Claim::victims).containsExactly(dev.tally.model.Victims.UNKNOWN, dev.tally.model.Victims.CIVILIAN);
        List<Claim> soldiers = extractor.extract(new Article("t.txt", "Three members of the Syrian Armed Forces were killed overnight.",
                Optional.of(LocalDate.of(2019, 6, 4)), Map.of())).claims();
        assertThat(soldiers).extracting(Claim::victims).containsExactly(dev.tally.model.Victims.MILITARY);
    }

    @Test
    void deadAndWoundedToldAsOneFigure() {
        figuresAre("Scores of people were killed and injured in the attack on the market.", tuple(Outcome.CASUALTIES, 20L, "Scores"));
        figuresAre("A drone hit the town centre, which led to the death and injury of 9 citizens, including children.",
                tuple(Outcome.CASUALTIES, 9L, "9"));
        figuresAre("Dozens Martyred, Injured in Qamishli Car Bomb Attack\n\nThe report follows.", tuple(Outcome.CASUALTIES, 12L, "Dozens"));
        // two figures stay two
        figuresAre("Two killed, three injured in shelling on the town.", tuple(Outcome.KILLED, 2L, "Two"), tuple(Outcome.INJURED, 3L, "three"));
    }

    @Test
    void whoKilledANumberIsNoVictim() {
        figuresAre("A suicide bomber killed five Kurdish policemen at a checkpoint on Saturday.", tuple(Outcome.KILLED, 5L, "five"));
        figuresAre("2 Killed 10 Injured in Terrorist Shelling in Aleppo\n\nThe report follows.",
                tuple(Outcome.KILLED, 2L, "2"), tuple(Outcome.INJURED, 10L, "10"));
    }

    @Test
    void manyPeopleInTheReportOfOneAttackAreAtLeastTwo() {
        figuresAre("At least ten civilians were killed and many others injured in an airstrike on the house on Monday.",
                tuple(Outcome.KILLED, 10L, "At least ten"), tuple(Outcome.INJURED, 2L, "many others"));
        figuresAre("Numbers of fighters were killed in the clashes on Monday.", tuple(Outcome.KILLED, 2L, "Numbers of"));
        assertThat(figures("Many local sources reported on Monday that the strike hit the house.")).isEmpty();
        assertThat(figures("It is unclear how many others were injured in the strike on Monday.")).isEmpty();
        assertThat(figures("The family shared photos, many of which show children who were killed on Monday."))
                .extracting(t -> t.toList().get(2)).doesNotContain("many");
    }

    @Test
    void whatIsToldAgainOfTheOneWhoDiedIsHisDeath() {
        List<Claim> c = extractor.extract(new Article("t.txt", """
                A man was killed in an attempted carjacking on Monday night.

                "The victim was shot in the head," the commissioner said.
                """, Optional.of(LocalDate.of(2019, 6, 4)), Map.of())).claims();
        assertThat(c).extracting(Claim::outcome).containsOnly(Outcome.KILLED);
        assertThat(c.get(1).provenance().basis().get(dev.tally.model.Provenance.Field.OUTCOME)).isEqualTo(DiedInArticle.RULE);
        // a wounded person told apart from the dead stays wounded
        List<Claim> two = extractor.extract(new Article("t.txt", """
                A man was killed and a woman was wounded in a shooting on Monday night.

                The victim was shot in the head, the commissioner said.
                """, Optional.of(LocalDate.of(2019, 6, 4)), Map.of())).claims();
        assertThat(two).extracting(Claim::outcome).contains(Outcome.INJURED);
    }

    @Test
    void headlineAndEventNoteForms() {
        figuresAre("ISIS executes 5 in Idlib\n\nThe report follows.", tuple(Outcome.KILLED, 5L, "5"));
        figuresAre("Shelling claims the lives of 7 civilians in Douma\n\nThe report follows.", tuple(Outcome.KILLED, 7L, "7"));
        // figures joined by "and" share their verb
        figuresAre("On 3 March, 3 ANP and 5 Taliban were killed in a clash at a checkpoint in Yahya Khel district.",
                tuple(Outcome.KILLED, 3L, "3"), tuple(Outcome.KILLED, 5L, "5"));
        // one more person: "another", "a third"
        figuresAre("One man was killed and another injured in the blast on Monday.",
                tuple(Outcome.KILLED, 1L, "One"), tuple(Outcome.INJURED, 1L, "another"));
        figuresAre("A third was wounded by shrapnel on Monday.", tuple(Outcome.INJURED, 1L, "A third"));
        assertThat(figures("He was shot a second time on Monday as he ran.")).extracting(t -> t.toList().get(2)).doesNotContain("a second");
    }

    @Test
    void aHeadlineRunIntoItsLeadKeepsBothFigures() {
        figuresAre("Four people including a child killed six others injured in attacks on Aleppo city",
                tuple(Outcome.KILLED, 4L, "Four"), tuple(Outcome.KILLED, 1L, "a child"), tuple(Outcome.INJURED, 6L, "six"));
    }

    @Test
    void choking() {
        figuresAre("Five people died and eight others experienced breathing difficulties after gas shells hit the Old City.",
                tuple(Outcome.KILLED, 5L, "Five"), tuple(Outcome.INJURED, 8L, "eight"));
        figuresAre("More than 35 people suffered suffocation due to the attack on Monday.", tuple(Outcome.INJURED, 36L, "More than 35"));
    }

    @Test
    void aPartCountedOfThemWithoutCommasSharesTheVerbOfItsWhole() {
        // a page whose commas were lost: the part and its whole died; the injured are the figure after "and"
        figuresAre("Three people two of them children died and more than nine people were injured by shelling on Monday.",
                tuple(Outcome.KILLED, 3L, "Three"), tuple(Outcome.KILLED, 2L, "two"), tuple(Outcome.INJURED, 10L, "more than nine"));
    }

    @Test
    void aPartAQuantifiedNounAndATollInATweet() {
        // a part belongs to the figure before it, not to the verb of the figure joined after it
        figuresAre("10 civilians were killed including a child and 37 others were injured in the shelling on Monday.",
                tuple(Outcome.KILLED, 10L, "10"), tuple(Outcome.KILLED, 1L, "a child"), tuple(Outcome.INJURED, 37L, "37"));
        figuresAre("A civilian was killed while many others were injured in a rocket attack on Saturday.",
                tuple(Outcome.KILLED, 1L, "A civilian"), tuple(Outcome.INJURED, 2L, "many others"));
        figuresAre("The attack triggered intense clashes on Monday, leaving many casualties.", tuple(Outcome.CASUALTIES, 2L, "many"));
        // a place in a heading is no person: "has been" names a person only before the harm itself
        assertThat(figures("Heavy Bombardment Sheikh Maqsoud has been under intense bombardment since mid-February which has killed more than 132 civilians."))
                .extracting(t -> t.toList().get(2)).containsExactly("more than 132");
        // after a count, a number opens no object: "1 child killed" is a victim
        assertThat(figures("1 child killed 6 children & their mother still under rubble as an airstrike targeted a market on Monday."))
                .extracting(t -> t.toList().get(2)).contains("1");
    }
}
