package dev.tally.extract.claim;

import dev.tally.model.Article;
import dev.tally.model.Claim;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The article's dateline dates the article: it anchors "on Wednesday" and is never a claim's own date. */
class DatelineTest {
    private static final String BLAST = "Bomb attack kills 44 in Kurdish city\n\nLast updated at Jul 282016 A bomb blast killed at least "
            + "44 people and wounded dozens on Wednesday in the Kurdish-majority city of Qamishli.";

    private final ClaimExtractor extractor = new ClaimExtractor();

    private List<Claim> claims(String text, LocalDate published, Map<String, String> meta) {
        return extractor.extract(new Article("t.txt", text, Optional.of(published), meta)).claims();
    }

    @Test
    void anApproximatePublicationDateGivesWayToTheArticlesOwnDateline() {
        List<Claim> approximate = claims(BLAST, LocalDate.of(2016, 7, 22), Map.of(ClaimExtractor.APPROXIMATE, "true"));
        assertThat(approximate).isNotEmpty().allSatisfy(c -> assertThat(c.date().start()).contains(LocalDate.of(2016, 7, 27)));
        List<Claim> exact = claims(BLAST, LocalDate.of(2016, 7, 22), Map.of());
        assertThat(exact).isNotEmpty().allSatisfy(c -> assertThat(c.date().start()).contains(LocalDate.of(2016, 7, 20)));
    }

    @Test
    void aDatelineFarFromTheApproximateDateIsNotTaken() {
        List<Claim> c = claims(BLAST, LocalDate.of(2014, 1, 10), Map.of(ClaimExtractor.APPROXIMATE, "true"));
        assertThat(c).isNotEmpty().allSatisfy(x -> assertThat(x.date().start()).contains(LocalDate.of(2014, 1, 8)));
    }

    @Test
    void theDatelineIsNoDateOfTheHarm() {
        List<Claim> c = claims("Syrian troops killed in strikes\n\nAFP Sunday 18 Sep 2016 More than 60 Syrian government soldiers "
                + "were killed in coalition air strikes near Deir Ezzor airport, the army said.", LocalDate.of(2016, 9, 18), Map.of());
        assertThat(c).singleElement().satisfies(x -> assertThat(x.date().start()).isEmpty());
    }

    @Test
    void aDatelineWithItsWeekdayAndYearIsTheArticlesOwnDateHoweverFar() {
        List<Claim> c = claims("More than 100 militants killed by the army\n\nFri Jul 1 2016 More than 100 militants were killed "
                + "during the last five days in battles near the city, the army said.", LocalDate.of(2012, 11, 13), Map.of(ClaimExtractor.APPROXIMATE, "true"));
        assertThat(c).anySatisfy(x -> {
            assertThat(x.date().start()).contains(LocalDate.of(2016, 6, 27));
            assertThat(x.date().end()).contains(LocalDate.of(2016, 7, 1));
        });
    }
}
