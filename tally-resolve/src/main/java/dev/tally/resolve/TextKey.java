package dev.tally.resolve;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A name reduced to what identifies it: lower case, dots and apostrophes dropped ("U.S." is "us",
 * "Al-Sina’a" is "al sinaa"), every other run of non-letters and non-digits one space. Two names are
 * the same when their keys are equal.
 */
record TextKey(String value) {
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern DROPPED = Pattern.compile("[.'\u2018\u2019\u02bc\u02bf\u02be`]");

    /** Keys made so far: the resolver asks for the same few thousand names again and again. Cleared when large. */
    private static final Map<String, TextKey> MADE = new ConcurrentHashMap<>();
    private static final int MADE_LIMIT = 100_000;

    static TextKey of(String text) {
        TextKey key = MADE.get(text);
        if (key != null) return key;
        String lower = DROPPED.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
        key = new TextKey(SEPARATORS.matcher(lower).replaceAll(" ").trim());
        if (MADE.size() >= MADE_LIMIT) MADE.clear();
        MADE.put(text, key);
        return key;
    }

    /**
     * The key's consonants, with a leading Arabic article and doubled letters dropped: one name in two
     * spellings ("maysaloun", "maysalun"; "al sinaa", "sinaa") has one skeleton.
     */
    String skeleton() {
        String made = SKELETONS.get(value);
        if (made != null) return made;
        String skeleton = dev.tally.model.Place.consonants(value);
        if (SKELETONS.size() >= MADE_LIMIT) SKELETONS.clear();
        SKELETONS.put(value, skeleton);
        return skeleton;
    }

    private static final Map<String, String> SKELETONS = new ConcurrentHashMap<>();

    /** The key without a leading Arabic article: "sinaa" of "al sinaa". */
    TextKey withoutArticle() {
        for (String article : ARTICLES) {
            if (value.startsWith(article) && value.length() > article.length()) return new TextKey(value.substring(article.length()));
        }
        return this;
    }

    private static final List<String> ARTICLES = List.of("al ", "el ", "ad ", "ar ", "as ", "ash ", "at ", "az ");

    boolean isEmpty() {
        return value.isEmpty();
    }

    List<String> tokens() {
        return value.isEmpty() ? List.of() : Arrays.asList(value.split(" "));
    }

    /** True when every word of one is a word of the other ("iraqi forces", "iraqi government forces"). */
    boolean nests(TextKey other) {
        if (isEmpty() || other.isEmpty()) return false;
        Set<String> mine = Set.copyOf(tokens());
        Set<String> theirs = Set.copyOf(other.tokens());
        return mine.containsAll(theirs) || theirs.containsAll(mine);
    }

    /** The key as a slug for incident keys: words joined by '-', at most {@code limit} characters. */
    String slug(int limit) {
        String slug = tokens().stream().collect(Collectors.joining("-"));
        if (slug.length() <= limit) return slug;
        String cut = slug.substring(0, limit);
        return cut.endsWith("-") ? cut.substring(0, limit - 1) : cut;
    }
}
