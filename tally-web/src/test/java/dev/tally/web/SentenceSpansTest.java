package dev.tally.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tally.model.Span;
import org.junit.jupiter.api.Test;

/** Finding a claim's joined sentence in the article as published. */
class SentenceSpansTest {
    @Test
    void aSentenceBrokenOverLinesIsFoundWhereItsEvidenceIs() {
        String text = "Intro. At least 12 died.\nLater:\nA strike killed at least\n  12 civilians   in Mosul. At least 12 died.";
        int evidence = text.indexOf("at least\n  12");
        Span found = SentenceSpans.locate(text, "A strike killed at least 12 civilians in Mosul.", new Span(evidence, evidence + 13));

        assertThat(text.substring(found.start(), found.end())).isEqualTo("A strike killed at least\n  12 civilians   in Mosul.");
    }

    @Test
    void ofTwoEqualSentencesTheOneHoldingTheEvidenceWins() {
        String text = "At least 12 died. Then more. At least 12 died.";
        int second = text.lastIndexOf("12");
        Span found = SentenceSpans.locate(text, "At least 12 died.", new Span(second, second + 2));

        assertThat(found.start()).isEqualTo(text.lastIndexOf("At least"));
    }

    @Test
    void aSentenceNotInTheTextFallsBackToTheEvidence() {
        String text = "Officials said 30 people were killed.";
        Span evidence = new Span(15, 17);

        assertThat(SentenceSpans.locate(text, "Thirty people died, officials said.", evidence)).isEqualTo(evidence);
        assertThat(SentenceSpans.locate(text, "   ", evidence)).isEqualTo(evidence);
        assertThat(SentenceSpans.locate("short", "Officials said 30 people were killed.", evidence)).isEqualTo(evidence);
    }
}
