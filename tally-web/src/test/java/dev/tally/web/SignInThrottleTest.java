package dev.tally.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {
    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-12-03T08:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void theFirstFailuresAreFreeThenEachFailureDoublesTheWait() {
        for (int k = 0; k < SignInThrottle.FREE - 1; k++) {
            throttle.failed("ana", "10.0.0.1");
            assertThat(throttle.wait("ana", "10.0.0.1")).isEmpty();
        }
        throttle.failed("ana", "10.0.0.1");
        assertThat(throttle.wait("ana", "10.0.0.1")).contains(Duration.ofSeconds(1));
        clock.now = clock.now.plusSeconds(1);
        assertThat(throttle.wait("ana", "10.0.0.1")).isEmpty();
        throttle.failed("ana", "10.0.0.1");
        assertThat(throttle.wait("ana", "10.0.0.1")).contains(Duration.ofSeconds(2));
    }

    @Test
    void anAccountUnderAttackIsSlowedFromEveryAddressAndAnAddressForEveryAccount() {
        for (int k = 0; k < SignInThrottle.FREE; k++) throttle.failed("Ana", "10.0.0." + k);
        assertThat(throttle.wait("ana", "192.168.1.1")).as("same account, names compared without case").isPresent();
        for (int k = 0; k < SignInThrottle.FREE; k++) throttle.failed("user" + k, "10.9.9.9");
        assertThat(throttle.wait("bob", "10.9.9.9")).as("same address").isPresent();
        assertThat(throttle.wait("bob", "192.168.1.1")).isEmpty();
    }

    @Test
    void aSuccessClearsTheCountAndTheWaitNeverPassesTheLongest() {
        for (int k = 0; k < 40; k++) throttle.failed("ana", "10.0.0.1");
        assertThat(throttle.wait("ana", "10.0.0.1")).contains(SignInThrottle.LONGEST);
        throttle.succeeded("ana", "10.0.0.1");
        assertThat(throttle.wait("ana", "10.0.0.1")).isEmpty();
        assertThat(SignInThrottle.backoff(SignInThrottle.FREE + 3)).isEqualTo(Duration.ofSeconds(8));
    }
}
