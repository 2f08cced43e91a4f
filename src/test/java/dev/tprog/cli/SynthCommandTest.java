package dev.tprog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthCommandTest {
    @Test
    void synthesizesReverseAndWritesAProgramTprogRaspRuns(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("prog.rasp");
        CliRun run = CliRun.of("synth", "--task", "reverse", "--held-out", "50", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("program = aggregate(").contains("size: 8 nodes").contains("terms enumerated")
                .contains("held-out accuracy: 100.0%");
        CliRun rasp = CliRun.of("rasp", "-e", Files.readString(out) + " program", "--tokens", "<s> 1 2 3 </s>");
        assertThat(rasp.out().strip()).isEqualTo("</s> 3 2 1 <s>");
    }

    @Test
    void synthesizesFromADataFile(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("hist.jsonl");
        assertThat(CliRun.of("data", "generate", "--task", "hist", "--size", "300", "--out", dir.toString()).exitCode())
                .isZero();
        Files.copy(dir.resolve("train.jsonl"), data);
        CliRun run = CliRun.of("synth", "--data", data.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("program = selector_width(select(tokens, tokens, ==));")
                .contains("held-out accuracy: 100.0%");
    }

    @Test
    void aLimitStopsWithOneLineAndWritesNothing(@TempDir Path dir) {
        Path out = dir.resolve("prog.rasp");
        CliRun run = CliRun.of("synth", "--task", "sort", "--max-cost", "4", "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("tprog synth: no program of cost up to --max-cost 4 matches the 20 visible examples")
                .endsWith("nothing written" + System.lineSeparator());
        assertThat(out).doesNotExist();
    }

    @Test
    void badInputIsOneMessageAndNoSearch(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
        CliRun none = CliRun.of("synth", "--data", empty.toString());
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.err().strip()).isEqualTo("tprog synth: " + empty + ": no examples to synthesize from");

        Path contradictory = Files.writeString(dir.resolve("c.jsonl"),
                "{\"input\": [\"a\", \"b\"], \"output\": [\"1\", \"2\"]}\n{\"input\": [\"a\", \"b\"], \"output\": [\"1\", \"3\"]}\n");
        CliRun both = CliRun.of("synth", "--data", contradictory.toString());
        assertThat(both.exitCode()).isEqualTo(1);
        assertThat(both.err()).contains("contradictory examples: input [a b] has label '2' and label '3' at position 1");

        Path misaligned = Files.writeString(dir.resolve("m.jsonl"), "{\"input\": [\"a\", \"b\"], \"output\": [\"1\"]}\n");
        CliRun mixed = CliRun.of("synth", "--data", misaligned.toString());
        assertThat(mixed.exitCode()).isEqualTo(1);
        assertThat(mixed.err()).contains(misaligned + ":1: 'output' has 1 labels but 'input' has 2");

        CliRun unknown = CliRun.of("synth", "--task", "nope");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown task 'nope'");
    }
}
