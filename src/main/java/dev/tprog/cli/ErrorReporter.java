package dev.tprog.cli;

import dev.tprog.io.InputException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception from a running command into one line on stderr and exit code 1.
 * Bad input is expected and gets its own message; anything else is a bug in tprog and says so.
 * {@code --verbose} adds the stack trace.
 */
final class ErrorReporter implements IExecutionExceptionHandler {
    static final int RUNTIME_ERROR = 1;
    static final int USAGE_ERROR = 2;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        if (e instanceof CommandLine.ParameterException usage) {
            return new UsageErrorReporter().handleParseException(usage, parseResult.originalArgs().toArray(String[]::new));
        }
        String message = e instanceof InputException || e instanceof UncheckedIOException
                ? e.getMessage()
                : "internal error: " + e + " (please report it; --verbose shows where)";
        commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": " + message);
        if (isVerbose(commandLine)) {
            e.printStackTrace(commandLine.getErr());
        }
        return RUNTIME_ERROR;
    }

    static boolean isVerbose(CommandLine commandLine) {
        CommandLine root = commandLine;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        return root.getCommand() instanceof TprogCommand tprog && tprog.verbose;
    }
}
