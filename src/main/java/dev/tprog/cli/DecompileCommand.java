package dev.tprog.cli;

import dev.tprog.io.InputException;
import dev.tprog.task.Dataset;
import dev.tprog.train.Checkpoint;
import dev.tprog.train.RunSettings;
import dev.tprog.train.Trainer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tprog decompile}: the program of a saved run's checkpoint, as the reference's decompile.py. */
@Command(name = "decompile", mixinStandardHelpOptions = true,
        description = {"Turn a training run's checkpoint into its program.",
                "",
                "Rebuilds the run's data and model from RUN_DIR/config.json, loads",
                "RUN_DIR/checkpoint.bin (the last finished epoch, also of an interrupted",
                "run), and writes program.json and results.csv."})
final class DecompileCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RUN_DIR", description = "A directory written by tprog train.")
    Path run;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write (default: RUN_DIR).")
    Path out;

    @Option(names = "--emit", split = ",", paramLabel = "LANG", description = "Also write the program as python, java, rasp.")
    List<Language> emit = List.of();

    @picocli.CommandLine.Mixin
    ThreadsOption threads;

    @Override
    public Integer call() {
        RunSettings settings = RunSettings.read(run);
        if (settings.standard() != null) {
            throw InputException.in(run, "a standard transformer run (--standard): it has no program to decompile;"
                    + " its scores are in results.csv");
        }
        Trainer trainer;
        try {
            Dataset dataset = settings.dataset();
            trainer = settings.trainer(dataset, threads.threads);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), run + "/" + RunSettings.FILE + ": " + e.getMessage(), e);
        }
        Checkpoint checkpoint = Checkpoint.read(run.resolve(Checkpoint.FILE), trainer.newModel().parameterSizes());
        spec.commandLine().getOut().printf("decompile %s after epoch %d of %d%n", run, checkpoint.epochsDone(),
                settings.training().epochs());
        Trainer.Result result = trainer.discretise(settings.name(), checkpoint);
        return RunOutput.write(out == null ? run : out, settings.name(), result, emit, spec.commandLine().getOut())
                ? 0 : ErrorReporter.RUNTIME_ERROR;
    }
}
