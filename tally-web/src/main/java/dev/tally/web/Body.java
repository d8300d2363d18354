package dev.tally.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** A write's JSON object body, read field by field; a missing or malformed field is an {@link ApiError} (400) naming it. */
final class Body {
    private final JsonNode root;
    /** Where this object sits in the body ({@code "value."}), so that messages name the full path. */
    private final String path;

    private Body(JsonNode root, String path) {
        this.root = root;
        this.path = path;
    }

    static Body of(Context ctx) {
        JsonNode root;
        try {
            root = ApiJson.MAPPER.readTree(capped(ctx));
        } catch (JsonProcessingException e) {
            throw ApiError.badParameter("body", "the body must be a JSON object; it is not valid JSON");
        } catch (IOException e) {
            throw ApiError.badParameter("body", "the body could not be read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) throw ApiError.badParameter("body", "the body must be a JSON object");
        return new Body(root, "");
    }

    /**
     * The body's bytes, read only up to {@link WebServer#MAX_BODY_BYTES}: the server's own limit checks
     * the declared length, and a chunked body declares none.
     */
    private static byte[] capped(Context ctx) throws IOException {
        byte[] bytes = ctx.req().getInputStream().readNBytes(WebServer.MAX_BODY_BYTES + 1);
        if (bytes.length > WebServer.MAX_BODY_BYTES) {
            throw new ApiError(413, "body", "the body must be at most " + WebServer.MAX_BODY_BYTES + " bytes");
        }
        return bytes;
    }

    Body object(String field) {
        JsonNode n = root.path(field);
        if (!n.isObject()) throw ApiError.badParameter(path + field, path + field + " must be a JSON object");
        return new Body(n, path + field + ".");
    }

    JsonNode node(String field) {
        return root.path(field);
    }

    String text(String field) {
        return optionalText(field).orElseThrow(() -> ApiError.badParameter(path + field, path + field + " must be a non-empty string"));
    }

    Optional<String> optionalText(String field) {
        JsonNode n = root.path(field);
        if (n.isMissingNode() || n.isNull()) return Optional.empty();
        if (!n.isTextual()) throw ApiError.badParameter(path + field, path + field + " must be a string");
        String s = n.asText().strip();
        if (s.length() > 2000) throw ApiError.badParameter(path + field, path + field + " must be at most 2000 characters; got " + s.length());
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    OptionalLong whole(String field) {
        JsonNode n = root.path(field);
        if (n.isMissingNode() || n.isNull()) return OptionalLong.empty();
        if (!n.canConvertToExactIntegral() || !n.canConvertToLong()) throw ApiError.badParameter(path + field, path + field + " must be a whole number or null");
        return OptionalLong.of(n.asLong());
    }

    OptionalDouble real(String field) {
        JsonNode n = root.path(field);
        if (n.isMissingNode() || n.isNull()) return OptionalDouble.empty();
        if (!n.isNumber()) throw ApiError.badParameter(path + field, path + field + " must be a number or null");
        return OptionalDouble.of(n.asDouble());
    }

    List<String> texts(String field) {
        JsonNode n = root.path(field);
        if (!n.isArray()) throw ApiError.badParameter(path + field, path + field + " must be an array of strings");
        List<String> out = new ArrayList<>();
        for (JsonNode e : n) {
            if (!e.isTextual()) throw ApiError.badParameter(path + field, path + field + " must be an array of strings");
            out.add(e.asText());
        }
        return out;
    }

    List<Long> wholes(String field) {
        JsonNode n = root.path(field);
        if (!n.isArray()) throw ApiError.badParameter(path + field, path + field + " must be an array of claim ids");
        List<Long> out = new ArrayList<>();
        for (JsonNode e : n) {
            if (!e.canConvertToExactIntegral()) throw ApiError.badParameter(path + field, path + field + " must be an array of claim ids");
            out.add(e.asLong());
        }
        return out;
    }
}
