package dev.tally.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tally.store.Ledger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The read API against a running server on a loopback port, over the seed ledger. */
class ApiTest {
    private static final String MOSUL = "/api/incidents?country=IQ&from=2017-03-17&to=2017-03-17";
    @TempDir
    static Path dir;
    private static Ledger ledger;
    private static WebServer server;
    private static Client client;

    @BeforeAll
    static void start() {
        ledger = Ledger.open(SeedLedger.copy(dir).toString());
        server = new WebServer(ledger).start("127.0.0.1", 0);
        client = new Client(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
        ledger.close();
    }

    @Test
    void theMarch17MosulStrikeIsOneIncidentWithTheRangeOfItsTwoSources() {
        Client.Answer a = client.get(MOSUL);

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.header("Content-Type")).startsWith("application/json");
        assertThat(a.json().path("total").asInt()).isEqualTo(1);
        JsonNode mosul = a.json().path("items").get(0);
        assertThat(mosul.path("id").asText()).isEqualTo("iq-2017-03-17-al-jadida-mosul-1");
        assertThat(mosul.path("killed").path("min").asLong()).isEqualTo(105);
        assertThat(mosul.path("killed").path("max").asLong()).isEqualTo(140);
        assertThat(mosul.path("documents").asInt()).isEqualTo(2);
        assertThat(mosul.path("values").asText()).isEqualTo("reviewed");
        assertThat(mosul.path("reviewed").asBoolean()).isFalse();
        assertThat(mosul.path("place").path("lat").isNumber()).isTrue();
    }

    @ParameterizedTest(name = "{0} -> Mosul listed: {1}")
    @CsvSource({
            "perpetrator=UNITED, true", "perpetrator=isis, false",
            "victims=civilian, true", "victims=military, false",
            "outcome=killed, true", "outcome=displaced, false",
            "min=140, true", "min=141, false",
            "outcome=killed&victims=civilian&min=105, true",
            "q=jadida, true", "q=JADIDA%20airstrike, true", "q=jadida+fallujah, false",
            "from=2017-03-18, false", "to=2017-03-16, false", "country=SY, false"})
    void eachFilterKeepsOrDropsTheMosulStrike(String filter, boolean listed) {
        Client.Answer a = client.get("/api/incidents?size=500&" + filter);

        assertThat(a.status()).as(a.text()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        a.json().path("items").forEach(i -> ids.add(i.path("id").asText()));
        assertThat(ids.contains("iq-2017-03-17-al-jadida-mosul-1")).as(filter + " gave " + ids).isEqualTo(listed);
        assertThat(a.json().path("total").asInt()).isEqualTo(ids.size());
    }

    @Test
    void pagesSplitTheListWithoutLosingOrRepeatingAnIncident() {
        JsonNode all = client.get("/api/incidents?size=500").json();
        int total = all.path("total").asInt();
        assertThat(total).isGreaterThan(3);
        List<String> paged = new ArrayList<>();
        for (int page = 1; page <= (total + 2) / 3; page++) {
            client.get("/api/incidents?size=3&page=" + page).json().path("items").forEach(i -> paged.add(i.path("id").asText()));
        }
        List<String> whole = new ArrayList<>();
        all.path("items").forEach(i -> whole.add(i.path("id").asText()));
        assertThat(paged).containsExactlyElementsOf(whole);
        assertThat(client.get("/api/incidents?size=3&page=1000").json().path("items")).isEmpty();
    }

    @Test
    void oneIncidentHasEachSourcesClaimWithItsSentenceInTheArticleAsPublished() {
        Client.Answer a = client.get("/api/incidents/iq-2017-03-17-al-jadida-mosul-1");

        assertThat(a.status()).isEqualTo(200);
        JsonNode incident = a.json();
        assertThat(incident.path("documents")).hasSize(2);
        assertThat(incident.path("claims").size()).isGreaterThanOrEqualTo(2);
        for (JsonNode claim : incident.path("claims")) {
            String text = null;
            for (JsonNode d : incident.path("documents")) if (d.path("id").asLong() == claim.path("document").asLong()) text = d.path("text").asText();
            assertThat(text).as("text of document %s", claim.path("doc").asText()).isNotNull();
            JsonNode ev = claim.path("evidence");
            JsonNode sentence = claim.path("sentenceSpan");
            assertThat(text.substring(ev.path("start").asInt(), ev.path("end").asInt()).toLowerCase())
                    .contains(claim.path("count").path("phrase").asText().toLowerCase().split(" ")[0]);
            assertThat(sentence.path("start").asInt()).isLessThanOrEqualTo(ev.path("start").asInt());
            assertThat(sentence.path("end").asInt()).isGreaterThanOrEqualTo(ev.path("end").asInt());
            String shown = text.substring(sentence.path("start").asInt(), sentence.path("end").asInt()).replaceAll("\\s+", " ");
            assertThat(shown).isEqualTo(claim.path("sentence").asText().strip().replaceAll("\\s+", " "));
        }
        assertThat(a.text()).contains("Just one US airstrike on March 17 slaughtered at least 105");
    }

    @ParameterizedTest(name = "{0} -> {1} naming {2}")
    @CsvSource({
            "/api/incidents?country=Iraq, 400, country",
            "/api/incidents?from=2017-13-01, 400, from",
            "/api/incidents?from=2017-03-18&to=2017-03-17, 400, to",
            "/api/incidents?colour=red, 400, colour",
            "/api/incidents?size=0, 400, size",
            "/api/incidents?page=x, 400, page",
            "/api/incidents?min=-1, 400, min",
            "/api/incidents?victims=children, 400, victims",
            "/api/incidents?values=guessed, 400, values",
            "/api/incidents?sort=colour, 400, sort",
            "/api/incidents/no-such-incident, 404, id",
            "/api/claims/abc, 400, id",
            "/api/claims/999999, 404, id",
            "/api/documents/abc, 400, id",
            "/api/series?period=year, 400, period",
            "/api/audit, 401, ",
            "/api/no-such-endpoint, 404, "})
    void errorsAnswerWithAStatusAndAJsonBodyNamingTheParameter(String path, int status, String parameter) {
        Client.Answer a = client.get(path);

        assertThat(a.status()).as(a.text()).isEqualTo(status);
        assertThat(a.header("Content-Type")).startsWith("application/json");
        assertThat(a.json().path("status").asInt()).isEqualTo(status);
        assertThat(a.json().path("error").asText()).isNotBlank();
        if (parameter == null) assertThat(a.json().path("parameter").isNull()).isTrue();
        else assertThat(a.json().path("parameter").asText()).isEqualTo(parameter);
        assertThat(a.text()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain(".java:");
    }

    @Test
    void theSeriesSumsKilledPerMonthWithEveryMonthBetweenPresent() {
        JsonNode series = client.get("/api/series?period=month&country=IQ").json();

        assertThat(series.path("outcome").asText()).isEqualTo("killed");
        List<String> months = new ArrayList<>();
        series.path("points").forEach(p -> months.add(p.path("start").asText()));
        assertThat(months).isSorted().doesNotHaveDuplicates();
        for (int i = 1; i < months.size(); i++) {
            assertThat(java.time.LocalDate.parse(months.get(i - 1)).plusMonths(1)).hasToString(months.get(i));
        }
        JsonNode march = null;
        for (JsonNode p : series.path("points")) if (p.path("start").asText().equals("2017-03-01")) march = p;
        assertThat(march).isNotNull();
        assertThat(march.path("min").asLong()).isGreaterThanOrEqualTo(105);
        assertThat(march.path("max").asLong()).isGreaterThanOrEqualTo(march.path("min").asLong());
        JsonNode weeks = client.get("/api/series?period=week&from=2017-03-17&to=2017-03-17&country=IQ").json();
        assertThat(weeks.path("points")).singleElement().satisfies(p -> {
            assertThat(p.path("start").asText()).isEqualTo("2017-03-13");
            assertThat(p.path("min").asLong()).isEqualTo(105);
            assertThat(p.path("max").asLong()).isEqualTo(140);
        });
    }

    @Test
    void documentsListTheirStatusAndOneDocumentHasItsTextAndClaims() {
        JsonNode docs = client.get("/api/documents").json();
        assertThat(docs.path("total").asInt()).isGreaterThanOrEqualTo(5);
        JsonNode first = docs.path("items").get(0);
        assertThat(first.path("status").asText()).isIn("ok", "partial");
        assertThat(first.has("text")).isFalse();

        JsonNode one = client.get("/api/documents/" + first.path("id").asLong()).json();
        assertThat(one.path("text").asText()).startsWith(readSeed(first.path("name").asText()).substring(0, 40));
        assertThat(one.path("claimList").size()).isEqualTo(first.path("claims").asInt());
        assertThat(client.get("/api/documents?status=rejected").json().path("total").asInt()).isZero();
    }

    @Test
    void statsAndClaimsAgreeWithTheLedger() {
        JsonNode stats = client.get("/api/stats").json();
        int claims = ledger.claims().size();
        assertThat(stats.path("claims").path("total").asInt()).isEqualTo(claims);
        assertThat(stats.path("documents").path("total").asInt()).isEqualTo(ledger.documents().size());
        assertThat(stats.path("incidents").path("extracted").asInt()).isEqualTo(ledger.incidents().size());
        JsonNode page = client.get("/api/claims?size=500").json();
        assertThat(page.path("total").asInt()).isEqualTo(claims);
        JsonNode mosulClaims = client.get("/api/claims?incident=iq-2017-03-17-al-jadida-mosul-1").json();
        assertThat(mosulClaims.path("items")).allSatisfy(c -> assertThat(c.path("incident").asText()).isEqualTo("iq-2017-03-17-al-jadida-mosul-1"));
        long id = mosulClaims.path("items").get(0).path("id").asLong();
        assertThat(client.get("/api/claims/" + id).json().path("sentenceSpan").isObject()).isTrue();
        JsonNode totals = client.get("/api/claims?kind=aggregate&size=500").json();
        assertThat(totals.path("total").asInt()).isPositive().isLessThan(claims);
        assertThat(totals.path("items")).allSatisfy(c -> {
            assertThat(c.path("kind").asText()).isEqualTo("aggregate");
            assertThat(c.path("incident").isNull()).as("a total joins no incident").isTrue();
        });
    }

    @Test
    void aDownloadHoldsEveryIncidentTheFiltersSelectAsCsvOrGeoJson() {
        int all = client.get("/api/incidents?size=500").json().path("total").asInt();

        Client.Answer csv = client.get("/api/incidents/download?format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).isEqualTo("attachment; filename=\"tally-incidents.csv\"");
        List<String> rows = csv.text().lines().toList();
        assertThat(rows.get(0)).startsWith("id,date_start,date_end,date_text,place,country,latitude,longitude,precision,perpetrator,means,killed_min,killed_max");
        assertThat(rows).hasSize(all + 1);
        assertThat(rows).filteredOn(r -> r.startsWith("iq-2017-03-17-al-jadida-mosul-1,")).singleElement().satisfies(r -> assertThat(r)
                .contains(",2017-03-17,2017-03-17,").contains(",United States,airstrike,105,140,"));

        Client.Answer iraq = client.get("/api/incidents/download?format=geojson&country=IQ&min=100");
        assertThat(iraq.header("Content-Type")).startsWith("application/geo+json");
        JsonNode features = Client.json(iraq.text()).path("features");
        assertThat(features).singleElement().satisfies(f -> {
            assertThat(f.path("properties").path("id").asText()).isEqualTo("iq-2017-03-17-al-jadida-mosul-1");
            assertThat(f.path("geometry").path("type").asText()).isEqualTo("Point");
        });
        assertThat(client.get("/api/incidents/download?format=xml").status()).isEqualTo(400);
    }

    @Test
    void theOpenApiDocumentDescribesEveryEndpoint() {
        JsonNode doc = client.get("/api/openapi.json").json();

        assertThat(doc.path("openapi").asText()).startsWith("3.");
        assertThat(doc.path("paths").fieldNames()).toIterable().contains("/api/incidents", "/api/incidents/{id}", "/api/claims",
                "/api/documents", "/api/series", "/api/stats", "/api/session", "/api/audit", "/api/claims/{id}/reviews",
                "/api/incidents/merge", "/api/incidents/{id}/split", "/api/incidents/download", "/api/users/{name}/disable",
                "/api/users/{name}/password", "/api/outlets", "/api/outlets/{name}");
        assertThat(doc.path("components").path("schemas").path("Document").path("properties").has("consistency")).isTrue();
    }

    @Test
    void eachOutletsRecordAndEachDocumentsConsistency() {
        JsonNode outlets = client.get("/api/outlets").json();
        assertThat(outlets.path("total").asInt()).isEqualTo(2);
        JsonNode wire = outlets.path("items").get(0);
        assertThat(wire.path("outlet").asText()).isEqualTo("Ammar Johmani Magazine (wire report)");
        assertThat(wire.path("above").get(0).asText()).isEqualTo("iq-2017-03-17-al-jadida-mosul-1");
        assertThat(wire.has("checks")).isFalse();

        JsonNode one = client.get("/api/outlets/World%20Socialist%20Web%20Site").json();
        assertThat(one.path("checks").get(0).path("reason").asText()).startsWith("killed 105 where 1 other source");
        assertThat(client.get("/api/outlets/Nobody").status()).isEqualTo(404);

        JsonNode docs = client.get("/api/documents?q=001_fb").json().path("items");
        assertThat(docs.get(0).path("consistency").path("score").asDouble()).isBetween(0.66, 0.67);
    }

    @Test
    void theDashboardIsServedWithAPolicyThatAllowsOnlyItsOwnScripts() {
        Client.Answer page = client.get("/");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("<script type=\"module\" src=\"js/app.js\"></script>");
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(client.get("/vendor/countries-110m.json").status()).isEqualTo(200);
        assertThat(client.get("/vendor/topojson-client.min.js").status()).isEqualTo(200);
    }

    @Test
    void aDocumentAnotherProcessIngestsShowsAfterTheServerLooksAgain(@TempDir Path other) {
        assertThat(server.reloadIfChanged()).isFalse();
        String text = "A US air strike killed at least 12 civilians in Mosul on Monday, Reuters reported.";
        var doc = new dev.tally.model.Document.Accepted("late.txt", "ab".repeat(32), "text", new dev.tally.model.Article("late.txt", text,
                java.util.Optional.of(java.time.LocalDate.of(2016, 5, 3)), java.util.Map.of()));
        try (Ledger second = Ledger.open(ledger.location())) {
            new Ingestion().store(second, doc);
        }

        assertThat(server.reloadIfChanged()).isTrue();
        assertThat(client.get("/api/documents?q=late.txt").json().path("total").asInt()).isEqualTo(1);
    }

    private static String readSeed(String name) {
        try {
            return java.nio.file.Files.readString(SeedLedger.SEEDS.resolve(name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
