package dev.tprog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tprog.program.ProgramFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {
    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    @Test
    void trainsWritesTheRunAndTheProgramInEveryLanguage() throws Exception {
        Path out = dir.resolve("run");
        CliRun run = CliRun.of("train", "--task", "reverse", "--vocab-size", "5", "--max-length", "5", "--no-unique",
                "--size", "300", "--epochs", "3", "--batch-size", "64", "--layers", "1", "--cat-heads", "2",
                "--out", out.toString(), "--emit", "python,java,rasp", "--quiet");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("train reverse: 243/27/30 examples, length 5, k 5, 1 layers, 2+0 heads, 1+0 MLPs"
                + " per layer" + NL).containsPattern("test   model (\\d+\\.\\d\\d)%  program \\1%  \\(\\d+ positions\\)")
                .doesNotContain("epoch ");
        for (String file : new String[] {"program.json", "results.csv", "config.json", "checkpoint.bin", "reverse.py",
                "Reverse.java", "reverse.rasp"}) {
            assertThat(out.resolve(file)).exists();
        }
        assertThat(ProgramFormat.read(out.resolve("program.json")).layers()).hasSize(1);
        assertThat(Files.readAllLines(out.resolve("results.csv"))).startsWith("epoch,temperature,train_loss,val_accuracy,seconds,val_accuracy_sampled")
                .contains("split,model_accuracy,program_accuracy,scored_positions");
    }

    @Test
    void decompileAndResumeReproduceTheRunsProgram() throws Exception {
        Path out = dir.resolve("run");
        CliRun.of("train", "--task", "reverse", "--vocab-size", "5", "--max-length", "5", "--no-unique", "--size", "300",
                "--epochs", "2", "--layers", "1", "--out", out.toString(), "--quiet");
        String trained = Files.readString(out.resolve("program.json"));
        Path again = dir.resolve("again");
        CliRun decompile = CliRun.of("decompile", out.toString(), "--out", again.toString(), "--emit", "python");
        assertThat(decompile.exitCode()).isZero();
        assertThat(decompile.out()).startsWith("decompile " + out + " after epoch 2 of 2" + NL);
        assertThat(Files.readString(again.resolve("program.json"))).isEqualTo(trained);
        assertThat(again.resolve("reverse.py")).exists();
        CliRun resume = CliRun.of("train", "--resume", "--out", out.toString(), "--quiet");
        assertThat(resume.exitCode()).isZero();
        assertThat(resume.out()).contains("resuming after epoch 2");
        assertThat(Files.readString(out.resolve("program.json"))).isEqualTo(trained);
        Files.write(out.resolve("checkpoint.bin"), new byte[] {1, 2, 3});
        CliRun corrupt = CliRun.of("decompile", out.toString());
        assertThat(corrupt.exitCode()).isEqualTo(1);
        assertThat(corrupt.err()).isEqualTo("tprog decompile: " + out.resolve("checkpoint.bin")
                + ": truncated or corrupt checkpoint" + NL);
        assertThat(CliRun.of("decompile", dir.resolve("nowhere").toString()).err()).contains("config.json: no such file");
    }

    @Test
    void aConfigurationThatCannotWorkIsAUsageError() {
        CliRun run = CliRun.of("train", "--task", "sort", "--d-var", "4", "--out", dir.resolve("x").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("tprog train: --d-var (k = 4) must be at least the vocabulary size 8"
                + " (see 'tprog train --help')" + NL);
        assertThat(dir.resolve("x")).doesNotExist();
        assertThat(CliRun.of("train", "--out", "x").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("train", "--task", "sort", "--sample-fn", "magic", "--out", "x").err())
                .contains("--sample-fn must be gumbel_soft, gumbel_hard or softmax, got magic");
        assertThat(CliRun.of("train", "--task", "sort", "--loss-agg", "mean", "--out", "x").err())
                .contains("--loss-agg must be per_token or per_seq, got mean");
        assertThat(CliRun.of("train", "--task", "sort", "--tau-schedule", "cosine", "--out", "x").err())
                .contains("--tau-schedule must be geomspace or linspace, got cosine");
    }

    @Test
    void standardTrainsTheBaselineWhichHasNoProgram() throws Exception {
        Path out = dir.resolve("standard");
        CliRun run = CliRun.of("train", "--standard", "--task", "reverse", "--vocab-size", "5", "--max-length", "5",
                "--no-unique", "--size", "300", "--epochs", "2", "--batch-size", "64", "--d-model", "16", "--d-mlp", "16",
                "--lr", "0.005", "--out", out.toString(), "--quiet");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("train reverse: 243/27/30 examples, length 5, standard transformer: 2 layers,"
                + " d_model 16, 2 heads, d_mlp 16" + NL).containsPattern("test   model \\d+\\.\\d\\d%  \\(\\d+ positions\\)")
                .endsWith("wrote " + out + ": results.csv" + NL).doesNotContain("program");
        assertThat(out.resolve("program.json")).doesNotExist();
        assertThat(Files.readAllLines(out.resolve("results.csv"))).startsWith("epoch,train_loss,val_accuracy,seconds")
                .contains("split,model_accuracy,scored_positions");
        assertThat(Files.readString(out.resolve("config.json"))).contains("\"standard\"").doesNotContain("\"model\"");
        CliRun resume = CliRun.of("train", "--resume", "--out", out.toString(), "--quiet");
        assertThat(resume.exitCode()).isZero();
        assertThat(resume.out()).contains("standard transformer").contains("resuming after epoch 2");
        CliRun decompile = CliRun.of("decompile", out.toString());
        assertThat(decompile.exitCode()).isEqualTo(1);
        assertThat(decompile.err()).isEqualTo("tprog decompile: " + out + ": a standard transformer run (--standard): it"
                + " has no program to decompile; its scores are in results.csv" + NL);
        assertThat(CliRun.of("train", "--resume", "--out", out.toString(), "--emit", "python").err())
                .startsWith("tprog train: --emit writes a program, and a standard transformer has none");
    }

    @Test
    void optionsOfOneKindOfModelAreUsageErrorsWithTheOther() {
        String out = dir.resolve("x").toString();
        assertThat(CliRun.of("train", "--standard", "--task", "sort", "--emit", "python", "--out", out).err())
                .isEqualTo("tprog train: --emit writes a program, and a standard transformer has none"
                        + " (see 'tprog train --help')" + NL);
        CliRun tau = CliRun.of("train", "--standard", "--task", "sort", "--tau-init", "1", "--out", out);
        assertThat(tau.exitCode()).isEqualTo(2);
        assertThat(tau.err()).isEqualTo("tprog train: --tau-init does not apply to --standard (it shapes or samples a"
                + " Transformer Program) (see 'tprog train --help')" + NL);
        assertThat(CliRun.of("train", "--standard", "--task", "sort", "--cat-heads", "4", "--out", out).err())
                .startsWith("tprog train: --cat-heads does not apply to --standard");
        assertThat(CliRun.of("train", "--task", "sort", "--n-heads", "4", "--out", out).err())
                .startsWith("tprog train: --n-heads applies only to --standard");
        assertThat(CliRun.of("train", "--standard", "--task", "sort", "--d-model", "10", "--n-heads", "3", "--out", out)
                .err()).startsWith("tprog train: --d-model (10) must be a multiple of --n-heads (3)");
        assertThat(dir.resolve("x")).doesNotExist();
    }
    /** A tiny sentence classification: the label at position 0 says whether "paris" occurs. */
    private Path parisData() throws Exception {
        String[] words = {"the", "in", "at", "rose", "today", "sales"};
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            boolean paris = i % 2 == 0;
            String middle = "\"" + words[i % words.length] + "\",\"" + (paris ? "paris" : words[(i / 2) % words.length]) + "\"";
            lines.append("{\"input\":[\"<s>\",").append(middle).append(",\"</s>\"],\"output\":[\"")
                    .append(paris ? "yes" : "no").append("\",null,null,null]}\n");
        }
        return Files.writeString(dir.resolve("paris.jsonl"), lines);
    }

    @Test
    void learnsAGloveInitialisedEmbeddingAndItsProgramVerifies() throws Exception {
        Path out = dir.resolve("learned");
        CliRun run = CliRun.of("train", "--data", parisData().toString(), "--learned-embed", "--n-vars-cat", "2",
                "--glove", "src/test/resources/nlp/glove-sample.txt", "--gumbel-samples", "2", "--epochs", "3",
                "--batch-size", "16", "--layers", "1", "--cat-heads", "1", "--out", out.toString(), "--quiet");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(", 2 learned token variables" + NL)
                .containsPattern("test   model (\\d+\\.\\d\\d)%  program \\1%");
        assertThat(Files.readString(out.resolve("config.json"))).contains("\"glove\" : \"src/test/resources/nlp/glove-sample.txt\"")
                .contains("\"gumbelSamples\" : 2");
        assertThat(ProgramFormat.read(out.resolve("program.json")).embeddings()).hasSize(2);
        assertThat(CliRun.of("verify", out.resolve("program.json").toString(), "--random", "50").exitCode()).isZero();
        Path again = dir.resolve("again");
        assertThat(CliRun.of("decompile", out.toString(), "--out", again.toString()).exitCode()).isZero();
        assertThat(Files.readString(again.resolve("program.json"))).isEqualTo(Files.readString(out.resolve("program.json")));
    }

    @Test
    void aMalformedGloveFileIsOneLineNamingItsLine() throws Exception {
        Path glove = Files.writeString(dir.resolve("bad.txt"), "the 1 2\nparis 1 x\n");
        CliRun run = CliRun.of("train", "--data", parisData().toString(), "--learned-embed", "--glove", glove.toString(),
                "--epochs", "1", "--layers", "1", "--out", dir.resolve("x").toString(), "--quiet");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("tprog train: " + glove + ":2: 'x' is not a finite number (component 2 of 'paris')"
                + NL);
        assertThat(dir.resolve("x").resolve("config.json")).doesNotExist(); // no half-made run
    }

    @Test
    void embeddingOptionsThatCannotWorkAreUsageErrors() {
        String out = dir.resolve("x").toString();
        assertThat(CliRun.of("train", "--task", "sort", "--n-vars-cat", "2", "--out", out).err())
                .isEqualTo("tprog train: --n-vars-cat 2 needs --learned-embed: the one-hot embedding is one variable"
                        + " (see 'tprog train --help')" + NL);
        assertThat(CliRun.of("train", "--task", "sort", "--one-hot-embed", "--learned-embed", "--out", out).err())
                .startsWith("tprog train: --one-hot-embed and --learned-embed exclude each other");
        assertThat(CliRun.of("train", "--task", "sort", "--glove", "g.txt", "--out", out).err())
                .startsWith("tprog train: --glove needs --learned-embed");
        assertThat(CliRun.of("train", "--task", "sort", "--learned-embed", "--n-vars-cat", "0", "--out", out).err())
                .startsWith("tprog train: --n-vars-cat must be at least 1");
        assertThat(CliRun.of("train", "--task", "sort", "--gumbel-samples", "0", "--out", out).err())
                .startsWith("tprog train: --gumbel-samples must be at least 1");
        assertThat(CliRun.of("train", "--standard", "--task", "sort", "--learned-embed", "--out", out).err())
                .startsWith("tprog train: --learned-embed does not apply to --standard");
        assertThat(dir.resolve("x")).doesNotExist();
    }
}
