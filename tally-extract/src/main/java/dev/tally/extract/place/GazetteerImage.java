package dev.tally.extract.place;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * The gazetteer as one binary resource, {@code gazetteer.bin}: the word lists' source text, the
 * table of places and the trie of their names, as flat arrays that load with bulk copies, with no
 * parsing, hashing or sorting at start-up. {@link GazetteerCompiler} writes it from the TSV sources
 * when Tally is built, so the image always matches them. Layout (big-endian): the magic
 * {@code TLYG}, a format version, the lexicon text, then {@link EntryTable#write} and
 * {@link TokenTrie#write}. A wrong magic or version, or a short or long file, fails the load
 * with a message saying to rebuild. Stateless.
 */
final class GazetteerImage {
    static final String RESOURCE = "gazetteer.bin";
    private static final int MAGIC = 0x544C5947;
    /** Bump when the layout changes. */
    private static final int VERSION = 1;

    private GazetteerImage() {
    }

    /** Writes {@code gazetteer}, made from {@code lexiconText}, as an image. */
    static void write(Gazetteer gazetteer, String lexiconText, OutputStream sink) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(sink, 1 << 16));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        byte[] lexicon = lexiconText.getBytes(StandardCharsets.UTF_8);
        out.writeInt(lexicon.length);
        out.write(lexicon);
        gazetteer.table().write(out);
        gazetteer.trie().write(out);
        out.flush();
    }

    /** Reads an image written by {@link #write}; {@code source} names it in error messages. */
    static Gazetteer read(InputStream stream, String source) throws IOException {
        ArrayInput in = new ArrayInput(stream, source);
        if (in.readInt() != MAGIC) throw new IOException("[" + source + "] is not a gazetteer image");
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("[" + source + "] image version must be " + VERSION + "; got " + version + ": rebuild Tally");
        }
        Lexicon lexicon = Lexicon.read(new BufferedReader(new StringReader(in.string())), source + ":lexicon");
        EntryTable table = EntryTable.read(in);
        TokenTrie trie = TokenTrie.read(in);
        if (!in.atEnd()) throw new IOException("[" + source + "] has bytes past its end: rebuild Tally");
        return new Gazetteer(table, trie, lexicon);
    }

    /** The image bundled in this jar. */
    static Gazetteer bundled() throws IOException {
        try (InputStream in = GazetteerImage.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("resource dev/tally/extract/place/" + RESOURCE + " is missing from the class path;"
                        + " the build makes it (GazetteerCompiler, in Maven's process-classes phase)");
            }
            return read(in, RESOURCE);
        }
    }
}
