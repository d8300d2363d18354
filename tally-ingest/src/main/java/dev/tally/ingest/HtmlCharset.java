package dev.tally.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses the charset of an HTML page, in the order browsers do: a byte-order mark, then the transport's
 * label (an HTTP {@code Content-Type} in a WARC record), then a {@code <meta charset>} in the first 4 KB, then
 * UTF-8 when the bytes are valid UTF-8, else windows-1252 (the HTML standard's fallback for Western pages).
 * A UTF-8 label on bytes that are not UTF-8 but look Western is overruled: such pages are mislabelled.
 * Stateless and thread-safe.
 */
final class HtmlCharset {
    private static final int META_SCAN_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlCharset() {
    }

    static Charset choose(byte[] bytes, Optional<String> transportLabel) {
        Optional<Charset> mark = TextDecoder.charsetOfMark(bytes);
        if (mark.isPresent()) {
            return mark.get();
        }
        boolean validUtf8 = TextDecoder.firstInvalidUtf8(bytes) < 0;
        Optional<Charset> labelled = transportLabel.flatMap(HtmlCharset::named).or(() -> declared(bytes));
        if (labelled.isPresent()) {
            Charset label = labelled.get();
            boolean mislabelled = label.equals(StandardCharsets.UTF_8) && !validUtf8 && WesternText.looksWestern(bytes);
            return mislabelled ? TextDecoder.WINDOWS_1252 : label;
        }
        return validUtf8 ? StandardCharsets.UTF_8 : TextDecoder.WINDOWS_1252;
    }

    private static Optional<Charset> declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? named(m.group(1)) : Optional.empty();
    }

    /** A charset by its label; Latin-1 labels mean windows-1252, as the HTML standard maps them. */
    static Optional<Charset> named(String label) {
        String name = label.strip().toLowerCase(Locale.ROOT);
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
            return Optional.of(TextDecoder.WINDOWS_1252);
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            // An unknown label is as good as none: the bytes still decide between UTF-8 and windows-1252.
            return Optional.empty();
        }
    }
}
