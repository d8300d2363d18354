package dev.tally.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** One run of the {@code tally} command line with its output captured. */
record CommandRun(int exitCode, String out, String err) {
    static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = Tally.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CommandRun(code, out.toString(), err.toString());
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The output read as JSON Lines, one node a line. */
    List<JsonNode> jsonLines() {
        List<JsonNode> nodes = new ArrayList<>();
        try {
            for (String line : out.split("\n")) if (!line.isBlank()) nodes.add(JSON.readTree(line));
        } catch (IOException e) {
            throw new UncheckedIOException("output is no JSON Lines: " + out, e);
        }
        return nodes;
    }
}
