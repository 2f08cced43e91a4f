package dev.tprog.task;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a person checks first in a split: how many examples, how long, how many labelled
 * positions, and how often each label occurs (the most frequent one is the accuracy of always
 * guessing it).
 */
public record SplitStatistics(int examples, int minLength, double meanLength, int maxLength, long labelledPositions,
        Map<String, Long> labelCounts) {

    public static SplitStatistics of(List<Example> examples) {
        int min = Integer.MAX_VALUE;
        int max = 0;
        long tokens = 0;
        long labelled = 0;
        Map<String, Long> counts = new java.util.HashMap<>();
        for (Example example : examples) {
            min = Math.min(min, example.length());
            max = Math.max(max, example.length());
            tokens += example.length();
            for (String label : example.output()) {
                if (label != null) {
                    labelled++;
                    counts.merge(label, 1L, Long::sum);
                }
            }
        }
        Map<String, Long> byFrequency = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> byFrequency.put(entry.getKey(), entry.getValue()));
        return new SplitStatistics(examples.size(), examples.isEmpty() ? 0 : min,
                examples.isEmpty() ? 0 : (double) tokens / examples.size(), max, labelled, byFrequency);
    }

    /** The share of labelled positions that carry the most frequent label (0 when there are none). */
    public double majorityShare() {
        return labelledPositions == 0 ? 0 : (double) labelCounts.values().iterator().next() / labelledPositions;
    }

    /** The most frequent label, or null when nothing is labelled. */
    public String majorityLabel() {
        return labelCounts.isEmpty() ? null : labelCounts.keySet().iterator().next();
    }
}
