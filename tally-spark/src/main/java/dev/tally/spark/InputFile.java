package dev.tally.spark;

import java.io.Serializable;

/** One file to read, by its Hadoop path, and the path of the sidecar that serves it (null for none). */
record InputFile(String path, String sidecar) implements Serializable {
}
