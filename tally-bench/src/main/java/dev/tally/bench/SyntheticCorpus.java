package dev.tally.bench;

import dev.tally.model.Article;
import dev.tally.model.Document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Makes any number of realistic documents from a few real articles (the templates): each is one
 * template with its publication date moved to a day between {@link #EARLIEST} and {@link #LATEST}
 * (the dates in its text moving with it), the conflict-area cities it names swapped for others,
 * and its figures changed a little. About one in four documents is another report of a recent
 * document's story (same day and cities, other figures), as when several outlets cover one
 * attack, so that the incident resolver finds reports to merge as well as ones to keep apart.
 *
 * <p>Dates are chronological by default, as news arrives: the i-th of n documents is dated about
 * i/n of the way through the period (give or take {@value #JITTER_DAYS} days), so the first quarter
 * of the documents is as dense in events per day and place as the whole. With random dates every
 * document falls anywhere in the period, and a ledger grows denser as it grows.
 *
 * <p>Deterministic: the same templates and seed give the same documents in the same order. Every
 * document's text differs from all earlier ones (so each has its own SHA-256). Not thread-safe.
 */
final class SyntheticCorpus {
    /** Real cities of recent wars in eleven countries, written as the gazetteer knows them. Capitals stay as written. */
    static final List<String> CITIES = List.of(
            "Mosul", "Ramadi", "Fallujah", "Tikrit", "Kirkuk", "Sinjar",
            "Raqqa", "Aleppo", "Idlib", "Homs", "Deir ez-Zor",
            "Kandahar", "Kunduz", "Jalalabad", "Lashkar Gah",
            "Gaza", "Khan Younis", "Rafah",
            "Sanaa", "Taiz", "Hodeidah", "Aden",
            "Mogadishu", "Kismayo", "Baidoa",
            "Mariupol", "Bakhmut", "Kharkiv",
            "Misrata", "Benghazi", "Sirte",
            "El Fasher", "Maiduguri", "Goma");
    static final LocalDate EARLIEST = LocalDate.of(2013, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2023, 12, 31);
    private static final int JITTER_DAYS = 14;
    private static final double FOLLOW_UP = 0.25;
    private static final int RECENT_STORIES = 64;

    /** One generated document, with what it was made from (to carry the template's claims over). */
    record Synthetic(Document.Accepted document, Article template, Variation variation, Rewrite rewrite) {}

    private final List<Article> templates;
    private final int count;
    private final boolean randomDates;
    private final Rewriter rewriter = new Rewriter(CITIES);
    private final SplittableRandom random;
    private final ArrayDeque<Variation> stories = new ArrayDeque<>();
    private final Set<String> hashes = new HashSet<>();
    private final MessageDigest sha256;
    private int made;

    /**
     * @param templates   real articles, each with its publication date
     * @param seed        chooses every variation
     * @param count       how many documents will be made, over which chronological dates spread
     * @param randomDates each document dated anywhere in the period, not in order
     * @throws IllegalArgumentException when there is no template, one has no publication date, or count < 1
     */
    SyntheticCorpus(List<Article> templates, long seed, int count, boolean randomDates) {
        if (templates.isEmpty()) throw new IllegalArgumentException("templates must not be empty; got none");
        if (count < 1) throw new IllegalArgumentException("count must be >= 1; got " + count);
        for (Article a : templates) {
            if (a.published().isEmpty()) throw new IllegalArgumentException("[" + a.name() + "] a template needs a publication date (give it one in meta.json)");
        }
        this.templates = List.copyOf(templates);
        this.count = count;
        this.randomDates = randomDates;
        this.random = new SplittableRandom(seed);
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    Rewriter rewriter() {
        return rewriter;
    }

    /** The next document: {@code synthetic/NNNNNN-<template>} (numbered from 0), dated, its text distinct from all before. */
    Synthetic next() {
        while (true) {
            Article template = templates.get(random.nextInt(templates.size()));
            Variation v = variation(template);
            Rewrite rewrite = rewriter.rewrite(template.text(), v);
            String hash = hex(rewrite.text());
            if (!hashes.add(hash)) continue;
            String name = String.format(java.util.Locale.ROOT, "synthetic/%06d-%s", made++, template.name());
            Map<String, String> meta = new LinkedHashMap<>(template.meta());
            meta.put("template", template.name());
            Article article = new Article(name, rewrite.text(), java.util.Optional.of(v.newPublished()), meta);
            return new Synthetic(new Document.Accepted(name, hash, "text", article), template, v, rewrite);
        }
    }

    /**
     * A new story, or (one time in four) another report of a recent one: same day and cities, other
     * figures. With dates in order, "recent" means within {@value #JITTER_DAYS} days of the new story's day.
     */
    private Variation variation(Article template) {
        LocalDate published = template.published().orElseThrow();
        LocalDate day = newDay();
        List<Variation> recent = stories.stream()
                .filter(v -> randomDates || Math.abs(ChronoUnit.DAYS.between(v.newPublished(), day)) <= JITTER_DAYS).toList();
        if (!recent.isEmpty() && random.nextDouble() < FOLLOW_UP) {
            Variation story = recent.get(random.nextInt(recent.size()));
            return new Variation(story.cities(), published, (int) ChronoUnit.DAYS.between(published, story.newPublished()), random.nextLong());
        }
        Variation v = new Variation(shuffledCities(), published, (int) ChronoUnit.DAYS.between(published, day), random.nextLong());
        stories.addLast(v);
        if (stories.size() > RECENT_STORIES) stories.removeFirst();
        return v;
    }

    /** The publication day of a new story: anywhere in the period, or where the document count has got to. */
    private LocalDate newDay() {
        int days = (int) ChronoUnit.DAYS.between(EARLIEST, LATEST) + 1;
        if (randomDates) return EARLIEST.plusDays(random.nextInt(days));
        long at = (long) Math.min(made, count - 1) * days / count + random.nextInt(-JITTER_DAYS, JITTER_DAYS + 1);
        return EARLIEST.plusDays(Math.max(0, Math.min(days - 1, at)));
    }

    private Map<String, String> shuffledCities() {
        List<String> to = new ArrayList<>(CITIES);
        for (int i = to.size() - 1; i > 0; i--) Collections.swap(to, i, random.nextInt(i + 1));
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < CITIES.size(); i++) map.put(CITIES.get(i), to.get(i));
        return map;
    }

    private String hex(String text) {
        return HexFormat.of().formatHex(sha256.digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
