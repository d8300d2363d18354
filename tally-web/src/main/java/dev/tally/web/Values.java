package dev.tally.web;

import java.util.Locale;

/** Which values an answer uses: analysts' reviewed values where there are any (the default), or only what was extracted. */
enum Values {
    REVIEWED, EXTRACTED;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
