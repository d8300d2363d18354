package dev.tally.extract.number;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Word lists look words up by their numbers, and still by their strings for tokens made before a list. */
class WordSetTest {
    private final Tokenizer tokenizer = new Tokenizer();

    @Test
    void findsWordsOfASentenceInAnyCase() {
        WordSet harm = WordSet.of("killed", "wounded");
        List<Token> t = tokenizer.tokenize("Two civilians were Killed and nine WOUNDED in Mosul.");
        assertThat(t.stream().filter(harm::contains).map(Token::text)).containsExactly("Killed", "WOUNDED");
    }

    @Test
    void aListBuiltAfterTheTokensStillFindsTheirWords() {
        // words no other list of Tally has, so they are numbered only when the list below is built
        List<Token> t = tokenizer.tokenize("Shepherds near Qaraqosh found the wadis flooded by quokkas.");
        assertThat(t.get(8).word()).isNegative();
        WordSet late = WordSet.of("quokkas", "wadis");
        PhraseTable<String> phrases = new PhraseTable<String>().add("wadis flooded by quokkas", "flood");
        assertThat(t.stream().filter(late::contains).map(Token::text)).containsExactly("wadis", "quokkas");
        assertThat(phrases.at(t, 5)).contains(new PhraseTable.Match<>("flood", 4));
        assertThat(phrases.at(t, 4)).isEmpty();
        assertThat(tokenizer.tokenize("quokkas").get(0).word()).isNotNegative();
    }

    @Test
    void longestPhraseWinsAndEndsWhereItsWordsEnd() {
        PhraseTable<String> table = new PhraseTable<String>().add("death toll", "toll").add("death", "noun").add("death toll rose to", "rise");
        List<Token> t = tokenizer.tokenize("The death toll rose to 40, and the death of a child was confirmed.");
        assertThat(table.at(t, 1)).contains(new PhraseTable.Match<>("rise", 4));
        assertThat(table.endingAt(t, 5, 4)).contains(new PhraseTable.Match<>("rise", 4));
        assertThat(table.endingAt(t, 3, 2)).as("the longest phrase at a token is the one read there").isEmpty();
        assertThat(table.firstIn(t, 6, t.size())).get().extracting(PhraseTable.Found::index).isEqualTo(9);
        assertThat(table.keyWords()).containsExactly("death");
        assertThat(new PhraseTable<String>().add("the number of", "toll").keyWords()).containsExactly("number");
    }
}
