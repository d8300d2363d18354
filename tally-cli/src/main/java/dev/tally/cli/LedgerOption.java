package dev.tally.cli;

import dev.tally.store.Ledger;
import dev.tally.store.LedgerLocation;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by the ledger commands. */
final class LedgerOption {
    @Option(names = "--db", paramLabel = "DB", description = "The ledger: a SQLite file path or a jdbc:postgresql://host/db URL "
            + "(user and password from the URL or TALLY_DB_USER / TALLY_DB_PASSWORD). Default: ${DEFAULT-VALUE}.",
            defaultValue = "${sys:tally.db:-" + "DEFAULT" + "}")
    String db;

    Ledger open() {
        return Ledger.open(db == null || db.equals("DEFAULT") ? LedgerLocation.defaultPath().toString() : db);
    }

    String describe() {
        return db == null || db.equals("DEFAULT") ? LedgerLocation.defaultPath().toString() : db;
    }
}
