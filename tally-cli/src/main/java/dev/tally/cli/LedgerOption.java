package dev.tally.cli;

import dev.tally.store.Ledger;
import dev.tally.store.LedgerLocation;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by the ledger commands. */
public final class LedgerOption {
    @Option(names = "--db", paramLabel = "DB", description = "The ledger: a SQLite file path or a jdbc:postgresql://host/db URL "
            + "(user and password from the URL or TALLY_DB_USER / TALLY_DB_PASSWORD). "
            + "Default: $XDG_DATA_HOME/tally/ledger.db, else ~/.local/share/tally/ledger.db.")
    String db;

    /** Opens the ledger, creating it when absent: for the commands that write one. */
    public Ledger open() {
        return Ledger.open(describe());
    }

    /** Opens a ledger that must already exist: for the commands that only read one. */
    public Ledger openExisting() {
        return Ledger.openExisting(describe());
    }

    public String describe() {
        return db == null ? LedgerLocation.defaultPath().toString() : db;
    }
}
