package dev.tally.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code tally} command: entry point and the only place that exits the JVM. */
@Command(name = "tally", mixinStandardHelpOptions = true, version = "tally 0.1.0",
        description = "Turns news reports about war into a sourced ledger of harm to people.",
        subcommands = {ExtractCommand.class, IngestCommand.class, IncidentsCommand.class, ClaimsCommand.class,
                ShowCommand.class, ExportCommand.class, StatsCommand.class, ServeCommand.class, UserCommand.class, BenchCommand.class,
                BenchWebCommand.class, BenchLedgerCommand.class, CommandLine.HelpCommand.class})
public final class Tally implements Runnable {
    /** Exit codes shared by every command. */
    public static final int OK = 0, FAILURE = 1, USAGE = 2, SOME_REJECTED = 3;

    public static CommandLine commandLine() {
        return new CommandLine(new Tally());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "a command is required");
    }
}
