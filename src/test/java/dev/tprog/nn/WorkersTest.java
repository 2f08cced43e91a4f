package dev.tprog.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

class WorkersTest {

    @Test
    void resultsComeBackInTheJobsOrderWithAnyThreadCount() {
        List<Callable<Integer>> jobs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int square = i * i;
            int delay = (20 - i) % 3;
            jobs.add(() -> {
                Thread.sleep(delay); // later jobs tend to finish first
                return square;
            });
        }
        for (int threads : new int[] {1, 2, 5}) {
            try (Workers workers = new Workers(threads)) {
                List<Integer> results = workers.map(jobs);
                assertThat(results).hasSize(20);
                for (int i = 0; i < 20; i++) {
                    assertThat(results.get(i)).isEqualTo(i * i);
                }
            }
        }
    }

    @Test
    void aFailingJobsExceptionReachesTheCaller() {
        try (Workers workers = new Workers(2)) {
            List<Callable<Integer>> jobs = List.of(() -> 1, () -> {
                throw new IllegalStateException("job 2 failed");
            });
            assertThatThrownBy(() -> workers.map(jobs)).isInstanceOf(IllegalStateException.class).hasMessage("job 2 failed");
        }
        assertThatThrownBy(() -> new Workers(0)).hasMessageContaining("--threads");
    }
}
