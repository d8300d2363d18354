package dev.tally.extract.place;

import java.util.Arrays;

/**
 * A trie over words: each edge is one folded word, each node a sequence of words, and a node
 * that ends a gazetteer name holds payloads (ints the {@link Gazetteer} defines). A word is
 * known by a 64-bit hash of its folded letters ({@link #hash}), so neither loading nor matching
 * keeps a vocabulary of strings: two distinct words share a hash with odds of about one in
 * 10^8 over the whole gazetteer, and would then only merge two names' paths. Edges live in one
 * open-addressing table keyed by {@code (node, word)}, payloads in one array indexed per node:
 * a step is one hash probe. Built by one thread, then {@link #freeze() frozen}; a frozen trie is
 * immutable and thread-safe.
 */
final class TokenTrie {
    static final int ROOT = 0;
    static final int NONE = -1;

    private int[] edgeNodes = filled(1 << 21);
    private long[] edgeWords = new long[1 << 21];
    private int[] edgeChildren = new int[1 << 21];
    private int edges;
    private int nodes = 1;
    private byte[] flags = new byte[1 << 16];
    private long[] pending = new long[1 << 16];
    private int pendingSize;
    private int[] payloadStart;
    private int[] payloads;

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, NONE);
        return a;
    }

    /** The hash of a folded word: FNV-1a over its chars, then a final mix. */
    static long hash(CharSequence folded) {
        return finish(extend(FNV_BASIS, folded, 0, folded.length()));
    }

    static final long FNV_BASIS = 0xcbf29ce484222325L;

    /** Adds chars {@code [from, to)} to a running hash (for callers that fold as they go). */
    static long extend(long h, CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) h = extend(h, s.charAt(i));
        return h;
    }

    static long extend(long h, char c) {
        return (h ^ c) * 0x100000001b3L;
    }

    static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        return h ^ (h >>> 33);
    }

    /** The child of {@code node} along the word with hash {@code word}, or {@link #NONE}. */
    int child(int node, long word) {
        int mask = edgeNodes.length - 1;
        for (int slot = slot(node, word) & mask; ; slot = (slot + 1) & mask) {
            int n = edgeNodes[slot];
            if (n == NONE) return NONE;
            if (n == node && edgeWords[slot] == word) return edgeChildren[slot];
        }
    }

    /** Adds the path of words with hashes {@code words}, returning its last node. */
    int insert(long[] words) {
        int node = ROOT;
        for (long word : words) {
            int next = child(node, word);
            if (next == NONE) {
                next = nodes++;
                put(node, word, next);
            }
            node = next;
        }
        return node;
    }

    private void put(int node, long word, int child) {
        if (2 * (edges + 1) > edgeNodes.length) grow();
        int mask = edgeNodes.length - 1;
        int slot = slot(node, word) & mask;
        while (edgeNodes[slot] != NONE) slot = (slot + 1) & mask;
        edgeNodes[slot] = node;
        edgeWords[slot] = word;
        edgeChildren[slot] = child;
        edges++;
    }

    private void grow() {
        int[] oldNodes = edgeNodes;
        long[] oldWords = edgeWords;
        int[] oldChildren = edgeChildren;
        edgeNodes = filled(oldNodes.length * 2);
        edgeWords = new long[oldNodes.length * 2];
        edgeChildren = new int[oldNodes.length * 2];
        edges = 0;
        for (int i = 0; i < oldNodes.length; i++) {
            if (oldNodes[i] != NONE) put(oldNodes[i], oldWords[i], oldChildren[i]);
        }
    }

    private static int slot(int node, long word) {
        long h = (word ^ (node * 0x9E3779B97F4A7C15L)) * 0xC2B2AE3D27D4EB4FL;
        return (int) (h ^ (h >>> 31));
    }

    /** Attaches {@code payload} (>= 0) to {@code node}. */
    void addPayload(int node, int payload) {
        if (pendingSize == pending.length) pending = Arrays.copyOf(pending, pendingSize * 2);
        pending[pendingSize++] = ((long) node << 32) | payload;
    }

    /** Sets flag bits on {@code node} (the meaning of the bits is the caller's). */
    void flag(int node, int bits) {
        if (node >= flags.length) flags = Arrays.copyOf(flags, Math.max(node + 1, flags.length * 2));
        flags[node] |= (byte) bits;
    }

    int flags(int node) {
        return node < flags.length ? flags[node] : 0;
    }

    /** Sorts the payloads into one array per node; call once, after the last insert. */
    void freeze() {
        long[] sorted = Arrays.copyOf(pending, pendingSize);
        Arrays.sort(sorted);
        payloadStart = new int[nodes + 1];
        payloads = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            payloadStart[(int) (sorted[i] >>> 32) + 1]++;
            payloads[i] = (int) sorted[i];
        }
        for (int n = 0; n < nodes; n++) payloadStart[n + 1] += payloadStart[n];
        pending = null;
        flags = Arrays.copyOf(flags, Math.max(flags.length, nodes));
    }

    /** The payloads of {@code node}, in ascending order; empty for a node that ends no name. */
    int[] payloads(int node) {
        return Arrays.copyOfRange(payloads, payloadStart[node], payloadStart[node + 1]);
    }

    boolean terminal(int node) {
        return payloadStart[node + 1] > payloadStart[node];
    }

    int nodeCount() {
        return nodes;
    }
}
