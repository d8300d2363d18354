package dev.tally.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Tells an input's format from its first bytes and its name. Content decides where it is clear (a WARC
 * version line, a feed or HTML root element), the extension where content is not ({@code .html} fragments
 * without an {@code <html>} element, {@code .rss}); anything else is plain text. Stateless and thread-safe.
 */
final class FormatSniffer {
    /** How many leading bytes callers should pass: enough to get past an XML declaration and comments. */
    static final int HEAD_BYTES = 8192;
    private static final Pattern PROLOG = Pattern.compile(
            "\\A(?:\\s+|<\\?xml.*?\\?>|<!--.*?-->|<\\?xml-stylesheet.*?\\?>)*", Pattern.DOTALL);
    private static final Pattern HTML_START = Pattern.compile(
            "\\A<(?:!doctype\\s+html|html|head|body|meta|title|article|main|div|p|h1|section)[\\s>/]");
    private static final Pattern FEED_START = Pattern.compile("\\A<(?:rss|feed|rdf:rdf)[\\s>/]");

    private FormatSniffer() {
    }

    /** The format of an input named {@code name} whose first bytes are {@code head}. */
    static Format sniff(String name, byte[] head) {
        String lowerName = name.toLowerCase(Locale.ROOT);
        if (isGzip(head)) {
            return lowerName.endsWith(".warc.gz") || startsWithWarc(gunzipStart(head)) ? Format.WARC : Format.GZIP;
        }
        if (startsWithWarc(head) || lowerName.endsWith(".warc")) {
            return Format.WARC;
        }
        if (lowerName.endsWith(".jsonl") || lowerName.endsWith(".ndjson")) {
            return Format.JSONL;
        }
        String start = markupStart(head);
        if (FEED_START.matcher(start).lookingAt()) {
            return Format.FEED;
        }
        if (HTML_START.matcher(start).lookingAt() || lowerName.endsWith(".html") || lowerName.endsWith(".htm")
                || lowerName.endsWith(".xhtml")) {
            return Format.HTML;
        }
        if (lowerName.endsWith(".rss") || lowerName.endsWith(".atom")) {
            return Format.FEED;
        }
        return Format.TEXT;
    }

    /** The head as lower-case text from its first element on: prolog, comments and byte-order mark skipped. */
    private static String markupStart(byte[] head) {
        Charset charset = TextDecoder.charsetOfMark(head).orElse(StandardCharsets.ISO_8859_1);
        String text = new String(head, charset).replace("\uFEFF", "").replace("ï»¿", "");
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher prolog = PROLOG.matcher(lower);
        return prolog.lookingAt() ? lower.substring(prolog.end()) : lower;
    }

    private static boolean isGzip(byte[] head) {
        return head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
    }

    private static boolean startsWithWarc(byte[] bytes) {
        return new String(bytes, 0, Math.min(bytes.length, 7), StandardCharsets.ISO_8859_1).equals("WARC/1.");
    }

    /** The first decompressed bytes of a gzip head, or none when the head does not decompress. */
    private static byte[] gunzipStart(byte[] head) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
            return in.readNBytes(16);
        } catch (IOException e) {
            // Damaged gzip: the name alone decides whether it is read (and then rejected) as a WARC archive.
            return new byte[0];
        }
    }
}
