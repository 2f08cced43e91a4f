// Transformer Program most_freq, written by tprog. Run: java MostFreq.java '<s> 3 1 4'
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * A categorical head attends, from each query position, to the nearest key position whose
 * value the query's value matches: of two at the same distance the left one; the query's own
 * position only if it is the only match; position 0 if none matches.
 */
public final class MostFreq {
    static final boolean CAUSAL = false;
    static final int MAX_LENGTH = 8;
    static final List<String> VOCABULARY = List.of("<pad>", "0", "1", "2", "3", "4", "5", "<s>");
    static final List<String> CLASSES = List.of("0", "1", "2", "3", "4", "5", "<s>");

    // layer 0 --------------------------------------------------------------------------------

    static boolean predicate_attn_0_0_outputs(int q_position, String k_token) {
        return switch (q_position) {
            case 0, 1, 2, 3, 4, 5, 6 -> k_token.equals("2");
            case 7 -> k_token.equals("5");
            default -> false;
        };
    }

    static boolean predicate_attn_0_1_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0 -> k_position == 1;
            case 1 -> k_position == 2;
            case 2 -> k_position == 3;
            case 3 -> k_position == 4;
            case 4 -> k_position == 5;
            case 5, 6, 7 -> k_position == 6;
            default -> false;
        };
    }

    static boolean predicate_attn_0_2_outputs(int q_position, String k_token) {
        return switch (q_position) {
            case 0 -> k_token.equals("5");
            case 1 -> k_token.equals("1");
            case 2, 3, 4, 5 -> k_token.equals("0");
            case 6, 7 -> k_token.equals("3");
            default -> false;
        };
    }

    static boolean predicate_attn_0_3_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0 -> k_position == 2;
            case 1 -> k_position == 5;
            case 2 -> k_position == 1;
            case 3, 4 -> k_position == 0;
            case 5, 6 -> k_position == 7;
            case 7 -> k_position == 4;
            default -> false;
        };
    }

    static boolean predicate_num_attn_0_0_outputs(int q_position, String k_token) {
        return switch (q_position) {
            case 0 -> k_token.equals("2");
            case 1 -> k_token.equals("4");
            case 2, 3, 4, 5, 6, 7 -> k_token.equals("<s>");
            default -> false;
        };
    }

    static boolean predicate_num_attn_0_1_outputs(int q_position, String k_token) {
        return switch (q_position) {
            case 0 -> k_token.equals("5");
            case 1 -> k_token.equals("1");
            case 2 -> k_token.equals("<s>");
            case 3, 4, 5, 6, 7 -> k_token.equals("0");
            default -> false;
        };
    }

    static boolean predicate_num_attn_0_2_outputs(int q_position, String k_token) {
        return switch (q_position) {
            case 0 -> k_token.equals("5");
            case 1 -> k_token.equals("1");
            case 2, 3, 4, 5, 6, 7 -> k_token.equals("2");
            default -> false;
        };
    }

    static boolean predicate_num_attn_0_3_outputs(int q_position, String k_token) {
        return switch (q_position) {
            case 0 -> k_token.equals("4");
            case 1 -> k_token.equals("2");
            case 2, 3, 4, 5, 6 -> k_token.equals("3");
            default -> false;
        };
    }

    static final Set<List<?>> MLP_mlp_0_0_outputs_0 = Set.of(List.of(1, "0"), List.of(1, "1"), List.of(1, "2"), List.of(1, "3"), List.of(1, "4"), List.of(1, "<s>"), List.of(2, "0"), List.of(2, "1"), List.of(2, "2"), List.of(2, "3"), List.of(2, "4"), List.of(2, "5"), List.of(2, "<s>"));
    static final Set<List<?>> MLP_mlp_0_0_outputs_1 = Set.of(List.of(1, "5"));
    static final Set<List<?>> MLP_mlp_0_0_outputs_2 = Set.of(List.of(3, "0"), List.of(3, "1"), List.of(3, "2"), List.of(3, "3"), List.of(3, "4"), List.of(3, "<s>"), List.of(4, "0"), List.of(4, "1"), List.of(4, "2"), List.of(4, "3"), List.of(4, "4"), List.of(4, "5"), List.of(4, "<s>"));
    static final Set<List<?>> MLP_mlp_0_0_outputs_3 = Set.of(List.of(3, "5"));

    static int mlp_mlp_0_0_outputs(int position, String attn_0_1_output) {
        List<?> key = List.of(position, attn_0_1_output);
        if (MLP_mlp_0_0_outputs_0.contains(key)) {
            return 5;
        }
        if (MLP_mlp_0_0_outputs_1.contains(key)) {
            return 7;
        }
        if (MLP_mlp_0_0_outputs_2.contains(key)) {
            return 0;
        }
        if (MLP_mlp_0_0_outputs_3.contains(key)) {
            return 3;
        }
        return 2;
    }

    static final Set<List<?>> MLP_mlp_0_1_outputs_0 = Set.of(List.of(0, "5"));
    static final Set<List<?>> MLP_mlp_0_1_outputs_1 = Set.of(List.of(1, "0"), List.of(1, "1"), List.of(1, "2"), List.of(1, "3"), List.of(1, "4"), List.of(1, "5"), List.of(1, "<s>"));
    static final Set<List<?>> MLP_mlp_0_1_outputs_2 = Set.of(List.of(2, "0"), List.of(2, "1"), List.of(2, "2"), List.of(2, "3"), List.of(2, "4"), List.of(2, "5"), List.of(2, "<s>"), List.of(4, "0"));
    static final Set<List<?>> MLP_mlp_0_1_outputs_3 = Set.of(List.of(3, "0"), List.of(5, "0"));
    static final Set<List<?>> MLP_mlp_0_1_outputs_4 = Set.of(List.of(3, "5"), List.of(4, "5"), List.of(5, "5"), List.of(6, "0"), List.of(6, "1"), List.of(6, "2"), List.of(6, "3"), List.of(6, "4"), List.of(6, "5"), List.of(6, "<s>"), List.of(7, "0"), List.of(7, "1"), List.of(7, "2"), List.of(7, "3"), List.of(7, "4"), List.of(7, "5"), List.of(7, "<s>"));

    static int mlp_mlp_0_1_outputs(int position, String attn_0_2_output) {
        List<?> key = List.of(position, attn_0_2_output);
        if (MLP_mlp_0_1_outputs_0.contains(key)) {
            return 3;
        }
        if (MLP_mlp_0_1_outputs_1.contains(key)) {
            return 0;
        }
        if (MLP_mlp_0_1_outputs_2.contains(key)) {
            return 2;
        }
        if (MLP_mlp_0_1_outputs_3.contains(key)) {
            return 7;
        }
        if (MLP_mlp_0_1_outputs_4.contains(key)) {
            return 6;
        }
        return 1;
    }

    static final Set<List<?>> MLP_num_mlp_0_0_outputs_0 = Set.of(List.of(0, 0), List.of(0, 1), List.of(0, 2), List.of(0, 3), List.of(0, 4), List.of(0, 5), List.of(0, 6), List.of(0, 7));

    static int mlp_num_mlp_0_0_outputs(int num_attn_0_3_output, int num_attn_0_0_output) {
        List<?> key = List.of(num_attn_0_3_output, num_attn_0_0_output);
        if (MLP_num_mlp_0_0_outputs_0.contains(key)) {
            return 2;
        }
        return 7;
    }

    static int mlp_num_mlp_0_1_outputs(int num_attn_0_0_output) {
        return switch (num_attn_0_0_output) {
            case 0 -> 4;
            default -> 2;
        };
    }

    // layer 1 --------------------------------------------------------------------------------

    static boolean predicate_attn_1_0_outputs(int q_position, String k_token) {
        return switch (q_position) {
            case 0, 1 -> k_token.equals("5");
            case 2 -> k_token.equals("0");
            case 3, 4, 5, 6 -> k_token.equals("1");
            case 7 -> k_token.equals("2");
            default -> false;
        };
    }

    static boolean predicate_attn_1_1_outputs(String q_attn_0_2_output, int k_mlp_0_1_output) {
        return switch (q_attn_0_2_output) {
            case "1" -> k_mlp_0_1_output == 1;
            case "4" -> k_mlp_0_1_output == 2;
            case "5", "<s>" -> k_mlp_0_1_output == 6;
            default -> false;
        };
    }

    static boolean predicate_attn_1_2_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0, 4, 7 -> k_position == 7;
            case 1, 3, 6 -> k_position == 2;
            case 2, 5 -> k_position == 1;
            default -> false;
        };
    }

    static boolean predicate_attn_1_3_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0, 2, 5 -> k_position == 0;
            case 1 -> k_position == 5;
            case 3 -> k_position == 6;
            case 4, 7 -> k_position == 7;
            case 6 -> k_position == 3;
            default -> false;
        };
    }

    static boolean predicate_num_attn_1_0_outputs(String q_attn_0_3_output, String k_token) {
        return switch (q_attn_0_3_output) {
            case "0", "1", "2", "4", "5" -> k_token.equals("3");
            case "3" -> k_token.equals("<s>");
            case "<s>" -> k_token.equals("2");
            default -> false;
        };
    }

    static boolean predicate_num_attn_1_1_outputs(String q_attn_0_3_output, String k_token) {
        return switch (q_attn_0_3_output) {
            case "0", "2", "3" -> k_token.equals("5");
            case "1", "5" -> k_token.equals("<s>");
            case "4", "<s>" -> k_token.equals("4");
            default -> false;
        };
    }

    static boolean predicate_num_attn_1_2_outputs(String q_attn_0_2_output, String k_token) {
        return switch (q_attn_0_2_output) {
            case "0", "3" -> k_token.equals("<s>");
            case "1" -> k_token.equals("5");
            case "2", "5" -> k_token.equals("4");
            case "4", "<s>" -> k_token.equals("1");
            default -> false;
        };
    }

    static boolean predicate_num_attn_1_3_outputs(String q_attn_0_2_output, String k_token) {
        return switch (q_attn_0_2_output) {
            case "0", "2", "3", "5", "<s>" -> k_token.equals("<s>");
            case "1" -> k_token.equals("1");
            case "4" -> k_token.equals("4");
            default -> false;
        };
    }

    static final Set<List<?>> MLP_mlp_1_0_outputs_0 = Set.of(List.of(0, "0"), List.of(0, "5"), List.of(1, "5"), List.of(2, "5"), List.of(3, "5"), List.of(4, "0"), List.of(4, "4"), List.of(4, "5"), List.of(5, "5"), List.of(6, "0"), List.of(6, "1"), List.of(6, "2"), List.of(6, "3"), List.of(6, "4"), List.of(6, "5"), List.of(7, "0"), List.of(7, "2"), List.of(7, "4"), List.of(7, "5"));
    static final Set<List<?>> MLP_mlp_1_0_outputs_1 = Set.of(List.of(0, "2"), List.of(3, "2"), List.of(4, "2"), List.of(5, "0"), List.of(5, "2"), List.of(5, "4"));
    static final Set<List<?>> MLP_mlp_1_0_outputs_2 = Set.of(List.of(0, "3"), List.of(1, "3"), List.of(2, "3"), List.of(3, "3"), List.of(4, "3"), List.of(5, "3"), List.of(7, "3"));
    static final Set<List<?>> MLP_mlp_1_0_outputs_3 = Set.of(List.of(1, "2"));

    static int mlp_mlp_1_0_outputs(int position, String attn_1_2_output) {
        List<?> key = List.of(position, attn_1_2_output);
        if (MLP_mlp_1_0_outputs_0.contains(key)) {
            return 7;
        }
        if (MLP_mlp_1_0_outputs_1.contains(key)) {
            return 3;
        }
        if (MLP_mlp_1_0_outputs_2.contains(key)) {
            return 5;
        }
        if (MLP_mlp_1_0_outputs_3.contains(key)) {
            return 0;
        }
        return 4;
    }

    static final Set<List<?>> MLP_mlp_1_1_outputs_0 = Set.of(List.of("0", "1"), List.of("0", "2"), List.of("2", "0"), List.of("2", "1"), List.of("2", "2"), List.of("2", "3"), List.of("2", "4"), List.of("2", "5"), List.of("2", "<s>"), List.of("3", "0"), List.of("3", "2"), List.of("3", "4"), List.of("3", "5"), List.of("4", "3"), List.of("5", "3"));
    static final Set<List<?>> MLP_mlp_1_1_outputs_1 = Set.of(List.of("0", "3"), List.of("1", "3"), List.of("3", "1"), List.of("3", "3"), List.of("3", "<s>"), List.of("<s>", "3"));
    static final Set<List<?>> MLP_mlp_1_1_outputs_2 = Set.of(List.of("0", "<s>"), List.of("1", "<s>"), List.of("<s>", "0"), List.of("<s>", "1"), List.of("<s>", "4"), List.of("<s>", "5"), List.of("<s>", "<s>"));

    static int mlp_mlp_1_1_outputs(String attn_1_2_output, String attn_1_1_output) {
        List<?> key = List.of(attn_1_2_output, attn_1_1_output);
        if (MLP_mlp_1_1_outputs_0.contains(key)) {
            return 0;
        }
        if (MLP_mlp_1_1_outputs_1.contains(key)) {
            return 2;
        }
        if (MLP_mlp_1_1_outputs_2.contains(key)) {
            return 4;
        }
        return 1;
    }

    static final Set<List<?>> MLP_num_mlp_1_0_outputs_0 = Set.of(List.of(0, 0), List.of(0, 1));
    static final Set<List<?>> MLP_num_mlp_1_0_outputs_1 = Set.of(List.of(0, 2), List.of(0, 3), List.of(0, 4), List.of(0, 5), List.of(0, 6), List.of(0, 7), List.of(0, 8), List.of(1, 3), List.of(1, 4), List.of(1, 5), List.of(1, 6), List.of(1, 7), List.of(1, 8), List.of(2, 5), List.of(2, 6), List.of(2, 7), List.of(2, 8), List.of(3, 6), List.of(3, 7), List.of(3, 8), List.of(4, 8));
    static final Set<List<?>> MLP_num_mlp_1_0_outputs_2 = Set.of(List.of(2, 0), List.of(3, 0), List.of(3, 1), List.of(4, 0), List.of(4, 1), List.of(4, 2), List.of(5, 0), List.of(5, 1), List.of(5, 2), List.of(5, 3), List.of(6, 0), List.of(6, 1), List.of(6, 2), List.of(6, 3), List.of(7, 0), List.of(7, 1), List.of(7, 2), List.of(7, 3), List.of(7, 4), List.of(8, 0), List.of(8, 1), List.of(8, 2), List.of(8, 3), List.of(8, 4), List.of(8, 5));

    static int mlp_num_mlp_1_0_outputs(int num_attn_0_1_output, int num_attn_0_2_output) {
        List<?> key = List.of(num_attn_0_1_output, num_attn_0_2_output);
        if (MLP_num_mlp_1_0_outputs_0.contains(key)) {
            return 5;
        }
        if (MLP_num_mlp_1_0_outputs_1.contains(key)) {
            return 3;
        }
        if (MLP_num_mlp_1_0_outputs_2.contains(key)) {
            return 0;
        }
        return 4;
    }

    static int mlp_num_mlp_1_1_outputs(int num_attn_1_3_output) {
        return switch (num_attn_1_3_output) {
            case 0, 1 -> 3;
            default -> 1;
        };
    }

    // layer 2 --------------------------------------------------------------------------------

    static boolean predicate_attn_2_0_outputs(int q_position, int k_mlp_0_1_output) {
        return switch (q_position) {
            case 0, 2, 4, 5, 6 -> k_mlp_0_1_output == 6;
            case 1 -> k_mlp_0_1_output == 0;
            case 3 -> k_mlp_0_1_output == 2;
            case 7 -> k_mlp_0_1_output == 1;
            default -> false;
        };
    }

    static boolean predicate_attn_2_1_outputs(String q_token, String k_token) {
        return switch (q_token) {
            case "0", "1", "2", "3", "5" -> k_token.equals("4");
            case "4" -> k_token.equals("1");
            default -> false;
        };
    }

    static boolean predicate_attn_2_2_outputs(int q_mlp_0_0_output, String k_token) {
        return switch (q_mlp_0_0_output) {
            case 0, 3 -> k_token.equals("5");
            default -> false;
        };
    }

    static boolean predicate_attn_2_3_outputs(String q_token, String k_token) {
        return switch (q_token) {
            case "0", "<s>" -> k_token.equals("5");
            case "1", "2", "3", "4", "5" -> k_token.equals("<s>");
            default -> false;
        };
    }

    static boolean predicate_num_attn_2_0_outputs(String q_attn_0_3_output, String k_token) {
        return switch (q_attn_0_3_output) {
            case "0", "2", "3", "4" -> k_token.equals("<s>");
            case "1", "<s>" -> k_token.equals("1");
            case "5" -> k_token.equals("4");
            default -> false;
        };
    }

    static boolean predicate_num_attn_2_1_outputs(String q_attn_0_3_output, String k_token) {
        return switch (q_attn_0_3_output) {
            case "0" -> k_token.equals("3");
            case "1", "2", "3", "4", "5", "<s>" -> k_token.equals("0");
            default -> false;
        };
    }

    static boolean predicate_num_attn_2_2_outputs(String q_attn_0_3_output, String k_token) {
        return switch (q_attn_0_3_output) {
            case "0", "1", "3", "4", "5" -> k_token.equals("2");
            case "2", "<s>" -> k_token.equals("<s>");
            default -> false;
        };
    }

    static boolean predicate_num_attn_2_3_outputs(String q_attn_0_3_output, String k_token) {
        return switch (q_attn_0_3_output) {
            case "0" -> k_token.equals("1");
            case "1", "2", "3", "4", "5", "<s>" -> k_token.equals("0");
            default -> false;
        };
    }

    static final Set<List<?>> MLP_mlp_2_0_outputs_0 = Set.of(List.of("0", "0"));
    static final Set<List<?>> MLP_mlp_2_0_outputs_1 = Set.of(List.of("0", "1"), List.of("1", "0"), List.of("2", "1"), List.of("3", "1"), List.of("3", "<s>"), List.of("5", "1"), List.of("<s>", "0"));
    static final Set<List<?>> MLP_mlp_2_0_outputs_2 = Set.of(List.of("1", "1"), List.of("1", "2"), List.of("1", "3"), List.of("1", "4"), List.of("1", "<s>"), List.of("4", "1"), List.of("4", "<s>"), List.of("<s>", "1"), List.of("<s>", "2"), List.of("<s>", "3"), List.of("<s>", "4"), List.of("<s>", "<s>"));
    static final Set<List<?>> MLP_mlp_2_0_outputs_3 = Set.of(List.of("1", "5"), List.of("2", "3"), List.of("2", "4"), List.of("2", "5"), List.of("3", "3"), List.of("3", "4"), List.of("3", "5"), List.of("4", "2"), List.of("4", "3"), List.of("4", "4"), List.of("4", "5"), List.of("5", "3"), List.of("5", "4"));
    static final Set<List<?>> MLP_mlp_2_0_outputs_4 = Set.of(List.of("5", "5"));
    static final Set<List<?>> MLP_mlp_2_0_outputs_5 = Set.of(List.of("<s>", "5"));

    static int mlp_mlp_2_0_outputs(String attn_0_3_output, String token) {
        List<?> key = List.of(attn_0_3_output, token);
        if (MLP_mlp_2_0_outputs_0.contains(key)) {
            return 1;
        }
        if (MLP_mlp_2_0_outputs_1.contains(key)) {
            return 0;
        }
        if (MLP_mlp_2_0_outputs_2.contains(key)) {
            return 7;
        }
        if (MLP_mlp_2_0_outputs_3.contains(key)) {
            return 2;
        }
        if (MLP_mlp_2_0_outputs_4.contains(key)) {
            return 4;
        }
        if (MLP_mlp_2_0_outputs_5.contains(key)) {
            return 6;
        }
        return 5;
    }

    static final Set<List<?>> MLP_mlp_2_1_outputs_0 = Set.of(List.of("0", "1"), List.of("1", "0"), List.of("1", "1"), List.of("1", "2"), List.of("1", "3"), List.of("1", "4"), List.of("1", "5"), List.of("1", "<s>"), List.of("2", "1"), List.of("3", "1"), List.of("4", "1"), List.of("5", "1"), List.of("<s>", "1"));

    static int mlp_mlp_2_1_outputs(String token, String attn_2_0_output) {
        List<?> key = List.of(token, attn_2_0_output);
        if (MLP_mlp_2_1_outputs_0.contains(key)) {
            return 6;
        }
        return 7;
    }

    static final Set<List<?>> MLP_num_mlp_2_0_outputs_0 = Set.of(List.of(0, 0), List.of(0, 1), List.of(0, 2), List.of(0, 3), List.of(0, 4), List.of(0, 5), List.of(0, 6), List.of(0, 7), List.of(0, 8), List.of(1, 0), List.of(1, 1), List.of(1, 2), List.of(1, 3), List.of(1, 4), List.of(1, 5), List.of(1, 6), List.of(1, 7), List.of(1, 8), List.of(2, 0), List.of(2, 1), List.of(2, 2), List.of(2, 3), List.of(2, 4), List.of(2, 5), List.of(2, 6), List.of(2, 7), List.of(2, 8), List.of(3, 0), List.of(3, 1), List.of(3, 2), List.of(3, 3), List.of(3, 4), List.of(3, 5), List.of(3, 6), List.of(3, 7), List.of(3, 8), List.of(4, 0), List.of(4, 1), List.of(4, 2), List.of(4, 3), List.of(4, 4), List.of(4, 5), List.of(4, 6), List.of(4, 7), List.of(4, 8), List.of(5, 0), List.of(5, 1), List.of(5, 2), List.of(5, 3), List.of(5, 4), List.of(5, 5), List.of(5, 6), List.of(5, 7), List.of(5, 8), List.of(6, 0), List.of(6, 1), List.of(6, 2), List.of(6, 3), List.of(6, 4), List.of(6, 5), List.of(6, 6), List.of(6, 7), List.of(6, 8), List.of(7, 0), List.of(7, 1), List.of(7, 2), List.of(7, 3), List.of(7, 4), List.of(7, 5), List.of(7, 6), List.of(7, 7), List.of(7, 8), List.of(8, 0), List.of(8, 1), List.of(8, 2), List.of(8, 3), List.of(8, 4), List.of(8, 5), List.of(8, 6), List.of(8, 7), List.of(8, 8), List.of(9, 0), List.of(9, 1), List.of(9, 2), List.of(9, 3), List.of(9, 4), List.of(9, 5), List.of(9, 6), List.of(9, 7), List.of(9, 8), List.of(10, 1), List.of(10, 2), List.of(10, 3), List.of(10, 4), List.of(10, 5), List.of(10, 6), List.of(10, 7), List.of(10, 8), List.of(11, 1), List.of(11, 2), List.of(11, 3), List.of(11, 4), List.of(11, 5), List.of(11, 6), List.of(11, 7), List.of(11, 8), List.of(12, 2), List.of(12, 3), List.of(12, 4), List.of(12, 5), List.of(12, 6), List.of(12, 7), List.of(12, 8), List.of(13, 3), List.of(13, 4), List.of(13, 5), List.of(13, 6), List.of(13, 7), List.of(13, 8), List.of(14, 4), List.of(14, 5), List.of(14, 6), List.of(14, 7), List.of(14, 8), List.of(15, 5), List.of(15, 6), List.of(15, 7), List.of(15, 8), List.of(16, 6), List.of(16, 7), List.of(16, 8), List.of(17, 6), List.of(17, 7), List.of(17, 8), List.of(18, 7), List.of(18, 8), List.of(19, 8));

    static int mlp_num_mlp_2_0_outputs(int num_attn_2_3_output, int num_attn_1_2_output) {
        List<?> key = List.of(num_attn_2_3_output, num_attn_1_2_output);
        if (MLP_num_mlp_2_0_outputs_0.contains(key)) {
            return 7;
        }
        return 5;
    }

    static int mlp_num_mlp_2_1_outputs(int num_attn_1_3_output) {
        return switch (num_attn_1_3_output) {
            case 0 -> 2;
            default -> 4;
        };
    }

    // classifier: the weights each feature adds to each class's logit --------------------

    static final Map<String, double[]> W_tokens = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {1.6671335697174072, 0.6448146104812622, 0.009845818392932415, -0.6497618556022644, -2.280061721801758, -0.05717495083808899, 3.4919095039367676}),
            Map.entry("1", new double[] {-0.47923606634140015, 1.2595887184143066, -0.6165490746498108, -0.6236286163330078, -3.419010639190674, -0.5128108263015747, 2.0169405937194824}),
            Map.entry("2", new double[] {-0.07124275714159012, 0.6458449959754944, 1.3360984325408936, -0.3878118097782135, -2.9566402435302734, -0.15407711267471313, 2.871706485748291}),
            Map.entry("3", new double[] {-0.007617308758199215, 0.6142538785934448, -0.597752034664154, 1.2641628980636597, -3.075653553009033, -0.17853610217571259, 2.461901903152466}),
            Map.entry("4", new double[] {-0.3111724555492401, -4.603261947631836, -0.8174657821655273, -0.7492102980613708, 7.317798614501953, -0.4371435046195984, -13.17544174194336}),
            Map.entry("5", new double[] {-0.29788994789123535, 0.8430325388908386, -0.6708458065986633, -0.4806891083717346, -2.922072649002075, 1.1572185754776, 2.57560133934021}),
            Map.entry("<s>", new double[] {0.09653003513813019, -0.07273177802562714, -0.22023972868919373, -0.03917541354894638, -0.08141926676034927, 0.384966641664505, 0.17063364386558533}));
    static final Map<Integer, double[]> W_positions = Map.ofEntries(
            Map.entry(0, new double[] {-0.6033669114112854, 0.3326207995414734, 0.15262988209724426, -0.7545896768569946, 0.3471652865409851, -0.2090923935174942, -0.04074057936668396}),
            Map.entry(1, new double[] {1.800463080406189, 0.11193544417619705, 1.5827014446258545, 3.798654317855835, -0.3097567856311798, 3.367130994796753, -11.727922439575195}),
            Map.entry(2, new double[] {-0.6243654489517212, 5.061555862426758, 1.391155481338501, 0.5249208807945251, 1.9760578870773315, 0.4588692784309387, -9.181154251098633}),
            Map.entry(3, new double[] {2.9865729808807373, 0.8304200172424316, 2.3565120697021484, 1.5531283617019653, 1.922268271446228, 2.673281669616699, -11.303016662597656}),
            Map.entry(4, new double[] {1.7227795124053955, -1.9694052934646606, -0.14571598172187805, -0.8444429636001587, -0.7772467136383057, -1.4710479974746704, 5.0942301750183105}),
            Map.entry(5, new double[] {-1.6103174686431885, -3.4011282920837402, -1.2984004020690918, -2.4394326210021973, -1.5501751899719238, -2.697322368621826, 6.106669902801514}),
            Map.entry(6, new double[] {-3.083024501800537, -7.066705703735352, -6.876401901245117, -6.026180267333984, -4.50975227355957, -6.287093639373779, 10.122581481933594}),
            Map.entry(7, new double[] {-5.049291133880615, -6.113466739654541, -7.164219379425049, -12.16423225402832, -4.451563835144043, -4.717320919036865, 7.163573265075684}));
    static final Map<String, double[]> W_attn_0_0_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {0.3705484867095947, 0.22509239614009857, -0.18675337731838226, -0.5398905277252197, -0.20375658571720123, 0.46654924750328064, -0.036663271486759186}),
            Map.entry("1", new double[] {-0.12417931109666824, -0.16356302797794342, 0.0025811628438532352, -0.3222386837005615, -0.61478590965271, 0.0832684114575386, -0.6820211410522461}),
            Map.entry("2", new double[] {0.44966012239456177, 0.29755863547325134, 1.1817878484725952, 0.21281762421131134, 0.12145392596721649, 0.7621386051177979, -5.576697826385498}),
            Map.entry("3", new double[] {0.13253287971019745, 0.44273707270622253, 0.16107526421546936, -5.110500496812165E-4, 0.8501287698745728, 0.5747807025909424, 0.8034398555755615}),
            Map.entry("4", new double[] {0.8183724880218506, 0.13061603903770447, 0.6106473207473755, -0.57389235496521, 0.06591978669166565, 0.47621744871139526, -0.5974747538566589}),
            Map.entry("5", new double[] {0.4249912202358246, -0.43489590287208557, 0.5694109201431274, -0.32991376519203186, -0.3008739650249481, 0.3044765293598175, -0.299238383769989}),
            Map.entry("<s>", new double[] {-0.24674418568611145, -0.24173367023468018, -11.604515075683594, 0.49207213521003723, -0.19562985002994537, 0.2077232003211975, 6.070771217346191}));
    static final Map<String, double[]> W_attn_0_1_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {0.9031557440757751, -0.31349971890449524, -0.3174654543399811, -0.08134478330612183, -0.24665741622447968, -0.20095686614513397, -0.07201997190713882}),
            Map.entry("1", new double[] {-0.017253529280424118, 0.645673930644989, -0.2446993887424469, -0.04666275531053543, -0.25708281993865967, -0.17797115445137024, -1.2496347427368164}),
            Map.entry("2", new double[] {0.2715545892715454, -0.019156746566295624, 0.9662100076675415, 0.16536037623882294, -0.1762586236000061, -0.020234374329447746, -0.3179568350315094}),
            Map.entry("3", new double[] {0.014428157359361649, -0.20658093690872192, -0.25826460123062134, 1.1560924053192139, -0.2487908899784088, -0.02602565288543701, -0.3362623155117035}),
            Map.entry("4", new double[] {-0.03898002207279205, -0.2232389897108078, -0.3167595863342285, -0.205136239528656, 0.5145094990730286, -0.3350553512573242, -0.41620633006095886}),
            Map.entry("5", new double[] {0.26455962657928467, -0.10051547735929489, -0.16891703009605408, 0.017750388011336327, -0.2067340463399887, 0.6858259439468384, -0.38012322783470154}),
            Map.entry("<s>", new double[] {-0.5212745070457458, -0.1943582147359848, -0.6998270153999329, -0.5031794905662537, -0.5902285575866699, 0.0732630044221878, 1.4808309078216553}));
    static final Map<String, double[]> W_attn_0_2_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {0.5889638066291809, 0.12252197414636612, 0.7735565304756165, 0.37137696146965027, 0.2398483008146286, 0.823735773563385, -2.9599859714508057}),
            Map.entry("1", new double[] {0.060747403651475906, 1.5917426347732544, -1.7389215230941772, 3.1578030586242676, -0.5117959380149841, -4.054282188415527, 0.35339537262916565}),
            Map.entry("2", new double[] {-0.2068713903427124, -0.5169070959091187, 0.5341857075691223, 0.03524555265903473, -0.08778385072946548, -0.06712634116411209, 2.253990650177002}),
            Map.entry("3", new double[] {0.13880819082260132, -0.4687516987323761, 0.1272617131471634, -0.649907112121582, -0.35350412130355835, -0.006494197994470596, 3.752619504928589}),
            Map.entry("4", new double[] {0.18128414452075958, -0.3661445677280426, -0.3382323086261749, -0.04478044435381889, 0.2052723914384842, 0.8408325910568237, -0.7943335771560669}),
            Map.entry("5", new double[] {0.38011014461517334, -0.14759288728237152, -0.05365000292658806, -0.13768742978572845, 0.060026612132787704, -0.1205090656876564, -0.6702592372894287}),
            Map.entry("<s>", new double[] {-0.8685617446899414, -0.2386896014213562, 0.053393978625535965, -0.39989444613456726, -0.5208927392959595, 0.14199073612689972, 1.6290757656097412}));
    static final Map<String, double[]> W_attn_0_3_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {2.2488784790039062, 0.10373425483703613, -0.5157343149185181, -0.9682372212409973, -0.40522196888923645, -0.17430217564105988, 0.5352394580841064}),
            Map.entry("1", new double[] {-0.5782228708267212, 1.3410462141036987, -1.0713801383972168, -0.2576598525047302, -0.5816612839698792, 0.10706936568021774, -1.8988926410675049}),
            Map.entry("2", new double[] {-0.5660062432289124, -0.5471850037574768, 2.3695785999298096, 0.6329841613769531, -1.1428455114364624, -1.4338536262512207, 0.5061586499214172}),
            Map.entry("3", new double[] {-0.08260227739810944, -0.08771868795156479, -0.8657625317573547, 1.9353667497634888, -0.7901898622512817, -0.8795997500419617, 0.6181982159614563}),
            Map.entry("4", new double[] {-0.03113582357764244, -0.34533020853996277, -0.9973248839378357, -0.51508629322052, 2.0531296730041504, -0.006522950250655413, -0.5046810507774353}),
            Map.entry("5", new double[] {0.3102816641330719, -0.42101359367370605, -0.5980992913246155, -0.4982677698135376, -0.18665175139904022, 1.7715250253677368, 0.24991698563098907}),
            Map.entry("<s>", new double[] {-0.2538370192050934, 0.06428448855876923, 0.02353522926568985, -0.169925719499588, 0.24498747289180756, 0.822407066822052, 0.2221997231245041}));
    static final Map<Integer, double[]> W_mlp_0_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {1.0707741975784302, -0.8133278489112854, -0.1650281548500061, 0.5728914737701416, 1.0444986820220947, 0.6835236549377441, -2.6687612533569336}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {-2.3678855895996094, -4.238107204437256, -3.9329190254211426, -2.843331813812256, -3.3586056232452393, -2.8502795696258545, 9.969243049621582}),
            Map.entry(3, new double[] {1.3742132186889648, -0.2967486083507538, 0.4376959800720215, 1.1214799880981445, 1.567138671875, -0.5154415965080261, -2.782325267791748}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {0.15862923860549927, 2.551058769226074, 0.4236466586589813, 0.37895315885543823, 0.283830463886261, 0.7446881532669067, -19.809814453125}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {-0.650929868221283, 1.8158323764801025, -0.10372231900691986, -0.378726601600647, -0.27355846762657166, 0.38228198885917664, -4.204401016235352}));
    static final Map<Integer, double[]> W_mlp_0_1_outputs = Map.ofEntries(
            Map.entry(0, new double[] {1.7600094079971313, -0.10373545438051224, 1.2276570796966553, 0.6895461082458496, 0.24155490100383759, 1.6880556344985962, -20.992324829101562}),
            Map.entry(1, new double[] {-10.955886840820312, -0.31954270601272583, 3.4573488235473633, -0.9577704668045044, -0.15712907910346985, -0.08506522327661514, 6.3482890129089355}),
            Map.entry(2, new double[] {1.116546392440796, 0.32840487360954285, -1.0065937042236328, 0.7227252721786499, 0.834736168384552, 0.7208467721939087, -3.2313663959503174}),
            Map.entry(3, new double[] {1.5021600723266602, -0.14123131334781647, -0.9150288105010986, 0.6277831792831421, 0.30770426988601685, 0.7033655047416687, -0.7927733063697815}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {-5.523867607116699, -2.8598456382751465, -1.8215713500976562, -1.1413359642028809, -2.3039302825927734, -3.7185442447662354, 7.810153961181641}),
            Map.entry(7, new double[] {2.492164134979248, -0.10066291689872742, -1.415912389755249, 0.42279642820358276, 0.2686005234718323, 0.23374435305595398, -3.0683650970458984}));
    static final Map<Integer, double[]> W_num_mlp_0_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {0.1887063831090927, -0.3256876468658447, -0.18419276177883148, -6.3696064949035645, -0.3957849144935608, -0.4431040287017822, 10.495072364807129}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {0.7503628730773926, 0.21268793940544128, -0.31579989194869995, 2.4255242347717285, 0.13900023698806763, 0.12993814051151276, -6.869758605957031}));
    static final Map<Integer, double[]> W_num_mlp_0_1_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {-0.1458149403333664, 0.3789374828338623, 0.18103481829166412, 0.0699535384774208, 0.1688481867313385, -0.5913010239601135, 0.9606671333312988}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.7062909603118896, -0.6966450214385986, -0.22927477955818176, 0.1408149152994156, -0.14433933794498444, 0.09567604959011078, -5.143984317779541}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}));
    static final Map<String, double[]> W_attn_1_0_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {2.564774990081787, -3.6934266090393066, -0.010309240780770779, 0.1735762357711792, -0.32721489667892456, 0.5640336275100708, -2.81146502494812}),
            Map.entry("1", new double[] {-2.024818181991577, 3.9506194591522217, -0.706608772277832, -0.5137194991111755, -1.1178680658340454, -0.16806425154209137, -7.178971290588379}),
            Map.entry("2", new double[] {0.25590386986732483, -0.19103440642356873, 0.3066810071468353, -0.05640239641070366, 0.005994750652462244, 0.35412952303886414, 0.7745771408081055}),
            Map.entry("3", new double[] {1.4008835554122925, -2.906705617904663, 0.47737303376197815, 0.57940673828125, -0.031145624816417694, 0.6971849799156189, 3.5706119537353516}),
            Map.entry("4", new double[] {2.219902276992798, -3.704094171524048, -0.2047950178384781, -0.25051113963127136, 0.24622996151447296, 0.2578634023666382, 2.387728214263916}),
            Map.entry("5", new double[] {-0.9332103729248047, -1.6821030378341675, 0.6434304118156433, 0.426835834980011, 0.8151259422302246, 0.9477733969688416, 1.1894562244415283}),
            Map.entry("<s>", new double[] {-1.0328590869903564, -3.4838640689849854, 0.12899595499038696, 0.29939720034599304, -0.1771533042192459, 0.25520816445350647, 9.973811149597168}));
    static final Map<String, double[]> W_attn_1_1_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {0.1710900515317917, -0.23368147015571594, 0.5657730102539062, 0.10773933678865433, 0.005262243561446667, 0.2567109763622284, -0.5027836561203003}),
            Map.entry("1", new double[] {0.2588314116001129, -0.5673201680183411, 0.5292344689369202, 0.01894407533109188, 0.054438069462776184, 0.23889143764972687, -0.5333516597747803}),
            Map.entry("2", new double[] {0.0729953870177269, -0.16744957864284515, 0.4184468984603882, 0.16495372354984283, 0.09448230266571045, 0.16140742599964142, -1.4842592477798462}),
            Map.entry("3", new double[] {0.4406741261482239, -0.40631893277168274, 0.5498523116111755, 0.72414630651474, 0.05378086119890213, 0.22753547132015228, -2.2924811840057373}),
            Map.entry("4", new double[] {0.12974950671195984, -0.43958738446235657, 0.4395652711391449, 0.0917530357837677, -0.19327349960803986, 0.18576781451702118, -0.6150765419006348}),
            Map.entry("5", new double[] {0.16946570575237274, 0.0017313496209681034, 0.35745570063591003, 0.30210620164871216, 0.1258384734392166, -0.21721066534519196, -0.5326585173606873}),
            Map.entry("<s>", new double[] {0.44506826996803284, -0.21895340085029602, 0.380099356174469, 0.3178038001060486, -0.028312891721725464, 0.26449695229530334, 0.5583364367485046}));
    static final Map<String, double[]> W_attn_1_2_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {0.5619422793388367, 0.2517755329608917, 0.24836671352386475, -0.4022487699985504, -0.22512005269527435, 0.32440754771232605, -0.25212642550468445}),
            Map.entry("1", new double[] {0.034061092883348465, -0.3799673020839691, -0.5262725949287415, -0.41084790229797363, -0.5625052452087402, -0.043362006545066833, 0.37316229939460754}),
            Map.entry("2", new double[] {0.02643296867609024, -0.36107391119003296, 0.4088117182254791, 0.545019805431366, -0.1970805674791336, 0.12390121072530746, -0.6822560429573059}),
            Map.entry("3", new double[] {0.19828739762306213, 0.3730226755142212, 0.6875843405723572, -0.26160138845443726, 0.1492893248796463, 0.16805818676948547, -1.652213215827942}),
            Map.entry("4", new double[] {0.40917062759399414, -0.4560317397117615, 0.2141486555337906, -0.782344400882721, -0.3347242474555969, 0.1258307546377182, -0.6108344793319702}),
            Map.entry("5", new double[] {-0.4892723560333252, -0.03484552353620529, 0.3257405757904053, 1.3013169765472412, -0.25737494230270386, 0.06820956617593765, -0.917702317237854}),
            Map.entry("<s>", new double[] {-0.02237619273364544, 0.12365523725748062, 0.5413616895675659, 0.07264482229948044, -0.06703568994998932, 0.22149088978767395, 0.8958567380905151}));
    static final Map<Integer, double[]> W_attn_1_3_outputs = Map.ofEntries(
            Map.entry(0, new double[] {-0.10468041896820068, -0.13168494403362274, -0.24120524525642395, 0.18951384723186493, -0.15201634168624878, 0.19537988305091858, 1.1873445510864258}),
            Map.entry(1, new double[] {-0.609287679195404, -0.44684556126594543, -0.5688582062721252, 0.17157526314258575, -0.3272789418697357, 1.9320417642593384, 2.4715378284454346}),
            Map.entry(2, new double[] {1.065307855606079, -0.4757583439350128, -1.0561760663986206, 0.5335676670074463, -0.2865811884403229, 1.3351236581802368, -1.7462129592895508}),
            Map.entry(3, new double[] {0.1336607187986374, 0.29101651906967163, 0.06552949547767639, 0.3800707459449768, 0.645876407623291, 0.4390258193016052, 0.8880895376205444}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {0.20086951553821564, 0.12809094786643982, 0.4770056903362274, 0.9162691831588745, 0.614415168762207, -1.0356138944625854, 0.7825393676757812}),
            Map.entry(7, new double[] {1.773840069770813, 0.15513215959072113, -0.38748347759246826, 0.3570200204849243, 0.0054178135469555855, 1.2145642042160034, -9.190535545349121}));
    static final Map<Integer, double[]> W_mlp_1_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {1.3333224058151245, 1.8689147233963013, -0.18399198353290558, -4.310112953186035, 1.2944589853286743, 1.0317461490631104, -2.8465468883514404}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {0.16024574637413025, 0.04776449874043465, 0.18690018355846405, 1.1620606184005737, -0.4679669737815857, 0.1530955284833908, -0.26918232440948486}),
            Map.entry(4, new double[] {0.31660544872283936, -0.19430628418922424, 0.2217273861169815, 1.752996563911438, -0.37304791808128357, 0.1450534611940384, -0.8204938769340515}),
            Map.entry(5, new double[] {0.1772795170545578, -0.41923433542251587, -0.0010272131767123938, 1.1827149391174316, -0.4819592535495758, 0.41692498326301575, -0.1719234734773636}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {0.31277307868003845, -0.17416790127754211, 0.005605269223451614, -0.11849585175514221, -0.6019843220710754, 0.24602657556533813, 1.293973684310913}));
    static final Map<Integer, double[]> W_mlp_1_1_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.8088785409927368, 0.7828737497329712, 1.854893684387207, 1.2701497077941895, 0.8734904527664185, 0.33521080017089844, -1.6687568426132202}),
            Map.entry(1, new double[] {0.6849406361579895, 0.47946596145629883, 1.5831525325775146, 0.9937480688095093, 0.6610898375511169, 0.46166086196899414, -1.4848825931549072}),
            Map.entry(2, new double[] {0.22937223315238953, 0.49991875886917114, -0.8727526664733887, 0.7189130783081055, 0.3263459801673889, -0.22236083447933197, 2.933764934539795}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {-0.0060051921755075455, -0.08235705643892288, -0.16672581434249878, 0.41016775369644165, 0.054299935698509216, -0.30746862292289734, 1.2275258302688599}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}));
    static final Map<Integer, double[]> W_num_mlp_1_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {1.0489569902420044, -0.11088371276855469, 1.6275935173034668, -0.6929858922958374, -0.37315091490745544, -0.09977887570858002, -0.6443325281143188}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {1.4419280290603638, 0.1286506950855255, -3.753906011581421, 0.7008947730064392, 0.345158189535141, 0.2070935219526291, 0.6196702122688293}),
            Map.entry(4, new double[] {0.8244615197181702, -0.018073145300149918, 1.8274648189544678, -0.5120692253112793, -0.25825974345207214, -0.11057952046394348, -1.380843997001648}),
            Map.entry(5, new double[] {-1.7404918670654297, 0.22043853998184204, -2.6721763610839844, 1.455296516418457, 0.5053554773330688, 0.18939535319805145, 2.059098720550537}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}));
    static final Map<Integer, double[]> W_num_mlp_1_1_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {1.3470553159713745, 0.32927191257476807, 0.10161375254392624, 0.22597791254520416, -0.09250752627849579, -0.18016287684440613, -0.12414378672838211}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {0.17114882171154022, 0.006247267127037048, -0.1803790032863617, 0.08344843983650208, 0.27574312686920166, 0.7895275354385376, 0.1999795138835907}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}));
    static final Map<String, double[]> W_attn_2_0_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {0.8529406785964966, 0.15750770270824432, 0.15460799634456635, 0.08635983616113663, 0.07826129347085953, -0.39643460512161255, -0.12887272238731384}),
            Map.entry("1", new double[] {-0.23540768027305603, 0.51597660779953, -0.11928346753120422, -0.25532078742980957, -0.2982693910598755, -0.6978459358215332, 0.636017382144928}),
            Map.entry("2", new double[] {-0.13712146878242493, -0.007056865841150284, 0.9345939755439758, -0.005306605249643326, -0.044364914298057556, -0.49612972140312195, 0.3835884630680084}),
            Map.entry("3", new double[] {-0.10733489692211151, -0.05598490312695503, -0.23688547313213348, 0.7686588168144226, -0.05741521716117859, -0.40010055899620056, -0.12116839736700058}),
            Map.entry("4", new double[] {-0.18962442874908447, -0.2716824412345886, -0.14438492059707642, -0.0819404348731041, 0.6260924935340881, -0.5208902359008789, 0.17987705767154694}),
            Map.entry("5", new double[] {0.03469901904463768, 0.0034041665494441986, 0.03930284455418587, 0.0670652762055397, -0.09023027867078781, 0.056848593056201935, -0.08675229549407959}),
            Map.entry("<s>", new double[] {0.10174155235290527, -0.2738730311393738, -0.2799188792705536, -0.4211673140525818, -0.13091735541820526, 0.31470534205436707, -0.5838177800178528}));
    static final Map<String, double[]> W_attn_2_1_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {-0.45357537269592285, -0.3531298339366913, -0.06299450248479843, -0.4253374934196472, -0.3140082061290741, -0.2433588206768036, 0.9390531182289124}),
            Map.entry("1", new double[] {0.4904892146587372, 3.9908385276794434, -0.09394340217113495, -0.033516399562358856, -4.40077543258667, -0.1303558349609375, 5.601690292358398}),
            Map.entry("2", new double[] {0.8637347221374512, 0.4502260386943817, 0.6212765574455261, 0.6039043664932251, -2.8532443046569824, 0.2714310884475708, 1.7203928232192993}),
            Map.entry("3", new double[] {-0.001963759073987603, -0.4059775769710541, -0.20340240001678467, -0.5237768888473511, -0.3391214609146118, -0.24722979962825775, 1.0977773666381836}),
            Map.entry("4", new double[] {0.08235031366348267, -1.5073721408843994, -0.6439812779426575, -0.6055364012718201, 4.491476058959961, -0.5284880995750427, -9.96711540222168}),
            Map.entry("5", new double[] {1.2389593124389648, 1.702519416809082, 0.6738407611846924, 0.6852064728736877, -2.742065906524658, 0.4238426089286804, 1.7264072895050049}),
            Map.entry("<s>", new double[] {0.3866865336894989, -1.1110938787460327, -0.18808984756469727, -0.08769489824771881, -4.751987457275391, -0.33540648221969604, 7.918059825897217}));
    static final Map<Integer, double[]> W_attn_2_2_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.34682831168174744, 0.08676601201295853, -0.07619637995958328, 0.2165074348449707, -0.040725454688072205, 0.8209518790245056, -0.7513449192047119}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {0.24491816759109497, 0.13998395204544067, -0.17669203877449036, 0.14455638825893402, 0.059745363891124725, -0.09812529385089874, -0.32388532161712646}),
            Map.entry(3, new double[] {1.0825790166854858, 0.9293007850646973, 0.5851876735687256, 0.8416329026222229, 0.6283370852470398, -1.4932597875595093, -0.16477368772029877}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {0.2305757850408554, -0.022975172847509384, -0.2119682878255844, -0.04639848321676254, -0.20778925716876984, -0.6854690909385681, -1.1819303035736084}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {1.3265671730041504, 1.0175738334655762, 0.6002964377403259, 0.9943417906761169, 0.7599318027496338, -5.572071075439453, 0.3434603810310364}));
    static final Map<Integer, double[]> W_attn_2_3_outputs = Map.ofEntries(
            Map.entry(0, new double[] {-0.09947937726974487, -0.09015858918428421, -0.14641667902469635, -0.05841700732707977, -4.91572602186352E-4, 1.6240270137786865, -1.9168604612350464}),
            Map.entry(1, new double[] {0.31743282079696655, -0.19564153254032135, 0.0821588784456253, 0.09337650239467621, -0.2885095179080963, -9.75189208984375, 10.13778018951416}),
            Map.entry(2, new double[] {0.4247068762779236, 0.06757187098264694, -0.7932505011558533, 0.7866494059562683, 0.7021302580833435, 1.6463185548782349, -1.8382978439331055}),
            Map.entry(3, new double[] {0.10498477518558502, -0.053799860179424286, -0.25009480118751526, 0.0077422079630196095, -0.014114517718553543, 1.497323751449585, -5.654730319976807}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {0.17907176911830902, 0.3346030116081238, 0.0331687331199646, 0.1427258551120758, 0.5297369956970215, 1.5832594633102417, -6.2328314781188965}),
            Map.entry(7, new double[] {-0.12918603420257568, 0.003417927771806717, 0.09985098242759705, 0.06080353260040283, 0.09475050866603851, 1.617957592010498, -5.61663293838501}));
    static final Map<Integer, double[]> W_mlp_2_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.6780840158462524, 0.4701746106147766, 0.11439795047044754, -0.09944537281990051, 0.17147697508335114, 0.6021194458007812, -0.72989821434021}),
            Map.entry(1, new double[] {-1.5057189464569092, -0.6267271041870117, -0.28514862060546875, 0.9732844829559326, -1.211366891860962, 0.7458781599998474, 0.7543988823890686}),
            Map.entry(2, new double[] {0.5872817635536194, -0.44895461201667786, 0.37723982334136963, -0.011371045373380184, 0.1997791975736618, 0.6850572824478149, 0.08567484468221664}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.7639723420143127, -1.0308459997177124, 0.3778018653392792, 0.16357189416885376, 0.10331137478351593, -0.8673487305641174, 0.88511061668396}),
            Map.entry(5, new double[] {0.3815898299217224, -0.7048382759094238, -0.0785888135433197, 0.41508251428604126, -0.18540802597999573, 0.526983916759491, 0.1188453882932663}),
            Map.entry(6, new double[] {0.6137636303901672, 0.3471817076206207, 0.6052466630935669, -0.5150027275085449, 0.3606577515602112, -0.42580723762512207, 0.09530248492956161}),
            Map.entry(7, new double[] {0.4809398651123047, 0.4185875356197357, 0.3274420201778412, -0.4587358236312866, 0.542380154132843, 0.4997207820415497, -0.05247326195240021}));
    static final Map<Integer, double[]> W_mlp_2_1_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {0.07730366289615631, 1.7003378868103027, -0.4319966733455658, -0.15482401847839355, -0.35664260387420654, -0.11235681176185608, 0.009768569841980934}),
            Map.entry(7, new double[] {0.3192845582962036, 1.7101526260375977, -0.11216111481189728, 0.1856168657541275, -0.1068442165851593, 0.1904328614473343, 0.42264360189437866}));
    static final Map<Integer, double[]> W_num_mlp_2_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {-2.2096610069274902, 0.511568546295166, 1.2105175256729126, 1.5937526226043701, -0.5584858059883118, -0.962940514087677, 2.2769007682800293}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {0.42962193489074707, -0.22903528809547424, -0.44095826148986816, -0.3332839906215668, -0.33974769711494446, -0.29090508818626404, -0.2980597913265228}));
    static final Map<Integer, double[]> W_num_mlp_2_1_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {-0.29605233669281006, -0.13672983646392822, -0.29465019702911377, 0.3594222664833069, -0.5542255640029907, -0.4537075161933899, 0.1001325324177742}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {-0.02286260388791561, -0.22746145725250244, -0.5114805698394775, 0.2489362210035324, -0.32571297883987427, 0.121347576379776, -0.027829214930534363}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}));
    static final double[] W_ones = new double[] {0.44561144709587097, 0.1621534377336502, -0.02106136456131935, -0.4293634295463562, 0.42199864983558655, -0.3458852767944336, 0.42701035737991333};
    static final double[] W_num_attn_0_0_outputs = new double[] {-0.8422102332115173, -1.4305223226547241, -0.92612624168396, -0.8384037017822266, 5.132120132446289, -0.856885552406311, 0.4054175615310669};
    static final double[] W_num_attn_0_1_outputs = new double[] {-5.042707920074463, 1.0300096273422241, 0.3154396414756775, 0.3616833984851837, 0.3323451578617096, 0.7839305400848389, 0.20389069616794586};
    static final double[] W_num_attn_0_2_outputs = new double[] {1.0132397413253784, 0.7067369222640991, -3.014601945877075, -2.244387149810791, 0.5757244825363159, 1.6862390041351318, 0.4760574400424957};
    static final double[] W_num_attn_0_3_outputs = new double[] {0.4731302261352539, 0.36824262142181396, 0.7413016557693481, -3.0375008583068848, 0.34871795773506165, 1.1359714269638062, 0.4640747010707855};
    static final double[] W_num_attn_1_0_outputs = new double[] {-0.5533300638198853, -0.40351396799087524, -0.37394511699676514, 2.9209370613098145, -0.2586955428123474, -0.5098466277122498, -0.27414843440055847};
    static final double[] W_num_attn_1_1_outputs = new double[] {0.3499411344528198, 0.5473672151565552, 0.31655219197273254, 0.2912242114543915, -1.9469014406204224, 1.1548866033554077, 0.028737522661685944};
    static final double[] W_num_attn_1_2_outputs = new double[] {-0.4346131384372711, -0.6610373258590698, 0.13585764169692993, 0.07296518236398697, 0.1437217891216278, 0.9696661829948425, -0.9229337573051453};
    static final double[] W_num_attn_1_3_outputs = new double[] {1.34511399269104, 1.9572120904922485, 1.3099671602249146, 0.7420692443847656, -2.0358519554138184, -2.812062978744507, 1.1503398418426514};
    static final double[] W_num_attn_2_0_outputs = new double[] {0.5964627861976624, -0.4422861337661743, 0.5425990223884583, 0.4563813805580139, 0.6737370491027832, 0.8782271146774292, 0.4743746519088745};
    static final double[] W_num_attn_2_1_outputs = new double[] {0.9569315910339355, 0.4819534122943878, 0.3999938368797302, 0.41210252046585083, 0.46884971857070923, 0.45183292031288147, 0.9489440321922302};
    static final double[] W_num_attn_2_2_outputs = new double[] {-0.6878525018692017, -0.7025785446166992, 4.23514461517334, 2.1246225833892822, -0.4752194583415985, -1.1070377826690674, -0.285984069108963};
    static final double[] W_num_attn_2_3_outputs = new double[] {0.7462521195411682, 0.2796054184436798, 0.048924122005701065, 0.043331585824489594, -4.225545562803745E-4, 0.23901249468326569, -0.5487483739852905};

    /** The predicted label of every position. */
    public static List<String> run(List<String> input) {
        check(input);
        int n = input.size();
        String[] tokens = input.toArray(new String[0]);
        int[] positions = new int[n];
        int[] ones = new int[n];
        for (int i = 0; i < n; i++) {
            positions[i] = i;
            ones[i] = 1;
        }
        String[] attn_0_0_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_0_0_outputs(positions[i], tokens[j])), tokens);
        String[] attn_0_1_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_0_1_outputs(positions[i], positions[j])), tokens);
        String[] attn_0_2_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_0_2_outputs(positions[i], tokens[j])), tokens);
        String[] attn_0_3_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_0_3_outputs(positions[i], positions[j])), tokens);
        int[] num_attn_0_0_outputs = countMatches(n, (i, j) -> predicate_num_attn_0_0_outputs(positions[i], tokens[j]), ones);
        int[] num_attn_0_1_outputs = countMatches(n, (i, j) -> predicate_num_attn_0_1_outputs(positions[i], tokens[j]), ones);
        int[] num_attn_0_2_outputs = countMatches(n, (i, j) -> predicate_num_attn_0_2_outputs(positions[i], tokens[j]), ones);
        int[] num_attn_0_3_outputs = countMatches(n, (i, j) -> predicate_num_attn_0_3_outputs(positions[i], tokens[j]), ones);
        int[] mlp_0_0_outputs = mapInts(n, i -> mlp_mlp_0_0_outputs(positions[i], attn_0_1_outputs[i]));
        int[] mlp_0_1_outputs = mapInts(n, i -> mlp_mlp_0_1_outputs(positions[i], attn_0_2_outputs[i]));
        int[] num_mlp_0_0_outputs = mapInts(n, i -> mlp_num_mlp_0_0_outputs(num_attn_0_3_outputs[i], num_attn_0_0_outputs[i]));
        int[] num_mlp_0_1_outputs = mapInts(n, i -> mlp_num_mlp_0_1_outputs(num_attn_0_0_outputs[i]));
        String[] attn_1_0_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_1_0_outputs(positions[i], tokens[j])), tokens);
        String[] attn_1_1_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_1_1_outputs(attn_0_2_outputs[i], mlp_0_1_outputs[j])), attn_0_0_outputs);
        String[] attn_1_2_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_1_2_outputs(positions[i], positions[j])), attn_0_0_outputs);
        int[] attn_1_3_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_1_3_outputs(positions[i], positions[j])), mlp_0_1_outputs);
        int[] num_attn_1_0_outputs = countMatches(n, (i, j) -> predicate_num_attn_1_0_outputs(attn_0_3_outputs[i], tokens[j]), ones);
        int[] num_attn_1_1_outputs = countMatches(n, (i, j) -> predicate_num_attn_1_1_outputs(attn_0_3_outputs[i], tokens[j]), ones);
        int[] num_attn_1_2_outputs = countMatches(n, (i, j) -> predicate_num_attn_1_2_outputs(attn_0_2_outputs[i], tokens[j]), ones);
        int[] num_attn_1_3_outputs = countMatches(n, (i, j) -> predicate_num_attn_1_3_outputs(attn_0_2_outputs[i], tokens[j]), ones);
        int[] mlp_1_0_outputs = mapInts(n, i -> mlp_mlp_1_0_outputs(positions[i], attn_1_2_outputs[i]));
        int[] mlp_1_1_outputs = mapInts(n, i -> mlp_mlp_1_1_outputs(attn_1_2_outputs[i], attn_1_1_outputs[i]));
        int[] num_mlp_1_0_outputs = mapInts(n, i -> mlp_num_mlp_1_0_outputs(num_attn_0_1_outputs[i], num_attn_0_2_outputs[i]));
        int[] num_mlp_1_1_outputs = mapInts(n, i -> mlp_num_mlp_1_1_outputs(num_attn_1_3_outputs[i]));
        String[] attn_2_0_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_2_0_outputs(positions[i], mlp_0_1_outputs[j])), tokens);
        String[] attn_2_1_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_2_1_outputs(tokens[i], tokens[j])), tokens);
        int[] attn_2_2_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_2_2_outputs(mlp_0_0_outputs[i], tokens[j])), mlp_0_0_outputs);
        int[] attn_2_3_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_2_3_outputs(tokens[i], tokens[j])), attn_1_3_outputs);
        int[] num_attn_2_0_outputs = countMatches(n, (i, j) -> predicate_num_attn_2_0_outputs(attn_0_3_outputs[i], tokens[j]), num_attn_0_1_outputs);
        int[] num_attn_2_1_outputs = countMatches(n, (i, j) -> predicate_num_attn_2_1_outputs(attn_0_3_outputs[i], tokens[j]), num_attn_1_2_outputs);
        int[] num_attn_2_2_outputs = countMatches(n, (i, j) -> predicate_num_attn_2_2_outputs(attn_0_3_outputs[i], tokens[j]), ones);
        int[] num_attn_2_3_outputs = countMatches(n, (i, j) -> predicate_num_attn_2_3_outputs(attn_0_3_outputs[i], tokens[j]), num_attn_0_0_outputs);
        int[] mlp_2_0_outputs = mapInts(n, i -> mlp_mlp_2_0_outputs(attn_0_3_outputs[i], tokens[i]));
        int[] mlp_2_1_outputs = mapInts(n, i -> mlp_mlp_2_1_outputs(tokens[i], attn_2_0_outputs[i]));
        int[] num_mlp_2_0_outputs = mapInts(n, i -> mlp_num_mlp_2_0_outputs(num_attn_2_3_outputs[i], num_attn_1_2_outputs[i]));
        int[] num_mlp_2_1_outputs = mapInts(n, i -> mlp_num_mlp_2_1_outputs(num_attn_1_3_outputs[i]));
        String[] predictions = new String[n];
        for (int i = 0; i < n; i++) {
            double[] logits = new double[CLASSES.size()];
            add(logits, W_tokens.get(tokens[i]), 1);
            add(logits, W_positions.get(positions[i]), 1);
            add(logits, W_attn_0_0_outputs.get(attn_0_0_outputs[i]), 1);
            add(logits, W_attn_0_1_outputs.get(attn_0_1_outputs[i]), 1);
            add(logits, W_attn_0_2_outputs.get(attn_0_2_outputs[i]), 1);
            add(logits, W_attn_0_3_outputs.get(attn_0_3_outputs[i]), 1);
            add(logits, W_mlp_0_0_outputs.get(mlp_0_0_outputs[i]), 1);
            add(logits, W_mlp_0_1_outputs.get(mlp_0_1_outputs[i]), 1);
            add(logits, W_num_mlp_0_0_outputs.get(num_mlp_0_0_outputs[i]), 1);
            add(logits, W_num_mlp_0_1_outputs.get(num_mlp_0_1_outputs[i]), 1);
            add(logits, W_attn_1_0_outputs.get(attn_1_0_outputs[i]), 1);
            add(logits, W_attn_1_1_outputs.get(attn_1_1_outputs[i]), 1);
            add(logits, W_attn_1_2_outputs.get(attn_1_2_outputs[i]), 1);
            add(logits, W_attn_1_3_outputs.get(attn_1_3_outputs[i]), 1);
            add(logits, W_mlp_1_0_outputs.get(mlp_1_0_outputs[i]), 1);
            add(logits, W_mlp_1_1_outputs.get(mlp_1_1_outputs[i]), 1);
            add(logits, W_num_mlp_1_0_outputs.get(num_mlp_1_0_outputs[i]), 1);
            add(logits, W_num_mlp_1_1_outputs.get(num_mlp_1_1_outputs[i]), 1);
            add(logits, W_attn_2_0_outputs.get(attn_2_0_outputs[i]), 1);
            add(logits, W_attn_2_1_outputs.get(attn_2_1_outputs[i]), 1);
            add(logits, W_attn_2_2_outputs.get(attn_2_2_outputs[i]), 1);
            add(logits, W_attn_2_3_outputs.get(attn_2_3_outputs[i]), 1);
            add(logits, W_mlp_2_0_outputs.get(mlp_2_0_outputs[i]), 1);
            add(logits, W_mlp_2_1_outputs.get(mlp_2_1_outputs[i]), 1);
            add(logits, W_num_mlp_2_0_outputs.get(num_mlp_2_0_outputs[i]), 1);
            add(logits, W_num_mlp_2_1_outputs.get(num_mlp_2_1_outputs[i]), 1);
            add(logits, W_ones, ones[i]);
            add(logits, W_num_attn_0_0_outputs, num_attn_0_0_outputs[i]);
            add(logits, W_num_attn_0_1_outputs, num_attn_0_1_outputs[i]);
            add(logits, W_num_attn_0_2_outputs, num_attn_0_2_outputs[i]);
            add(logits, W_num_attn_0_3_outputs, num_attn_0_3_outputs[i]);
            add(logits, W_num_attn_1_0_outputs, num_attn_1_0_outputs[i]);
            add(logits, W_num_attn_1_1_outputs, num_attn_1_1_outputs[i]);
            add(logits, W_num_attn_1_2_outputs, num_attn_1_2_outputs[i]);
            add(logits, W_num_attn_1_3_outputs, num_attn_1_3_outputs[i]);
            add(logits, W_num_attn_2_0_outputs, num_attn_2_0_outputs[i]);
            add(logits, W_num_attn_2_1_outputs, num_attn_2_1_outputs[i]);
            add(logits, W_num_attn_2_2_outputs, num_attn_2_2_outputs[i]);
            add(logits, W_num_attn_2_3_outputs, num_attn_2_3_outputs[i]);
            predictions[i] = CLASSES.get(argmax(logits));
        }
        return List.of(predictions);
    }

    /** Whether query position i matches key position j. */
    interface Match {
        boolean test(int i, int j);
    }

    /** The key position each query position attends to. */
    static int[] selectClosest(int n, Match match) {
        int[] attended = new int[n];
        for (int i = 0; i < n; i++) {
            int visible = CAUSAL ? i + 1 : n;
            attended[i] = match.test(i, i) ? i : 0;
            for (int distance = 1; distance < visible; distance++) {
                if (i - distance >= 0 && match.test(i, i - distance)) {
                    attended[i] = i - distance;
                    break;
                }
                if (i + distance < visible && match.test(i, i + distance)) {
                    attended[i] = i + distance;
                    break;
                }
            }
        }
        return attended;
    }

    /** A numerical head: the sum of the values at every matching key position. */
    static int[] countMatches(int n, Match match, int[] values) {
        int[] sums = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0, visible = CAUSAL ? i + 1 : n; j < visible; j++) {
                sums[i] += match.test(i, j) ? values[j] : 0;
            }
        }
        return sums;
    }

    static String[] aggregate(int[] attended, String[] values) {
        return Arrays.stream(attended).mapToObj(j -> values[j]).toArray(String[]::new);
    }

    static int[] aggregate(int[] attended, int[] values) {
        return Arrays.stream(attended).map(j -> values[j]).toArray();
    }

    static int[] mapInts(int n, java.util.function.IntUnaryOperator f) {
        int[] values = new int[n];
        Arrays.setAll(values, f);
        return values;
    }

    static String[] mapStrings(int n, IntFunction<String> f) {
        String[] values = new String[n];
        Arrays.setAll(values, f);
        return values;
    }

    /** Adds weights times a value to the logits, in class order. */
    static void add(double[] logits, double[] weights, int value) {
        for (int c = 0; c < logits.length; c++) {
            logits[c] += weights[c] * value;
        }
    }

    static int argmax(double[] logits) {
        int best = 0;
        for (int c = 1; c < logits.length; c++) {
            if (logits[c] > logits[best]) {
                best = c;
            }
        }
        return best;
    }

    static void check(List<String> input) {
        if (input.isEmpty() || input.size() > MAX_LENGTH) {
            throw new IllegalArgumentException("the input has " + input.size()
                    + " tokens; the program handles 1 to " + MAX_LENGTH);
        }
        for (int i = 0; i < input.size(); i++) {
            if (!VOCABULARY.contains(input.get(i)) || input.get(i).equals("<pad>")) {
                throw new IllegalArgumentException("token '" + input.get(i) + "' at position " + i
                        + " is not in the program's vocabulary");
            }
        }
    }

    public static void main(String[] args) {
        System.out.println(String.join(" ", run(List.of(String.join(" ", args).trim().split("\\s+")))));
    }
}
