package dev.tally.extract.claim;

import dev.tally.extract.text.Literals;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Conjuncts that carry a figure and a place of their own, with no verb: "Five were killed in the town of Sabqa and one in
 * the town of Harasta", "45 civilians in and around Aleppo and 22 in neighbouring Idlib province". Each figure's place is
 * the one its own conjunct names. Offsets are into the normalized text. Stateless.
 */
final class Conjuncts {
    private static final int CONJUNCTION_CHARS = 16;
    private static final int ELLIPSIS_CHARS = 60;
    private static final Pattern CONJUNCTION = Pattern.compile("(?i)\\S\\s+and\\s+(?:another\\s+|a\\s+further\\s+)?$");
    /**
     * A conjunct that leaves out its verb and says where: "one in the town of", "another five outside"; not "a number of
     * others injured in", whose place the conjuncts share.
     */
    private static final Pattern ELLIPSIS = Pattern.compile("(?i)(?:another\\s+|a\\s+further\\s+)?[\\w,.-]+(?:\\s+(?:more|others?|people|persons"
            + "|civilians|children|women|men|soldiers|fighters|militants|rebels|members))?\\s+(?:in|at|outside|near|around|inside)\\b");
    private static final Literals AND = Literals.ignoringCase(" and ");
    private static final Pattern NEXT = Pattern.compile("(?i)\\sand\\s+(?:another\\s+|a\\s+further\\s+)?(?:\\d[\\d,]*|one|two|three|four"
            + "|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|several)\\s+(?:(?:more|others?|people|civilians|children"
            + "|soldiers|fighters|militants)\\s+)?(?:in|at|outside|near|around|inside)\\b");

    private Conjuncts() {
    }

    /** Whether the figure at {@code figure} opens such a conjunct: after "and" ("and one in", "and another five outside"). */
    static boolean opensElliptical(String text, int figure, int clauseFrom) {
        int from = Math.max(clauseFrom, figure - CONJUNCTION_CHARS);
        return from < figure && CONJUNCTION.matcher(text).region(from, figure).find()
                && ELLIPSIS.matcher(text).region(figure, Math.min(text.length(), figure + ELLIPSIS_CHARS)).lookingAt();
    }

    /** Where such a conjunct starts after {@code figure} ("... and 22 in Idlib"); {@code to} when none does before it. */
    static int next(String text, int figure, int to) {
        if (figure + 1 >= to || !AND.anyIn(text, figure, to)) return to;
        Matcher m = NEXT.matcher(text).region(figure + 1, to);
        return m.find() ? m.start() : to;
    }
}
