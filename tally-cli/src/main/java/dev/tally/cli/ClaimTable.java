package dev.tally.cli;

import dev.tally.model.Claim;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A readable table of claims for a terminal: one row per claim, the sentence cut to fit. */
final class ClaimTable {
    private static final String ROW = "%-22s %-9s %-10s %-9s %-22s %-11s %s%n";
    private final PrintWriter out;
    private final List<Claim> claims = new ArrayList<>();

    ClaimTable(PrintWriter out) {
        this.out = out;
    }

    void add(Claim c) {
        claims.add(c);
    }

    void print() {
        out.printf(ROW, "DOC", "KIND", "OUTCOME", "VICTIMS", "FIGURE", "RANGE", "SENTENCE");
        for (Claim c : claims) {
            String range = c.count().min().isPresent() ? String.valueOf(c.count().min().getAsLong()) : "";
            range += "..";
            range += c.count().max().isPresent() ? String.valueOf(c.count().max().getAsLong()) : "";
            out.printf(ROW, cut(c.doc(), 22), c.kind().code(), c.outcome().code(), c.victims().code()
                    + c.subgroup().map(s -> "/" + s).orElse(""), cut(c.count().phrase(), 22), range, cut(c.sentence(), 90));
        }
        out.printf("%d claims%n", claims.size());
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
