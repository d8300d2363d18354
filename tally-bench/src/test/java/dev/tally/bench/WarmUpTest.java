package dev.tally.bench;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link WarmUp} on passes timed by a clock the test sets: how many passes run, never how fast. */
class WarmUpTest {
    @Test
    void passesThatNeverAgreeRunToTheLimitAndAreNotSteady() {
        AtomicInteger passes = new AtomicInteger();
        AtomicLong now = new AtomicLong();
        // every other pass takes twice as long: no window of them agrees within the spread
        LongSupplier clock = now::get;
        Runnable pass = () -> now.addAndGet(passes.incrementAndGet() % 2 == 0 ? 2_000_000 : 1_000_000);

        WarmUp.Result result = new WarmUp(3, 40).run(pass, clock);

        assertThat(result).isEqualTo(new WarmUp.Result(40, false));
        assertThat(passes).hasValue(40);
    }

    @Test
    void theLeastPassesAlwaysRun() {
        AtomicInteger passes = new AtomicInteger();

        WarmUp.Result result = new WarmUp(12, 12).run(passes::incrementAndGet, () -> 0);

        assertThat(result.passes()).isEqualTo(12);
        assertThat(passes).hasValue(12);
    }

    @Test
    void noPassesWhenTheLimitIsZero() {
        AtomicInteger passes = new AtomicInteger();

        assertThat(new WarmUp(0, 0).run(passes::incrementAndGet, () -> 0).passes()).isZero();
        assertThat(passes).hasValue(0);
    }

    @Test
    void aLimitBelowTheLeastPassesIsRefusedSayingWhatMustHold() {
        assertThatThrownBy(() -> new WarmUp(10, 5)).hasMessage("--warmup-limit must be >= --warmup (10); got 5");
        assertThatThrownBy(() -> new WarmUp(-1, 5)).hasMessage("--warmup must be >= 0; got -1");
    }
}
