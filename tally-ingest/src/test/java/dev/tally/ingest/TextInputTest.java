package dev.tally.ingest;

import static dev.tally.ingest.Results.accepted;
import static dev.tally.ingest.Results.rejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.tally.model.Document;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextInputTest {
    private static final String REPORT = "At least 12 civilians were killed on Monday when shells hit a market in the old city.\n\n"
            + "Another 30 were wounded, a hospital official said.\n";

    @TempDir
    Path dir;

    private final DocumentReader reader = new DocumentReader();

    @Test
    void readsUtf8TextAsIs() throws IOException {
        Path file = write("001_report.txt", REPORT.getBytes(StandardCharsets.UTF_8));

        Document.Accepted doc = accepted(reader.read(file));

        assertThat(doc.name()).isEqualTo("001_report.txt");
        assertThat(doc.format()).isEqualTo("text");
        assertThat(doc.article().text()).isEqualTo(REPORT);
        assertThat(doc.article().meta()).containsEntry("encoding", "UTF-8").containsEntry("format", "text");
        assertThat(doc.sha256()).isEqualTo(Sha256.of(REPORT.getBytes(StandardCharsets.UTF_8))).hasSize(64);
        assertThat(doc.article().published()).isEmpty();
    }

    @Test
    void sameFileReadTwiceHasTheSameHash() throws IOException {
        Path file = write("a.txt", REPORT.getBytes(StandardCharsets.UTF_8));

        assertThat(reader.read(file).get(0).sha256()).isEqualTo(new DocumentReader().read(file).get(0).sha256());
    }

    @Test
    void dropsUtf8ByteOrderMark() throws IOException {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Ségou: 5 tués".getBytes(StandardCharsets.UTF_8));

        Document.Accepted doc = accepted(reader.read(write("bom.txt", bytes)));

        assertThat(doc.article().text()).isEqualTo("Ségou: 5 tués");
        assertThat(doc.article().meta()).containsEntry("encoding", "UTF-8");
    }

    @Test
    void readsUtf16WithByteOrderMarkInBothByteOrders() throws IOException {
        byte[] little = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, REPORT.getBytes(StandardCharsets.UTF_16LE));
        byte[] big = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, REPORT.getBytes(StandardCharsets.UTF_16BE));

        Document.Accepted le = accepted(reader.read(write("le.txt", little)));
        Document.Accepted be = accepted(reader.read(write("be.txt", big)));

        assertThat(le.article().text()).isEqualTo(REPORT);
        assertThat(le.article().meta()).containsEntry("encoding", "UTF-16LE");
        assertThat(be.article().text()).isEqualTo(REPORT);
        assertThat(be.article().meta()).containsEntry("encoding", "UTF-16BE");
    }

    @Test
    void readsWesternLegacyTextAsWindows1252() throws IOException {
        String text = "Le bombardement a fait 14 morts à Alep, selon l’Observatoire – dont 3 enfants.";
        byte[] bytes = text.getBytes(Charset.forName("windows-1252"));
        assertThat(TextDecoder.firstInvalidUtf8(bytes)).isNotNegative();

        Document.Accepted doc = accepted(reader.read(write("alep.txt", bytes)));

        assertThat(doc.article().text()).isEqualTo(text);
        assertThat(doc.article().meta()).containsEntry("encoding", "windows-1252");
    }

    @Test
    void rejectsNonWesternLegacyText() throws IOException {
        String cyrillic = "В результате обстрела погибли 14 человек, сообщили местные власти.";
        byte[] bytes = cyrillic.getBytes(Charset.forName("windows-1251"));

        Document.Rejected doc = rejected(reader.read(write("cyr.txt", bytes)));

        assertThat(doc.reason()).startsWith("not valid UTF-8 (byte 0x").contains("at offset 0")
                .endsWith("and not single-byte Western (windows-1252) text either");
    }

    @Test
    void rejectsDamagedUtf8RatherThanGarblingIt() throws IOException {
        byte[] good = "Ségou, Kidal et Gao: 5 tués, 12 blessés à Ménaka.".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = concat(good, new byte[] {(byte) 0xE9});

        Document.Rejected doc = rejected(reader.read(write("damaged.txt", bytes)));

        assertThat(doc.reason()).contains("byte 0xE9 at offset " + good.length);
    }

    @Test
    void rejectsEmptyFile() throws IOException {
        Document.Rejected doc = rejected(reader.read(write("empty.txt", new byte[0])));

        assertThat(doc.reason()).isEqualTo("empty file (0 bytes)");
        assertThat(doc.name()).isEqualTo("empty.txt");
    }

    @Test
    void rejectsWhiteSpaceOnly() throws IOException {
        Document.Rejected doc = rejected(reader.read(write("blank.txt", " \n\t\n".getBytes(StandardCharsets.US_ASCII))));

        assertThat(doc.reason()).isEqualTo("no text: only white space (4 bytes)");
    }

    @Test
    void rejectsBinaryContentNamingTheFirstNulByte() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        byte[] bytes = concat("Report text first, then ".getBytes(StandardCharsets.US_ASCII), png);

        Document.Rejected doc = rejected(reader.read(write("photo.txt", bytes)));

        assertThat(doc.reason()).isEqualTo("binary content, not text (NUL bytes at offset 32)");
    }

    @Test
    void rejectsBinaryContentMadeOfControlCharacters() throws IOException {
        byte[] bytes = new byte[400];
        Arrays.fill(bytes, (byte) 'a');
        for (int i = 0; i < 40; i++) {
            bytes[i * 10] = 0x02;
        }

        Document.Rejected doc = rejected(reader.read(write("ctl.dat", bytes)));

        assertThat(doc.reason()).isEqualTo("binary content, not text (40 control characters in 400 bytes)");
    }

    @Test
    void rejectsFileOverTheLimitWithoutReadingItAsText() throws IOException {
        Path big = dir.resolve("huge.txt");
        long size = 50L * 1024 * 1024;
        try (OutputStream out = Files.newOutputStream(big)) {
            byte[] line = "Shelling killed 3 people in the north of the city on Tuesday.\n".getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written < size; written += line.length) {
                out.write(line, 0, (int) Math.min(line.length, size - written));
            }
        }

        Document.Rejected doc = rejected(reader.read(big));

        assertThat(doc.reason()).isEqualTo("file too large: 52,428,800 bytes; limit 20,971,520 (raise with --max-bytes)");
        assertThat(doc.sha256()).isEqualTo(Sha256.ofFile(big));
        assertThat(accepted(new DocumentReader(size, Optional.empty()).read(big)).article().text()).hasSize((int) size);
    }

    @Test
    void rejectsMissingFileAndFolder() {
        Document.Rejected missing = rejected(reader.read(dir.resolve("gone.txt")));
        Document.Rejected folder = rejected(reader.read(dir));

        assertThat(missing.reason()).isEqualTo("unreadable: no such file");
        assertThat(folder.reason()).startsWith("a folder, not a file");
    }

    /** Skipped when the tests run as root: root reads a file whatever its permissions say. */
    @Test
    void rejectsUnreadableFileWithTheReasonNotAStackTrace() throws IOException {
        Path file = write("secret.txt", REPORT.getBytes(StandardCharsets.UTF_8));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "running as root: file permissions do not stop reads");

        Document.Rejected doc = rejected(reader.read(file));

        assertThat(doc.reason()).isEqualTo("unreadable: permission denied");
        assertThat(doc.sha256()).isEmpty();
    }

    @Test
    void limitMustBePositive() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new DocumentReader(0, Optional.empty()))
                .withMessage("maxBytes must be in 1..2147483639; got 0");
    }

    @Test
    void readsEverySeedArticle() {
        List<Path> inputs = reader.inputs(List.of(Path.of("../examples/seeds")));

        assertThat(inputs).hasSize(5);
        assertThat(inputs).allSatisfy(p -> assertThat(accepted(reader.read(p)).article().text()).isNotBlank());
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
