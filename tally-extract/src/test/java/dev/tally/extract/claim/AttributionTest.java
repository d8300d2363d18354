package dev.tally.extract.claim;

import dev.tally.model.Article;
import dev.tally.model.Claim;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Who says so, who did it, how, when and where: on real sentences from the seed articles. */
class AttributionTest {
    private final ClaimExtractor extractor = new ClaimExtractor();

    private List<Claim> claims(String text, LocalDate published) {
        return extractor.extract(new Article("t.txt", text, Optional.of(published), Map.of())).claims();
    }

    private Claim first(String text, LocalDate published) {
        List<Claim> c = claims(text, published);
        assertThat(c).as("claims in: %s", text).isNotEmpty();
        return c.get(0);
    }

    @Test
    void aWireServiceAfterTheFigure() {
        Claim c = first("US air strikes against Mosul killed at least 12 civilians on Monday, Reuters reported, citing "
                + "eyewitnesses and medical officials in the northern Iraqi city.", LocalDate.of(2015, 12, 22));
        assertThat(c.claimant()).contains("Reuters");
        assertThat(c.actor().perpetrator()).contains("United States");
        assertThat(c.actor().means()).contains("airstrike");
        assertThat(c.date().start()).contains(LocalDate.of(2015, 12, 21));
        assertThat(c.place().name()).contains("Mosul");
        assertThat(c.place().country()).contains("IQ");
    }

    @Test
    void accordingToKeepsTheWholeName() {
        Claim c = first("At least 300 civilians have been killed in the offensive against Daesh in the western half of Mosul "
                + "since mid-February, according to the U.N. human rights office.", LocalDate.of(2017, 3, 30));
        assertThat(c.claimant()).contains("U.N. human rights office");
        assertThat(c.date().start()).contains(LocalDate.of(2017, 2, 15));
        assertThat(c.date().end()).contains(LocalDate.of(2017, 3, 30));
        assertThat(c.actor().perpetrator()).as("Daesh is the target here, not the perpetrator").isEmpty();
    }

    @Test
    void aSubjectWithAnAsideBeforeTheVerb() {
        Claim c = first("The group Raqqa is Being Slaughtered Silently, initially formed to document ISIS atrocities in the "
                + "Syrian city, reported on Wednesday that 36 civilians, most of them women and children, were killed and "
                + "another 50 wounded in US airstrikes and artillery bombardments.", LocalDate.of(2017, 7, 28));
        assertThat(c.claimant()).hasValueSatisfying(n -> assertThat(n).contains("Raqqa is Being Slaughtered Silently"));
        assertThat(c.actor().perpetrator()).contains("United States");
        assertThat(c.date().start()).contains(LocalDate.of(2017, 7, 26));
    }

    @Test
    void theQuotedSourceAndTheNameBeforeItsDescriptionSpeak() {
        Claim quoted = first("The reporter quoted a source at Aleppo Police Command as saying that terrorists targeted the neighborhood "
                + "with rockets, killing 3 civilians.", LocalDate.of(2016, 10, 2));
        assertThat(quoted.claimant()).contains("source at Aleppo Police Command");
        Claim described = first("The Syrian Center for Policy Research, an NGO, has put the death toll from the five-year conflict at "
                + "as high as 470000.", LocalDate.of(2016, 7, 2));
        assertThat(described.claimant()).contains("Syrian Center for Policy Research");
        // a place that ends a phrase is no speaker described after it
        Claim monitor = first("Thirteen civilians were killed in air raids on the northern province of Aleppo, a monitor said.",
                LocalDate.of(2015, 7, 15));
        // (the article's monitor, named by the house names of sources)
        assertThat(monitor.claimant()).contains("Syrian Observatory for Human Rights");
    }

    @Test
    void aPronounSubjectTakesTheClaimantBefore() {
        List<Claim> c = claims("In early May, the Iraqi commanders claimed to have killed well over 16,000. "
                + "In the weeks since, they have claimed to have killed hundreds more.", LocalDate.of(2017, 6, 23));
        assertThat(c).extracting(x -> x.claimant().orElse("-")).containsExactly("Iraqi commanders", "Iraqi commanders");
        assertThat(c).extracting(x -> x.actor().perpetrator().orElse("-")).containsOnly("Iraqi government forces");
    }

    @Test
    void anArticleOnItsOwnAccountHasNoClaimant() {
        Claim c = first("Just one US airstrike on March 17 slaughtered at least 105 men, women and children.", LocalDate.of(2017, 6, 23));
        assertThat(c.claimant()).isEmpty();
        assertThat(c.date().start()).contains(LocalDate.of(2017, 3, 17));
    }

    @Test
    void aPlaceFramedNearTheFigureWins() {
        Claim c = first("The civilian casualties in Mosul come just days after US Defense Secretary Ashton Carter issued a public "
                + "apology for a US air strike that, according to Iraqi government reports, killed at least nine Iraqi "
                + "government soldiers near the city of Fallujah last Friday.", LocalDate.of(2015, 12, 22));
        assertThat(c.place().name()).hasValueSatisfying(n -> assertThat(n).contains("Fallujah"));
        assertThat(c.date().start()).contains(LocalDate.of(2015, 12, 18));
        assertThat(c.claimant()).hasValueSatisfying(n -> assertThat(n).contains("Iraqi government"));
    }

    @Test
    void wordsInsideAQuotationDoNotNameTheMeans() {
        Claim c = first("\u201cHow could they have used this much artillery on civilian locations?\u201d asked Bashar Abdullah, a "
                + "resident of the Al-Jadida neighborhood who lost more than a dozen family members in the March 17 attack.",
                LocalDate.of(2017, 3, 30));
        assertThat(c.claimant()).contains("Bashar Abdullah");
        assertThat(c.actor().means()).isEmpty();
        assertThat(c.subgroup()).contains("family");
    }
}
