package dev.tally.spark;

import java.io.Serializable;
import java.util.List;

/**
 * One document's claims as the resolution stage needs them: its name, publication day (ISO, or null) and its
 * claims as claim-format JSON lines. Serializable, so Spark can move it between stages.
 */
public record DocClaims(String doc, String published, List<String> claims) implements Serializable {
}
