package dev.tally.web;

import dev.tally.ingest.DocumentReader;
import dev.tally.model.Document;
import dev.tally.store.Ledger;
import dev.tally.store.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A SQLite ledger of the five seed articles, ingested once per test JVM through the real extract and
 * resolve path, with one account per role; each caller gets its own copy, so writes in one test
 * class never show in another.
 */
final class SeedLedger {
    static final Path SEEDS = Path.of("..", "examples", "seeds");
    static final String PASSWORD = "correct horse battery";
    private static Path master;

    private SeedLedger() {
    }

    /** A fresh copy of the seed ledger in {@code dir}, with any extra documents ingested; returns its path. */
    static synchronized Path copy(Path dir, Document... extra) {
        try {
            if (master == null) master = build();
            Path db = dir.resolve("ledger.db");
            Files.copy(master, db);
            if (extra.length > 0) {
                try (Ledger ledger = Ledger.open(db.toString())) {
                    Ingestion ingestion = new Ingestion();
                    for (Document d : extra) ingestion.store(ledger, d);
                    ingestion.resolve(ledger);
                }
            }
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path build() throws IOException {
        Path dir = Files.createTempDirectory("tally-seed-ledger");
        dir.toFile().deleteOnExit();
        Path db = dir.resolve("seed.db");
        try (Ledger ledger = Ledger.open(db.toString())) {
            Ingestion ingestion = new Ingestion();
            DocumentReader reader = new DocumentReader();
            List<Document> docs = reader.readAll(List.of(SEEDS)).toList();
            for (Document d : docs) ingestion.store(ledger, d);
            ingestion.resolve(ledger);
            String hash = Passwords.hash(PASSWORD.toCharArray());
            for (Role role : Role.values()) ledger.reviews().addUser(role.code(), role, hash, "test");
        }
        for (String suffix : List.of("", "-wal", "-shm")) dir.resolve("seed.db" + suffix).toFile().deleteOnExit();
        return db;
    }
}
