package dev.tally.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LedgerLocationTest {
    @Test
    void xdgDataHomeWhenSetAndAbsolute() {
        assertThat(LedgerLocation.defaultPath(Map.of("XDG_DATA_HOME", "/data/me"), "/home/me"))
                .isEqualTo(Path.of("/data/me/tally/ledger.db"));
    }

    @Test
    void theHomeFolderWhenXdgDataHomeIsUnsetBlankOrRelative() {
        Path expected = Path.of("/home/me/.local/share/tally/ledger.db");
        assertThat(LedgerLocation.defaultPath(Map.of(), "/home/me")).isEqualTo(expected);
        assertThat(LedgerLocation.defaultPath(Map.of("XDG_DATA_HOME", " "), "/home/me")).isEqualTo(expected);
        assertThat(LedgerLocation.defaultPath(Map.of("XDG_DATA_HOME", "data"), "/home/me")).isEqualTo(expected);
    }
}
