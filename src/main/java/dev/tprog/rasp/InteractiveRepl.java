package dev.tprog.rasp;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** The terminal front end of {@link Repl}: JLine editing and history; Ctrl-C drops a statement, Ctrl-D exits. */
public final class InteractiveRepl {
    private InteractiveRepl() {}

    public static void run(Repl repl, Path history) throws IOException {
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("tprog-rasp")
                    .variable(LineReader.HISTORY_FILE, history).build();
            PrintWriter out = terminal.writer();
            repl.greet();
            while (!repl.exited()) {
                try {
                    repl.feed(reader.readLine(repl.prompt()));
                } catch (UserInterruptException e) {
                    repl.cancel();
                } catch (EndOfFileException e) {
                    out.println();
                    break;
                }
            }
            out.flush();
        }
    }
}
