package dev.tally.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** One browser-like caller of a running server: keeps its cookies and, once signed in, its CSRF token. */
final class Client {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final URI base;
    private final HttpClient http;
    private String csrf;

    Client(int port) {
        this.base = URI.create("http://127.0.0.1:" + port);
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** An answer: status, body as text and as JSON (null when not JSON), and the response. */
    record Answer(int status, String text, JsonNode json, HttpResponse<String> response) {
        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** A JSON write with this client's CSRF token, if it has one. */
    Answer post(String path, String json) {
        return send(write(path).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer delete(String path) {
        return send(write(path).DELETE());
    }

    /** A JSON write sent without any CSRF header, as a forged cross-site request would be. */
    Answer postWithoutCsrf(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            if (r.headers().firstValue("Content-Type").orElse("").startsWith("application/json") && !r.body().isEmpty()) {
                json = JSON.readTree(r.body());
            }
            return new Answer(r.statusCode(), r.body(), json, r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Signs in and keeps the session's CSRF token for later writes. */
    Answer signIn(String name, String password) {
        Answer a = post("/api/session", JSON.createObjectNode().put("name", name).put("password", password).toString());
        if (a.status() == 200) csrf = a.json().path("csrf").asText();
        return a;
    }

    /** Parses a body that is JSON under another content type (GeoJSON). */
    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI base() {
        return base;
    }

    /** A request to {@code path} with the headers of a JSON write and this client's CSRF token. */
    HttpRequest.Builder write(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json");
        if (csrf != null) b.header("X-CSRF-Token", csrf);
        return b;
    }
}
