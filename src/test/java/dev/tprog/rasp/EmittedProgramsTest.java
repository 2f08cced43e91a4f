package dev.tprog.rasp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tprog.program.Executor;
import dev.tprog.program.HandBuiltPrograms;
import dev.tprog.program.Program;
import dev.tprog.program.RandomInputs;
import dev.tprog.program.RandomPrograms;
import dev.tprog.program.RaspEmitter;
import dev.tprog.program.Simplifier;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Programs written as RASP by the Program IR's emitter run in this interpreter with the same predictions. */
class EmittedProgramsTest {

    /** Hand-built and random programs, pooled forms of some, and programs with {@code <unk>} (on unknown tokens too). */
    static Stream<Program> programs() {
        Stream<Program> random = LongStream.rangeClosed(1, 40).mapToObj(RandomPrograms::generate)
                .filter(program -> !program.vocabulary().names().contains("\"q\""));
        return Stream.of(Stream.of(HandBuiltPrograms.hist(), HandBuiltPrograms.reverse()), random,
                Stream.of(HandBuiltPrograms.pooled(HandBuiltPrograms.hist())),
                LongStream.rangeClosed(1, 12).mapToObj(RandomPrograms::generate)
                        .filter(program -> !program.vocabulary().names().contains("\"q\""))
                        .map(HandBuiltPrograms::pooled),
                Stream.of(HandBuiltPrograms.reverseReadingUnknown()),
                LongStream.rangeClosed(1, 8).mapToObj(RandomPrograms::generateReadingUnknown)).flatMap(programs -> programs);
    }

    /** A pooled program's s-op holds its class at every position; position 0's is the prediction. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void raspPredictsWhatTheExecutorPredicts(Program program) {
        Executor executor = new Executor(program);
        for (Program form : List.of(program, Simplifier.simplify(program))) {
            SOpFunction prediction = SOpFunction.load("emitted.rasp", RaspEmitter.emit(form), "prediction");
            for (List<String> input : RandomInputs.of(program, 200, program.name().hashCode())) {
                assertThat(program.classifier().predicted(prediction.apply(input))).as("%s on %s", form.name(), input)
                        .isEqualTo(executor.predict(input));
            }
        }
    }

    @Test
    void theReverseProgramReadsAsRasp() {
        String rasp = RaspEmitter.emit(Simplifier.simplify(HandBuiltPrograms.reverse()));
        assertThat(rasp).contains(
                "eos_position = aggregate(select_closest(tokens, _eos_position_match[tokens], ==), positions);\n",
                "source_position = _source_position_table[positions * 8 + eos_position];\n",
                "reversed = aggregate(select_closest(positions, source_position, ==), tokens);\n");
    }

    @Test
    void aTokenRaspCannotSpellIsNamed() {
        Program quoted = LongStream.rangeClosed(1, 40).mapToObj(RandomPrograms::generate)
                .filter(program -> program.vocabulary().names().contains("\"q\"")).findFirst().orElseThrow();
        assertThatThrownBy(() -> RaspEmitter.emit(quoted)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("RASP strings cannot hold '\"q\"' (no double quotes or line breaks): this program cannot be"
                        + " written as RASP");
    }
}
