package dev.tprog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RaspCommandTest {
    @Test
    void evaluatesOneExpressionOnOneInput() {
        CliRun run = CliRun.of("rasp", "-e", "aggregate(select(indices, length - 1 - indices, ==), tokens)",
                "--input", "hello");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).isEqualTo("o l l e h");
    }

    @Test
    void evaluatesTaskProgramsOnTokens() {
        CliRun run = CliRun.of("rasp", "-e", "load \"tasks\"; task_sort", "--tokens", "<s> 3 1 2 </s>");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).isEqualTo("<s> 1 2 3 </s>");
    }

    @Test
    void syntaxErrorIsPositionedWithCaretAndExitsOne() {
        CliRun run = CliRun.of("rasp", "-e", "select(tokens, tokens ==)", "--input", "ab");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("<expr>:1:25: error: syntax error: unexpected ')'").contains("^");
    }

    @Test
    void runtimeErrorNamesSopAndInput() {
        CliRun run = CliRun.of("rasp", "-e", "x = tokens_int + 1", "--input", "ab");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("evaluation failed in: [ tokens_int ] on input \"ab\"");
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    void runsAFileAndAnalysesIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("rev.rasp");
        Files.writeString(file, "flip = select(indices, length - 1 - indices, ==);\nrev = aggregate(flip, tokens);\n");
        CliRun run = CliRun.of("rasp", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("s-op: rev").contains("Example: rev(\"hello\") = [o, l, l, e, h] (strings)");
        CliRun analysis = CliRun.of("rasp", "--analyse", "rev", file.toString(), "--input", "abc");
        assertThat(analysis.exitCode()).isZero();
        assertThat(analysis.out()).contains("layers: 2, max heads per layer: 1").contains("[c, b, a] (strings)");
        CliRun values = CliRun.of("rasp", "--analyse", "rev", file.toString(), "--vocab", "a,b", "--max-length", "3");
        assertThat(values.out()).contains("rev | layer 2 | attention | categorical (default) | values {a, b}");
    }

    @Test
    void fileWithErrorsExitsOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.rasp");
        Files.writeString(file, "x = ;\n");
        CliRun run = CliRun.of("rasp", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith(file + ":1:5: error: syntax error");
    }

    @Test
    void evalNeedsAnInput() {
        assertThat(CliRun.of("rasp", "-e", "tokens").exitCode()).isEqualTo(2);
    }

    @Test
    void benchPrintsATable() {
        CliRun run = CliRun.of("bench", "rasp", "--lengths", "8", "--millis", "1");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("| sort |").contains("| dyck2 |");
    }
}
