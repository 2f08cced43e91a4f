package dev.tprog.cli;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/** A wrong flag or an impossible value: one line naming the command and the fix, exit code 2. */
final class UsageErrorReporter implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        String command = commandLine.getCommandSpec().qualifiedName();
        commandLine.getErr().println(command + ": " + e.getMessage() + " (see '" + command + " --help')");
        if (ErrorReporter.isVerbose(commandLine)) {
            e.printStackTrace(commandLine.getErr());
        }
        return ErrorReporter.USAGE_ERROR;
    }
}
