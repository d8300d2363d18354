package dev.tally.web;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashing with PBKDF2-HMAC-SHA256 from the JDK: a random 16-byte salt per password,
 * 600,000 iterations (OWASP's 2023 figure for this algorithm), a 32-byte key. A hash reads
 * {@code pbkdf2-sha256$<iterations>$<salt base64>$<key base64>}, so the cost can rise later
 * without breaking stored hashes. Thread-safe.
 */
public final class Passwords {
    public static final int ITERATIONS = 600_000;
    private static final String ALGORITHM = "pbkdf2-sha256";
    private static final int MIN_LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Verified against when the user is unknown, so that a wrong name costs as long as a wrong password. */
    private static final String DUMMY = hash("not a password of anyone's".toCharArray());

    private Passwords() {
    }

    /**
     * The hash of {@code password}, which must be at least 8 characters.
     *
     * @throws IllegalArgumentException when the password is too short
     */
    public static String hash(char[] password) {
        if (password.length < MIN_LENGTH) {
            throw new IllegalArgumentException("password must be at least " + MIN_LENGTH + " characters; got " + password.length);
        }
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return ALGORITHM + "$" + ITERATIONS + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(derive(password, salt, ITERATIONS));
    }

    /** True when {@code password} matches {@code hash}; false for a malformed hash. Compares in constant time. */
    public static boolean verify(char[] password, String hash) {
        String[] parts = hash.split("\\$");
        if (parts.length != 4 || !parts[0].equals(ALGORITHM)) return false;
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return iterations > 0 && MessageDigest.isEqual(derive(password, salt, iterations), expected);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Spends the time of one verification, for a sign-in with an unknown name. */
    static void verifyNothing(char[] password) {
        verify(password, DUMMY);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java 17 runtime has PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(salt, (byte) 0);
        }
    }
}
