package dev.tally.bench;

import dev.tally.cli.Tally;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code tally-bench} command: Tally's benchmarks and the synthetic corpora they run on, kept
 * apart from {@code tally} so that the commands users run are the whole of tally-cli.
 */
@Command(name = "tally-bench", mixinStandardHelpOptions = true, version = "tally-bench 0.1.0",
        description = "Measures Tally: extraction speed, ledger ingest and resolution, and the web API under load.",
        subcommands = {BenchCommand.class, BenchLargeCommand.class, BenchLedgerCommand.class, BenchWebCommand.class, CommandLine.HelpCommand.class})
public final class TallyBench implements Runnable {
    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "On failure, print the stack trace after the one-line message.")
    boolean verbose;

    public static CommandLine commandLine() {
        return Tally.commandLine(new TallyBench());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "a benchmark is required: extract, large, ledger or web");
    }
}
