package dev.tprog.rasp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Error messages: positions, the failing s-op and the input; the REPL survives everything. */
class ErrorsTest {
    @Test
    void runtimeErrorNamesTheSopAndTheInput() {
        assertThat(RaspTesting.diagnostics("set example \"ab\"\nz = tokens_int + 1;"))
                .singleElement().satisfies(d -> assertThat(d.headline()).isEqualTo(
                        "<test>:2:1: error: evaluation failed in: [ tokens_int ] on input \"ab\": invalid literal"
                                + " for int() with base 10: 'a'"));
    }

    @Test
    void failingStatementIsSkippedAndTheRestRuns() throws IOException {
        String out = ReplTranscriptTest.run("x = 1 / 0;\ny = 2;\ny;\n");
        assertThat(out).contains("error: division by zero").contains("value: y =  2");
    }

    @Test
    void unknownNamesAndReservedNames() {
        assertThat(RaspTesting.diagnostics("a = nothing;")).singleElement()
                .satisfies(d -> assertThat(d.message()).isEqualTo("Undefined variable: nothing"));
        assertThat(RaspTesting.diagnostics("length = 1;")).singleElement()
                .satisfies(d -> assertThat(d.message()).isEqualTo("Cannot set reserved name: length"));
    }

    @Test
    void evaluationErrorNamesTheFailingNode() {
        Interpreter s = RaspTesting.session("q = aggregate(select(indices, indices, <=), tokens);");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.evaluate(s.sop("q"),
                Inputs.of(new Value.Str("ab")))).hasMessage("evaluation failed in: [ q ] on input \"ab\": asked to "
                + "average multiple values, but they are non-numbers: ['a', 'b']");
    }

    @Test
    void missingLoadFile() {
        assertThat(RaspTesting.diagnostics("load \"no_such_file\";")).singleElement()
                .satisfies(d -> assertThat(d.message()).isEqualTo("could not find file: no_such_file.rasp"));
    }
}
