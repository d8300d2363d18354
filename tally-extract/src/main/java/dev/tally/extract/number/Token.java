package dev.tally.extract.number;

/**
 * One token of a sentence: {@code [start, end)} are offsets into the string that was tokenized.
 * {@code lower} is the lower-cased text with curly apostrophes made straight, for lexicon look-ups.
 * {@code word} is the number {@link Words} gives {@code lower}, or -1 when no word list had it
 * when the token was made; {@code known} is how many words were numbered then.
 */
public record Token(int start, int end, String text, String lower, Type type, int word, int known) {
    /** What a token is made of. {@code ORDINAL} is digits with a suffix ("17th"). */
    public enum Type { WORD, NUMBER, ORDINAL, PUNCT }

    public boolean is(String lowerText) {
        return lower.equals(lowerText);
    }

    public boolean isWord() {
        return type == Type.WORD;
    }

    public boolean isNumber() {
        return type == Type.NUMBER;
    }

    public boolean capitalized() {
        return type == Type.WORD && Character.isUpperCase(text.charAt(0));
    }
}
