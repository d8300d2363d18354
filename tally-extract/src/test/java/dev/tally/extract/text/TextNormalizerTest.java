package dev.tally.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One rule of {@link TextNormalizer} per test, on snippets of the seed articles. */
class TextNormalizerTest {
    private final TextNormalizer normalizer = new TextNormalizer();

    private String normalize(String original) {
        return normalizer.normalize(original).text();
    }

    @Nested
    class HardWraps {
        @Test
        void joinsAHardWrappedParagraph() {
            String original = """
                    The  offensive  by  the  US-led  coalition  to  retake  Mosul  continued  Tuesday,  as  leading
                    participants acknowledged the fighting could take months, and aid organizations issued dire
                    warnings of the impact on the more than 1 million civilians living in Iraq's second largest
                    city.
                    """;
            assertThat(normalize(original)).isEqualTo("The offensive by the US-led coalition to retake Mosul continued"
                    + " Tuesday, as leading participants acknowledged the fighting could take months, and aid"
                    + " organizations issued dire warnings of the impact on the more than 1 million civilians living"
                    + " in Iraq's second largest city.");
        }

        @Test
        void joinsAFullLineEvenBeforeACapital() {
            String original = """
                    Since ground operations were launched at dawn on Monday by the Iraqi army, Kurdish
                    Peshmerga  fighters  under  the  control  of  the  Kurdish  Regional  Government  (KRG)  and
                    various ethnic-based irregular militias, advancing troops have captured 20 villages from
                    Islamic State (also known as ISIS). Peshmerga forces captured part of the road connecting
                    Irbil, the KRG capital, to Mosul Tuesday.""";
            assertThat(normalize(original)).doesNotContain("\n").contains("army, Kurdish Peshmerga fighters");
        }

        @Test
        void keepsShortLinesOfAnUnwrappedTextApart() {
            String original = "US-backed forces on verge of recapturing Iraqi city of Mosul\n\nJames Cogan\n23 June 2017\n\n"
                    + "Iraqi government army and police have reportedly forced the last surviving fighters out.";
            assertThat(normalize(original)).isEqualTo("US-backed forces on verge of recapturing Iraqi city of Mosul\n\n"
                    + "James Cogan\n23 June 2017\n\n"
                    + "Iraqi government army and police have reportedly forced the last surviving fighters out.");
        }

        @Test
        void joinsAShortLineThatEndsInAFunctionWord() {
            assertThat(normalize("To contact the editors and the\nSocialist Equality Party, write to us today."))
                    .isEqualTo("To contact the editors and the Socialist Equality Party, write to us today.");
        }
    }

    @Nested
    class PageBreakGaps {
        @Test
        void joinsAGapBeforeALowercaseContinuation() {
            String original = "It may well be as high as 10,000 dead and wounded. Reports earlier in the\n\n"
                    + "year indicated that some army and police units suffered 50 percent casualties.";
            assertThat(normalize(original)).isEqualTo("It may well be as high as 10,000 dead and wounded. Reports"
                    + " earlier in the year indicated that some army and police units suffered 50 percent casualties.");
        }

        @Test
        void joinsAGapAfterAFunctionWordEvenBeforeACapital() {
            assertThat(normalize("killed at least 40,000 men, women and children in the\n\nIraqi city of Mosul."))
                    .isEqualTo("killed at least 40,000 men, women and children in the Iraqi city of Mosul.");
        }

        @Test
        void joinsAGapAfterACommaOrOpenQuote() {
            assertThat(normalize("the Iraqi major said,\n\nThey gave themselves up."))
                    .isEqualTo("the Iraqi major said, They gave themselves up.");
            assertThat(normalize("the caption reads “\n\nThis is how Trump liberates Mosul.”"))
                    .isEqualTo("the caption reads “This is how Trump liberates Mosul.”");
        }

        @Test
        void keepsAParagraphEndBeforeACapital() {
            String original = "\"Feet are the most distinguishable remains; there are many poking from the rubble.\n\n"
                    + "That final killing spree has left its mark.";
            assertThat(normalize(original)).isEqualTo(original);
        }

        @Test
        void keepsATitleBeforeACapitalisedLine() {
            String original = "US air strike kills 12 Iraqi civilians\n\nUS air strikes against Mosul killed at least 12"
                    + " civilians on Monday, Reuters reported.";
            assertThat(normalize(original)).isEqualTo(original);
        }

        @Test
        void collapsesSeveralBlankLinesToOneParagraphBreak() {
            assertThat(normalize("Iraq, Syria civilian casualties undercut U.S. campaign\n\n\n\n \t\nDaesh (ISIS) posted photos."))
                    .isEqualTo("Iraq, Syria civilian casualties undercut U.S. campaign\n\nDaesh (ISIS) posted photos.");
        }

        @Test
        void treatsAFormFeedAsAGap() {
            assertThat(normalize("The siege ended.\fThe count began.")).isEqualTo("The siege ended.\n\nThe count began.");
            assertThat(normalize("Some 1 million residents of Mosul and its\fsurrounding area fled."))
                    .isEqualTo("Some 1 million residents of Mosul and its surrounding area fled.");
        }
    }

    @Nested
    class Headings {
        @Test
        void stripsMarkdownHeadingMarksAndKeepsTheHeadingApart() {
            String original = "## US-trained Iraqi troops ordered to \"kill anything that moves\" in western Mosul\n"
                    + "the order was given to massacre everyone remaining.";
            assertThat(normalize(original)).isEqualTo("US-trained Iraqi troops ordered to \"kill anything that moves\""
                    + " in western Mosul\nthe order was given to massacre everyone remaining.");
        }

        @Test
        void leavesHashTagsAndLongMarkRunsAlone() {
            assertThat(normalize("#Mosul is trending")).isEqualTo("#Mosul is trending");
            assertThat(normalize("####### seven marks")).isEqualTo("####### seven marks");
        }
    }

    @Nested
    class Spaces {
        @Test
        void collapsesRunsOfSpacesTabsAndNoBreakSpaces() {
            assertThat(normalize("  cost  the \t lives\u00A0\u00A0of  hundreds  of\nthousands  "))
                    .isEqualTo("cost the lives of hundreds of thousands");
        }

        @Test
        void keepsEveryOtherCharacterAsItIs() {
            String original = "“It’s a ferocious fight,” said Sabah al-Numani — spokesman… الموصل بغداد 😀";
            assertThat(normalize(original)).isEqualTo(original);
        }

        @Test
        void handlesWindowsAndOldMacLineEnds() {
            assertThat(normalize("US air strike kills 12\r\n\r\nUS air strikes against\r\nMosul killed 12.\rThe next"))
                    .isEqualTo("US air strike kills 12\n\nUS air strikes against Mosul killed 12.\nThe next");
        }
    }

    @Nested
    class Hyphenation {
        @Test
        void undoesHyphenationOfALowercaseWord() {
            assertThat(normalize("which would have devas-\ntating consequences")).isEqualTo("which would have devastating consequences");
        }

        @Test
        void keepsTheHyphenBeforeACapital() {
            assertThat(normalize("Iraqi Prime Minister Haider al-\nAbadi's hope")).isEqualTo("Iraqi Prime Minister Haider al-Abadi's hope");
        }

        @Test
        void keepsTheHyphenAfterANameParticle() {
            assertThat(normalize("the fighters of Hay'at Tahrir al-\nsham said")).isEqualTo("the fighters of Hay'at Tahrir al-sham said");
        }

        @Test
        void keepsTheHyphenOfCompoundsAndCapitalisedPrefixes() {
            assertThat(normalize("some of the most intense street-to-\nstreet urban warfare")).contains("street-to-street");
            assertThat(normalize("the ISIS-\nheld areas")).contains("ISIS-held");
        }

        @Test
        void gluesATightDashButSpacesASpacedOne() {
            assertThat(normalize("The city—\nor what is left of it")).isEqualTo("The city—or what is left of it");
            assertThat(normalize("In Iraq –\neven though sensitivities run deep")).isEqualTo("In Iraq – even though sensitivities run deep");
        }
    }

    @Test
    void returnsAnEmptyViewForBlankText() {
        assertThat(normalize("")).isEmpty();
        assertThat(normalize(" \n\t\r\n\u00A0\f\u200B")).isEmpty();
    }
}
