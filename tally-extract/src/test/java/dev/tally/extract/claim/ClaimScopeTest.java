package dev.tally.extract.claim;

import dev.tally.model.Actor;
import dev.tally.model.Article;
import dev.tally.model.Claim;
import dev.tally.model.Place;
import dev.tally.model.TimeSpan;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading figures alone finds the same claims as reading them whole, and leaves their context unknown. */
class ClaimScopeTest {
    private static final Path MOSUL = Path.of("..", "examples", "seeds", "004_2b2bb0848c1b5462.txt");

    /** What the figures-only scope must keep: everything but date, place, actor and claimant. */
    private record Figure(String id, Object kind, Object outcome, Object victims, Object subgroup, Object count, Object evidence) {
        static Figure of(Claim c) {
            return new Figure(c.id(), c.kind(), c.outcome(), c.victims(), c.subgroup(), c.count(), c.evidence());
        }
    }

    @Test
    void figuresAloneAreTheWholeClaimsFiguresWithNoContext() throws IOException {
        Article article = new Article(MOSUL.getFileName().toString(), Files.readString(MOSUL, StandardCharsets.UTF_8),
                Optional.of(LocalDate.of(2017, 3, 30)), Map.of());
        List<Claim> whole = new ClaimExtractor().extract(article).claims();
        List<Claim> figures = new ClaimExtractor(ClaimExtractor.Scope.FIGURES).extract(article).claims();

        assertThat(whole).hasSizeGreaterThan(5);
        assertThat(figures).map(Figure::of).isEqualTo(whole.stream().map(Figure::of).toList());
        assertThat(whole).anyMatch(c -> c.place().name().isPresent()).anyMatch(c -> c.actor().perpetrator().isPresent());
        assertThat(figures).allSatisfy(c -> {
            assertThat(c.date()).isEqualTo(TimeSpan.UNKNOWN);
            assertThat(c.place()).isEqualTo(Place.UNKNOWN);
            assertThat(c.actor()).isEqualTo(Actor.UNKNOWN);
            assertThat(c.claimant()).isEmpty();
        });
    }
}
