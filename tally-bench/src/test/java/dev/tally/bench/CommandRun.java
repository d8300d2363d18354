package dev.tally.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One run of a command line ({@code tally-bench}, or {@code tally} to look at what a benchmark left) with its output captured. */
record CommandRun(int exitCode, String out, String err) {
    static CommandRun of(String... args) {
        return on(TallyBench.commandLine(), args);
    }

    static CommandRun tally(String... args) {
        return on(dev.tally.cli.Tally.commandLine(), args);
    }

    private static CommandRun on(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CommandRun(code, out.toString(), err.toString());
    }
}
