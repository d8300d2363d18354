package dev.tally.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code tally} command: entry point and the only place that exits the JVM. */
@Command(name = "tally", mixinStandardHelpOptions = true, version = "tally 0.1.0",
        description = "Turns news reports about war into a sourced ledger of harm to people.",
        subcommands = {ExtractCommand.class, IngestCommand.class, IncidentsCommand.class, ClaimsCommand.class,
                ShowCommand.class, OutletsCommand.class, DocumentsCommand.class, ExportCommand.class, StatsCommand.class,
                ReextractCommand.class, LoadCommand.class, ServeCommand.class, UserCommand.class, CommandLine.HelpCommand.class})
public final class Tally implements Runnable {
    /** Exit codes shared by every command. */
    public static final int OK = 0, FAILURE = 1, USAGE = 2, SOME_REJECTED = 3;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "On failure, print the stack trace after the one-line message.")
    boolean verbose;

    public static CommandLine commandLine() {
        return commandLine(new Tally());
    }

    /** A command line over {@code top} (another tool's command, such as tally-bench) that fails as tally's commands do. */
    public static CommandLine commandLine(Object top) {
        CommandLine cli = new CommandLine(top);
        cli.setExecutionExceptionHandler(Tally::failure);
        return cli;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "a command is required");
    }

    /**
     * A command that fails says so in one line naming what and why ("tally stats: [/tmp/x.db] no ledger
     * there ..."); the stack trace is for {@code --verbose}.
     */
    private static int failure(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
        var err = command.getErr();
        err.println(command.getCommandSpec().qualifiedName() + ": " + oneLine(e));
        if (verbose(parsed)) e.printStackTrace(err);
        err.flush();
        return FAILURE;
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) return e.getClass().getSimpleName();
        return message.strip().lines().findFirst().orElse(message);
    }

    private static boolean verbose(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) return true;
        }
        return false;
    }
}
