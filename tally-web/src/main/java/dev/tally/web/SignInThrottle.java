package dev.tally.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing. After {@value #FREE} failed sign-ins in a row for one account, or from one
 * address, each further attempt must wait a backoff that doubles with every failure (1 s, 2 s, 4 s
 * ... at most {@link #LONGEST}); an attempt inside the wait is refused without its password being
 * checked. A success clears the account's and the address's count. Thread-safe; forgets failures
 * whose wait has passed once it holds {@value #FORGET_AT} of them, so guessing at random names
 * cannot fill the heap.
 */
final class SignInThrottle {
    static final int FREE = 5;
    static final Duration FIRST = Duration.ofSeconds(1);
    static final Duration LONGEST = Duration.ofMinutes(15);
    private static final int FORGET_AT = 10_000;

    private record Failures(int count, Instant until) {}

    private final Clock clock;
    private final Map<String, Failures> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long until {@code account} may try again from {@code address}; empty when it may now. */
    Optional<Duration> wait(String account, String address) {
        Instant now = clock.instant();
        Instant until = later(byAccount.get(key(account)), byAddress.get(address));
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    void failed(String account, String address) {
        Instant now = clock.instant();
        count(byAccount, key(account), now);
        count(byAddress, address, now);
    }

    void succeeded(String account, String address) {
        byAccount.remove(key(account));
        byAddress.remove(address);
    }

    private static void count(Map<String, Failures> failures, String key, Instant now) {
        if (failures.size() >= FORGET_AT) failures.values().removeIf(f -> !f.until().isAfter(now));
        failures.compute(key, (k, f) -> {
            int count = f == null ? 1 : f.count() + 1;
            return new Failures(count, now.plus(backoff(count)));
        });
    }

    /** No wait for the first {@value #FREE} failures, then {@link #FIRST} doubled per failure up to {@link #LONGEST}. */
    static Duration backoff(int failures) {
        if (failures < FREE) return Duration.ZERO;
        int doublings = Math.min(failures - FREE, 20);
        Duration d = FIRST.multipliedBy(1L << doublings);
        return d.compareTo(LONGEST) > 0 ? LONGEST : d;
    }

    private static Instant later(Failures a, Failures b) {
        Instant x = a == null ? Instant.MIN : a.until();
        Instant y = b == null ? Instant.MIN : b.until();
        return x.isAfter(y) ? x : y;
    }

    private static String key(String account) {
        return account.toLowerCase(Locale.ROOT);
    }
}
