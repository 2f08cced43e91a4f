package dev.tprog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CliTest {

    @Test
    void versionAndHelp() {
        CliRun version = CliRun.of("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).matches("tprog \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
        CliRun help = CliRun.of("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: tprog", "data", "--verbose");
        assertThat(CliRun.of("data", "generate", "--help").out()).contains("--vocab-size", "--no-unique", "--out=DIR");
    }

    @Test
    void aGroupAloneShowsItsUsage() {
        CliRun run = CliRun.of("data");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: tprog data", "generate", "show", "tasks");
    }

    @Test
    void anUnknownOptionIsAUsageErrorOnOneLine() {
        CliRun run = CliRun.of("data", "generate", "--task", "sort", "--out", "x", "--colour");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(
                "tprog data generate: Unknown option: '--colour' (see 'tprog data generate --help')" + System.lineSeparator());
        assertThat(CliRun.of("frobnicate").exitCode()).isEqualTo(2);
    }

    @Test
    void tasksListsEveryGeneratorWithItsDefaults() {
        CliRun run = CliRun.of("data", "tasks");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("sort\\s+8\\s+1\\s+8\\s+no")
                .containsPattern("dyck2\\s+4\\s+16\\s+16\\s+yes")
                .containsPattern("induction\\s+10\\s+9\\s+9\\s+yes");
    }
}
