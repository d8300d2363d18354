package dev.tally.web;

import dev.tally.store.Role;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signed-in sessions, in memory: a restart signs everyone out. Each session has a random 256-bit
 * token (the cookie) and its own random CSRF token, which every write must send back in the
 * {@code X-CSRF-Token} header. A session ends after 8 hours unused or 24 hours in all. Thread-safe.
 */
final class Sessions {
    static final Duration IDLE = Duration.ofHours(8);
    static final Duration LIFETIME = Duration.ofHours(24);
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Clock clock;

    Sessions(Clock clock) {
        this.clock = clock;
    }

    /** A signed-in user: who, with which role, and the CSRF token their writes must carry. */
    record Session(String token, String user, Role role, String csrf, Instant started, Instant lastSeen) {
        /** True when {@code presented} is this session's CSRF token; compared in constant time. */
        boolean csrfMatches(String presented) {
            return presented != null && MessageDigest.isEqual(csrf.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    presented.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    Session start(String user, Role role) {
        Instant now = clock.instant();
        Session s = new Session(token(), user, role, token(), now, now);
        sessions.put(s.token(), s);
        return s;
    }

    /** The live session with this token, its last use moved to now; empty when unknown or expired. */
    Optional<Session> find(String token) {
        if (token == null) return Optional.empty();
        Session s = sessions.get(token);
        if (s == null) return Optional.empty();
        Instant now = clock.instant();
        if (now.isAfter(s.lastSeen().plus(IDLE)) || now.isAfter(s.started().plus(LIFETIME))) {
            sessions.remove(token);
            return Optional.empty();
        }
        Session seen = new Session(s.token(), s.user(), s.role(), s.csrf(), s.started(), now);
        sessions.put(token, seen);
        return Optional.of(seen);
    }

    void end(String token) {
        sessions.remove(token);
    }

    /** Ends every session of {@code user} (a disabled account, a changed password). */
    void endAll(String user) {
        sessions.values().removeIf(s -> s.user().equals(user));
    }

    private static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
