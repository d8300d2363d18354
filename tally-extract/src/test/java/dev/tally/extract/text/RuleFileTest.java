package dev.tally.extract.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Loading the word lists: comments skipped, misconfiguration caught when the rules load. */
class RuleFileTest {
    @Test
    void readsValuesInFileOrderWithoutComments() {
        RuleFile rules = RuleFile.load("rules-good.txt", Set.of("word", "other"));
        assertThat(rules.values("word")).containsExactly("alpha", "beta");
        assertThat(rules.values("other")).isEmpty();
    }

    @Test
    void rejectsAnUnknownKindWithItsLine() {
        assertThatThrownBy(() -> RuleFile.load("rules-with-typo.txt", Set.of("word")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("rules-with-typo.txt:5: a line must be 'kind: value' with kind in [word]; got 'wrod: typo'");
    }

    @Test
    void rejectsAMissingFile() {
        assertThatThrownBy(() -> RuleFile.load("no-such-rules.txt", Set.of("word")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("rule file no-such-rules.txt must be on the classpath");
    }

    @Test
    void loadsEveryShippedRuleFile() {
        assertThat(RuleFile.load("boilerplate.txt", Set.of("exact", "prefix", "widget-word", "cta-word", "counter",
                "people-word", "number-word")).values("exact")).contains("post a comment");
        assertThat(RuleFile.load("abbreviations.txt", Set.of("abbreviation", "before-number")).values("abbreviation"))
                .contains("U.S.", "Gen.", "Sept.");
        assertThat(RuleFile.load("line-joining.txt", Set.of("function-word", "particle")).values("particle"))
                .contains("al", "el");
    }
}
