package dev.tally.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The readable text of an HTML page or fragment: navigation, page header and footer, asides, scripts, styles
 * and forms left out; each block element (paragraph, heading, list item, quote) becomes its own paragraph,
 * and paragraphs are separated by a blank line so that a sentence never runs into the next block's first
 * word. Stateless and thread-safe; the page passed in is not modified.
 */
final class HtmlText {
    private static final String NOISE = "script, style, noscript, template, nav, aside, form, iframe, svg, "
            + "button, select, figure, [hidden], [aria-hidden=true], [role=navigation], [role=banner], "
            + "[role=contentinfo], [role=complementary], [role=search]";
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header",
            "footer", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote",
            "pre", "table", "tr", "address", "hr", "figcaption", "details", "summary", "center");
    /** An {@code <article>} or {@code <main>} is trusted when it holds at least this much paragraph text... */
    private static final int TRUSTED_CHARS = 500;
    /** ...or at least this share (percent) of the page's paragraph text. */
    private static final int TRUSTED_PERCENT = 25;
    /** A sibling of the densest block that holds this share (percent) of its text continues it. */
    private static final int SIBLING_PERCENT = 20;
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private HtmlText() {
    }

    /**
     * The main text of a page: its {@code <article>}, else its {@code <main>}, else its densest text block
     * with the sibling blocks that continue it. Footers go everywhere; headers go unless they belong to an
     * article or main element, where they hold the headline and standfirst.
     */
    static String mainText(Document page) {
        Element body = page.clone().body();
        body.select(NOISE).remove();
        body.select("footer").remove();
        body.select("header").stream().filter(h -> h.closest("article, main, [role=main]") == null)
                .forEach(Element::remove);
        List<String> parts = new ArrayList<>();
        for (Element block : content(body)) {
            String text = render(block);
            if (!text.isEmpty()) {
                parts.add(text);
            }
        }
        return String.join("\n\n", parts);
    }

    /** The text of an HTML fragment, such as a feed item's description. */
    static String fragmentText(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        body.select(NOISE).remove();
        return render(body);
    }

    private static List<Element> content(Element body) {
        int pageText = paragraphText(body);
        for (String semantic : List.of("article", "main, [role=main]")) {
            Optional<Element> largest = body.select(semantic).stream()
                    .max(Comparator.comparingInt(HtmlText::paragraphText));
            if (largest.isPresent()) {
                int text = paragraphText(largest.get());
                if (text >= TRUSTED_CHARS || text * 100 >= pageText * TRUSTED_PERCENT) {
                    return List.of(largest.get());
                }
            }
        }
        return densest(body);
    }

    /**
     * The element with the most paragraph text of its own (its parent shares half, so that a body made of
     * one wrapper per paragraph wins as a whole), with those of its siblings that hold at least
     * {@value #SIBLING_PERCENT}% as much: a body split into lede and rest. In document order.
     */
    private static List<Element> densest(Element body) {
        Map<Element, Integer> scores = new HashMap<>();
        for (Element p : body.select("p")) {
            int length = p.text().length();
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, length, Integer::sum);
                if (parent.parent() != null) {
                    scores.merge(parent.parent(), length / 2, Integer::sum);
                }
            }
        }
        Element best = body;
        int bestScore = 0;
        for (Element e : body.select("*")) {
            int score = scores.getOrDefault(e, 0);
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        if (best == body) {
            return List.of(body);
        }
        List<Element> blocks = new ArrayList<>();
        for (Element sibling : best.parent().children()) {
            if (sibling == best || scores.getOrDefault(sibling, 0) * 100 >= bestScore * SIBLING_PERCENT) {
                blocks.add(sibling);
            }
        }
        return blocks;
    }

    private static int paragraphText(Element e) {
        int total = 0;
        for (Element p : e.select("p")) {
            total += p.text().length();
        }
        return total;
    }

    private static String render(Element root) {
        Paragraphs paragraphs = new Paragraphs();
        paragraphs.traverse(root);
        paragraphs.flush();
        return String.join("\n\n", paragraphs.done);
    }

    /** Collects text block by block; a {@code <br>} is a line break inside the block. */
    private static final class Paragraphs implements NodeVisitor {
        private final List<String> done = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                // Line breaks in the HTML source are layout, not text: only <br> and blocks break lines.
                current.append(SPACES.matcher(text.getWholeText()).replaceAll(" "));
            } else if (node instanceof Element e) {
                if (e.nameIs("br")) {
                    current.append('\n');
                } else if (BLOCKS.contains(e.normalName())) {
                    flush();
                } else if (e.nameIs("td") || e.nameIs("th")) {
                    current.append(' ');
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                flush();
            }
        }

        void flush() {
            List<String> lines = new ArrayList<>();
            for (String line : current.toString().split("\n")) {
                String clean = SPACES.matcher(line).replaceAll(" ").strip();
                if (!clean.isEmpty()) {
                    lines.add(clean);
                }
            }
            if (!lines.isEmpty()) {
                done.add(String.join("\n", lines));
            }
            current.setLength(0);
        }
    }
}
