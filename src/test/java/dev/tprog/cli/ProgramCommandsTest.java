package dev.tprog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tprog.program.HandBuiltPrograms;
import dev.tprog.program.ProgramFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgramCommandsTest {
    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;
    Path reverse;

    @BeforeEach
    void writeProgram() {
        reverse = dir.resolve("reverse.json");
        ProgramFormat.write(HandBuiltPrograms.reverse(), reverse);
    }

    @Test
    void runPredictsOneInput() {
        CliRun run = CliRun.of("run", reverse.toString(), "--input", "<s> 3 1 4 </s>");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("0 4 1 3 0" + NL);
    }

    @Test
    void runScoresADataset() {
        Path data = dir.resolve("data");
        CliRun.of("data", "generate", "--task", "reverse", "--size", "500", "--out", data.toString());
        CliRun run = CliRun.of("run", reverse.toString(), "--data", data.toString(), "--split", "val");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith(data + ": token accuracy 100.00% (").contains("sequence accuracy 100.00% (45 of 45)");
    }

    @Test
    void runRejectsBadInputAndBadUsage() throws IOException {
        CliRun unknown = CliRun.of("run", reverse.toString(), "--input", "<s> 9 </s>");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).isEqualTo(
                "tprog run: --input: input <s> 9 </s>: token '9' at position 1 is not in the program's vocabulary" + NL);
        CliRun both = CliRun.of("run", reverse.toString());
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("give exactly one of --input and --data");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, Files.readString(reverse).replace("\"max_length\" : 8", "\"max_length\" : \"8\""));
        CliRun corrupt = CliRun.of("run", broken.toString(), "--input", "<s>");
        assertThat(corrupt.exitCode()).isEqualTo(1);
        assertThat(corrupt.err()).isEqualTo("tprog run: " + broken + ": the file: 'max_length' must be an integer" + NL);
    }

    @Test
    void emitWritesRunnableSourceAndReportsItsSize() throws IOException {
        Path python = dir.resolve("reverse.py");
        CliRun run = CliRun.of("emit", reverse.toString(), "--lang", "python", "--out", python.toString());
        assertThat(run.exitCode()).isZero();
        long lines = Files.readString(python).lines().count();
        assertThat(run.out()).isEqualTo("wrote " + python + ": python, " + lines + " lines (" + lines
                + " before simplification)" + NL);
        assertThat(Files.readString(python)).contains("def run(tokens):");
        CliRun java = CliRun.of("emit", reverse.toString(), "--lang", "java");
        assertThat(java.out()).contains("public final class Reverse {", "public static List<String> run(List<String> input)");
        CliRun badName = CliRun.of("emit", reverse.toString(), "--lang", "java", "--class-name", "class");
        assertThat(badName.exitCode()).isEqualTo(2);
        assertThat(badName.err()).contains("class name 'class' is a reserved word");
        assertThat(CliRun.of("emit", reverse.toString(), "--lang", "cobol").exitCode()).isEqualTo(2);
    }

    @Test
    void explainShowsWhereEachHeadLooked() {
        CliRun run = CliRun.of("explain", reverse.toString(), "--input", "<s> 3 1 4 </s>");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(
                "    attends to       4     4  4  4  4" + NL,
                "    source_position  4     3  2  1  0" + NL,
                "    reversed         </s>  4  1  3  <s>" + NL,
                "  1: 4 (logit 1.000) over 0 (0.000): reversed=4 +1.000" + NL);
    }

    @Test
    void verifyReportsAgreementOfEveryForm() {
        CliRun run = CliRun.of("verify", reverse.toString(), "--random", "200");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith(reverse + ": 200 inputs" + NL)
                .contains("  simplified  agrees on all 200" + NL, "  java        agrees on all 200" + NL);
    }
}
