/**
 * The text layer: turns an article's messy plain text into a {@link dev.tally.extract.text.NormalizedText}
 * (hard wraps and page-break gaps joined, space runs collapsed, boilerplate dropped) with an exact map back
 * to the original, and splits that view into {@link dev.tally.extract.text.Sentence}s.
 *
 * <p>Entry points: {@link dev.tally.extract.text.TextNormalizer} and
 * {@link dev.tally.extract.text.SentenceSplitter}. Both are stateless, thread-safe and never throw on odd
 * text. Their word lists live in resources next to this package ({@code boilerplate.txt},
 * {@code line-joining.txt}, {@code abbreviations.txt}).
 */
package dev.tally.extract.text;
