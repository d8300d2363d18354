package dev.tally.store;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/** Brings a ledger's schema up to date with the migrations in {@code db/migration}, on open. */
final class Schema {
    /**
     * Without a logging framework Flyway writes each step at INFO through java.util.logging to
     * stderr, which would clutter every command's output. Held here because JUL keeps loggers
     * weakly and would forget the level.
     */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    private Schema() {
    }

    static void migrate(Backend backend, DataSource dataSource) {
        synchronized (FLYWAY_LOG) {
            if (FLYWAY_LOG.getLevel() == null) FLYWAY_LOG.setLevel(Level.WARNING); // unless the application chose one
        }
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .placeholders(Map.of("row_id", backend.rowIdColumn()))
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new LedgerException("[" + backend.describe() + "] cannot open the ledger: " + firstLine(e.getMessage()), e);
        }
    }

    /** Flyway's messages run on with separators and SQL state tables; their first line says what went wrong. */
    private static String firstLine(String message) {
        if (message == null) return "unknown error";
        String line = message.strip().lines().findFirst().orElse("");
        return line.replace("Unable to obtain connection from database: ", "");
    }
}
