package dev.tally.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tally.model.Article;
import dev.tally.model.Document;
import dev.tally.store.Ledger;
import dev.tally.model.StoredClaim;
import dev.tally.store.StoredDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in real headless Chromium (Debian's chromium and chromedriver, which .ci/run
 * installs), driven by Selenium against a running server on the seed ledger plus an article holding
 * a script tag and a rejected input. Screenshots go to {@code target/screenshots/}.
 */
class DashboardBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final String MOSUL = "iq-2017-03-17-al-jadida-mosul-1";
    private static final String HOSTILE = "hostile.txt";
    /**
     * Selenium warns at every start that it has no DevTools bindings for this Chromium; the test
     * uses WebDriver only. Held here because java.util.logging keeps loggers weakly.
     */
    private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");
    @TempDir
    static Path dir;
    private static Ledger ledger;
    private static WebServer server;
    private static WebDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser test skipped: needs Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
                        + "); .ci/run installs them with apt-get install chromium chromium-driver");
        ledger = Ledger.open(SeedLedger.copy(dir, hostileArticle(), new Document.Rejected("scan.pdf", sha256("scan.pdf"),
                "[scan.pdf] binary file (PDF), not text")).toString());
        server = new WebServer(ledger).start("127.0.0.1", 0);
        Files.createDirectories(SHOTS);
        SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1400,1800", "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        // A review re-draws the page: an element found just before that is gone a moment later.
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
        if (ledger != null) ledger.close();
    }

    @Test
    void anAnalystFindsTheMosulStrikeCorrectsAFigureAndSeesItInTheAuditLog() throws IOException {
        browser.get(url("/"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map circle.incident")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#timeline path.band")));
        int drawn = browser.findElements(By.cssSelector("#map circle.incident")).size() + browser.findElements(By.cssSelector("#map g.cluster"))
                .stream().mapToInt(g -> Integer.parseInt(g.getAttribute("data-count"))).sum();
        assertThat(drawn).as("every placed incident is drawn, alone or in a cluster").isGreaterThan(3);
        assertThat(browser.findElements(By.cssSelector("#map .land path")).size()).isGreaterThan(100);
        assertThat(browser.findElement(By.cssSelector("#timeline path.band")).getAttribute("d")).startsWith("M");
        assertThat(browser.findElement(By.id("incident-count")).getText()).contains("incidents");
        assertThat(browser.findElement(By.id("map-note")).getText()).contains("incidents placed");
        assertThat(browser.findElement(By.id("download-csv")).getAttribute("href")).endsWith("/api/incidents/download?format=csv");
        assertThat(browser.findElements(By.cssSelector("#timeline g.clipped path"))).as("the Mosul month towers over the rest").hasSize(1);
        shot("1-dashboard");
        browser.findElement(By.id("zoom-in")).click();
        assertThat(browser.findElement(By.id("map")).getAttribute("data-scale")).isEqualTo("2");
        browser.findElement(By.id("zoom-reset")).click();
        browser.get(url("/#/?scale=log&country=IQ"));
        wait.until(ExpectedConditions.attributeContains(By.id("download-geojson"), "href", "country=IQ"));
        assertThat(browser.findElements(By.cssSelector("#timeline g.clipped path"))).as("on a log scale nothing is clipped").isEmpty();
        browser.get(url("/"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-id='" + MOSUL + "'] a.incident-link")));

        browser.findElement(By.cssSelector("tr[data-id='" + MOSUL + "'] a.incident-link")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("incident-title"), "2017-03-17"));
        assertThat(browser.findElement(By.id("incident-title")).getText()).contains("Mosul");
        assertThat(figureRange()).isEqualTo("105–140");
        assertThat(browser.findElement(By.id("figures")).getText()).as("claims named by their words and source, not row ids")
                .contains("“at least 105”").contains("“140”");
        assertThat(browser.findElement(By.id("links")).getText()).as("why the two sources were joined")
                .contains("Why these sources were joined").contains("Mosul");
        List<WebElement> sources = browser.findElements(By.cssSelector("#sources article.source"));
        assertThat(sources).hasSize(2);
        assertThat(browser.findElements(By.cssSelector("#sources .article mark"))).extracting(WebElement::getText)
                .anySatisfy(t -> assertThat(t).contains("slaughtered at least 105"))
                .anySatisfy(t -> assertThat(t).contains("140 killed in a single March 17 airstrike"));
        shot("2-incident");

        WebElement wire = browser.findElements(By.cssSelector("#sources article.source h3 a.outlet")).stream()
                .filter(a -> a.getText().startsWith("Ammar Johmani")).findFirst().orElseThrow();
        wire.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("outlet-summary")));
        assertThat(browser.findElement(By.id("outlet-summary")).getText()).contains("1 figure(s) compared: 1 above, 0 below");
        assertThat(browser.findElements(By.cssSelector("svg#outlet-plot g.check.above circle"))).as("its 140 plotted above the others' 105").hasSize(1);
        assertThat(browser.findElement(By.id("outlet-checks")).getText()).contains(MOSUL).contains("105");
        shot("2b-outlet");
        browser.navigate().back();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("incident-title"), "2017-03-17"));

        browser.findElement(By.id("sign-in-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signin")));
        browser.findElement(By.cssSelector("#signin input[name=name]")).sendKeys("analyst");
        browser.findElement(By.cssSelector("#signin input[name=password]")).sendKeys(SeedLedger.PASSWORD);
        browser.findElement(By.cssSelector("#signin button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.claim .action-figure")));

        WebElement claim140 = browser.findElements(By.cssSelector("li.claim")).stream()
                .filter(li -> li.getText().contains("“140”")).findFirst().orElseThrow();
        claim140.findElement(By.cssSelector(".action-figure")).click();
        WebElement form = claim140.findElement(By.cssSelector("form.review-form"));
        replace(form.findElement(By.name("min")), "150");
        replace(form.findElement(By.name("max")), "150");
        form.findElement(By.name("reason")).sendKeys("UN update of 28 March counts 150");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> figureRange().equals("105–150"));
        assertThat(browser.findElement(By.cssSelector("#sources")).getText()).contains("figure extracted as 140");
        shot("3-corrected");

        browser.get(url("/#/audit"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#audit tbody tr")));
        String newest = browser.findElement(By.cssSelector("#audit tbody tr")).getText();
        assertThat(newest).contains("analyst", "claim.count", "140..140", "150..150", "UN update of 28 March counts 150");
        shot("4-audit");
    }

    @Test
    void anArticleHoldingAScriptTagShowsItAsTextAndRunsNothing() throws IOException {
        long id = ledger.documents().stream().filter(d -> d.name().equals(HOSTILE)).mapToLong(StoredDocument::id).findFirst().orElseThrow();
        browser.get(url("/#/document/" + id));
        WebElement article = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main .article")));

        assertThat(article.getText()).contains("<script>window.tallyPwned = true;</script>").contains("<img src=x onerror=");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.tallyPwned === undefined && window.tallyImg === undefined"))
                .isEqualTo(true);
        assertThat(browser.findElements(By.cssSelector("main script, main img"))).isEmpty();
        shot("5-script-as-text");

        browser.get(url("/#/documents?status=rejected"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("documents"), "scan.pdf"));
        assertThat(browser.findElement(By.id("documents")).getText()).contains("rejected").contains("binary file (PDF), not text");
        shot("6-rejects");

        browser.findElement(By.linkText("Totals")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#totals tbody tr")));
        assertThat(browser.findElements(By.cssSelector("#totals tbody tr"))).extracting(WebElement::getText)
                .as("the seeds' war-wide tolls are listed apart from incidents").anySatisfy(t -> assertThat(t).contains("killed"));
        assertThat(browser.findElement(By.id("total-count")).getText()).contains("total(s)");
        shot("7-totals");
    }

    @Test
    void aLinkThatIsNoWebAddressIsNoLinkAndBidiControlsAreNotShown() throws IOException {
        long id = ledger.documents().stream().filter(d -> d.name().equals(HOSTILE)).mapToLong(StoredDocument::id).findFirst().orElseThrow();
        String incident = ledger.claims().stream().filter(c -> c.documentId() == id).map(StoredClaim::incident)
                .flatMap(Optional::stream).findFirst().orElseThrow();
        browser.get(url("/#/incident/" + incident));
        WebElement source = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.source[data-document='" + id + "']")));

        assertThat(source.findElement(By.tagName("h3")).getText()).isEqualTo("<b>Bold</b> eriw Wire");
        WebElement original = source.findElements(By.tagName("a")).stream().filter(a -> a.getText().equals("original")).findFirst().orElseThrow();
        assertThat(original.getAttribute("href")).isNull();
        original.click();
        assertThat(((JavascriptExecutor) browser).executeScript("return window.tallyLink === undefined")).isEqualTo(true);
        shot("7-hostile-link");
    }

    private static String figureRange() {
        return browser.findElement(By.cssSelector("#figures .figure-range")).getText();
    }

    private static void replace(WebElement input, String value) {
        input.clear();
        input.sendKeys(value);
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    private static void shot(String name) throws IOException {
        Path file = SHOTS.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        System.out.println("screenshot: " + file.toAbsolutePath());
    }

    private static Document.Accepted hostileArticle() {
        String text = "Strike on market\n\n<script>window.tallyPwned = true;</script> <img src=x onerror=\"window.tallyImg = 1\">\n"
                + "A US air strike killed at least 12 civilians in Mosul on Monday, Reuters reported.\n";
        return new Document.Accepted(HOSTILE, sha256(text), "text",
                new Article(HOSTILE, text, Optional.of(LocalDate.of(2017, 4, 4)),
                        Map.of("outlet", "<b>Bold</b> \u202Eeriw\u202C Wire", "url", "javascript:window.tallyLink=1")));
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

}
