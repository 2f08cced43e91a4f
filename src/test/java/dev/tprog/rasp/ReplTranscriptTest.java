package dev.tprog.rasp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden REPL sessions: each {@code transcripts/NAME.in} piped into the REPL must print exactly
 * {@code NAME.out}. Where the reference REPL runs the same input, the outputs were compared with
 * its output and agree except for tprog's error and warning lines and its extensions.
 */
class ReplTranscriptTest {
    @ParameterizedTest
    @ValueSource(strings = {"basics", "tasks", "precedence", "errors", "closest"})
    void transcriptMatches(String name) throws IOException {
        String input = resource(name + ".in");
        assertThat(run(input)).isEqualTo(resource(name + ".out"));
    }

    static String run(String input) throws IOException {
        StringWriter buffer = new StringWriter();
        PrintWriter out = new PrintWriter(buffer);
        Repl repl = new Repl(out, out);
        repl.run(new BufferedReader(new StringReader(input)), true);
        out.flush();
        return buffer.toString().replace(System.lineSeparator(), "\n");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ReplTranscriptTest.class.getResourceAsStream("/rasp/transcripts/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
