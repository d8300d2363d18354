package dev.tally.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tally.model.Claim;
import dev.tally.web.ModelJson;

import java.util.Optional;

/** Writes a claim as one JSON object with exactly the fields of the claim format (FORMAT.md), plus evidence, provenance and each field's basis. */
final class ClaimJson {
    private final ObjectMapper mapper = new ObjectMapper();

    String line(Claim c, Optional<String> incident) {
        ObjectNode o = mapper.createObjectNode();
        o.put("doc", c.doc());
        o.put("id", c.id());
        o.put("kind", c.kind().code());
        o.put("outcome", c.outcome().code());
        o.put("victims", c.victims().code());
        o.put("subgroup", c.subgroup().orElse(null));
        o.set("count", ModelJson.count(c.count()));
        o.set("date", ModelJson.date(c.date()));
        o.set("place", ModelJson.place(c.place()));
        ObjectNode actor = o.putObject("actor");
        actor.put("perpetrator", c.actor().perpetrator().orElse(null));
        actor.put("means", c.actor().means().orElse(null));
        o.put("claimant", c.claimant().orElse(null));
        o.put("sentence", c.sentence());
        o.put("incident", incident.orElse(null));
        ObjectNode evidence = o.putObject("evidence");
        evidence.put("start", c.evidence().start());
        evidence.put("end", c.evidence().end());
        o.put("provenance", c.provenance().toString());
        o.set("basis", ModelJson.basis(c.provenance()));
        return o.toString();
    }
}
