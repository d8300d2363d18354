package dev.tally.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What reading and extracting one document gave: an accepted document (format, text, meta, its claims as
 * claim-format JSON lines, the extractor's diagnostics as JSON) or a rejected one ({@code reason} set, no
 * text). Serializable, so Spark can keep and move it between stages.
 *
 * @param input     the file it came from
 * @param published the publication day extraction settled on (ISO, or null): the article's, its own dateline over an
 *                  approximate or missing one; what a ledger stores and resolves against
 * @param country   the country its claims name most (ISO alpha-2, lower case), {@code none} when they name none
 */
record Extracted(String input, String name, String sha256, String format, String published, String country, Map<String, String> meta,
                 String text, String reason, List<String> claims, List<String> diagnostics) implements Serializable {
    boolean rejected() {
        return reason != null;
    }
}
