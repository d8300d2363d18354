package dev.tally.store;

import java.nio.file.Path;
import java.util.Map;

/** Where the embedded ledger lives when the user names none, following the XDG base directory spec. */
public final class LedgerLocation {
    private LedgerLocation() {
    }

    /** {@code $XDG_DATA_HOME/tally/ledger.db}, or {@code ~/.local/share/tally/ledger.db} when that is unset. */
    public static Path defaultPath() {
        return defaultPath(System.getenv(), System.getProperty("user.home"));
    }

    static Path defaultPath(Map<String, String> env, String home) {
        String dataHome = env.get("XDG_DATA_HOME");
        // The spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        if (dataHome != null && !dataHome.isBlank() && Path.of(dataHome).isAbsolute()) {
            return Path.of(dataHome, "tally", "ledger.db");
        }
        return Path.of(home, ".local", "share", "tally", "ledger.db");
    }
}
