package dev.tprog.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The example programs shipped under programs/hand-written are the tests' hand-built programs. */
class ShippedProgramsTest {
    private static final Path SHIPPED = Path.of("programs", "hand-written");

    @Test
    void shippedFilesAreTheHandBuiltPrograms() {
        assertThat(ProgramFormat.read(SHIPPED.resolve("reverse.json"))).isEqualTo(HandBuiltPrograms.reverse());
        assertThat(ProgramFormat.read(SHIPPED.resolve("hist.json"))).isEqualTo(HandBuiltPrograms.hist());
    }
}
