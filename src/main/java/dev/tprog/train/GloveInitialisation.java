package dev.tprog.train;

import dev.tprog.task.nlp.GloveReader;
import dev.tprog.task.nlp.GloveVectors;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * A learned embedding's starting logits from GloVe, as the reference's {@code --do_glove 1}
 * builds them: each vocabulary word's vector (a standard normal vector for a word the file lacks,
 * {@code <pad>} among them), mapped to the embedding's width by a Gaussian random projection with
 * entries N(0, 1/width). The reference projects with sklearn's {@code GaussianRandomProjection}
 * (random_state 0); this is the same distribution from tprog's own generator, not sklearn's
 * numbers: the projection from seed 0, as there, and the missing words from the run's seed.
 */
final class GloveInitialisation {
    private GloveInitialisation() {}

    /**
     * @param words the vocabulary, in token-id order
     * @param width the numbers per token: the embedding's variables times k
     * @return each word's logits, {@code [words][width]}
     * @throws dev.tprog.io.InputException naming the file and line when the file is not GloVe text
     */
    static float[][] vectors(Path file, List<String> words, int width, long seed) {
        GloveVectors glove = GloveReader.read(file, words);
        int dimension = glove.dimension();
        Random missing = new Random(seed);
        double[][] input = new double[words.size()][dimension];
        for (int w = 0; w < words.size(); w++) {
            float[] vector = glove.vectors().get(words.get(w));
            for (int d = 0; d < dimension; d++) {
                input[w][d] = vector != null ? vector[d] : missing.nextGaussian();
            }
        }
        Random projection = new Random(0);
        double[][] components = new double[width][dimension];
        for (double[] row : components) {
            for (int d = 0; d < dimension; d++) {
                row[d] = projection.nextGaussian() / Math.sqrt(width);
            }
        }
        float[][] logits = new float[words.size()][width];
        for (int w = 0; w < words.size(); w++) {
            for (int j = 0; j < width; j++) {
                double sum = 0;
                for (int d = 0; d < dimension; d++) {
                    sum += components[j][d] * input[w][d];
                }
                logits[w][j] = (float) sum;
            }
        }
        return logits;
    }
}
