package dev.tprog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tprog.program.ProgramFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tprog train --data FILE --vocab-size N}: the most frequent training tokens, and {@code <unk>} for the rest. */
class VocabSizeCommandTest {
    private static final String NL = System.lineSeparator();
    private static final String[] WORDS = {"the", "in", "at", "rose"};

    @TempDir
    Path dir;

    /**
     * 80 sentences {@code <s> w1 name w2 </s>}, where the name is seen in no other sentence (so
     * every held-out split has names the training split lacks): tagged NAME among O, or, for
     * classification, labelled at position 0 with whether the sentence has "the".
     */
    private Path names(boolean classify) throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 80; i++) {
            String first = WORDS[i % WORDS.length];
            String last = WORDS[(i / WORDS.length) % WORDS.length];
            String input = "[\"<s>\",\"" + first + "\",\"name" + i + "\",\"" + last + "\",\"</s>\"]";
            String output = classify
                    ? "[\"" + (first.equals("the") || last.equals("the") ? "yes" : "no") + "\",null,null,null,null]"
                    : "[null,\"O\",\"NAME\",\"O\",null]";
            lines.append("{\"input\":").append(input).append(",\"output\":").append(output).append("}\n");
        }
        return Files.writeString(dir.resolve(classify ? "says-the.jsonl" : "names.jsonl"), lines);
    }

    private static CliRun train(Path data, Path out, String... options) {
        String[] common = {"train", "--data", data.toString(), "--layers", "1", "--cat-heads", "2", "--epochs", "10",
                "--batch-size", "16", "--out", out.toString(), "--quiet"};
        String[] args = java.util.Arrays.copyOf(common, common.length + options.length);
        System.arraycopy(options, 0, args, common.length, options.length);
        return CliRun.of(args);
    }

    @Test
    void tagsUnseenWordsAndResumeAndDecompileKeepTheVocabulary() throws Exception {
        Path out = dir.resolve("run");
        CliRun run = train(names(false), out, "--vocab-size", "5", "--emit", "python,java,rasp");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("train names: 64/8/8 examples, length 5, 5 of 70 training tokens kept (the"
                + " rest read as <unk>), k 7, 1 layers, 2+0 heads, 1+0 MLPs per layer" + NL)
                .contains("test   model 100.00%  program 100.00%  (24 positions)");
        assertThat(Files.readString(out.resolve("config.json"))).contains("\"vocabSize\" : 5");
        String program = Files.readString(out.resolve("program.json"));
        assertThat(ProgramFormat.read(out.resolve("program.json")).vocabulary().names())
                .startsWith("<pad>", "<unk>", "<s>", "</s>").hasSize(7).doesNotContain("name0");
        CliRun unseen = CliRun.of("run", out.resolve("program.json").toString(), "--input", "<s> the Zebedee at </s>");
        assertThat(unseen.err()).isEmpty();
        assertThat(unseen.out()).isEqualTo("O O NAME O O" + NL); // as every name, unseen in training or not
        CliRun verify = CliRun.of("verify", out.resolve("program.json").toString(), "--data", out.getParent()
                .resolve("names.jsonl").toString(), "--random", "100");
        assertThat(verify.exitCode()).isZero();
        assertThat(verify.out()).contains("rasp        agrees on all");
        Path again = dir.resolve("again");
        assertThat(CliRun.of("decompile", out.toString(), "--out", again.toString()).exitCode()).isZero();
        assertThat(Files.readString(again.resolve("program.json"))).isEqualTo(program);
        CliRun resume = CliRun.of("train", "--resume", "--out", out.toString(), "--quiet");
        assertThat(resume.out()).contains("5 of 70 training tokens kept").contains("resuming after epoch 10");
        assertThat(Files.readString(out.resolve("program.json"))).isEqualTo(program);
    }

    @Test
    void classifiesSentencesWithUnseenWords() throws Exception {
        Path out = dir.resolve("pooled");
        CliRun run = train(names(true), out, "--vocab-size", "5", "--pool-outputs");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("5 of 70 training tokens kept (the rest read as <unk>)")
                .containsPattern("val    model (\\d+\\.\\d\\d)%  program \\1%  \\(8 positions\\)")
                .containsPattern("test   model (\\d+\\.\\d\\d)%  program \\1%  \\(8 positions\\)");
        CliRun classify = CliRun.of("run", out.resolve("program.json").toString(), "--input", "<s> the Zebedee at </s>");
        assertThat(classify.exitCode()).isZero();
        assertThat(classify.out()).isIn("yes" + NL, "no" + NL);
    }

    @Test
    void withoutVocabSizeAnUnseenHeldOutWordIsAUsageErrorThatSaysWhatToDo() throws Exception {
        CliRun run = train(names(false), dir.resolve("x"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).matches("tprog train: val example 1 has the token 'name\\d+', which no training example"
                + " has, and a program reads only those \\(the training split has 70 distinct tokens\\): with --data,"
                + " give --vocab-size N to keep the N most frequent training tokens and read every other token as <unk>;"
                + " with --task, give a larger --size \\(see 'tprog train --help'\\)" + NL);
        assertThat(train(names(false), dir.resolve("x"), "--vocab-size", "0").err())
                .startsWith("tprog train: --vocab-size must be at least 1, got 0");
        assertThat(dir.resolve("x")).doesNotExist();
    }
}
