package dev.tally.bench;

import dev.tally.extract.claim.ClaimExtractor;
import dev.tally.extract.place.Gazetteer;
import dev.tally.ingest.DocumentReader;
import dev.tally.model.Article;
import dev.tally.model.Claim;
import dev.tally.model.Document;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's document generator on the seed articles. */
class SyntheticCorpusTest {
    private static final List<Article> TEMPLATES = new DocumentReader().readAll(List.of(Path.of("..", "examples", "seeds")))
            .map(d -> ((Document.Accepted) d).article()).toList();

    private static List<SyntheticCorpus.Synthetic> make(long seed, int n) {
        return make(seed, n, false);
    }

    private static List<SyntheticCorpus.Synthetic> make(long seed, int n, boolean randomDates) {
        System.out.println("SyntheticCorpusTest seed=" + seed);
        SyntheticCorpus corpus = new SyntheticCorpus(TEMPLATES, seed, n, randomDates);
        List<SyntheticCorpus.Synthetic> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(corpus.next());
        return out;
    }

    @Test
    void theSameSeedMakesTheSameDocumentsAndAnotherSeedOthers() {
        List<Document.Accepted> a = make(42, 60).stream().map(SyntheticCorpus.Synthetic::document).toList();
        List<Document.Accepted> b = make(42, 60).stream().map(SyntheticCorpus.Synthetic::document).toList();
        List<Document.Accepted> c = make(43, 60).stream().map(SyntheticCorpus.Synthetic::document).toList();

        assertThat(b).isEqualTo(a);
        assertThat(c).extracting(Document::sha256).doesNotContainAnyElementsOf(a.stream().map(Document::sha256).toList());
    }

    @Test
    void everyDocumentHasItsOwnTextAndName() {
        long seed = System.nanoTime();
        List<SyntheticCorpus.Synthetic> docs = make(seed, 3000);

        assertThat(docs).extracting(s -> s.document().sha256()).as("seed %d", seed).doesNotHaveDuplicates();
        assertThat(docs).extracting(s -> s.document().name()).doesNotHaveDuplicates();
        assertThat(docs.get(2999).document().name()).startsWith("synthetic/002999-").endsWith(docs.get(2999).template().name());
    }

    @Test
    void publicationDatesSpreadOverYearsAndTheBylineMovesWithThem() {
        List<SyntheticCorpus.Synthetic> docs = make(7, 500);
        Set<Integer> years = new HashSet<>();
        DateTimeFormatter byline = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
        for (SyntheticCorpus.Synthetic s : docs) {
            Article article = s.document().article();
            assertThat(article.published()).hasValueSatisfying(d -> assertThat(d).isBetween(SyntheticCorpus.EARLIEST, SyntheticCorpus.LATEST));
            years.add(article.published().orElseThrow().getYear());
            if (s.template().text().contains("James Cogan\n23 June 2017")) {
                assertThat(article.text()).contains("James Cogan\n" + byline.format(article.published().orElseThrow()));
            }
            // long-past years and decimals stay as written
            if (s.template().text().contains("invasion of March 2003")) assertThat(article.text()).contains("invasion of March 2003");
            if (s.template().text().contains("1.3 million")) assertThat(article.text()).contains("1.3 million");
        }
        assertThat(years).hasSizeGreaterThanOrEqualTo(9);
    }

    @Test
    void datesFollowTheDocumentsInOrderUnlessRandom() {
        List<LocalDate> ordered = make(3, 400).stream().map(s -> s.document().article().published().orElseThrow()).toList();
        List<LocalDate> random = make(3, 400, true).stream().map(s -> s.document().article().published().orElseThrow()).toList();

        // the first quarter lies in about the first quarter of 2013-2023, give or take a follow-up's or a jitter's weeks
        assertThat(ordered.subList(0, 100)).allSatisfy(d -> assertThat(d).isBefore(LocalDate.of(2016, 1, 1)));
        assertThat(ordered.subList(300, 400)).allSatisfy(d -> assertThat(d).isAfter(LocalDate.of(2020, 12, 31)));
        assertThat(random.subList(0, 100)).anySatisfy(d -> assertThat(d).isAfter(LocalDate.of(2020, 12, 31)));
    }

    @Test
    void placesAndFiguresVaryInsideTheArticlesOwnSentences() {
        Pattern lead = Pattern.compile("US air strikes against (\\p{Lu}[\\p{L} -]+?) killed at least (\\d+) civilians on Monday, Reuters reported");
        Set<String> cities = new HashSet<>();
        Set<String> figures = new HashSet<>();
        for (SyntheticCorpus.Synthetic s : make(11, 800)) {
            if (!s.template().text().contains("US air strikes against Mosul killed")) continue;
            Matcher m = lead.matcher(s.document().article().text());
            assertThat(m.find()).as(s.document().name()).isTrue();
            cities.add(m.group(1));
            figures.add(m.group(2));
        }
        assertThat(SyntheticCorpus.CITIES).containsAll(cities);
        assertThat(cities).hasSizeGreaterThanOrEqualTo(20);
        assertThat(figures).hasSizeGreaterThanOrEqualTo(3).allSatisfy(f -> assertThat(Integer.parseInt(f)).isBetween(9, 15));
    }

    @Test
    void claimsCarriedOverMatchWhatExtractionFindsInTheNewText() {
        ClaimExtractor extractor = new ClaimExtractor();
        SyntheticCorpus corpus = new SyntheticCorpus(TEMPLATES, 5, 25, false);
        ClaimRemap remap = new ClaimRemap(corpus.rewriter(), SyntheticCorpus.CITIES, Gazetteer.bundled());
        for (int i = 0; i < 25; i++) {
            SyntheticCorpus.Synthetic s = corpus.next();
            List<Claim> extracted = extractor.extract(s.document().article()).claims();
            List<Claim> carried = remap.remap(extractor.extract(s.template()).claims(), s);

            assertThat(carried).extracting(Claim::doc, Claim::id, Claim::count, Claim::sentence, Claim::evidence, Claim::outcome)
                    .as(s.document().name())
                    .containsExactlyElementsOf(extracted.stream().map(c -> org.assertj.core.groups.Tuple.tuple(
                            c.doc(), c.id(), c.count(), c.sentence(), c.evidence(), c.outcome())).toList());
        }
    }
}
