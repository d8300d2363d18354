package dev.tally.model;

/** How a claim was made: the rule set and its version ({@code claims/2}), for audit and re-runs. */
public record Provenance(String ruleSet, String version) {
    public Provenance {
        if (ruleSet == null || ruleSet.isBlank()) throw new IllegalArgumentException("ruleSet must not be blank");
        if (version == null || version.isBlank()) throw new IllegalArgumentException("version must not be blank");
    }

    @Override
    public String toString() {
        return ruleSet + "/" + version;
    }
}
