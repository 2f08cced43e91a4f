package dev.tprog.cli;

import picocli.CommandLine;

/** The {@code tprog} executable. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line and returns its exit code: 0 success, 1 runtime error, 2 usage error. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command tree; tests redirect its output with {@code setOut}/{@code setErr}. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new TprogCommand());
        commandLine.setExecutionExceptionHandler(new ErrorReporter());
        commandLine.setParameterExceptionHandler(new UsageErrorReporter());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }
}
