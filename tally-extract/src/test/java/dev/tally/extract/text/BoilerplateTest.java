package dev.tally.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Boilerplate lines the normalizer drops, and lines it must keep. */
class BoilerplateTest {
    private static final String BODY = "Abdullah, the resident of the Al-Jadida district, buried 13 members of his family.";

    private final TextNormalizer normalizer = new TextNormalizer();

    private String normalize(String original) {
        return normalizer.normalize(original).text();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Post a Comment", "ADS", "Advertisement", "Share this:", "Share on Facebook", "Tweet this article",
        "Previous Post Next Post", "« Previous | Next »", "Facebook Twitter WhatsApp Email", "Back to top",
        "12 Comments", "Copyright © 2017 Reuters. All rights reserved.", "Follow us on Twitter @example",
        "syria.suv@gmail.com", "Email: desk@example.org", "wsws.org/contact", "https://example.com/story?id=3",
        "www.example.net", "* * *", "Read more: Mosul offensive enters a new phase"
    })
    void dropsABoilerplateLineBetweenParagraphs(String line) {
        String next = "The blast left an entire residential block flattened.";
        assertThat(normalize(BODY + "\n\n" + line + "\n\n" + next)).isEqualTo(BODY + "\n\n" + next);
    }

    @Test
    void dropsAHardWrappedCallToAction() {
        String original = BODY + "\n\n\n\nTo contact the WSWWS and the\nSocialist Equality Party visit:\n\nwsws.org/contact";
        assertThat(normalize(original)).isEqualTo(BODY);
    }

    @Test
    void dropsTheShortTailAfterTheFirstBoilerplateLine() {
        String original = "Standing in a field, he said: “This was not a liberation. It was destruction\n\nPost a Comment\n\n"
                + "syria.suv@gmail.com\n\nPrevious Post Next Post\n\nADS\n\nAmmar Johmani Magazine publisher News about"
                + " syria and the world.";
        assertThat(normalize(original)).isEqualTo("Standing in a field, he said: “This was not a liberation. It was destruction");
    }

    @Test
    void keepsAShortLastParagraphBeforeTheBoilerplate() {
        assertThat(normalize(BODY + "\n\nThey felt safe.\n\nShare this:\n\nFacebook Twitter"))
                .isEqualTo(BODY + "\n\nThey felt safe.");
    }

    @Test
    void neverDropsALineWithANumberOfPeople() {
        String counted = "Share this: 36 civilians were killed in Raqqa";
        assertThat(normalize(BODY + "\n\n" + counted)).isEqualTo(BODY + "\n\n" + counted);
        assertThat(normalize(BODY + "\n\nPost a Comment\n\nDozens of people died")).endsWith("Dozens of people died");
    }

    @Test
    void keepsSentencesThatOnlyMentionSharingOrContact() {
        String text = "Relatives tried to contact the hospital for hours and share the news with neighbours.";
        assertThat(normalize(BODY + "\n\n" + text)).isEqualTo(BODY + "\n\n" + text);
        assertThat(normalize("Share prices fell in Damascus.")).isEqualTo("Share prices fell in Damascus.");
        assertThat(normalize("He wrote:\n\n“We will not leave.”")).isEqualTo("He wrote:\n\n“We will not leave.”");
    }

    @Test
    void keepsAbbreviationsThatLookLikeDomains() {
        assertThat(normalize("U.S.")).isEqualTo("U.S.");
        assertThat(normalize("e.g.")).isEqualTo("e.g.");
    }

    @Test
    void joinsASentenceAcrossAPageFooterItDrops() {
        String original = "Some 1 million residents of Mosul and its\n\nwww.example.org\n\nsurrounding area were driven from their homes.";
        assertThat(normalize(original)).isEqualTo("Some 1 million residents of Mosul and its surrounding area were driven from their homes.");
    }
}
