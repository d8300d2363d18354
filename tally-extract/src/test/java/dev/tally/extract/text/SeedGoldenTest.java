package dev.tally.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The seed articles end to end: named checks of the hard cases, plus each seed's full sentence list
 * against {@code src/test/resources/golden/text/<seed>.sentences.txt}, one sentence a line. After a
 * deliberate change, rewrite the golden files with {@code -Dgolden.update=true} and review the diff.
 */
class SeedGoldenTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "text");

    private final TextNormalizer normalizer = new TextNormalizer();
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> sentences(String seedPrefix) {
        return splitter.split(normalizer.normalize(Seeds.named(seedPrefix)).text()).stream().map(Sentence::text).toList();
    }

    @Test
    void seed000KeepsItsTitleAndWholeSentences() {
        List<String> sentences = sentences("000");
        assertThat(sentences.get(0)).isEqualTo("US air strike kills 12 Iraqi civilians");
        assertThat(sentences.get(1)).startsWith("US air strikes against Mosul killed at least 12 civilians on Monday");
        assertThat(sentences).contains("Others have put the death toll at over 20, with another 30 wounded.",
                "“The administrations of George W. Bush and Barack Obama have both worked with Badr and its powerful"
                        + " leader, Hadi al-Amiri, whom many Sunnis continue to accuse of human rights abuses.”");
    }

    @Test
    void seed001JoinsThePageBreakAndDropsTheContactFooter() {
        List<String> sentences = sentences("001");
        assertThat(sentences.subList(0, 3)).containsExactly(
                "US-backed forces on verge of recapturing Iraqi city of Mosul", "James Cogan", "23 June 2017");
        assertThat(sentences).contains("Reports earlier in the year indicated that some army and police units suffered"
                + " 50 percent casualties during the fierce battles to completely push ISIS out of the eastern sector of"
                + " the city.");
        assertThat(sentences).anyMatch(s -> s.startsWith("A June 22 article by freelance British journalist Tom"
                + " Westcott, who is reporting from Mosul, detailed disturbing aspects"));
        assertThat(sentences.get(sentences.size() - 1)).startsWith("The remarks of Mattis serve only to underscore");
        assertThat(String.join("\n", sentences)).doesNotContain("contact", "visit:", "wsws.org");
    }

    @Test
    void seed002JoinsPageBreaksStripsTheHeadingAndDropsTheFooter() {
        List<String> sentences = sentences("002");
        assertThat(sentences.get(0)).isEqualTo("US-trained Iraqi troops ordered to \"kill anything that moves\" in western Mosul");
        assertThat(sentences.get(1)).isEqualTo("Bill Van Auken 28 July 2017");
        assertThat(sentences).contains("Some 1 million residents of Mosul and its surrounding area were driven from"
                        + " their homes by the siege, and nearly 850,000 of them are listed by relief agencies as being"
                        + " currently displaced.",
                "\"Hundreds of corpses lie half-buried in the broken masonry and rubble that was once a bustling,"
                        + " historic quarter.",
                "The stench of decaying flesh, which comes fast in the 50C summer heat, overwhelms the senses.",
                "Rotting body parts glow a reddish-brown amid the pale grey of the undulating heatscape of masonry, dust"
                        + " and broken buildings.\"");
        assertThat(sentences).anyMatch(s -> s.contains("driving ISIS out of the destroyed cities of Mosul and Raqqa"));
        assertThat(sentences).anyMatch(s -> s.startsWith("The defeat of Daesh was not completed with the liberation of"
                + " Mosul,\" British Maj. Gen. Rupert Jones"));
        assertThat(String.join("\n", sentences)).doesNotContain("To contact", "wsws.org");
    }

    @Test
    void seed003UnwrapsItsHardWrappedLines() {
        List<String> sentences = sentences("003");
        assertThat(sentences).contains("An assault is to be waged on a city with an estimated population of 1.3 million,"
                + " including 600,000 children, by some 30,000 ground force, backed up by aircraft from the US and other"
                + " imperialist powers, among them France, Britain, Germany and Canada.");
        assertThat(sentences).anyMatch(s -> s.contains("cost the lives of hundreds of thousands and created the conditions"));
        assertThat(sentences).anyMatch(s -> s.contains("Iraqi Prime Minister Haider al-Abadi’s hope"));
        assertThat(sentences).anyMatch(s -> s.contains("Bakir told al-Jazeera."));
        assertThat(sentences).allMatch(s -> !s.contains("  "));
    }

    @Test
    void seed004KeepsAQuotedQuestionInItsSentenceAndDropsTheSiteTail() {
        List<String> sentences = sentences("004");
        assertThat(sentences.get(0)).isEqualTo("Iraq, Syria civilian casualties undercut U.S. campaign");
        assertThat(sentences).contains("“How could they have used this much artillery on civilian locations?” asked"
                + " Bashar Abdullah, a resident of the Al-Jadida neighborhood who lost more than a dozen family members in"
                + " the March 17 attack.");
        assertThat(sentences.get(sentences.size() - 1)).isEqualTo("It was destruction");
        assertThat(String.join("\n", sentences)).doesNotContain("Post a Comment", "syria.suv@gmail.com",
                "Previous Post", "ADS", "Ammar Johmani");
    }

    @TestFactory
    Stream<DynamicTest> everySeedMatchesItsGoldenSentences() {
        boolean update = Boolean.getBoolean("golden.update");
        return Seeds.all().entrySet().stream().map(seed -> DynamicTest.dynamicTest(seed.getKey(), () -> {
            String actual = sentenceLines(seed);
            Path golden = GOLDEN.resolve(seed.getKey().replace(".txt", ".sentences.txt"));
            if (update) {
                Files.createDirectories(GOLDEN);
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
            }
            assertThat(golden).as("golden file; create it with -Dgolden.update=true").exists();
            assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        }));
    }

    /** The seed's sentences, one a line, after checking each maps back onto the same original words. */
    private String sentenceLines(Map.Entry<String, String> seed) throws IOException {
        NormalizedText normalized = normalizer.normalize(seed.getValue());
        StringBuilder lines = new StringBuilder();
        for (Sentence sentence : splitter.split(normalized.text())) {
            String covered = normalized.toOriginal(sentence.start(), sentence.end()).of(seed.getValue());
            assertThat(TextContract.nonSpace(covered).replace("-", ""))
                    .as("%s: original words of '%s'", seed.getKey(), sentence.text())
                    .isEqualTo(TextContract.nonSpace(sentence.text()).replace("-", ""));
            lines.append(sentence.text()).append('\n');
        }
        return lines.toString();
    }
}
