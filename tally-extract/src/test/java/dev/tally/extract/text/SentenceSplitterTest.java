package dev.tally.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sentence boundaries on snippets of the seed articles. */
class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> split(String text) {
        return splitter.split(text).stream().map(Sentence::text).toList();
    }

    @Test
    void splitsAtPeriodsBeforeACapital() {
        assertThat(split("ISIS captured Ramadi last May. These airstrikes are directed at the city."))
                .containsExactly("ISIS captured Ramadi last May.", "These airstrikes are directed at the city.");
    }

    @Test
    void splitsBeforeADigitOrAnOpeningQuote() {
        assertThat(split("The convoy was hit in 2014. 12 people died. “We killed them all,” he said."))
                .containsExactly("The convoy was hit in 2014.", "12 people died.", "“We killed them all,” he said.");
    }

    @Test
    void splitsAtEveryLineBreakSoATitleIsItsOwnSentence() {
        assertThat(split("US air strike kills 12 Iraqi civilians\n\nUS air strikes against Mosul killed at least 12."))
                .containsExactly("US air strike kills 12 Iraqi civilians", "US air strikes against Mosul killed at least 12.");
        assertThat(split("James Cogan\n23 June 2017")).containsExactly("James Cogan", "23 June 2017");
    }

    @Test
    void keepsAClosingQuoteWithItsSentence() {
        assertThat(split("“Most of the young men still inside now are with Daesh [ISIS]. We’re 100 percent sure.” He paused."))
                .containsExactly("“Most of the young men still inside now are with Daesh [ISIS].", "We’re 100 percent sure.”",
                        "He paused.");
        assertThat(split("He said \"We killed them all.\" Then he left (for good.) Next"))
                .containsExactly("He said \"We killed them all.\"", "Then he left (for good.)", "Next");
    }

    @Test
    void doesNotEndAtAQuestionInsideAQuoteBeforeALowercaseWord() {
        String sentence = "“How could they have used this much artillery on civilian locations?” asked Bashar Abdullah,"
                + " a resident of the Al-Jadida neighborhood who lost more than a dozen family members in the March 17 attack.";
        assertThat(split(sentence + " “Iraqi and American forces both assured us.”"))
                .containsExactly(sentence, "“Iraqi and American forces both assured us.”");
    }

    @Test
    void splitsAQuoteLeftOpenByItsParagraph() {
        assertThat(split("\"Hundreds of corpses lie half-buried in the rubble. The stench of decaying flesh overwhelms the senses."))
                .containsExactly("\"Hundreds of corpses lie half-buried in the rubble.",
                        "The stench of decaying flesh overwhelms the senses.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "British Maj. Gen. Rupert Jones, a spokesman for the coalition, told reporters.",
        "The administrations of George W. Bush and Barack Obama have both worked with Badr.",
        "The U.S. military is investigating, according to the U.N. human rights office.",
        "U.S. “crimes are clear evidence,” said the alliance.",
        "It happened at 3 p.m. Sunday near St. George church, e.g. Mr. Smith's house.",
        "An estimated population of 1.3 million lives in Mosul.",
        "The strike hit Building No. 5 on Oct. 20 and Dec. 3.",
        "Dr. Ahmed Salim and Mrs. Salim were killed near the Intl. Committee of the Red Cross office."
    })
    void doesNotSplitAfterAbbreviationsInitialsOrDecimals(String sentence) {
        assertThat(split(sentence)).containsExactly(sentence);
    }

    @Test
    void splitsAfterNoWhenNoNumberFollows() {
        assertThat(split("The answer was No. Then they left.")).containsExactly("The answer was No.", "Then they left.");
    }

    @Test
    void treatsEllipsesAndRunsOfMarksAsOneEnd() {
        assertThat(split("some heartbreaking circumstances. … It’s hard when you leave your home.”"))
                .containsExactly("some heartbreaking circumstances. …", "It’s hard when you leave your home.”");
        assertThat(split("Who would dare say this is a war crime?! Nobody... They felt safe."))
                .containsExactly("Who would dare say this is a war crime?!", "Nobody...", "They felt safe.");
    }

    @Test
    void splitsBeforeUncasedScripts() {
        assertThat(split("The strike hit two cities. الموصل بغداد 31 killed."))
                .containsExactly("The strike hit two cities.", "الموصل بغداد 31 killed.");
    }

    @Test
    void givesTrimmedOffsetsIntoTheText() {
        String text = "  First one.   Second one!\n\n Third ";
        List<Sentence> sentences = splitter.split(text);
        assertThat(sentences).extracting(Sentence::text).containsExactly("First one.", "Second one!", "Third");
        for (Sentence sentence : sentences) {
            assertThat(text.substring(sentence.start(), sentence.end())).isEqualTo(sentence.text());
        }
    }

    @Test
    void returnsNothingForBlankText() {
        assertThat(splitter.split("")).isEmpty();
        assertThat(splitter.split(" \n\n \t")).isEmpty();
    }

    @Test
    void aTagListRunIntoTheFirstSentenceIsDropped() {
        assertThat(split("Tags Syria Islamic State group barrel bombs Syrian Observatory At least 11 civilians were killed on Thursday."))
                .containsExactly("At least 11 civilians were killed on Thursday.");
        assertThat(split("Tags Aleppo Syria Hizbollah Four Hizballah members were killed in less than 24 hours of clashes."))
                .containsExactly("Tags Aleppo Syria Hizbollah Four Hizballah members were killed in less than 24 hours of clashes.");
    }
}
