package dev.tally.extract.place;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Build step: reads the gazetteer's TSV sources from the class path and writes the binary image
 * that {@link Gazetteer#bundled()} loads ({@link GazetteerImage}). Maven runs it in the
 * {@code process-classes} phase of tally-extract with the image's path in
 * {@code target/classes} as its one argument, so every build ships an image made from the
 * sources it has. Not part of the runtime API.
 */
public final class GazetteerCompiler {
    private GazetteerCompiler() {
    }

    /** Writes the image to the path given as the one argument. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) throw new IllegalArgumentException("need one argument, the image file to write; got " + args.length);
        Path target = Path.of(args[0]);
        long t0 = System.nanoTime();
        String lexicon = GazetteerLoader.lexiconText();
        Gazetteer gazetteer = GazetteerLoader.fromSources(lexicon);
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            GazetteerImage.write(gazetteer, lexicon, out);
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        System.out.printf("gazetteer image: %d places, %d trie nodes, %d bytes, %d ms -> %s%n", gazetteer.size(),
                gazetteer.trie().nodeCount(), Files.size(target), (System.nanoTime() - t0) / 1_000_000, target);
    }
}
