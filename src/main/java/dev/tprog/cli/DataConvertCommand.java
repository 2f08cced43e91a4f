package dev.tprog.cli;

import static java.util.Objects.requireNonNullElse;

import dev.tprog.io.InputException;
import dev.tprog.task.DatasetFiles;
import dev.tprog.task.Example;
import dev.tprog.task.nlp.ConllReader;
import dev.tprog.task.nlp.LabelledSentence;
import dev.tprog.task.nlp.NlpExamples;
import dev.tprog.task.nlp.TaggedSentence;
import dev.tprog.task.nlp.TsvReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tprog data convert}: NLP corpora into tprog JSON Lines, prepared as the reference prepares them. */
@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Convert a CoNLL-2003 tagging file or a label<TAB>text classification file",
                "into tprog JSON Lines.",
                "",
                "Sentences are filtered by length and framed as the reference prepares its",
                "NLP sets (docs/nlp-data.md)."})
final class DataConvertCommand implements Runnable {

    /** The input formats, with the length limits of the reference's scripts for each. */
    enum Format {
        /** scripts/conll.sh: --min_length 1 --max_length 32. */
        CONLL(1, 32),
        /** scripts/classification.sh: --min_length 1 --max_length 64. */
        TSV(1, 64);

        final int minLength;
        final int maxLength;

        Format(int minLength, int maxLength) {
            this.minLength = minLength;
            this.maxLength = maxLength;
        }
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "conll|tsv",
            description = "conll: CoNLL-2003 columns, one token per line; tsv: one label<TAB>text per line.")
    Format format;

    @Parameters(paramLabel = "INPUT", description = "The file to convert.")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The JSONL file to write.")
    Path out;

    @Option(names = "--min-length", paramLabel = "N",
            description = "Keep sentences of at least N words (default: 1, as the reference's scripts).")
    Integer minLength;

    @Option(names = "--max-length", paramLabel = "N",
            description = "Keep sentences of fewer than N-1 words, so examples have at most N tokens"
                    + " (default: 32 for conll, 64 for tsv, as the reference's scripts).")
    Integer maxLength;

    @Option(names = "--lower", description = "Lower-case the words (the reference's --do_lower 1).")
    boolean lower;

    @Option(names = "--replace-numbers",
            description = "Replace every run of digits in a word by @ (the reference's --replace_numbers 1).")
    boolean replaceNumbers;

    @Option(names = "--token-column", paramLabel = "N",
            description = "conll: the word's column, from 0; negative counts from the end (default: 0).")
    Integer tokenColumn;

    @Option(names = "--tag-column", paramLabel = "N",
            description = "conll: the tag's column, from 0; negative counts from the end (default: -1, the last).")
    Integer tagColumn;

    @Override
    public void run() {
        NlpExamples conversion = conversion();
        int sentences;
        List<Example> examples;
        if (format == Format.CONLL) {
            List<TaggedSentence> tagged = new ConllReader(requireNonNullElse(tokenColumn, ConllReader.DEFAULT_TOKEN_COLUMN),
                    requireNonNullElse(tagColumn, ConllReader.DEFAULT_TAG_COLUMN)).read(input);
            sentences = tagged.size();
            examples = conversion.tagging(tagged);
        } else {
            List<LabelledSentence> labelled = TsvReader.read(input);
            sentences = labelled.size();
            examples = conversion.classification(labelled);
        }
        if (examples.isEmpty()) {
            // An empty file would only fail later, further from the cause.
            throw InputException.in(input, "no sentence of " + conversion.minLength() + " to " + (conversion.maxLength() - 2)
                    + " words among the " + sentences + " read; nothing written");
        }
        DatasetFiles.writeExamples(examples, out);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("wrote %s: kept %d of %d sentences, dropped %d (kept: %d to %d words)%n", out, examples.size(),
                sentences, sentences - examples.size(), conversion.minLength(), conversion.maxLength() - 2);
        stdout.flush();
    }

    private NlpExamples conversion() {
        if (format == Format.TSV && (tokenColumn != null || tagColumn != null)) {
            throw new ParameterException(spec.commandLine(), "--token-column and --tag-column apply to --format conll only");
        }
        try {
            return new NlpExamples(requireNonNullElse(minLength, format.minLength),
                    requireNonNullElse(maxLength, format.maxLength), lower, replaceNumbers);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
