package dev.tally.extract.text;

/** How the normalized view joins two consecutive kept lines of the original. */
enum Seam {
    /** One space: a line wrapped inside a sentence. */
    SPACE,
    /** Nothing: the lines meet directly, as in {@code "al-" + "Abadi"} or {@code "city—" + "or"}. */
    CONCAT,
    /** Nothing, and the end-of-line hyphen is dropped: {@code "devas-" + "tating"}. */
    DEHYPHEN,
    /** {@code "\n"}: the line is a unit of its own (title, byline, date, short paragraph). */
    LINE_BREAK,
    /** {@code "\n\n"}: a paragraph ends. */
    PARAGRAPH_BREAK
}
