package dev.tally.extract.place;

import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * A trie over words: each edge is one folded word, each node a sequence of words, and a node
 * that ends a gazetteer name holds payloads (ints the {@link Gazetteer} defines). A word is
 * known by a 64-bit hash of its folded letters ({@link #hash}), so neither loading nor matching
 * keeps a vocabulary of strings: two distinct words share a hash with odds of about one in
 * 10^8 over the whole gazetteer, and would then only merge two names' paths.
 * <p>
 * Matching probes the trie at every capitalised word of a text, and such a probe into a table of
 * this size costs a cache miss; so the edges live in one open-addressing table of
 * {@code (key, step)} pairs side by side, where the key mixes the parent node and the word, and
 * the {@link #step} holds what matching asks next: the child node, whether it ends a name,
 * whether any name goes on from it, and its flags. One step is then one cache line. Most probes
 * in running text are for edges that do not exist ("The", "He", the word after "Aleppo"), so a
 * frozen trie first asks a {@link #filter} small enough to stay in a core's cache, which answers
 * most of those without touching the edge table.
 * Payloads lie in one array, a range per node. Built by one thread, then {@link #freeze() frozen};
 * a frozen trie is immutable and thread-safe.
 */
final class TokenTrie {
    static final int ROOT = 0;
    static final int NONE = -1;
    /** The step along an edge that does not exist. */
    static final long NO_STEP = 0;
    private static final long TERMINAL = 1L << 40, INNER = 1L << 41;

    private int nodes = 1;
    /** Per node, the word on the edge into it and its parent: the trie's content, kept to build and to write it. */
    private long[] words;
    private int[] parents;
    private byte[] flags;
    /** Pairs {key, step}; a step of 0 marks an empty slot, as the root is no one's child. */
    private long[] table;
    /**
     * A Bloom filter over the edges' keys, blocked so that one probe reads one long: each edge sets
     * two bits of the word its key picks. No bit clear, no edge; about one in thirty absent edges
     * passes. All ones while the trie is built, as it is filled only once the edges are final.
     */
    private long[] filter = {-1L};
    private long[] pending = new long[1 << 16];
    private int pendingSize;
    private int[] payloadStart;
    private int[] payloads;

    /** An empty trie, to build. */
    TokenTrie() {
        words = new long[1 << 16];
        parents = new int[1 << 16];
        flags = new byte[1 << 16];
        table = new long[2 * capacity(words.length)];
        parents[ROOT] = NONE;
    }

    /** A frozen trie from its content; it keeps only what matching needs. */
    private TokenTrie(long[] words, int[] parents, byte[] flags, int[] payloadStart, int[] payloads) {
        this.nodes = words.length;
        this.payloadStart = payloadStart;
        this.payloads = payloads;
        this.pending = null;
        index(words, parents, flags);
    }

    /** Slots for {@code nodes} nodes: the smallest power of two that keeps the table under half full. */
    private static int capacity(int nodes) {
        return Integer.highestOneBit(Math.max(2, 2 * nodes - 1)) << 1;
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

    /** The key of the edge from {@code node} along {@code word}: 64 bits, so, like word hashes, unique in practice. */
    private static long key(int node, long word) {
        return word ^ (node * 0x9E3779B97F4A7C15L);
    }

    private int slotOf(long key) {
        return (int) (key ^ (key >>> 29)) & ((table.length >> 1) - 1);
    }

    /**
     * The step from {@code node} along the word with hash {@code word}, or {@link #NO_STEP}:
     * read it with {@link #node(long)}, {@link #terminal(long)}, {@link #inner(long)}, {@link #flags(long)}.
     */
    long step(int node, long word) {
        long key = key(node, word);
        if ((filter[filterWord(key)] & filterBits(key)) != filterBits(key)) return NO_STEP;
        int mask = (table.length >> 1) - 1;
        for (int s = slotOf(key); ; s = (s + 1) & mask) {
            long step = table[2 * s + 1];
            if (step == NO_STEP || table[2 * s] == key) return step;
        }
    }

    /** The filter's word for an edge key: bits the table's slot does not use, so the two spread apart. */
    private int filterWord(long key) {
        return (int) (key >>> 32) & (filter.length - 1);
    }

    /** The two bits an edge key sets in its filter word, from yet other bits of the key. */
    private static long filterBits(long key) {
        return (1L << (key >>> 58)) | (1L << (key >>> 52));
    }

    /** The node a step leads to. */
    static int node(long step) {
        return (int) step;
    }

    /** True when a step's node ends a name (has payloads); known once the trie is frozen. */
    static boolean terminal(long step) {
        return (step & TERMINAL) != 0;
    }

    /** True when some longer name goes on from a step's node; known once the trie is frozen. */
    static boolean inner(long step) {
        return (step & INNER) != 0;
    }

    /** The flag bits of a step's node ({@link #flag}); known once the trie is frozen. */
    static int flags(long step) {
        return (int) (step >>> 32) & 0xFF;
    }

    /** The child of {@code node} along the word with hash {@code word}, or {@link #NONE}. */
    int child(int node, long word) {
        long step = step(node, word);
        return step == NO_STEP ? NONE : node(step);
    }

    private void put(long key, long step) {
        int mask = (table.length >> 1) - 1;
        int s = slotOf(key);
        while (table[2 * s + 1] != NO_STEP) s = (s + 1) & mask;
        table[2 * s] = key;
        table[2 * s + 1] = step;
    }

    /** Adds the path of words with hashes {@code key}, returning its last node. */
    int insert(long[] key) {
        int node = ROOT;
        for (long word : key) {
            int next = child(node, word);
            node = next == NONE ? newNode(node, word) : next;
        }
        return node;
    }

    private int newNode(int parent, long word) {
        if (pending == null) throw new IllegalStateException("a frozen trie takes no more names");
        if (nodes == words.length) {
            words = Arrays.copyOf(words, nodes * 2);
            parents = Arrays.copyOf(parents, nodes * 2);
            flags = Arrays.copyOf(flags, nodes * 2);
        }
        int n = nodes++;
        words[n] = word;
        parents[n] = parent;
        if (table.length < 2 * capacity(nodes)) {
            table = new long[2 * capacity(nodes)];
            for (int c = 1; c < n; c++) put(key(parents[c], words[c]), c);
        }
        put(key(parent, word), n);
        return n;
    }

    /** Attaches {@code payload} (>= 0) to {@code node}. */
    void addPayload(int node, int payload) {
        pending = pendingSize == pending.length ? Arrays.copyOf(pending, pendingSize * 2) : pending;
        pending[pendingSize++] = ((long) node << 32) | payload;
    }

    /** Sets flag bits (the low 8 bits of {@code bits}; their meaning is the caller's) on {@code node}, before freezing. */
    void flag(int node, int bits) {
        if (pending == null) throw new IllegalStateException("flags must be set before the trie is frozen");
        flags[node] |= (byte) bits;
    }

    /** Sorts the payloads into one range per node and completes every step; call once, after the last insert and flag. */
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
        words = Arrays.copyOf(words, nodes);
        parents = Arrays.copyOf(parents, nodes);
        flags = Arrays.copyOf(flags, nodes);
        index(words, parents, flags);
    }

    /** Fills the table with every edge and its complete step. */
    private void index(long[] words, int[] parents, byte[] flags) {
        boolean[] inner = new boolean[nodes];
        for (int n = 1; n < nodes; n++) inner[parents[n]] = true;
        table = new long[2 * capacity(nodes)];
        // A long per four to eight edges: 512 KB for the bundled gazetteer, which lets about one absent edge in thirty through.
        long[] bloom = new long[Math.max(1, Integer.highestOneBit(nodes) >> 2)];
        filter = bloom;
        for (int n = 1; n < nodes; n++) {
            long step = n | ((long) (flags[n] & 0xFF) << 32) | (terminal(n) ? TERMINAL : 0) | (inner[n] ? INNER : 0);
            long key = key(parents[n], words[n]);
            put(key, step);
            bloom[filterWord(key)] |= filterBits(key);
        }
    }

    /** Where the payloads of {@code node} start in {@link #payload}'s numbering. */
    int payloadStart(int node) {
        return payloadStart[node];
    }

    /** Where the payloads of {@code node} end (exclusive); equal to the start for a node that ends no name. */
    int payloadEnd(int node) {
        return payloadStart[node + 1];
    }

    int payload(int i) {
        return payloads[i];
    }

    boolean terminal(int node) {
        return payloadStart[node + 1] > payloadStart[node];
    }

    int nodeCount() {
        return nodes;
    }

    /** Writes a trie frozen here for {@link #read}; the table is not written, as it is rebuilt faster than read. */
    void write(DataOutputStream out) throws IOException {
        if (pending != null || words == null) throw new IllegalStateException("only a trie built and frozen here can be written");
        out.writeInt(nodes);
        out.writeInt(payloads.length);
        for (long w : words) out.writeLong(w);
        for (int p : parents) out.writeInt(p);
        out.write(flags);
        for (int s : payloadStart) out.writeInt(s);
        for (int p : payloads) out.writeInt(p);
    }

    /** Reads a trie written by {@link #write}: frozen, and holding only what matching needs. */
    static TokenTrie read(ArrayInput in) throws IOException {
        int nodes = in.count("trie nodes");
        int payloadCount = in.count("trie payloads");
        long[] words = in.longs(nodes);
        int[] parents = in.ints(nodes);
        byte[] flags = in.bytes(nodes);
        int[] payloadStart = in.ints(nodes + 1);
        if (payloadStart[nodes] != payloadCount) {
            throw new IOException("trie payload ranges must end at " + payloadCount + "; got " + payloadStart[nodes]);
        }
        for (int n = 1; n < nodes; n++) {
            if (parents[n] < 0 || parents[n] >= n) throw new IOException("trie node " + n + " must have an earlier parent; got " + parents[n]);
        }
        return new TokenTrie(words, parents, flags, payloadStart, in.ints(payloadCount));
    }
}
