package dev.tally.ingest;

/**
 * Decides whether bytes that are not UTF-8 look like single-byte Western text (windows-1252, Latin-1), the
 * only legacy encoding Tally guesses. Such text is mostly ASCII: accented letters and typographic quotes are
 * a small share of the letters and stand alone between ASCII letters. Long runs of high bytes mean a
 * non-Latin script (windows-1251, GBK, Shift_JIS), and many well-formed UTF-8 sequences mean damaged UTF-8;
 * reading either as windows-1252 would turn the text into garbage, so both are refused.
 * Stateless and thread-safe.
 */
final class WesternText {
    /** At most this share (percent) of letters may be non-ASCII bytes. */
    static final int MAX_HIGH_PERCENT = 30;
    /** At most this share (percent) of non-ASCII bytes may stand in runs of three or more. */
    static final int MAX_RUN_PERCENT = 20;

    private WesternText() {
    }

    static boolean looksWestern(byte[] bytes) {
        long asciiLetters = 0;
        long high = 0;
        long inRuns = 0;
        long utf8Sequences = 0;
        long inSequences = 0;
        int run = 0;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                run = 0;
                asciiLetters += Character.isLetter(b) ? 1 : 0;
                i++;
                continue;
            }
            int length = Utf8.sequenceLength(bytes, i);
            if (length > 1) {
                utf8Sequences++;
                inSequences += length;
            }
            int step = Math.max(length, 1);
            for (int k = 0; k < step; k++) {
                high++;
                run++;
                inRuns += run == 3 ? 3 : run > 3 ? 1 : 0;
            }
            i += step;
        }
        long strayHigh = high - inSequences;
        boolean damagedUtf8 = utf8Sequences > 0 && utf8Sequences >= strayHigh;
        boolean fewHigh = high * 100 <= (asciiLetters + high) * MAX_HIGH_PERCENT;
        boolean shortRuns = inRuns * 100 <= high * MAX_RUN_PERCENT;
        return !damagedUtf8 && fewHigh && shortRuns;
    }
}
