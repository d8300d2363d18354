package dev.tally.extract.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tally.model.Span;
import org.junit.jupiter.api.Test;

/** The map from the normalized view back to the original. */
class NormalizedTextTest {
    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void mapsWordsAcrossCollapsedSpacesAndJoinedLines() {
        String original = "## Title\n\n cost  the  lives  of  hundreds  of\nthousands  and more";
        NormalizedText normalized = normalizer.normalize(original);
        String text = normalized.text();
        assertThat(text).isEqualTo("Title\n\ncost the lives of hundreds of thousands and more");

        int start = text.indexOf("hundreds");
        Span span = normalized.toOriginal(start, text.indexOf(" and"));
        assertThat(span.of(original)).isEqualTo("hundreds  of\nthousands");
        assertThat(normalized.toOriginal(0)).isEqualTo(original.indexOf("Title"));
    }

    @Test
    void mapsADehyphenatedWordToItsTwoHalves() {
        String original = "would have devas-\ntating consequences";
        NormalizedText normalized = normalizer.normalize(original);
        int start = normalized.text().indexOf("devastating");
        Span span = normalized.toOriginal(start, start + "devastating".length());
        assertThat(span.of(original)).isEqualTo("devas-\ntating");
        assertThat(original.charAt(normalized.toOriginal(start + 5))).isEqualTo('t');
    }

    @Test
    void mapsSeparatorsOntoTheWhiteSpaceTheyReplace() {
        String original = "Title line\r\n\r\n\r\nBody text.";
        NormalizedText normalized = normalizer.normalize(original);
        assertThat(normalized.text()).isEqualTo("Title line\n\nBody text.");
        assertThat(normalized.toOriginal(10)).isEqualTo(10);
        assertThat(normalized.toOriginal(11)).isEqualTo(11);
        assertThat(normalized.toOriginal(12)).isEqualTo(original.indexOf("Body"));
    }

    @Test
    void mapsTheEndOfTheViewJustAfterTheLastCharacter() {
        String original = "Body text.\n\nPost a Comment\n\nwww.example.org\n";
        NormalizedText normalized = normalizer.normalize(original);
        assertThat(normalized.text()).isEqualTo("Body text.");
        assertThat(normalized.toOriginal(normalized.text().length())).isEqualTo("Body text.".length());
        assertThat(normalized.toOriginal(3, 3)).isEqualTo(new Span(3, 3));
    }

    @Test
    void mapsAnEmptyViewToZero() {
        NormalizedText normalized = normalizer.normalize("\n\n   \n");
        assertThat(normalized.text()).isEmpty();
        assertThat(normalized.toOriginal(0)).isZero();
        assertThat(normalized.toOriginal(0, 0)).isEqualTo(new Span(0, 0));
    }

    @Test
    void rejectsOffsetsOutsideTheView() {
        NormalizedText normalized = normalizer.normalize("Body text.");
        assertThatThrownBy(() -> normalized.toOriginal(11)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("offset must be in [0, 10]; got 11");
        assertThatThrownBy(() -> normalized.toOriginal(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> normalized.toOriginal(5, 4)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("range must satisfy 0 <= start <= end <= 10; got [5, 4)");
    }

    @Test
    void keepsTheOriginalAsItArrived() {
        String original = "  Body\u00A0 text. ";
        assertThat(normalizer.normalize(original).original()).isSameAs(original);
    }

    @Test
    void storesOneSegmentForTextThatNeedsNoChange() {
        assertThat(normalizer.normalize("Nothing to change here. At all.").segments()).isEqualTo(1);
    }
}
