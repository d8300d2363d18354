package dev.tally.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebLinkTest {
    @Test
    void onlyAbsoluteHttpAndHttpsAddressesAreLinks() {
        assertThat(WebLink.of(" https://example.org/a?b=1 ")).contains("https://example.org/a?b=1");
        assertThat(WebLink.of("HTTP://example.org/")).contains("HTTP://example.org/");
        assertThat(WebLink.of("javascript:alert(1)")).isEmpty();
        assertThat(WebLink.of("JaVaScRiPt:alert(1)")).isEmpty();
        assertThat(WebLink.of("data:text/html,<script>alert(1)</script>")).isEmpty();
        assertThat(WebLink.of("/news/relative")).isEmpty();
        assertThat(WebLink.of("http:no-host")).isEmpty();
        assertThat(WebLink.of("https://exa mple.org")).isEmpty();
        assertThat(WebLink.of("")).isEmpty();
        assertThat(WebLink.of(null)).isEmpty();
    }
}
