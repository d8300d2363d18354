package dev.tally.resolve;

import static dev.tally.model.Outcome.ABDUCTED;
import static dev.tally.model.Outcome.CASUALTIES;
import static dev.tally.model.Outcome.DISPLACED;
import static dev.tally.model.Outcome.INJURED;
import static dev.tally.model.Outcome.KILLED;
import static dev.tally.model.Place.Precision.CITY;
import static dev.tally.model.Place.Precision.NEIGHBOURHOOD;
import static dev.tally.model.Victims.CIVILIAN;
import static dev.tally.model.Victims.MILITANT;
import static dev.tally.model.Victims.MILITARY;
import static dev.tally.model.Victims.UNKNOWN;
import static dev.tally.resolve.ClaimBuilder.claim;
import static dev.tally.resolve.ClaimBuilder.country;
import static dev.tally.resolve.ClaimBuilder.described;
import static dev.tally.resolve.ClaimBuilder.place;

import dev.tally.model.Count;
import dev.tally.model.Place;
import dev.tally.model.StoredClaim;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The claims of the five seed articles (examples/seeds), built by hand as the extractor should
 * give them: kinds, figures, days resolved against each article's publication date, places and
 * actors. Row ids are 1, 2, ... in the order listed; {@link #row} finds one by its claim id.
 */
final class SeedClaims {
    static final String D0 = "000_0248060a66e5b8f4.txt";
    static final String D1 = "001_fb6444753e8d3f0d.txt";
    static final String D2 = "002_71ad0aeb5e126444.txt";
    static final String D3 = "003_63b9559ebf53a2b1.txt";
    static final String D4 = "004_2b2bb0848c1b5462.txt";

    private static final List<ClaimBuilder> CLAIMS = List.of(
            claim(D0, "000-1").harm(KILLED, CIVILIAN).count(Count.atLeast("at least 12", 12))
                .on("on Monday", "2015-12-21")
                .at(place("Mosul", "Mosul", "IQ", 36.335, 43.119, CITY))
                .by("United States", "airstrike").claimant("Reuters")
                .says("US air strikes against Mosul killed at least 12 civilians on Monday, Reuters reported, citing eyewitnesses and medical officials in the northern Iraqi city."),
            claim(D0, "000-2").harm(KILLED, MILITARY).count(Count.atLeast("at least nine", 9))
                .on("last Friday", "2015-12-18")
                .at(place("near the city of Fallujah", "Fallujah", "IQ", 33.349, 43.784, CITY))
                .by("United States", "airstrike").claimant("Iraqi government")
                .says("The civilian casualties in Mosul come just days after US Defense Secretary Ashton Carter issued a public apology for a US air strike that, according to Iraqi government reports, killed at least nine Iraqi government soldiers near the city of Fallujah last Friday."),
            claim(D0, "000-3").harm(KILLED, MILITARY).count(Count.atLeast("over 20", 21))
                .on("last Friday", "2015-12-18")
                .at(place("near the city of Fallujah", "Fallujah", "IQ", 33.349, 43.784, CITY))
                .by("United States", "airstrike").claimant("Others")
                .says("Others have put the death toll at over 20, with another 30 wounded."),
            claim(D0, "000-4").harm(INJURED, MILITARY).count(Count.exactly("30", 30))
                .on("last Friday", "2015-12-18")
                .at(place("near the city of Fallujah", "Fallujah", "IQ", 33.349, 43.784, CITY))
                .by("United States", "airstrike").claimant("Others")
                .says("Others have put the death toll at over 20, with another 30 wounded."),
            claim(D0, "000-5").aggregate().harm(KILLED, MILITANT).count(Count.between("dozens", 12, 99))
                .at(place("Ramadi", "Ramadi", "IQ", 33.426, 43.299, CITY))
                .by("Iraqi government forces", null).claimant("Military officials")
                .says("Military officials reported that dozens of ISIS fighters had been killed, but declined to provide any casualty figures for the government forces."),
            claim(D0, "000-6").aggregate().harm(ABDUCTED, CIVILIAN).count(Count.atMost("as many as 1,200", 1200))
                .at(new Place(Optional.of("the Razazah checkpoint"), Optional.of("Razazah"), Optional.of("IQ"), OptionalDouble.empty(), OptionalDouble.empty(), Place.Precision.UNKNOWN))
                .by("Popular Mobilization Units", "kidnapping").claimant("reports")
                .says("An indication that these militias have been active in the siege of Ramadi are reports that as many as 1,200 Sunni civilians fleeing to the south have been kidnapped after reaching the Razazah checkpoint leading to Karbala to the south."),
            claim(D0, "000-7").aggregate().harm(KILLED, UNKNOWN).count(Count.atLeast("over a million", 1000001))
                .at(country("IQ"))
                .by("United States", null)
                .says("To that end, it is prepared to continue the slaughter that has already claimed over a million Iraqi lives."),
            claim(D1, "001-1").aggregate().harm(CASUALTIES, MILITARY).count(Count.atMost("as high as 10,000", 10000))
                .at(place("Mosul", "Mosul", "IQ", 36.335, 43.119, CITY))
                .says("It may well be as high as 10,000 dead and wounded."),
            claim(D1, "001-2").aggregate().harm(DISPLACED, CIVILIAN).count(Count.between("hundreds of thousands", 100000, 999999))
                .at(place("Mosul", "Mosul", "IQ", 36.335, 43.119, CITY))
                .by("ISIS", null)
                .says("While hundreds of thousands fled when ISIS captured the city, displacement and casualties have increased exponentially since the beginning of the US-backed assault."),
            claim(D1, "001-3").aggregate().harm(DISPLACED, CIVILIAN).count(Count.exactly("some 860,000", 860000))
                .at(place("Mosul", "Mosul", "IQ", 36.335, 43.119, CITY))
                .says("It is currently estimated that some 860,000 Mosul residents have been turned into refugees, with large numbers sheltering in overcrowded tent camps or with family elsewhere in the country."),
            claim(D1, "001-4").aggregate().harm(CASUALTIES, CIVILIAN).count(Count.between("tens of thousands", 10000, 99999))
                .at(place("Mosul", "Mosul", "IQ", 36.335, 43.119, CITY))
                .by("US-backed forces and ISIS", null)
                .says("It almost certainly numbers in the tens of thousands killed or injured, however, inflicted by both the US-backed forces and the ISIS extremists."),
            claim(D1, "001-5").harm(KILLED, CIVILIAN).count(Count.atLeast("at least 105", 105))
                .on("on March 17", "2017-03-17")
                .at(place("Mosul", "Mosul", "IQ", 36.335, 43.119, CITY))
                .by("United States", "airstrike")
                .says("Just one US airstrike on March 17 slaughtered at least 105 men, women and children."),
            claim(D1, "001-6").aggregate().harm(KILLED, MILITANT).count(Count.atLeast("well over 16,000", 16001))
                .at(place("Mosul", "Mosul", "IQ", 36.335, 43.119, CITY))
                .by("Iraqi government forces", null).claimant("Iraqi commanders")
                .says("In early May, the Iraqi commanders claimed to have killed well over 16,000."),
            claim(D1, "001-7").aggregate().harm(KILLED, MILITANT).count(Count.between("hundreds", 100, 999))
                .at(place("Mosul", "Mosul", "IQ", 36.335, 43.119, CITY))
                .by("Iraqi government forces", null).claimant("Iraqi commanders")
                .says("In the weeks since, they have claimed to have killed hundreds more."),
            claim(D2, "002-1").aggregate().harm(KILLED, UNKNOWN).count(Count.between("Hundreds", 100, 999))
                .at(place("the Old City of western Mosul", "Mosul", "IQ", 36.335, 43.119, CITY)).claimant("Middle East Eye")
                .says("\"Hundreds of corpses lie half-buried in the broken masonry and rubble that was once a bustling, historic quarter."),
            claim(D2, "002-2").aggregate().harm(KILLED, CIVILIAN).count(Count.exactly("40,000", 40000))
                .at(place("Mosul", "Mosul", "IQ", 36.335, 43.119, CITY)).claimant("Kurdish Regional Government's intelligence agency")
                .says("According to Iraq's former foreign and finance minister, Hoshyar Zebari, who was quoted in an interview last week with Patrick Cockburn of the British *Independent*, the Kurdish Regional Government's intelligence agency has estimated that 40,000 men, women and children were killed."),
            claim(D2, "002-3").aggregate().harm(DISPLACED, CIVILIAN).count(Count.exactly("Some 1 million", 1000000))
                .at(place("Mosul", "Mosul", "IQ", 36.335, 43.119, CITY))
                .says("Some 1 million residents of Mosul and its surrounding area were driven from their homes by the siege, and nearly 850,000 of them are listed by relief agencies as being currently displaced."),
            claim(D2, "002-4").aggregate().harm(DISPLACED, CIVILIAN).count(Count.atMost("nearly 850,000", 850000))
                .at(place("Mosul", "Mosul", "IQ", 36.335, 43.119, CITY)).claimant("relief agencies")
                .says("Some 1 million residents of Mosul and its surrounding area were driven from their homes by the siege, and nearly 850,000 of them are listed by relief agencies as being currently displaced."),
            claim(D2, "002-5").aggregate().harm(DISPLACED, CIVILIAN).count(Count.exactly("3 million", 3000000))
                .at(country("IQ"))
                .says("Across the country, the figure is 3 million."),
            claim(D2, "002-6").harm(KILLED, CIVILIAN).count(Count.exactly("36", 36))
                .on("on Wednesday", "2017-07-26")
                .at(place("the Syrian city", "Raqqa", "SY", 35.95, 39.009, CITY))
                .by("United States", "airstrike").claimant("Raqqa is Being Slaughtered Silently")
                .says("The group Raqqa is Being Slaughtered Silently, initially formed to document ISIS atrocities in the Syrian city, reported on Wednesday that 36 civilians, most of them women and children, were killed and another 50 wounded in US airstrikes and artillery bombardments."),
            claim(D2, "002-7").harm(INJURED, CIVILIAN).count(Count.exactly("50", 50))
                .on("on Wednesday", "2017-07-26")
                .at(place("the Syrian city", "Raqqa", "SY", 35.95, 39.009, CITY))
                .by("United States", "airstrike").claimant("Raqqa is Being Slaughtered Silently")
                .says("The group Raqqa is Being Slaughtered Silently, initially formed to document ISIS atrocities in the Syrian city, reported on Wednesday that 36 civilians, most of them women and children, were killed and another 50 wounded in US airstrikes and artillery bombardments."),
            claim(D3, "003-1").aggregate().harm(KILLED, UNKNOWN).count(Count.between("hundreds of thousands", 100000, 999999))
                .at(country("IQ"))
                .by("United States", null)
                .says("The US-led invasion of 2003 and Washington's subsequent fomenting of ethnic divisions between Shia and Sunni cost the lives of hundreds of thousands and created the conditions in which ISIS could flourish and claim to be liberating Sunni areas of western Iraq."),
            claim(D4, "004-1").aggregate().harm(KILLED, CIVILIAN).count(Count.atLeast("At least 300", 300))
                .on("since mid-February", "2017-02-15", "2017-03-30")
                .at(place("Mosul", "Mosul", "IQ", 36.335, 43.119, CITY)).claimant("U.N. human rights office")
                .says("At least 300 civilians have been killed in the offensive against Daesh in the western half of Mosul since mid-February, according to the U.N. human rights office – including 140 killed in a single March 17 airstrike on a building."),
            claim(D4, "004-2").harm(KILLED, CIVILIAN).count(Count.exactly("140", 140))
                .on("March 17", "2017-03-17")
                .at(place("Mosul", "Mosul", "IQ", 36.335, 43.119, CITY))
                .by("US-led coalition", "airstrike").claimant("U.N. human rights office")
                .says("At least 300 civilians have been killed in the offensive against Daesh in the western half of Mosul since mid-February, according to the U.N. human rights office – including 140 killed in a single March 17 airstrike on a building."),
            claim(D4, "004-3").harm(KILLED, UNKNOWN).count(Count.between("Dozens more", 12, 99))
                .on("last weekend", "2017-03-25", "2017-03-26")
                .at(place("Mosul", "Mosul", "IQ", 36.335, 43.119, CITY))
                .by("US-led coalition", "airstrike").claimant("Amnesty International")
                .says("Dozens more are claimed to have been killed in another strike last weekend, according to Amnesty International, and by similar airstrikes in neighboring Syria in the past month."),
            claim(D4, "004-4").aggregate().harm(KILLED, CIVILIAN).count(Count.exactly("198", 198))
                .on("in March", "2017-03-01", "2017-03-31")
                .at(new Place(Optional.of("Syria"), Optional.of("Syria"), Optional.of("SY"), OptionalDouble.empty(), OptionalDouble.empty(), Place.Precision.UNKNOWN))
                .by("US-led coalition", "airstrike").claimant("Syrian Observatory for Human Rights")
                .says("In Syria, as fighting around Raqqa intensified, civilian fatalities from coalition airstrikes rose to 198 in March – including 32 children and 31 women – compared to 56 in February, according to the Syrian Observatory for Human Rights, a Britain-based activist group that documents Syria's war."),
            claim(D4, "004-5").aggregate().harm(KILLED, CIVILIAN).part("children").count(Count.exactly("32", 32))
                .on("in March", "2017-03-01", "2017-03-31")
                .at(new Place(Optional.of("Syria"), Optional.of("Syria"), Optional.of("SY"), OptionalDouble.empty(), OptionalDouble.empty(), Place.Precision.UNKNOWN))
                .by("US-led coalition", "airstrike").claimant("Syrian Observatory for Human Rights")
                .says("In Syria, as fighting around Raqqa intensified, civilian fatalities from coalition airstrikes rose to 198 in March – including 32 children and 31 women – compared to 56 in February, according to the Syrian Observatory for Human Rights, a Britain-based activist group that documents Syria's war."),
            claim(D4, "004-6").aggregate().harm(KILLED, CIVILIAN).part("women").count(Count.exactly("31", 31))
                .on("in March", "2017-03-01", "2017-03-31")
                .at(new Place(Optional.of("Syria"), Optional.of("Syria"), Optional.of("SY"), OptionalDouble.empty(), OptionalDouble.empty(), Place.Precision.UNKNOWN))
                .by("US-led coalition", "airstrike").claimant("Syrian Observatory for Human Rights")
                .says("In Syria, as fighting around Raqqa intensified, civilian fatalities from coalition airstrikes rose to 198 in March – including 32 children and 31 women – compared to 56 in February, according to the Syrian Observatory for Human Rights, a Britain-based activist group that documents Syria's war."),
            claim(D4, "004-7").aggregate().harm(KILLED, CIVILIAN).count(Count.exactly("56", 56))
                .on("in February", "2017-02-01", "2017-02-28")
                .at(new Place(Optional.of("Syria"), Optional.of("Syria"), Optional.of("SY"), OptionalDouble.empty(), OptionalDouble.empty(), Place.Precision.UNKNOWN))
                .by("US-led coalition", "airstrike").claimant("Syrian Observatory for Human Rights")
                .says("In Syria, as fighting around Raqqa intensified, civilian fatalities from coalition airstrikes rose to 198 in March – including 32 children and 31 women – compared to 56 in February, according to the Syrian Observatory for Human Rights, a Britain-based activist group that documents Syria's war."),
            claim(D4, "004-8").harm(KILLED, CIVILIAN).part("family").count(Count.atLeast("more than a dozen", 13))
                .on("in the March 17 attack", "2017-03-17")
                .at(place("the Al-Jadida neighborhood", "Al-Jadida, Mosul", "IQ", 36.356, 43.102, NEIGHBOURHOOD)).claimant("Bashar Abdullah")
                .says("“How could they have used this much artillery on civilian locations?” asked Bashar Abdullah, a resident of the Al-Jadida neighborhood who lost more than a dozen family members in the March 17 attack."),
            claim(D4, "004-9").harm(KILLED, CIVILIAN).part("family").count(Count.exactly("13", 13))
                .at(place("the Al-Jadida neighborhood", "Al-Jadida, Mosul", "IQ", 36.356, 43.102, NEIGHBOURHOOD)).claimant("Bashar Abdullah")
                .says("Abdullah, the resident of the Al-Jadida district, buried 13 members of his family in a single day."),
            claim(D4, "004-10").harm(KILLED, CIVILIAN).count(Count.exactly("around 40", 40))
                .on("earlier this month", "2017-03-01", "2017-03-30")
                .at(described("a rebel-held area in the north", "SY"))
                .by("United States", "airstrike").claimant("Opposition activists")
                .says("Opposition activists said a mosque was hit during evening prayers, killing around 40 people, mostly civilians, and wounding dozens of others."),
            claim(D4, "004-11").harm(INJURED, CIVILIAN).count(Count.between("dozens", 12, 99))
                .on("earlier this month", "2017-03-01", "2017-03-30")
                .at(described("a rebel-held area in the north", "SY"))
                .by("United States", "airstrike").claimant("Opposition activists")
                .says("Opposition activists said a mosque was hit during evening prayers, killing around 40 people, mostly civilians, and wounding dozens of others."),
            claim(D4, "004-12").harm(KILLED, MILITANT).count(Count.between("dozens", 12, 99))
                .on("earlier this month", "2017-03-01", "2017-03-30")
                .at(described("a rebel-held area in the north", "SY"))
                .by("United States", "airstrike").claimant("U.S.")
                .says("The U.S. said it struck an Al-Qaeda gathering across the street from the mosque, killing dozens of militants, adding they found no basis for reports that civilians were killed."));

    private SeedClaims() {
    }

    /** Every seed claim, row ids 1..n in the order listed. */
    static List<StoredClaim> all() {
        List<StoredClaim> stored = new ArrayList<>();
        for (int i = 0; i < CLAIMS.size(); i++) stored.add(CLAIMS.get(i).stored(i + 1));
        return stored;
    }

    /** The row id of the claim with this id ("004-9"). */
    static long row(String claimId) {
        return all().stream().filter(c -> c.claim().id().equals(claimId)).findFirst().orElseThrow().id();
    }
}
