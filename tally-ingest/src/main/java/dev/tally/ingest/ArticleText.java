package dev.tally.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Puts a headline before an article's body when the body does not already start with it: a headline often
 * holds the figure ("12 civilians killed in ...") and extraction reads only the text. Stateless, thread-safe.
 */
final class ArticleText {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ArticleText() {
    }

    static String withTitle(Optional<String> title, String body) {
        if (title.isEmpty() || title.get().isBlank()) {
            return body;
        }
        String headline = SPACES.matcher(title.get()).replaceAll(" ").strip();
        return startsWithTitle(headline, body) ? body : headline + "\n\n" + body;
    }

    /**
     * Whether the body's first paragraph is the headline, or the head of it: pages often title themselves
     * "Headline | Outlet" while their {@code <h1>} says only "Headline".
     */
    private static boolean startsWithTitle(String headline, String body) {
        String first = body.strip().split("\n", 2)[0];
        String a = normal(first);
        String b = normal(headline);
        if (a.isEmpty()) {
            return false;
        }
        return a.equals(b) || (b.startsWith(a) && a.length() * 2 >= b.length()) || a.startsWith(b);
    }

    private static String normal(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }
}
