package dev.tally.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tally.store.Ledger;
import dev.tally.model.StoredClaim;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Review, accounts and their security against a running server: each test on its own copy of the seed ledger. */
class ReviewApiTest {
    private static final String MOSUL = "iq-2017-03-17-al-jadida-mosul-1";
    @TempDir
    Path dir;
    private Ledger ledger;
    private WebServer server;

    @BeforeEach
    void start() {
        ledger = Ledger.open(SeedLedger.copy(dir).toString());
        server = new WebServer(ledger).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
        ledger.close();
    }

    private Client signedIn(String role) {
        Client c = new Client(server.port());
        assertThat(c.signIn(role, SeedLedger.PASSWORD).status()).isEqualTo(200);
        return c;
    }

    /** The row id of the Mosul incident's claim that gives exactly 140 killed. */
    private long claim140() {
        for (JsonNode c : new Client(server.port()).get("/api/incidents/" + MOSUL).json().path("claims")) {
            if (c.path("count").path("min").asLong() == 140) return c.path("id").asLong();
        }
        throw new AssertionError("the Mosul incident must have a claim of 140 killed");
    }

    @Test
    void anAnalystCorrectsAFigureAndTheExtractedValueStaysBesideIt() {
        Client analyst = signedIn("analyst");
        long id = claim140();
        List<StoredClaim> extracted = ledger.claims();

        Client.Answer a = analyst.post("/api/claims/" + id + "/reviews",
                "{\"field\":\"count\",\"value\":{\"min\":150,\"max\":150},\"reason\":\"the UN revised its count\"}");

        assertThat(a.status()).as(a.text()).isEqualTo(200);
        assertThat(a.json().path("count").path("min").asLong()).isEqualTo(150);
        assertThat(a.json().path("extracted").path("count").path("min").asLong()).isEqualTo(140);
        assertThat(a.json().path("reviews").get(0).path("reviewer").asText()).isEqualTo("analyst");
        assertThat(ledger.claims()).isEqualTo(extracted);
        JsonNode reviewed = analyst.get("/api/incidents/" + MOSUL).json();
        assertThat(reviewed.path("killed").path("max").asLong()).isEqualTo(150);
        assertThat(reviewed.path("reviewed").asBoolean()).isTrue();
        JsonNode raw = analyst.get("/api/incidents/" + MOSUL + "?values=extracted").json();
        assertThat(raw.path("killed").path("max").asLong()).isEqualTo(140);
        assertThat(raw.path("values").asText()).isEqualTo("extracted");
        JsonNode entry = analyst.get("/api/audit").json().path("items").get(0);
        assertThat(entry.path("actor").asText()).isEqualTo("analyst");
        assertThat(entry.path("action").asText()).isEqualTo("claim.count");
        assertThat(entry.path("target").asText()).isEqualTo("claim " + id);
        assertThat(entry.path("before").asText()).isEqualTo("140..140");
        assertThat(entry.path("after").asText()).isEqualTo("150..150");
        assertThat(entry.path("reason").asText()).isEqualTo("the UN revised its count");
    }

    @Test
    void aRejectedClaimLeavesTheIncidentsFiguresAndAConfirmedOneIsMarked() {
        Client analyst = signedIn("analyst");
        long id = claim140();

        assertThat(analyst.post("/api/claims/" + id + "/reviews", "{\"field\":\"status\",\"value\":\"rejected\",\"reason\":\"double count\"}").status())
                .isEqualTo(200);

        JsonNode mosul = analyst.get("/api/incidents/" + MOSUL).json();
        assertThat(mosul.path("killed").path("max").asLong(0)).as(mosul.path("killed").toString()).isLessThan(140);
        assertThat(mosul.path("killed").path("min").asLong()).isEqualTo(105);
        assertThat(analyst.get("/api/claims/" + id).json().path("status").asText()).isEqualTo("rejected");
        assertThat(analyst.get("/api/claims?status=rejected").json().path("total").asInt()).isEqualTo(1);
        assertThat(analyst.post("/api/claims/" + id + "/reviews", "{\"field\":\"status\",\"value\":\"confirmed\",\"reason\":\"checked again\"}")
                .json().path("status").asText()).isEqualTo("confirmed");
        assertThat(analyst.get("/api/incidents/" + MOSUL).json().path("killed").path("max").asLong()).isEqualTo(140);
    }

    @Test
    void aDateAndAPlaceCorrectionMoveTheIncident() {
        Client analyst = signedIn("admin");
        JsonNode claims = analyst.get("/api/incidents/" + MOSUL).json().path("claims");
        String date = "{\"field\":\"date\",\"value\":{\"start\":\"2017-03-18\"},\"reason\":\"local time\"}";
        for (JsonNode c : claims) assertThat(analyst.post("/api/claims/" + c.path("id").asLong() + "/reviews", date).status()).isEqualTo(200);
        long first = claims.get(0).path("id").asLong();
        String place = "{\"field\":\"place\",\"value\":{\"name\":\"Old City\",\"country\":\"iq\",\"lat\":36.34,\"lon\":43.13},\"reason\":\"named in the photo caption\"}";
        assertThat(analyst.post("/api/claims/" + first + "/reviews", place).json().path("place").path("name").asText()).isEqualTo("Old City");

        JsonNode moved = analyst.get("/api/incidents/" + MOSUL).json();
        assertThat(moved.path("date").path("start").asText()).isEqualTo("2017-03-18");
        assertThat(analyst.get("/api/incidents?from=2017-03-18&to=2017-03-18&country=IQ").json().path("total").asInt()).isEqualTo(1);
        assertThat(analyst.get("/api/incidents?from=2017-03-18&to=2017-03-18&country=IQ&values=extracted").json().path("total").asInt()).isZero();
    }

    @Test
    void incidentsMergeAndSplitWithoutTouchingTheResolversIncidents() {
        Client analyst = signedIn("analyst");
        List<String> keys = new ArrayList<>();
        analyst.get("/api/incidents?country=IQ&sort=id&size=500").json().path("items").forEach(i -> keys.add(i.path("id").asText()));
        String other = keys.stream().filter(k -> !k.equals(MOSUL)).findFirst().orElseThrow();
        int before = keys.size();
        int mosulClaims = analyst.get("/api/incidents/" + MOSUL).json().path("claims").size();
        int otherClaims = analyst.get("/api/incidents/" + other).json().path("claims").size();

        Client.Answer merged = analyst.post("/api/incidents/merge", "{\"incidents\":[\"" + MOSUL + "\",\"" + other + "\"],\"reason\":\"same event\"}");

        assertThat(merged.status()).as(merged.text()).isEqualTo(200);
        String key = merged.json().path("incident").asText();
        JsonNode union = analyst.get("/api/incidents/" + key).json();
        assertThat(union.path("claims").size()).isEqualTo(mosulClaims + otherClaims);
        assertThat(analyst.get("/api/incidents?country=IQ&size=500").json().path("total").asInt()).isEqualTo(before - 1);
        assertThat(analyst.get("/api/incidents?country=IQ&size=500&values=extracted").json().path("total").asInt()).isEqualTo(before);
        assertThat(ledger.incidents()).extracting(i -> i.key()).contains(MOSUL, other);

        long moved = union.path("claims").get(0).path("id").asLong();
        Client.Answer split = analyst.post("/api/incidents/" + key + "/split", "{\"claims\":[" + moved + "],\"reason\":\"another day\"}");
        assertThat(split.status()).as(split.text()).isEqualTo(200);
        assertThat(analyst.get("/api/incidents/" + split.json().path("to").asText()).json().path("claims")).hasSize(1);
        assertThat(analyst.get("/api/audit").json().path("items")).extracting(e -> e.path("action").asText())
                .startsWith("incident.split", "incident.merge");
        assertThat(analyst.post("/api/incidents/" + key + "/split", "{\"claims\":[999999],\"reason\":\"x\"}").json().path("parameter").asText())
                .isEqualTo("claims");
    }

    @Test
    void aViewersWriteIsRefused() {
        Client viewer = signedIn("viewer");
        long id = claim140();

        Client.Answer a = viewer.post("/api/claims/" + id + "/reviews", "{\"field\":\"status\",\"value\":\"rejected\",\"reason\":\"x\"}");

        assertThat(a.status()).isEqualTo(403);
        assertThat(a.json().path("error").asText()).contains("viewer cannot change the ledger");
        assertThat(viewer.post("/api/incidents/merge", "{\"incidents\":[\"a\",\"b\"],\"reason\":\"x\"}").status()).isEqualTo(403);
        assertThat(viewer.get("/api/audit").status()).isEqualTo(200);
        assertThat(ledger.reviews().claimReviews()).isEmpty();
    }

    @Test
    void aWriteWithoutTheCsrfTokenOrSessionOrJsonIsRefused() {
        Client analyst = signedIn("analyst");
        long id = claim140();
        String body = "{\"field\":\"status\",\"value\":\"rejected\",\"reason\":\"forged\"}";

        Client.Answer noToken = analyst.postWithoutCsrf("/api/claims/" + id + "/reviews", body);
        assertThat(noToken.status()).isEqualTo(403);
        assertThat(noToken.json().path("parameter").asText()).isEqualTo("X-CSRF-Token");
        Client.Answer wrongToken = analyst.send(java.net.http.HttpRequest.newBuilder(analyst.base().resolve("/api/claims/" + id + "/reviews"))
                .header("Content-Type", "application/json").header("X-CSRF-Token", "guessed")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
        assertThat(wrongToken.status()).isEqualTo(403);
        Client.Answer form = analyst.send(java.net.http.HttpRequest.newBuilder(analyst.base().resolve("/api/claims/" + id + "/reviews"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(java.net.http.HttpRequest.BodyPublishers.ofString("field=status")));
        assertThat(form.status()).isEqualTo(415);
        assertThat(new Client(server.port()).post("/api/claims/" + id + "/reviews", body).status()).isEqualTo(401);
        assertThat(ledger.reviews().claimReviews()).isEmpty();
        assertThat(ledger.reviews().auditSize()).as("the three accounts and the analyst's sign-in, no review").isEqualTo(4);
    }

    @Test
    void signingInSetsAStrictHttpOnlyCookieAndWrongPasswordsAreRefused() {
        Client c = new Client(server.port());
        assertThat(c.get("/api/session").status()).isEqualTo(401);
        Client.Answer wrong = c.signIn("analyst", "not the password");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().path("error").asText()).isEqualTo("wrong name or password");
        assertThat(c.signIn("nobody", SeedLedger.PASSWORD).json().path("error").asText()).isEqualTo("wrong name or password");

        Client.Answer ok = c.signIn("analyst", SeedLedger.PASSWORD);
        assertThat(ok.header("Set-Cookie")).contains("HttpOnly").contains("SameSite=Strict").contains("Path=/");
        assertThat(c.get("/api/session").json().path("role").asText()).isEqualTo("analyst");
        assertThat(c.delete("/api/session").status()).isEqualTo(204);
        assertThat(c.get("/api/session").status()).isEqualTo(401);
    }

    @Test
    void badReviewsNameTheirField() {
        Client analyst = signedIn("analyst");
        long id = claim140();
        String path = "/api/claims/" + id + "/reviews";
        assertThat(analyst.post(path, "{\"field\":\"count\",\"value\":{\"min\":9,\"max\":3},\"reason\":\"x\"}").json().path("parameter").asText()).isEqualTo("value.max");
        assertThat(analyst.post(path, "{\"field\":\"count\",\"value\":{\"min\":\"many\"},\"reason\":\"x\"}").json().path("parameter").asText()).isEqualTo("value.min");
        assertThat(analyst.post(path, "{\"field\":\"count\",\"value\":{\"min\":9}}").json().path("parameter").asText()).isEqualTo("reason");
        assertThat(analyst.post(path, "{\"field\":\"colour\",\"value\":\"red\",\"reason\":\"x\"}").json().path("parameter").asText()).isEqualTo("field");
        assertThat(analyst.post(path, "{\"field\":\"date\",\"value\":{\"start\":\"17 March\"},\"reason\":\"x\"}").json().path("parameter").asText()).isEqualTo("value.start");
        assertThat(analyst.post(path, "{\"field\":\"place\",\"value\":{\"name\":\"X\",\"lat\":99,\"lon\":1},\"reason\":\"x\"}").json().path("parameter").asText()).isEqualTo("value.lat");
        assertThat(analyst.post(path, "not json").json().path("parameter").asText()).isEqualTo("body");
        assertThat(analyst.post("/api/claims/999999/reviews", "{\"field\":\"status\",\"value\":\"confirmed\",\"reason\":\"x\"}").status()).isEqualTo(404);
        assertThat(ledger.reviews().claimReviews()).isEmpty();
    }

    @Test
    void onlyAnAdminAddsAccounts() {
        Client admin = signedIn("admin");
        Client analyst = signedIn("analyst");
        String body = "{\"name\":\"newcomer\",\"role\":\"analyst\",\"password\":\"long enough pass\"}";

        assertThat(analyst.post("/api/users", body).status()).isEqualTo(403);
        assertThat(admin.post("/api/users", "{\"name\":\"x\",\"role\":\"analyst\",\"password\":\"short\"}").json().path("parameter").asText()).isEqualTo("password");
        assertThat(admin.post("/api/users", body).status()).isEqualTo(201);
        assertThat(admin.post("/api/users", body).json().path("parameter").asText()).isEqualTo("name");
        assertThat(admin.get("/api/users").text()).contains("newcomer").doesNotContain("pbkdf2");
        assertThat(new Client(server.port()).signIn("newcomer", "long enough pass").status()).isEqualTo(200);
    }

    @Test
    void repeatedWrongPasswordsAreSlowedAndEverySignInIsInTheAuditLog() {
        signedIn("analyst");
        Client guesser = new Client(server.port());
        for (int k = 0; k < SignInThrottle.FREE; k++) {
            assertThat(guesser.signIn("admin", "guess-" + k).status()).isEqualTo(401);
        }

        Client.Answer refused = guesser.signIn("admin", SeedLedger.PASSWORD);

        assertThat(refused.status()).as("even the right password waits its turn").isEqualTo(429);
        assertThat(refused.header("Retry-After")).isEqualTo("1");
        assertThat(refused.json().path("error").asText()).startsWith("too many failed sign-ins");
        List<String> actions = ledger.reviews().audit(0, SignInThrottle.FREE + 1).stream().map(e -> e.actor() + " " + e.action() + " " + e.target()).toList();
        assertThat(actions).containsExactly(
                "admin auth.sign-in-failed address 127.0.0.1", "admin auth.sign-in-failed address 127.0.0.1",
                "admin auth.sign-in-failed address 127.0.0.1", "admin auth.sign-in-failed address 127.0.0.1",
                "admin auth.sign-in-failed address 127.0.0.1", "analyst auth.sign-in address 127.0.0.1");
    }

    @Test
    void aBodyOverTheLimitIsRefusedWhetherItDeclaresItsLengthOrComesInChunks() {
        Client analyst = signedIn("analyst");
        String path = "/api/claims/" + claim140() + "/reviews";
        byte[] big = ("{\"field\":\"status\",\"value\":\"confirmed\",\"reason\":\"" + "x".repeat(2 * WebServer.MAX_BODY_BYTES) + "\"}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (boolean chunked : new boolean[] {false, true}) {
            var body = chunked
                    ? java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))
                    : java.net.http.HttpRequest.BodyPublishers.ofByteArray(big);
            Client.Answer a = analyst.send(analyst.write(path).POST(body));
            assertThat(a.status()).as("chunked " + chunked).isEqualTo(413);
            assertThat(a.json().path("status").asInt()).as("chunked " + chunked).isEqualTo(413);
        }
        assertThat(ledger.reviews().claimReviews()).isEmpty();
    }
}
