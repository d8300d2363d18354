package dev.tally.extract.number;

/**
 * Words before a number that bound what it states, with the conventions of FORMAT.md:
 * "at least 12" is 12 or more, "more than 20" is 21 or more, "nearly 1,200" is at most 1,200,
 * "about 40" is taken as 40.
 */
enum Qualifier {
    AT_LEAST("at least", "a minimum of", "no fewer than", "no less than", "not less than", "at a minimum"),
    MORE_THAN("well over", "well above", "more than", "over", "upwards of", "in excess of", "greater than"),
    AT_MOST("nearly", "almost", "up to", "as many as", "as high as", "close to", "no more than", "at most",
            "not more than", "a maximum of", "just under", "as much as"),
    FEWER_THAN("fewer than", "less than", "under"),
    ABOUT("an estimated", "estimated", "about", "some", "around", "roughly", "approximately",
            "circa", "a total of", "a further", "another", "an additional", "additional", "only", "just");

    static final PhraseTable<Qualifier> TABLE = new PhraseTable<>();

    static {
        for (Qualifier q : values()) {
            for (String p : q.phrases) TABLE.add(p, q);
        }
    }

    private final String[] phrases;

    Qualifier(String... phrases) {
        this.phrases = phrases;
    }
}
