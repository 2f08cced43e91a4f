package dev.tprog.cli;

import dev.tprog.io.InputException;
import dev.tprog.rasp.Analysis;
import dev.tprog.rasp.InteractiveRepl;
import dev.tprog.rasp.OneShot;
import dev.tprog.rasp.RaspError;
import dev.tprog.rasp.Repl;
import dev.tprog.rasp.SOp;
import dev.tprog.rasp.Source;
import dev.tprog.rasp.Value;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tprog rasp}: the RASP REPL, a file runner, one-shot evaluation and the layer analysis. */
@Command(name = "rasp", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"RASP, the language of transformer computations (docs/rasp.md).",
                "",
                "No arguments: the REPL. FILE: run it as the REPL would. -e: one program on",
                "one input."})
final class RaspCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "A .rasp file to run.")
    Path file;

    @Option(names = {"-e", "--eval"}, paramLabel = "SOURCE",
            description = "Statements to run; the value of the last one is printed on the input (one line).")
    String eval;

    @ArgGroup(exclusive = true)
    InputOption input;

    @Option(names = "--analyse", paramLabel = "NAME", arity = "0..1", fallbackValue = "",
            description = "Print the layers and heads FILE's s-op NAME needs (default: the last s-op assigned).")
    String analyse;

    @Option(names = "--vocab", split = ",", paramLabel = "T,...",
            description = "With --analyse: also print each s-op's value set over inputs of these tokens.")
    java.util.List<String> vocab;

    @Option(names = "--max-length", paramLabel = "N", defaultValue = "5",
            description = "With --vocab: the longest input (default: ${DEFAULT-VALUE}); all inputs when few, else 5000 random ones.")
    int maxLength;

    @Option(names = "--bos", description = "With --vocab: start every input with <s>, as task inputs do.")
    boolean bos;

    static final class InputOption {
        @Option(names = "--input", paramLabel = "TEXT", description = "The input, one token per character.")
        String text;

        @Option(names = "--tokens", paramLabel = "\"T1 T2 ...\"", description = "The input as space-separated tokens.")
        String tokens;

        Value value() {
            if (text != null) {
                return new Value.Str(text);
            }
            return new Value.ListValue(Arrays.stream(tokens.trim().split("\\s+")).<Value>map(Value.Str::new).toList());
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (eval != null) {
            return oneShot(out, err);
        }
        Repl repl = new Repl(out, err);
        repl.setVerbose(ErrorReporter.isVerbose(spec.commandLine()));
        if (input != null) {
            setExample(repl, input.value());
        }
        if (file != null) {
            return runFile(repl, out);
        }
        if (analyse != null) {
            throw new ParameterException(spec.commandLine(), "--analyse needs a FILE");
        }
        if (System.console() != null) {
            InteractiveRepl.run(repl, Path.of(System.getProperty("user.home"), ".tprog_rasp_history"));
        } else {
            repl.run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), true);
        }
        return repl.errors() == 0 ? 0 : ErrorReporter.RUNTIME_ERROR;
    }

    private int oneShot(PrintWriter out, PrintWriter err) {
        if (input == null) {
            throw new ParameterException(spec.commandLine(), "-e needs --input TEXT or --tokens \"T1 T2 ...\"");
        }
        if (file != null || analyse != null) {
            throw new ParameterException(spec.commandLine(), "-e runs on its own: drop FILE and --analyse");
        }
        OneShot.Outcome outcome;
        try {
            outcome = OneShot.run(eval, dev.tprog.rasp.Inputs.of(input.value()));
        } catch (RaspError e) {
            throw new InputException(e.getMessage());
        }
        outcome.diagnostics().forEach(d -> err.println(d.render()));
        if (!outcome.ok()) {
            return ErrorReporter.RUNTIME_ERROR;
        }
        if (outcome.value() == null) {
            err.println("tprog rasp: -e: the last statement has no value to show");
            return ErrorReporter.RUNTIME_ERROR;
        }
        out.println(outcome.value());
        out.flush();
        return 0;
    }

    private int runFile(Repl repl, PrintWriter out) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException | UncheckedIOException e) {
            throw InputException.in(file, "cannot read: " + e.getMessage());
        }
        Source source = new Source(file.toString(), text);
        if (analyse != null) {
            return analyse(repl, source, out);
        }
        repl.run(source);
        return repl.errors() == 0 ? 0 : ErrorReporter.RUNTIME_ERROR;
    }

    private int analyse(Repl repl, Source source, PrintWriter out) {
        repl.quiet(true);
        repl.run(source);
        if (repl.errors() > 0) {
            return ErrorReporter.RUNTIME_ERROR;
        }
        String name = analyse.isEmpty() ? repl.lastSopName() : analyse;
        if (name == null) {
            throw InputException.in(file, "assigns no s-op to analyse");
        }
        SOp sop;
        try {
            sop = repl.session().sop(name);
        } catch (RaspError e) {
            throw InputException.in(file, e.getMessage());
        }
        if (vocab != null && (vocab.isEmpty() || maxLength < 1)) {
            throw new ParameterException(spec.commandLine(), "--vocab needs tokens and --max-length at least 1");
        }
        java.util.List<java.util.List<Value.Atom>> inputs = vocab == null ? null
                : Analysis.inputs(vocab, maxLength, bos ? java.util.List.of("<s>") : java.util.List.of(), 5000, 0);
        out.print(Analysis.of(repl.session(), sop).render(input == null ? null : repl.sequenceExample(), inputs));
        out.flush();
        return 0;
    }

    private void setExample(Repl repl, Value example) {
        try {
            repl.setExample(example);
        } catch (RaspError e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
