package dev.tprog.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command: groups the subcommands and holds the options they all share. */
@Command(name = "tprog", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Learn, read, run and synthesize Transformer Programs and RASP.",
        subcommands = {DataCommand.class, RunCommand.class, EmitCommand.class, ExplainCommand.class, VerifyCommand.class, TrainCommand.class, DecompileCommand.class,
                RaspCommand.class, SynthCommand.class, BenchCommand.class, ImportReferenceCommand.class, ProgramBenchCommand.class, HelpCommand.class})
public final class TprogCommand extends CommandGroup {

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Show the full stack trace when something fails.")
    boolean verbose;
}
