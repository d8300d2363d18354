package dev.tally.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article facts a page states in schema.org JSON-LD ({@code <script type="application/ld+json">}):
 * the first object that has a {@code datePublished} or a {@code headline}, looked for in top-level objects,
 * arrays and {@code @graph}s. A script that is not valid JSON is skipped: pages often hold broken ones.
 * Stateless and thread-safe (a shared {@link ObjectMapper} is safe for reading).
 */
record JsonLd(Optional<String> datePublished, Optional<String> headline, Optional<String> author,
              Optional<String> publisher) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonLd NONE = new JsonLd(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    static JsonLd of(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            for (JsonNode node : objects(parse(script.data()))) {
                if (node.hasNonNull("datePublished") || node.hasNonNull("headline")) {
                    return new JsonLd(text(node.get("datePublished")), text(node.get("headline")),
                            name(node.get("author")), name(node.get("publisher")));
                }
            }
        }
        return NONE;
    }

    private static Optional<JsonNode> parse(String json) {
        try {
            return Optional.of(JSON.readTree(json));
        } catch (JsonProcessingException e) {
            // Broken JSON-LD is common and says nothing about the article text: the other sources still count.
            return Optional.empty();
        }
    }

    private static List<JsonNode> objects(Optional<JsonNode> root) {
        List<JsonNode> found = new ArrayList<>();
        root.ifPresent(node -> collect(node, found, 0));
        return found;
    }

    private static void collect(JsonNode node, List<JsonNode> found, int depth) {
        if (node == null || depth > 3) {
            return;
        }
        if (node.isArray()) {
            node.forEach(child -> collect(child, found, depth + 1));
        } else if (node.isObject()) {
            found.add(node);
            collect(node.get("@graph"), found, depth + 1);
        }
    }

    /** A person or organization: a plain string, an object's {@code name}, or the names in an array. */
    private static Optional<String> name(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isArray()) {
            List<String> names = new ArrayList<>();
            node.forEach(child -> name(child).ifPresent(names::add));
            return names.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", names));
        }
        return node.isObject() ? text(node.get("name")) : text(node);
    }

    private static Optional<String> text(JsonNode node) {
        if (node == null || !node.isValueNode() || node.asText().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(node.asText().strip());
    }
}
