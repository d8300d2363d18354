package dev.tally.extract.claim;

import dev.tally.model.Article;
import dev.tally.model.Claim;
import dev.tally.model.Provenance;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Perpetrator, means and claimant read from the structure of the clause, on sentences written for these tests. */
class AgentAndClaimantTest {
    private final ClaimExtractor extractor = new ClaimExtractor();

    private List<Claim> claims(String text) {
        return extractor.extract(new Article("t.txt", text, Optional.of(LocalDate.of(2016, 10, 9)), Map.of())).claims();
    }

    private Claim first(String text) {
        List<Claim> c = claims(text);
        assertThat(c).as("claims in: %s", text).isNotEmpty();
        return c.get(0);
    }

    @Test
    void twoSidesNamedTogetherDidTheHarmTogether() {
        assertThat(first("Russian and regime air strikes killed 47 people in the town of al-Quriyah in Syria on Saturday.").actor().perpetrator())
                .hasValue("Russia and Syrian government");
        assertThat(first("Syrian regime or Russian air strikes killed 26 people in Kafr Takharim in Syria.").actor().perpetrator())
                .hasValue("Syrian government or Russia");
        // one side named two ways is one side; a group's label and its name are one actor
        assertThat(first("US Coalition warplanes killed ten civilians in Syria's Aleppo.").actor().perpetrator()).hasValue("United States");
        assertThat(first("An ISIL terrorist car bomb killed five people in Syria.").actor().perpetrator()).hasValue("ISIS");
    }

    @Test
    void anAmbushNamesItsSideAndADateOpeningTheClauseHidesNoSubject() {
        Claim ambush = first("Five Afghan policemen killed in Taliban ambush in Kunduz");
        assertThat(ambush.actor().perpetrator()).hasValue("Taliban");
        assertThat(ambush.actor().means()).hasValue("ambush");
        assertThat(first("On 12 May 2019, unidentified gunmen shot and killed a tribal elder in Khost city.").actor().perpetrator())
                .hasValue("unidentified gunmen");
    }

    @Test
    void theSpeakerIsNamedBeforeARelativeClauseAndAnAcronymAfterWhatItIs() {
        assertThat(first("Monitors at the Syrian Observatory for Human Rights which tracks violence on all sides in the civil war said "
                + "barrel bombs fell on Saraqeb late on Monday wounding a large number of citizens.").claimant())
                .hasValue("Syrian Observatory for Human Rights");
        assertThat(first("On Wednesday the UN childrens agency UNICEF said 22 children had been killed in airstrikes on a school in Idlib.")
                .claimant()).hasValue("UNICEF");
        // a page's ad label glued to the sentence is no part of the source's name
        assertThat(first("Advertisement Police said they responded to a call that one of the residents was shot.").claimant()).hasValue("police");
    }

    @Test
    void aSourceAndAColonOpeningAHeadlineClaimItsFigure() {
        assertThat(first("Syrian opposition: 1300 killed in chemical attack on Ghouta region").claimant()).hasValue("Syrian opposition");
        assertThat(first("Breaking: Two civilians killed in Douma").claimant()).isEmpty();
    }

    @Test
    void whoOpenedFireBeforeAHarmingParticipleDidTheHarm() {
        assertThat(first("The suspect opened fire, wounding two people.").actor().perpetrator()).hasValue("suspect");
        assertThat(first("A gunman walked into the store and opened fire, killing three people.").actor().perpetrator()).hasValue("gunman");
        // the participle hangs on the clause after "after"; police are the ones investigating
        assertThat(first("Jackson police are investigating after someone fired shots into a house, killing one man.").actor().perpetrator())
                .isEmpty();
        // who shot "him" is no victim
        assertThat(claims("The homeowner shot him in the leg, police said.")).isEmpty();
    }

    @Test
    void inARoundUpOnePersonHarmedIsNoFigureToLendAPerpetratorBy() {
        List<Claim> c = claims("""
                A man was shot dead by a gunman in Vallejo, Calif., on Wednesday.

                A 17-year-old boy was shot in Wichita, Kan., on Wednesday.

                A woman was shot in the hip in Orlando, Fla., on Thursday.

                A man was wounded in Stockton, Calif., on Thursday.

                A 32-year-old man was shot in Decatur, Ill., on Wednesday.
                """);
        assertThat(c).hasSize(5);
        assertThat(c.get(0).actor().perpetrator()).hasValue("gunman");
        assertThat(c.subList(1, 5)).allSatisfy(x -> assertThat(x.actor().perpetrator()).isEmpty());
    }

    @Test
    void theModifierOfTheMeansIsTheAgentNotAGroupNamedLaterInTheArticle() {
        List<Claim> c = claims("Rebel shelling killed four civilians in the old quarter of Damascus on Sunday. "
                + "Fighters of the Islamic State group have held the eastern desert for two years and ISIS leaders met in Raqqa.");
        assertThat(c.get(0).actor().perpetrator()).contains("rebels");
        assertThat(c.get(0).actor().means()).contains("artillery");
        assertThat(c.get(0).provenance().basis()).containsEntry(Provenance.Field.PERPETRATOR, "perpetrator:means-modifier");
    }

    @Test
    void theBombersOrTheJetsPointBackToTheAttackerToldBefore() {
        List<Claim> c = claims("A US-led coalition airstrike killed 62 soldiers near Deir Ezzor on Saturday. The bombers had also targeted "
                + "army troops near the airport in July leaving over 20 soldiers dead.");
        assertThat(c).filteredOn(x -> x.count().phrase().equals("over 20")).singleElement()
                .satisfies(x -> assertThat(x.actor().perpetrator()).contains("US-led coalition"));
    }

    @Test
    void whoIsStruckOrWhoseAttackIsFoiledDidNotDoTheKilling() {
        // the struck side, behind a hyphened modifier and with its acronym, is no agent
        Claim struck = first("The US-led coalition accidentally struck the Kurdish-led Syrian Democratic Forces (SDF) in Tabqa killing "
                + "18 moderate Syrian rebels fighting against Daesh.");
        assertThat(struck.actor().perpetrator()).contains("US-led coalition");
        // "X repels a rebel offensive killing 40": the rebels attacked; the 40 were killed by X
        Claim repelled = first("Syrian regime repels rebel offensive near Aleppo killing 40");
        assertThat(repelled.actor().perpetrator()).contains("Syrian government");
        // a foiled attack's side did not kill the attackers, and nothing here says who did
        Claim foiled = first("SDF Foiled ISIS Attack in Northeastern Aleppo 80 Terrorists Killed");
        assertThat(foiled.actor().perpetrator()).isEmpty();
    }

    @Test
    void aNamesArticleParticleAndTitleStayInsideIt() {
        assertThat(first("Al Jazeera reported that dozens of civilians were wounded by the bombing.").claimant()).contains("Al Jazeera");
        assertThat(first("Ten children were killed near Aleppo on April 15, UN Special Envoy for Syria Staffan de Mistura said Thursday.")
                .claimant()).contains("UN Special Envoy for Syria Staffan de Mistura");
        assertThat(first("Officers found two people with gunshot wounds inside an apartment, said Sgt. Michael Paul.").claimant())
                .contains("Sgt. Michael Paul");
        // a war that "has claimed" lives asserts nothing
        assertThat(first("The war has claimed more than 300000 lives since 2011.").claimant()).isEmpty();
    }

    @Test
    void commonNounsOpeningASentenceAreTheSameSourceAsAnywhereElse() {
        assertThat(first("Medical sources said five civilians were killed in the shelling on Sunday.").claimant()).contains("medical sources");
        // names keep their capitals
        assertThat(first("Civil Defence said five civilians were killed in the shelling on Sunday.").claimant()).contains("Civil Defence");
    }

    @Test
    void anAcronymInBracketsAndArticlesInsideANameBelongToTheSpeaker() {
        // the acronym in brackets stands between the name and its verb; "for the" is inside the name
        Claim sohr = first("At least 12 Islamist fighters were killed in clashes in the Syrian city of Hasaka early Friday the UK-based "
                + "Syrian Observatory for Human Rights (SOHR) said.");
        assertThat(sohr.claimant()).contains("Syrian Observatory for Human Rights");
        Claim ocha = first("Two children were killed in Aleppo on Sunday, the UN Office for the Coordination of Humanitarian Affairs (OCHA) reported.");
        assertThat(ocha.claimant()).contains("UN Office for the Coordination of Humanitarian Affairs");
        // an article after a connector opens no name on its own: "as a result of an alleged strike" names no speaker
        Claim none = first("On the afternoon of Tuesday, two children were reportedly killed and several more civilians were injured as a "
                + "result of an alleged strike carried out by the Israeli military on two homes located west of Khan Yunis in the Gaza Strip.");
        assertThat(none.claimant()).isEmpty();
    }

    @Test
    void aHeadlineThatNamesNoActorTakesTheOneItsLeadNamesForTheSameFigure() {
        List<Claim> c = claims("""
                18 Civilians Killed in Air Raid on Rural Aleppo

                The Assad regime committed a horrific massacre in the village of al-Bureij northeast of Aleppo where 18 civilians \
                were killed and dozens wounded on Wednesday. Rebel shelling wounded three people in Aleppo city.
                """);
        assertThat(c.get(0).actor().perpetrator()).contains("Syrian government");
        assertThat(c.get(0).provenance().basis()).containsEntry(Provenance.Field.PERPETRATOR, SameFigure.PERPETRATOR_RULE);
        // another figure is another event's: the rebels' three wounded lend nothing to the regime's dozens, nor take from them
        assertThat(c).filteredOn(x -> x.count().min().orElseThrow() == 3L).singleElement()
                .satisfies(x -> assertThat(x.actor().perpetrator()).contains("rebels"));
    }

    @Test
    void whoClaimsAnAttackOrIsAccusedOfItDidIt() {
        Claim claimed = first("IS group also claimed an October 2 bomb attack at a police station in the capital that killed at least 17 people.");
        assertThat(claimed.actor().perpetrator()).contains("ISIS");
        assertThat(claimed.provenance().basis()).containsEntry(Provenance.Field.PERPETRATOR, "perpetrator:claimed-the-attack");
        Claim accused = first("Washington accuses the regime of killing more than 1400 people with chemical weapons near Damascus.");
        assertThat(accused.actor().perpetrator()).contains("Syrian government");
        // a claim of harm is no claim of the attack: the strikes' owner did it, not who says so
        assertThat(first("ISIS claimed that Russian strikes killed 12 civilians in Raqqa.").actor().perpetrator()).contains("Russia");
    }

    @Test
    void aStrikeWhoseNextSentenceSaysWhoStruckIt() {
        List<Claim> c = claims("In Syria, the deadliest recent strike occurred earlier this month in a rebel-held area in the north. "
                + "Opposition activists said a mosque was hit during evening prayers, killing around 40 people. "
                + "The U.S. said it struck an Al-Qaeda meeting.");
        assertThat(c.get(0).actor().perpetrator()).contains("United States");
        assertThat(c.get(0).provenance().basis()).containsEntry(Provenance.Field.PERPETRATOR, "perpetrator:said-it-struck-after");
        // saying what was struck is not saying one struck it
        assertThat(first("A mosque was hit during evening prayers, killing around 40 people. The U.S. said it was looking into the reports.")
                .actor().perpetrator()).isEmpty();
    }

    @Test
    void headlineVerbsAndTheGroupNamedAfterACommonName() {
        Claim executes = first("Daesh Executes 12 Civilians in Deir Ezzor");
        assertThat(executes.actor().perpetrator()).contains("ISIS");
        assertThat(executes.actor().means()).contains("execution");
        assertThat(first("ISIS Beheads 5 Men in Raqqa").count().min()).hasValue(5);
        assertThat(first("6 Killed 12 Wounded in Al-Nusra Front Shelling of Sheikh Maqsood").actor().perpetrator()).contains("Al-Qaeda");
        // "terrorists of Jaish al-Islam": the group, not the common name
        assertThat(first("Five people were injured by mortar rounds fired by terrorists of Jaish al-Islam on Damascus.").actor().perpetrator())
                .contains("Jaish al-Islam");
    }

    @Test
    void theWordsThatDescribeTheVictimsNameNoMeans() {
        Claim c = first("Peshmerga shoot dead six ISIS suicide bombers west of Kirkuk.");
        assertThat(c.actor().perpetrator()).contains("Peshmerga");
        assertThat(c.actor().means()).isNotEqualTo(Optional.of("suicide bombing"));
        assertThat(first("US-led air strikes killed seven Nusra gunmen in Idlib province on Thursday.").actor().means()).contains("airstrike");
        // a gas field is no gas attack
        assertThat(first("Islamic State jihadists attacked the Shaer gas field in Homs province killing at least 30 soldiers.").actor().means())
                .isNotEqualTo(Optional.of("chemical attack"));
        // the bombers are not the victims of "at least two people"
        assertThat(claims("On Wednesday three suicide bombers killed at least two people near the police headquarters in Damascus."))
                .filteredOn(x -> x.count().min().orElseThrow() == 2L).singleElement()
                .satisfies(x -> assertThat(x.actor().means()).contains("suicide bombing"));
    }

    @Test
    void aStrikeNamesWhoseItIsNotTheForcesThatReportIt() {
        Claim c = first("QAMISHLI, Syria (North Press) - The Internal Security Forces of North and East Syria (Asayish) said on Saturday "
                + "evening that four people were killed and two others injured in a Turkish strike in Qamishli city.");
        assertThat(c.actor().perpetrator()).contains("Turkey");
        assertThat(c.provenance().basis()).containsEntry(Provenance.Field.PERPETRATOR, "perpetrator:means-modifier");
    }

    @Test
    void aSourceSetOffAtAHeadlinesEndSaysIt() {
        Claim c = first("4 killed, 2 wounded in Turkish strike in Syria’s Qamishli – Asayish\n\nThe text follows.");
        assertThat(c.claimant()).contains("Asayish");
        assertThat(c.provenance().basis()).containsEntry(Provenance.Field.CLAIMANT, "claimant:headline-source");
        // a sentence that ends is no headline, and a hyphen inside a name sets nothing off
        assertThat(first("Four were killed in shelling on Deir ez-Zor.").claimant()).isEmpty();
    }

    @Test
    void theRegimeIsTheGovernmentOfTheCountryTheArticlesPlacesLieIn() {
        // an article about Daraa that names Israel twice and Syria never: the regime is still Syria's
        List<Claim> c = claims("Daraa province: activists documented the death of a woman due to shelling by regime forces on Tafas city.\n\n"
                + "Israeli jets struck a site near Damascus last week. Israeli officials did not comment.");
        assertThat(c.get(0).actor().perpetrator()).contains("Syrian government");
    }

    @Test
    void whoHoldsOrBacksIsNotWhoDidIt() {
        assertThat(first("Airstrikes by the US-led coalition targeting areas controlled by the Islamic State group killed "
                + "at least 21 civilians on Monday.").actor().perpetrator()).contains("US-led coalition");
        assertThat(first("Regime forces backed by Russian warplanes killed 12 civilians in Aleppo on Monday.").actor().perpetrator())
                .isNotEqualTo(Optional.of("Russia"));
    }

    @Test
    void aSourceIsNamedWholeAndAPlaceIsNoSource() {
        assertThat(first("A bomb blast killed six people and injured 32 in the Salah al-Din district of Aleppo Syrian state television "
                + "reported on Wednesday.").claimant()).contains("Syrian state media");
        assertThat(first("Airstrikes killed 18 people in the town of Ariha according to a local civil defense official.").claimant())
                .contains("local civil defense official");
        assertThat(first("The manager of a hospital in Aleppo told reporters that four people were killed by the gas.").claimant())
                .isNotEqualTo(Optional.of("Aleppo"));
    }

    @Test
    void theSubjectOfAHarmVerbBeforeAtLeast() {
        assertThat(first("The Syrian regime has killed at least 43 people in the town of Jayrud on Saturday.").actor().perpetrator())
                .contains("Syrian government");
    }

    @Test
    void whoSaysSoIsNotWhoDidIt() {
        Claim c = first("ISIS said on Tuesday that at least 10 of its fighters were killed by US-led strikes near the town of Tabqa.");
        assertThat(c.actor().perpetrator()).contains("US-led coalition");
        assertThat(c.provenance().basis()).containsEntry(Provenance.Field.PERPETRATOR, "perpetrator:passive-by-agent");
    }

    @Test
    void aCountryNamedAsAPlaceIsNoPerpetrator() {
        Claim c = first("A blast at a crossing on the border with Turkey killed 20 rebel fighters on Thursday.");
        assertThat(c.actor().perpetrator()).isEmpty();
        assertThat(c.actor().means()).contains("bombing");
        assertThat(c.provenance().basis()).containsEntry(Provenance.Field.PERPETRATOR, "perpetrator:none");
    }

    @Test
    void governmentForcesAreTheGovernmentOfTheArticlesCountry() {
        Claim c = first("Government forces shelled the town of Douma in Syria on Monday, killing 12 civilians. "
                + "Syrian activists said the toll could rise.");
        assertThat(c.actor().perpetrator()).contains("Syrian government");
        // Syria's air power is the government's; the YPG's full name is the YPG
        assertThat(first("Syrian air raids targeted several sites outside the ceasefire zone killing nine children, activists said.")
                .actor().perpetrator()).contains("Syrian government");
        assertThat(first("The Peoples Protection Units killed 17 Turkish servicemen and left three others wounded.").actor().perpetrator())
                .contains("Syrian Democratic Forces");
        // the side named first acts; its ally named after it gives way
        assertThat(first("Intense bombardment by the Assad regime and its ally Russia killed over 80 civilians in Aleppo in Syria on Friday.")
                .actor().perpetrator()).contains("Syrian government");
    }

    @Test
    void anotherIncidentWithoutAnAgentHasNoPerpetrator() {
        List<Claim> c = claims("Regime warplanes struck a market in the Syrian town of Saraqib, killing 15 people. "
                + "In Hama province, a woman and her two sons died when their car hit a landmine near a farm.");
        assertThat(c.get(0).actor().perpetrator()).contains("Syrian government");
        assertThat(c).last().satisfies(x -> assertThat(x.actor().perpetrator()).isEmpty());
    }

    @Test
    void anAttackToldBeforeLendsItsPerpetrator() {
        List<Claim> c = claims("Turkish drones struck a convoy of Kurdish fighters near Manbij on Friday, killing six of them. "
                + "Nine others were wounded in the strikes.");
        assertThat(c).extracting(x -> x.actor().perpetrator().orElse("-")).containsExactly("Turkey", "Turkey");
    }

    @Test
    void aClaimantWithoutCommasIsTheSourcesNameNotTheClauseBeforeIt() {
        Claim c = first("Eleven people were killed in air raids on the village of Kafr Nabl on Monday the Britain-based monitor said.");
        assertThat(c.claimant()).contains("Syrian Observatory for Human Rights");
        assertThat(c.provenance().basis()).containsEntry(Provenance.Field.CLAIMANT, "claimant:reporting-verb-subject");
    }

    @Test
    void aSourceIsReportedUnderOneName() {
        List<Claim> c = claims("The Syrian Observatory for Human Rights said 30 militants were killed near Shadadi. "
                + "Another five were killed outside Kobane, SOHR said.");
        assertThat(c).extracting(x -> x.claimant().orElse("-")).containsOnly("Syrian Observatory for Human Rights");
    }

    @Test
    void aPronounSaysItIsTheSourceNamedBefore() {
        List<Claim> c = claims("State news agency SANA reported that rockets killed three people in Aleppo. "
                + "Seven others were wounded in a nearby district, it said.");
        assertThat(c).extracting(x -> x.claimant().orElse("-")).containsExactly("SANA", "SANA");
        assertThat(c.get(1).provenance().basis()).containsEntry(Provenance.Field.CLAIMANT, "claimant:pronoun-antecedent");
    }

    @Test
    void theAttackAFigureRefersToTakesItsAgentFromTheSentenceBefore() {
        List<Claim> c = claims("A hospital supported by MSF in Maaret al-Nouman in rural Idlib was hit earlier today by Russian airstrikes. "
                + "At least seven people were killed and many more wounded in the deliberate attack on the hospital.");
        assertThat(c).allSatisfy(x -> assertThat(x.actor().perpetrator()).contains("Russia"));
        assertThat(c.get(0).provenance().basis()).containsEntry(Provenance.Field.PERPETRATOR, "perpetrator:attack-told-before");
        // a sentence that names two armed parties does not say whose the attack was
        assertThat(claims("Rebels said Russian airstrikes hit the town. Seven people were killed in the attack.").get(0).actor().perpetrator())
                .isEmpty();
        // "by forces of X": X's forces did it
        assertThat(first("More than 550 civilians have been killed in Syria because of the attacks carried out by forces of the Syrian regime.")
                .actor().perpetrator()).contains("Syrian government");
    }

    @Test
    void aCommonNounThatShotIsThePerpetrator() {
        Claim bar = first("A gunman shot and killed two people at a bar on Sunday.");
        assertThat(bar.actor().perpetrator()).contains("gunman");
        assertThat(bar.provenance().basis()).containsEntry(Provenance.Field.PERPETRATOR, "perpetrator:agent-noun-subject");
        assertThat(first("A 9-year-old boy was shot and killed by his 14-year-old brother in Mattapan.").actor().perpetrator())
                .contains("14-year-old brother");
        // a headline's "Man Shot" is the victim, not the shooter
        assertThat(first("Man Shot and Killed in Miramar A man was shot and killed on a street in Miramar Wednesday morning.")
                .actor().perpetrator()).isEmpty();
    }

    @Test
    void localOfficersAndOutletsThatReportAreClaimants() {
        assertThat(first("A man was shot and wounded, the sheriff said.").claimant()).contains("sheriff");
        assertThat(first("Two men shot a man and then stole his car from in front of his Queens home, cops said.").claimant()).contains("cops");
        // where the source is belongs to it, not a claimant of its own ("Idlib")
        assertThat(first("Activists in rural Idlib said that three regime airstrikes hit a market in the town of Sarmin, killing 10 people.")
                .claimant()).contains("Activists in rural Idlib");
        assertThat(first("Activists in Idlib province said that at least 135 civilians have been killed in Syria over the past three days.")
                .claimant()).contains("Activists in Idlib province");
        assertThat(first("The Yakima County sheriff's office says a man was killed in the shooting.").claimant())
                .contains("Yakima County sheriff's office");
        assertThat(first("According to detectives, a 23-year-old man shot and killed his father.").claimant()).contains("detectives");
        assertThat(first("KPRC reports that the man was shot 13 times and is expected to survive.").claimant()).contains("KPRC");
        assertThat(first("A blast on a bus in central Damascus killed at least six people AFP reports.").claimant()).contains("AFP");
        // "reports" as a noun names no one
        assertThat(first("Initial reports indicated that over 40 civilians were killed in the market.").claimant()).isEmpty();
        assertThat(first("Double Terrorist Attack in Homs Kills 18 Including 10 Children Reports").claimant()).isEmpty();
    }

    @Test
    void aDatelineIsNoClaimant() {
        Claim c = first("Published September 25 2016 Three people were killed when a car bomb exploded in the market of Azaz.");
        assertThat(c.claimant()).isEmpty();
        assertThat(c.actor().means()).contains("car bomb");
    }

    @Test
    void aBlastTakesTheMeansBeforeItAndPluralBombingsNameTheirOwner() {
        // "car bomb explosions": the explosion is the car bomb's; "Russian bombings killed": Russia bombed
        assertThat(first("Twin car bomb explosions in the central Syrian city of Homs on Wednesday killed at least 18 people.")
                .actor().means()).contains("car bomb");
        Claim c = first("Russian bombings killed seven people in the Idleb region on Friday.");
        assertThat(c.actor().perpetrator()).contains("Russia");
        assertThat(c.actor().means()).contains("bombing");
    }

    @Test
    void barrelBombsAndGovernmentHelicoptersAreTheGovernments() {
        Claim taduf = first("A woman and her three children were killed when helicopters dropped a barrel bomb on the village of Taduf in Syria, "
                + "said the Syrian Observatory for Human Rights.");
        assertThat(taduf.actor().perpetrator()).contains("Syrian government");
        assertThat(taduf.provenance().basis()).containsEntry(Provenance.Field.PERPETRATOR, "perpetrator:barrel-bombs-are-the-air-forces");
        Claim aleppo = first("Syrian regime helicopters on Monday dropped explosives on a district of Aleppo city, killing at least 20 people.");
        assertThat(aleppo.actor().perpetrator()).contains("Syrian government");
        // a bomb of another kind names no one
        assertThat(first("A bomb killed three people in a market in Azaz in Syria on Monday.").actor().perpetrator()).isEmpty();
    }

    @Test
    void aClaimOfResponsibilityIsNoClaimOfTheFigure() {
        Claim c = first("The group also claimed an attack on a checkpoint that killed at least 17 people.");
        assertThat(c.claimant()).isEmpty();
    }

    @Test
    void aSpeakerThatSaysItHarmedAndASubjectWhoseFireClaimedLives() {
        List<Claim> c = claims("Russia said on Wednesday it had critically injured a leader of the militant group with an air strike in Syria that also killed 12 of his field commanders.\n\n"
                + "Local sources said that terrorists positioned in nearby neighborhoods fired rocket shells on the district claiming the lives of ten civilians.");
        assertThat(c).extracting(x -> x.actor().perpetrator().orElse("-")).containsExactly("Russia", "terrorists");
    }

    @Test
    void speakersWithWhereTheyAreBeforeTheirVerb() {
        List<Claim> c = claims("Activists in the area said that one of the airstrikes hit the town early on Thursday, killing nine civilians.\n\n"
                + "Medical sources in the city told the agency that hospitals received the bodies of 44 victims.");
        assertThat(c).extracting(x -> x.claimant().orElse("-")).containsExactly("activists", "medical sources");
    }

    @Test
    void whoHarmedNamedByACommonNounAfterBy() {
        List<Claim> c = claims("A man wanted on a felony warrant was fatally shot by sheriff's deputies on Friday night.\n\n"
                + "Two people were killed by a stray rocket on Friday.");
        assertThat(c).extracting(x -> x.actor().perpetrator().orElse("-")).containsExactly("sheriff's deputies", "-");
        assertThat(c.get(0).provenance().basis().get(Provenance.Field.PERPETRATOR)).isEqualTo("perpetrator:passive-by-agent-noun");
    }

    @Test
    void whoseMeansItWasAndWhoseBarrage() {
        List<Claim> c = claims("A suicide bomber from the Nusra Front blew himself up at an army outpost, killing five soldiers.\n\n"
                + "The rebel barrage killed 10 people in the capital on Thursday.\n\n"
                + "Heavy shelling of rebel areas killed 19 civilians on Tuesday.");
        assertThat(c).extracting(x -> x.actor().perpetrator().orElse("-")).containsExactly("Al-Qaeda", "rebels", "-");
    }

    @Test
    void aSpeakerAfterASentenceAdverbAndAKnownSourcesStaff() {
        List<Claim> c = claims("Four persons wounded in Foua and Kafyra in Idleb Meanwhile civil sources said that 4 persons were wounded in terrorist shells.\n\n"
                + "In Deir al-Zor Syrias SANA state news agency said that shelling killed two civilians.");
        assertThat(c).extracting(x -> x.claimant().orElse("-")).contains("civil sources", "SANA").doesNotContain("Foua and Kafyra in Idleb Meanwhile civil sources");
    }

    @Test
    void oneEventsMeansNamedWithItsActorBeforeLendsThatActor() {
        List<Claim> c = claims("Syrian regime airstrikes on the region killed at least 22 civilians on Monday, the monitor said.\n\n"
                + "The highest toll was in Douma, where air raids killed 16 civilians on Monday.\n\n"
                + "A car bomb killed three people in the capital on Monday.");
        assertThat(c).extracting(x -> x.actor().perpetrator().orElse("-")).containsExactly("Syrian government", "Syrian government", "-");
        assertThat(c.get(1).provenance().basis().get(Provenance.Field.PERPETRATOR)).isEqualTo("perpetrator:same-means-told-before");
    }
}
