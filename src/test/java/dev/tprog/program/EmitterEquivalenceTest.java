package dev.tprog.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every emitted language computes exactly what the executor computes, on many random inputs. */
class EmitterEquivalenceTest {

    /**
     * Hand-built and random programs, and pooled forms of some: their mean logits must agree to the
     * bit too. Those with {@code <unk>} get inputs with a token outside their vocabulary as well.
     */
    static Stream<Program> programs() {
        Stream<Program> perPosition = Stream.concat(
                Stream.of(HandBuiltPrograms.hist(), HandBuiltPrograms.reverse(), HandBuiltPrograms.moreThanOnes()),
                LongStream.rangeClosed(1, 25).mapToObj(RandomPrograms::generate));
        Stream<Program> pooled = Stream.concat(Stream.of(HandBuiltPrograms.hist()),
                LongStream.rangeClosed(1, 12).mapToObj(RandomPrograms::generate)).map(HandBuiltPrograms::pooled);
        Stream<Program> readingUnknown = Stream.concat(
                Stream.of(HandBuiltPrograms.reverseReadingUnknown(), HandBuiltPrograms.largeVocabulary()),
                LongStream.rangeClosed(1, 8).mapToObj(RandomPrograms::generateReadingUnknown));
        return Stream.of(perPosition, pooled, readingUnknown).flatMap(programs -> programs);
    }

    private static List<List<String>> inputs(Program program) {
        Random random = new Random(program.name().hashCode());
        List<List<String>> inputs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            inputs.add(RandomInputs.one(program, random));
        }
        return inputs;
    }

    private static List<List<String>> expected(Program program, List<List<String>> inputs) {
        Executor executor = new Executor(program);
        return inputs.stream().map(executor::predict).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void inputsOfProgramsWithUnkHaveUnknownTokens(Program program) {
        boolean unknown = inputs(program).stream().flatMap(List::stream)
                .anyMatch(token -> program.vocabulary().slotOf(token) < 0);
        assertThat(unknown).isEqualTo(program.readsUnknownTokens());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void javaAgreesWithTheExecutor(Program program) {
        List<List<String>> inputs = inputs(program);
        EmittedJava java = EmittedJava.compile(program);
        assertThat(inputs.stream().map(java::run).toList()).isEqualTo(expected(program, inputs));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void pythonAgreesWithTheExecutor(Program program) throws Exception {
        assumeTrue(EmittedPython.available(), "python3 is not on the PATH");
        List<List<String>> inputs = inputs(program);
        assertThat(EmittedPython.run(PythonEmitter.emit(program), inputs)).isEqualTo(expected(program, inputs));
    }
}
