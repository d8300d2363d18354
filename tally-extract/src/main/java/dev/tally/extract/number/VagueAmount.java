package dev.tally.extract.number;

/**
 * Amounts without a numeral, with the monitoring field's conservative floors (FORMAT.md):
 * "dozens" is 12 to 99, "several dozen" 24 to 108 (two to nine dozens), "hundreds of thousands" 100,000 to 999,999,
 * "a number of" and "an unknown
 * number of" 2 or more (a number too uncertain to state still counts a plural).
 */
enum VagueAmount {
    TENS_OF_THOUSANDS(10_000, 99_999, "tens of thousands"),
    HUNDREDS_OF_THOUSANDS(100_000, 999_999, "hundreds of thousands"),
    TENS_OF_MILLIONS(10_000_000, 99_999_999, "tens of millions"),
    MILLIONS(1_000_000, 9_999_999, "millions"),
    THOUSANDS(1_000, 9_999, "thousands"),
    HUNDREDS(100, 999, "hundreds"),
    SCORES(20, 99, "scores"),
    DOZENS(12, 99, "dozens"),
    TENS(10, 99, "tens"),
    SEVERAL_THOUSAND(2_000, 9_999, "several thousand", "a few thousand"),
    SEVERAL_HUNDRED(200, 999, "several hundred", "a few hundred"),
    SEVERAL_DOZEN(24, 108, "several dozen", "a few dozen"),
    SEVERAL(2, 9, "several", "a few", "a handful of", "a couple of"),
    /** "A couple was critically injured": two people, husband and wife. */
    COUPLE(2, 2, "a couple"),
    A_NUMBER(2, -1, "a number of", "a group of", "an unspecified number", "an unspecified number of", "an unknown number",
            "an unknown number of", "an undisclosed number", "an undisclosed number of", "an undetermined number",
            "an undetermined number of");

    static final PhraseTable<VagueAmount> TABLE = new PhraseTable<>();

    static {
        for (VagueAmount a : values()) {
            for (String p : a.phrases) TABLE.add(p, a);
        }
    }

    final long min;
    /** -1: open above. */
    final long max;
    private final String[] phrases;

    VagueAmount(long min, long max, String... phrases) {
        this.min = min;
        this.max = max;
        this.phrases = phrases;
    }
}
