package dev.tally.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** TEMPORARY placeholder until the text layer lands. */
public final class SentenceSplitter {
    private static final Pattern END = Pattern.compile("(?<!\\b[A-Z])(?<!\\bU\\.S)(?<!\\bU\\.N)(?<!Gen|Maj|St|No|Mr|Dr)[.!?][\"”’]?\\s+(?=[A-Z“\"0-9])|\\n\\s*\\n");

    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        Matcher m = END.matcher(text);
        int start = 0;
        while (m.find()) {
            add(text, start, m.end(), out);
            start = m.end();
        }
        add(text, start, text.length(), out);
        return out;
    }

    private static void add(String text, int s, int e, List<Sentence> out) {
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        if (e > s) out.add(new Sentence(s, e, text.substring(s, e)));
    }
}
