package dev.tally.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.TreeMap;

/** A document's metadata as the JSON object text the {@code meta} column holds. Thread-safe. */
final class MetaJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() { };

    private MetaJson() {
    }

    /** Keys sorted, so the same metadata is always the same text. */
    static String write(Map<String, String> meta) {
        try {
            return MAPPER.writeValueAsString(new TreeMap<>(meta));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings must always serialize; got " + e.getMessage(), e);
        }
    }

    static Map<String, String> read(String json) {
        try {
            return Map.copyOf(MAPPER.readValue(json, MAP));
        } catch (JsonProcessingException e) {
            throw new LedgerException("documents.meta must be a JSON object of strings; got " + json, e);
        }
    }
}
