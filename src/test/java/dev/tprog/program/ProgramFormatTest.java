package dev.tprog.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tprog.io.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProgramFormatTest {

    @Test
    void handBuiltProgramsRoundTripExactly() {
        for (Program program : new Program[] {HandBuiltPrograms.hist(), HandBuiltPrograms.reverse()}) {
            String json = ProgramFormat.toJson(program);
            Program read = ProgramFormat.fromJson(json);
            assertThat(read).isEqualTo(program);
            assertThat(ProgramFormat.toJson(read)).isEqualTo(json);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void randomProgramsRoundTripBitForBit(long seed) {
        Program program = RandomPrograms.generate(seed);
        String json = ProgramFormat.toJson(program);
        assertThat(ProgramFormat.fromJson(json)).isEqualTo(program);
        assertThat(ProgramFormat.toJson(ProgramFormat.fromJson(json))).isEqualTo(json);
    }

    @Test
    void awkwardFloatsSurvive() {
        float[] weights = {0.1f, -0.5f, Float.MIN_VALUE, Float.MAX_VALUE, 1e-7f, 3.4028235e38f, 16777217f, 0.33333334f};
        Program hist = HandBuiltPrograms.hist();
        Program program = new Program("floats", hist.vocabulary(), 8, false, hist.embeddings(), hist.layers(),
                new Classifier(java.util.List.of("a", "b", "c", "d", "e", "f", "g", "h"),
                        java.util.List.of(new ClassifierTerm.Constant("bias", new Weights(weights))),
                        Classifier.Readout.EACH_POSITION));
        assertThat(ProgramFormat.fromJson(ProgramFormat.toJson(program))).isEqualTo(program);
    }

    @Test
    void negativeZeroIsStoredAsZeroWhichNoArgmaxCanTell() {
        Weights weights = new Weights(-0.0f, 1f);
        assertThat(Float.floatToIntBits(weights.get(0))).isEqualTo(Float.floatToIntBits(0.0f));
    }

    @Test
    void theFileReadsAsTheProgramDoes() {
        String json = ProgramFormat.toJson(HandBuiltPrograms.reverse());
        assertThat(json).contains("\"format\" : \"tprog-program\"", "\"version\" : 1", "\"type\" : \"categorical_attention\"",
                "\"predicate\" : [ \"</s>\", \"</s>\"", "\"inputs\" : [ \"positions\", \"eos_position\" ]");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            version           | "version" : 1                | "version" : 2               | unsupported version 2 (this tprog reads version 1)
            format            | "tprog-program"              | "tprog-progrm"              | 'format' must be "tprog-program", got "tprog-progrm"
            missing field     | "causal" : false,            | ``                          | the file: missing field 'causal'
            unknown field     | "causal" : false,            | "causal" : false, "x" : 1,  | the file: unknown field 'x'
            key out of range  | "predicate" : [ 0, 1, 2, 3, 4, 5, 6, 7 ] | "predicate" : [ 0, 1, 2, 3, 4, 5, 6, 9 ] | layers[1].operations[0] (reversed).predicate[7]: 9 is not a value of the key [0, 1, 2, 3, 4, 5, 6, 7]
            short predicate   | "predicate" : [ 0, 1, 2, 3, 4, 5, 6, 7 ] | "predicate" : [ 0, 1, 2, 3, 4, 5, 6 ] | layers[1].operations[0] (reversed): the predicate has 7 entries but the query has 8 values
            undefined read    | "query" : "source_position"  | "query" : "nope"            | layers[1].operations[0] (reversed): nope must be a categorical variable defined before it
            wrong kind        | "value" : "tokens"           | "value" : "ones"            | layers[1].operations[0] (reversed): ones must be a categorical variable defined before it
            bad type          | "categorical_mlp"            | "lookup"                    | layers[0].operations[1]: unknown operation type "lookup"
            bad value type    | "max_length" : 8             | "max_length" : "8"          | the file: 'max_length' must be an integer
            not json          | "layers" : [                 | "layers" : [ [              | line
            """)
    void malformedFilesAreRejectedWithTheirPlace(String why, String find, String replace, String message) {
        String json = ProgramFormat.toJson(HandBuiltPrograms.reverse());
        assertThat(json).contains(find);
        String broken = json.replaceFirst(java.util.regex.Pattern.quote(find), java.util.regex.Matcher.quoteReplacement(replace));
        assertThatThrownBy(() -> ProgramFormat.fromJson(broken)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void aMlpTableOfTheWrongSizeIsNamed() {
        String valid = ProgramFormat.toJson(HandBuiltPrograms.reverse());
        assertThat(valid).contains("\"table\" : [ 0, 1,");
        String json = valid.replace("\"table\" : [ 0, 1,", "\"table\" : [ 1,");
        assertThatThrownBy(() -> ProgramFormat.fromJson(json))
                .hasMessage("source_position (layer 0): the table has 63 rows but its inputs have 64 value combinations");
    }

    @Test
    void readingAFileNamesIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("program.json");
        Files.writeString(file, "{\"format\": \"tprog-program\", \"version\": 3}");
        assertThatThrownBy(() -> ProgramFormat.read(file)).isInstanceOf(InputException.class)
                .hasMessage(file + ": unsupported version 3 (this tprog reads version 1)");
        assertThatThrownBy(() -> ProgramFormat.read(dir.resolve("none.json"))).hasMessage(dir.resolve("none.json")
                + ": no such file");
        ProgramFormat.write(HandBuiltPrograms.hist(), file);
        assertThat(ProgramFormat.read(file)).isEqualTo(HandBuiltPrograms.hist());
    }

    /** Random edits of valid files: every outcome is a program or a clear IllegalArgumentException. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void mutatedFilesNeverCrashTheReader(long seed) {
        Random random = new Random(seed);
        String[] replacements = {"", "0", "-1", "null", "\"x\"", "[]", "{}", "1e9", "true", "\"tokens\"", ",", "]"};
        for (int trial = 0; trial < 300; trial++) {
            String json = ProgramFormat.toJson(trial % 2 == 0 ? RandomPrograms.generate(seed * 1000 + trial)
                    : HandBuiltPrograms.reverse());
            StringBuilder mutated = new StringBuilder(json);
            for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                int start = random.nextInt(mutated.length());
                int end = Math.min(mutated.length(), start + random.nextInt(8));
                mutated.replace(start, end, replacements[random.nextInt(replacements.length)]);
            }
            try {
                ProgramFormat.fromJson(mutated.toString());
            } catch (IllegalArgumentException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        }
    }
}
