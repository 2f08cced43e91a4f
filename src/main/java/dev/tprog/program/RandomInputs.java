package dev.tprog.program;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Valid inputs drawn at random: any length from 1 to max length, any tokens but {@code <pad>}, and
 * for a program that reads unknown tokens as {@code <unk>} also a token outside its vocabulary.
 */
public final class RandomInputs {
    private RandomInputs() {}

    public static List<List<String>> of(Program program, int count, long seed) {
        Random random = new Random(seed);
        List<List<String>> inputs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            inputs.add(one(program, random));
        }
        return inputs;
    }

    public static List<String> one(Program program, Random random) {
        List<String> tokens = new ArrayList<>(program.vocabulary().names());
        tokens.remove(Executor.PAD);
        if (program.readsUnknownTokens()) {
            tokens.add(unseen(program.vocabulary()));
        }
        int length = 1 + random.nextInt(program.maxLength());
        List<String> input = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            input.add(tokens.get(random.nextInt(tokens.size())));
        }
        return input;
    }

    /** A token the vocabulary lacks, which every emitted language can spell. */
    private static String unseen(ValueSet vocabulary) {
        String token = "unseen";
        while (vocabulary.slotOf(token) >= 0) {
            token = token + "_";
        }
        return token;
    }
}
