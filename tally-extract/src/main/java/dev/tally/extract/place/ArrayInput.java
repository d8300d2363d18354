package dev.tally.extract.place;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Reads whole primitive arrays from a stream written with {@link java.io.DataOutputStream}
 * (big-endian), through one 64 KiB buffer: the gazetteer image is mostly a few large arrays,
 * and bulk copies out of a buffer load them many times faster than a read call per value,
 * without ever holding the whole file in memory beside the arrays. Not thread-safe.
 */
final class ArrayInput {
    private static final int CHUNK = 1 << 16;

    private final InputStream in;
    private final String source;
    private final byte[] buffer = new byte[CHUNK];
    private final ByteBuffer view = ByteBuffer.wrap(buffer);

    ArrayInput(InputStream in, String source) {
        this.in = in;
        this.source = source;
    }

    /** Reads exactly {@code n} bytes into the start of the buffer. */
    private ByteBuffer fill(int n) throws IOException {
        if (in.readNBytes(buffer, 0, n) != n) throw new EOFException("[" + source + "] ends too early");
        return view.clear().limit(n);
    }

    int readInt() throws IOException {
        return fill(Integer.BYTES).getInt(0);
    }

    /** A count of things that follow: an int that must not be negative. */
    int count(String what) throws IOException {
        int n = readInt();
        if (n < 0) throw new IOException("[" + source + "] " + what + " must be >= 0; got " + n);
        return n;
    }

    String string() throws IOException {
        return new String(bytes(count("string length")), StandardCharsets.UTF_8);
    }

    byte[] bytes(int n) throws IOException {
        byte[] a = in.readNBytes(n);
        if (a.length != n) throw new EOFException("[" + source + "] ends too early");
        return a;
    }

    int[] ints(int n) throws IOException {
        int[] a = new int[n];
        for (int done = 0; done < n; ) {
            int k = Math.min(n - done, CHUNK / Integer.BYTES);
            fill(k * Integer.BYTES).asIntBuffer().get(a, done, k);
            done += k;
        }
        return a;
    }

    long[] longs(int n) throws IOException {
        long[] a = new long[n];
        for (int done = 0; done < n; ) {
            int k = Math.min(n - done, CHUNK / Long.BYTES);
            fill(k * Long.BYTES).asLongBuffer().get(a, done, k);
            done += k;
        }
        return a;
    }

    float[] floats(int n) throws IOException {
        float[] a = new float[n];
        for (int done = 0; done < n; ) {
            int k = Math.min(n - done, CHUNK / Float.BYTES);
            fill(k * Float.BYTES).asFloatBuffer().get(a, done, k);
            done += k;
        }
        return a;
    }

    char[] chars(int n) throws IOException {
        char[] a = new char[n];
        for (int done = 0; done < n; ) {
            int k = Math.min(n - done, CHUNK / Character.BYTES);
            fill(k * Character.BYTES).asCharBuffer().get(a, done, k);
            done += k;
        }
        return a;
    }

    /** True when the stream has nothing left. */
    boolean atEnd() throws IOException {
        return in.read() < 0;
    }
}
