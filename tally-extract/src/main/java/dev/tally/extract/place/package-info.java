/**
 * Place names in news text, and the places they mean, from an offline gazetteer.
 *
 * <p>Start with {@link dev.tally.extract.place.PlaceResolver#resolve(String)}: it returns the
 * {@link dev.tally.extract.place.ArticlePlaces} of an article (each name with the place chosen for
 * it, half-open spans into the text, the article's focus, and look-ups for a claim's range).
 * {@link dev.tally.extract.place.Gazetteer#bundled()} is the gazetteer;
 * {@link dev.tally.extract.place.Gazetteer#find(String)} finds names without settling them.
 *
 * <p>Inside: {@code Tokens} cuts the text once, hashes each folded word as it reads it and looks
 * each word up once in the {@code Lexicon} (word lists, keyed by word hash);
 * {@code MentionFinder} walks the {@code TokenTrie} of names from each capitalised word, and reads
 * the words around a name ({@code MentionFrame}, {@code Demonyms}); {@code PlaceResolver} weighs
 * the candidates of each name against the article's countries ({@code CountryEvidence}) and its
 * other places ({@code Anchors}).
 * Places are rows of an {@code EntryTable}; a {@link dev.tally.extract.place.GazetteerEntry} is
 * made for a row when a name needs it.
 *
 * <p>Data: the sources are TSV files beside these classes ({@code NOTICE.md} says where they come
 * from). The build parses them once ({@code GazetteerLoader}, run by {@code GazetteerCompiler})
 * into {@code gazetteer.bin}, which {@code GazetteerImage} loads at run time. Everything here is
 * pure and thread-safe once loaded.
 */
package dev.tally.extract.place;
