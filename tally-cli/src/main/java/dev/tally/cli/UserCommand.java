package dev.tally.cli;

import dev.tally.store.Ledger;
import dev.tally.store.Role;
import dev.tally.store.User;
import dev.tally.web.Passwords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

/** {@code tally user}: local accounts for the dashboard. */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage the dashboard's local accounts.",
        subcommands = {UserCommand.Add.class, UserCommand.Disable.class, UserCommand.Enable.class, UserCommand.Password.class})
final class UserCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: add, disable, enable or password");
    }

    /**
     * {@code tally user add}: a new account. The password is never an argument (it would show in the
     * process list and shell history): it comes from {@code --password-file}, else from the terminal
     * (asked twice, not echoed), else from the first line of standard input.
     */
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add an account: viewers read, analysts review, admins also add accounts.")
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        LedgerOption ledger;

        @Option(names = "--name", required = true, description = "Sign-in name: letters, digits, '.', '_' or '-'.")
        String name;

        @Option(names = "--role", required = true, description = "viewer, analyst or admin.")
        String role;

        @Option(names = "--password-file", paramLabel = "FILE", description = "Read the password from the first line of this file.")
        Path passwordFile;

        @Override
        public Integer call() throws IOException {
            Role r;
            try {
                r = Role.parse(role);
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return Tally.USAGE;
            }
            char[] password = password(spec, passwordFile, name);
            if (password == null) return Tally.USAGE;
            try (Ledger l = ledger.open()) {
                User user = l.reviews().addUser(name, r, Passwords.hash(password), "cli");
                spec.commandLine().getOut().printf("added %s (%s) to %s%n", user.name(), user.role().code(), l.location());
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("[" + name + "] " + e.getMessage());
                return Tally.FAILURE;
            } finally {
                Arrays.fill(password, '\0');
            }
            spec.commandLine().getOut().flush();
            return Tally.OK;
        }
    }

    /**
     * A password, never from an argument (it would show in the process list and shell history): from
     * {@code file}, else from the terminal (asked twice, not echoed), else from the first line of
     * standard input. Null when the two typed on the terminal differ.
     */
    static char[] password(CommandSpec spec, Path file, String name) throws IOException {
        if (file != null) {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("").toCharArray();
        }
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("Password for %s: ", name);
            char[] again = console.readPassword("Again: ");
            if (first == null || !Arrays.equals(first, again)) {
                spec.commandLine().getErr().println("the two passwords differ; nothing was changed");
                return null;
            }
            return first;
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return line == null ? new char[0] : line.toCharArray();
    }

    /** {@code tally user disable}: the account can no longer sign in; a running server ends its sessions on their next request. */
    @Command(name = "disable", mixinStandardHelpOptions = true, description = "Disable an account: it can no longer sign in, and its sessions end.")
    static final class Disable implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        LedgerOption ledger;

        @Option(names = "--name", required = true, description = "The account.")
        String name;

        @Override
        public Integer call() {
            return setDisabled(spec, ledger, name, true);
        }
    }

    /** {@code tally user enable}: a disabled account may sign in again. */
    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Enable a disabled account.")
    static final class Enable implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        LedgerOption ledger;

        @Option(names = "--name", required = true, description = "The account.")
        String name;

        @Override
        public Integer call() {
            return setDisabled(spec, ledger, name, false);
        }
    }

    private static int setDisabled(CommandSpec spec, LedgerOption ledger, String name, boolean disabled) {
        try (Ledger l = ledger.openExisting()) {
            l.reviews().setDisabled(name, disabled, "cli");
            spec.commandLine().getOut().printf("%s %s in %s%n", disabled ? "disabled" : "enabled", name, l.location());
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("[" + name + "] " + e.getMessage());
            return Tally.FAILURE;
        }
        spec.commandLine().getOut().flush();
        return Tally.OK;
    }

    /** {@code tally user password}: sets an account's password (the command line acts as an admin). */
    @Command(name = "password", mixinStandardHelpOptions = true, description = "Set an account's password.")
    static final class Password implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        LedgerOption ledger;

        @Option(names = "--name", required = true, description = "The account.")
        String name;

        @Option(names = "--password-file", paramLabel = "FILE", description = "Read the new password from the first line of this file.")
        Path passwordFile;

        @Override
        public Integer call() throws IOException {
            char[] password = password(spec, passwordFile, name);
            if (password == null) return Tally.USAGE;
            try (Ledger l = ledger.openExisting()) {
                l.reviews().setPassword(name, Passwords.hash(password), "cli");
                spec.commandLine().getOut().printf("set the password of %s in %s%n", name, l.location());
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("[" + name + "] " + e.getMessage());
                return Tally.FAILURE;
            } finally {
                Arrays.fill(password, '\0');
            }
            spec.commandLine().getOut().flush();
            return Tally.OK;
        }
    }
}
