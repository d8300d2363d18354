package dev.tally.web;

import dev.tally.model.Article;
import dev.tally.model.Document;
import dev.tally.store.Ledger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What the ledger keeps of an ingested article, on a real SQLite ledger. */
class IngestionTest {
    @TempDir
    Path dir;

    @Test
    void theLedgerKeepsTheDayExtractionSettledOnNotAnApproximateOne() {
        // a collection's approximate date three weeks early; the article's own dateline gives its weekday and year
        String text = "Car bomb in Homs kills 10 Governor AFP Sunday 25 May 2014 Ten people were killed and 22 wounded in a car bomb "
                + "attack on a taxi stand in the Zahraa district of Homs on Sunday, the governor said.";
        Article article = new Article("homs.txt", text, Optional.of(LocalDate.of(2014, 5, 4)), Map.of("approximate", "true"));
        Document doc = new Document.Accepted("homs.txt", "sha-homs", "text", article);
        try (Ledger ledger = Ledger.open(dir.resolve("l.db").toString())) {
            new Ingestion().store(ledger, doc);
            assertThat(ledger.documents()).singleElement().satisfies(d -> assertThat(d.published()).hasValue(LocalDate.of(2014, 5, 25)));
        }
        // a date the metadata gives as exact stays, whatever the text says
        Article exact = new Article("exact.txt", text, Optional.of(LocalDate.of(2014, 5, 26)), Map.of());
        try (Ledger ledger = Ledger.open(dir.resolve("m.db").toString())) {
            new Ingestion().store(ledger, new Document.Accepted("exact.txt", "sha-exact", "text", exact));
            assertThat(ledger.documents()).singleElement().satisfies(d -> assertThat(d.published()).hasValue(LocalDate.of(2014, 5, 26)));
        }
    }
}
