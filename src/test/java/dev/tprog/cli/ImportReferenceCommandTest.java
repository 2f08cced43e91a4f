package dev.tprog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tprog.program.ProgramFormat;
import dev.tprog.program.ReferenceImport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tprog import-reference} and the hidden {@code tprog bench-program} that bench/program-speed.sh uses. */
class ImportReferenceCommandTest {
    private static final String NL = System.lineSeparator();
    private static final Path FIXTURE = Path.of("src", "test", "resources", "reference-import", "tiny.py");
    private static final Path WEIGHTS = Path.of("src", "test", "resources", "reference-import", "tiny_weights.csv");

    @TempDir
    Path dir;

    @Test
    void importsAProgramAndSummarisesIt() {
        Path out = dir.resolve("tiny.json");
        CliRun run = CliRun.of("import-reference", FIXTURE.toString(), "--out", out.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("wrote " + out + ": tiny, 1 layer, 2 heads (1 categorical, 1 numerical), 2 MLPs"
                + " (1 categorical, 1 numerical), 3 classes, max length 5" + NL);
        assertThat(ProgramFormat.read(out)).isEqualTo(ReferenceImport.read(FIXTURE, WEIGHTS, null));

        CliRun explicit = CliRun.of("import-reference", FIXTURE.toString(), "--weights", WEIGHTS.toString(),
                "--max-length", "5", "--out", out.toString());
        assertThat(explicit.exitCode()).isZero();
        CliRun predicted = CliRun.of("run", out.toString(), "--input", "<s> 1 2 2 1");
        assertThat(predicted.out()).isEqualTo("3 2 1 2 1" + NL);
    }

    @Test
    void reportsBadInputOnOneLine() throws IOException {
        Path out = dir.resolve("x.json");
        Path missing = dir.resolve("missing.py");
        CliRun none = CliRun.of("import-reference", missing.toString(), "--weights", WEIGHTS.toString(), "--out",
                out.toString());
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.err()).isEqualTo("tprog import-reference: " + missing + ": no such file" + NL);

        Path notAProgram = dir.resolve("hello.py");
        Files.writeString(notAProgram, "import sys\n\nprint('hello')\n");
        CliRun hello = CliRun.of("import-reference", notAProgram.toString(), "--weights", WEIGHTS.toString(), "--out",
                out.toString());
        assertThat(hello.exitCode()).isEqualTo(1);
        assertThat(hello.err()).isEqualTo("tprog import-reference: " + notAProgram
                + ":3: not a statement the reference decompiler writes: print(\"hello\")" + NL);
        assertThat(Files.exists(out)).isFalse();

        CliRun zero = CliRun.of("import-reference", FIXTURE.toString(), "--max-length", "0", "--out", out.toString());
        assertThat(zero.exitCode()).isEqualTo(2);
        assertThat(zero.err()).contains("--max-length must be at least 1, got 0");
        assertThat(CliRun.of("import-reference", FIXTURE.toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void benchProgramTimesTheExecutorAndWritesItsPredictions() throws IOException {
        Path program = dir.resolve("tiny.json");
        CliRun.of("import-reference", FIXTURE.toString(), "--out", program.toString());
        Path data = dir.resolve("inputs.jsonl");
        Files.writeString(data, """
                {"input":["<s>","1","2","2","1"],"output":[null,"2","1","2","2"]}
                {"input":["1","0","1","0","2"],"output":["2","2","3","2","3"]}
                """);
        Path predictions = dir.resolve("predictions.jsonl");
        CliRun run = CliRun.of("bench-program", program.toString(), "--data", data.toString(), "--warmup", "0",
                "--seconds", "0.05", "--predictions", predictions.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).matches(java.util.regex.Pattern.quote(program.toString())
                + ": 2 inputs, \\d+ sequences/s \\(executor, 1 thread: \\d+ passes in \\d+\\.\\d\\d s after \\d+\\.\\d\\d s"
                + " of warm-up\\)\\R");
        assertThat(Files.readAllLines(predictions)).containsExactly("[\"3\",\"2\",\"1\",\"2\",\"1\"]",
                "[\"2\",\"2\",\"3\",\"2\",\"3\"]");
        assertThat(CliRun.of("--help").out()).doesNotContain("bench-program").contains("import-reference");
        CliRun both = CliRun.of("bench-program", program.toString());
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("give exactly one of --input and --data");
    }
}
