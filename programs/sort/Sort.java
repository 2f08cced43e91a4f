// Transformer Program sort, written by tprog. Run: java Sort.java '<s> 3 1 4'
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
public final class Sort {
    static final boolean CAUSAL = false;
    static final int MAX_LENGTH = 8;
    static final List<String> VOCABULARY = List.of("<pad>", "0", "1", "2", "3", "4", "</s>", "<s>");
    static final List<String> CLASSES = List.of("0", "1", "2", "3", "4");

    // layer 0 --------------------------------------------------------------------------------

    static boolean predicate_attn_0_0_outputs(int q_position, String k_token) {
        return switch (q_position) {
            case 0, 7 -> k_token.equals("1");
            case 1, 2, 3 -> k_token.equals("0");
            case 4 -> k_token.equals("2");
            case 5 -> k_token.equals("3");
            case 6 -> k_token.equals("4");
            default -> false;
        };
    }

    static boolean predicate_attn_0_1_outputs(int q_position, String k_token) {
        return switch (q_position) {
            case 0, 5, 6 -> k_token.equals("4");
            case 1, 7 -> k_token.equals("1");
            case 2 -> k_token.equals("0");
            case 3, 4 -> k_token.equals("3");
            default -> false;
        };
    }

    static boolean predicate_attn_0_2_outputs(int q_position, String k_token) {
        return switch (q_position) {
            case 0, 3, 4, 5, 6 -> k_token.equals("4");
            case 1, 2, 7 -> k_token.equals("1");
            default -> false;
        };
    }

    static boolean predicate_attn_0_3_outputs(int q_position, String k_token) {
        return switch (q_position) {
            case 0, 3, 6 -> k_token.equals("3");
            case 1, 2 -> k_token.equals("0");
            case 4, 7 -> k_token.equals("1");
            case 5 -> k_token.equals("4");
            default -> false;
        };
    }

    static boolean predicate_num_attn_0_0_outputs(int q_position, String k_token) {
        return switch (q_position) {
            case 0, 7 -> k_token.equals("2");
            case 1, 2 -> k_token.equals("1");
            case 3 -> k_token.equals("0");
            case 4 -> k_token.equals("</s>");
            case 5, 6 -> k_token.equals("4");
            default -> false;
        };
    }

    static boolean predicate_num_attn_0_1_outputs(int q_position, String k_token) {
        return switch (q_position) {
            case 0, 6 -> k_token.equals("0");
            case 1, 2, 3 -> k_token.equals("4");
            case 4 -> k_token.equals("3");
            case 5 -> k_token.equals("<s>");
            case 7 -> k_token.equals("1");
            default -> false;
        };
    }

    static boolean predicate_num_attn_0_2_outputs(int q_position, String k_token) {
        return switch (q_position) {
            case 0, 4, 5, 7 -> k_token.equals("1");
            case 1 -> k_token.equals("3");
            case 2, 3 -> k_token.equals("2");
            case 6 -> k_token.equals("<s>");
            default -> false;
        };
    }

    static boolean predicate_num_attn_0_3_outputs(int q_position, String k_token) {
        return switch (q_position) {
            case 0, 4, 5, 6, 7 -> k_token.equals("0");
            case 1 -> k_token.equals("</s>");
            case 2, 3 -> k_token.equals("1");
            default -> false;
        };
    }

    static int mlp_mlp_0_0_outputs(int position) {
        return switch (position) {
            case 0, 3 -> 6;
            case 1, 2 -> 0;
            case 4 -> 2;
            default -> 1;
        };
    }

    static final Set<List<?>> MLP_mlp_0_1_outputs_0 = Set.of(List.of("0", 0), List.of("3", 1), List.of("4", 1));
    static final Set<List<?>> MLP_mlp_0_1_outputs_1 = Set.of(List.of("0", 1), List.of("0", 2), List.of("0", 3), List.of("0", 5), List.of("0", 7), List.of("1", 1), List.of("2", 1), List.of("</s>", 1));
    static final Set<List<?>> MLP_mlp_0_1_outputs_2 = Set.of(List.of("0", 6), List.of("1", 6), List.of("2", 6), List.of("3", 6), List.of("4", 6), List.of("</s>", 6));

    static int mlp_mlp_0_1_outputs(String attn_0_0_output, int position) {
        List<?> key = List.of(attn_0_0_output, position);
        if (MLP_mlp_0_1_outputs_0.contains(key)) {
            return 1;
        }
        if (MLP_mlp_0_1_outputs_1.contains(key)) {
            return 5;
        }
        if (MLP_mlp_0_1_outputs_2.contains(key)) {
            return 7;
        }
        return 0;
    }


    static int mlp_num_mlp_0_0_outputs(int num_attn_0_2_output, int num_attn_0_3_output) {
        List<?> key = List.of(num_attn_0_2_output, num_attn_0_3_output);
        return 4;
    }

    static int mlp_num_mlp_0_1_outputs(int num_attn_0_3_output) {
        return switch (num_attn_0_3_output) {
            default -> 3;
        };
    }

    // layer 1 --------------------------------------------------------------------------------

    static boolean predicate_attn_1_0_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0 -> k_position == 1;
            case 1 -> k_position == 2;
            case 2 -> k_position == 3;
            case 3, 6 -> k_position == 4;
            case 4 -> k_position == 5;
            case 5, 7 -> k_position == 6;
            default -> false;
        };
    }

    static boolean predicate_attn_1_1_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0, 5 -> k_position == 6;
            case 1, 7 -> k_position == 1;
            case 2 -> k_position == 3;
            case 3 -> k_position == 7;
            case 4, 6 -> k_position == 5;
            default -> false;
        };
    }

    static boolean predicate_attn_1_2_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0, 1, 6 -> k_position == 1;
            case 2 -> k_position == 4;
            case 3 -> k_position == 5;
            case 4, 5 -> k_position == 6;
            case 7 -> k_position == 2;
            default -> false;
        };
    }

    static boolean predicate_attn_1_3_outputs(String q_attn_0_1_output, int k_mlp_0_0_output) {
        return switch (q_attn_0_1_output) {
            case "0", "1", "2", "3" -> k_mlp_0_0_output == 1;
            case "4", "<s>" -> k_mlp_0_0_output == 2;
            case "</s>" -> k_mlp_0_0_output == 6;
            default -> false;
        };
    }

    static boolean predicate_num_attn_1_0_outputs(int q_num_mlp_0_1_output, String k_attn_0_3_output) {
        return switch (q_num_mlp_0_1_output) {
            case 3 -> k_attn_0_3_output.equals("1");
            default -> false;
        };
    }

    static boolean predicate_num_attn_1_1_outputs(int q_position, int k_mlp_0_0_output) {
        return switch (q_position) {
            case 1, 2, 3, 4 -> k_mlp_0_0_output == 1;
            case 5 -> k_mlp_0_0_output == 6;
            case 7 -> k_mlp_0_0_output == 2;
            default -> false;
        };
    }

    static boolean predicate_num_attn_1_2_outputs(int q_position, String k_token) {
        return switch (q_position) {
            case 0, 3, 4 -> k_token.equals("1");
            case 1, 7 -> k_token.equals("2");
            case 2 -> k_token.equals("3");
            case 5 -> k_token.equals("0");
            case 6 -> k_token.equals("</s>");
            default -> false;
        };
    }

    static boolean predicate_num_attn_1_3_outputs(int q_mlp_0_0_output, String k_token) {
        return switch (q_mlp_0_0_output) {
            case 0, 1, 2, 6 -> k_token.equals("3");
            default -> false;
        };
    }

    static final Set<List<?>> MLP_mlp_1_0_outputs_0 = Set.of(List.of("0", 1), List.of("1", 1), List.of("2", 1), List.of("3", 1), List.of("4", 1), List.of("<s>", 1));
    static final Set<List<?>> MLP_mlp_1_0_outputs_1 = Set.of(List.of("0", 2), List.of("1", 2), List.of("2", 2), List.of("2", 3), List.of("3", 2));
    static final Set<List<?>> MLP_mlp_1_0_outputs_2 = Set.of(List.of("0", 3), List.of("1", 3), List.of("3", 0), List.of("3", 3));
    static final Set<List<?>> MLP_mlp_1_0_outputs_3 = Set.of(List.of("0", 6), List.of("1", 6), List.of("1", 7), List.of("2", 6), List.of("2", 7), List.of("3", 6), List.of("3", 7), List.of("4", 6), List.of("4", 7), List.of("</s>", 4), List.of("</s>", 5), List.of("</s>", 6), List.of("</s>", 7), List.of("<s>", 3), List.of("<s>", 4), List.of("<s>", 5), List.of("<s>", 6), List.of("<s>", 7));

    static int mlp_mlp_1_0_outputs(String attn_1_0_output, int position) {
        List<?> key = List.of(attn_1_0_output, position);
        if (MLP_mlp_1_0_outputs_0.contains(key)) {
            return 4;
        }
        if (MLP_mlp_1_0_outputs_1.contains(key)) {
            return 7;
        }
        if (MLP_mlp_1_0_outputs_2.contains(key)) {
            return 0;
        }
        if (MLP_mlp_1_0_outputs_3.contains(key)) {
            return 2;
        }
        return 5;
    }

    static final Set<List<?>> MLP_mlp_1_1_outputs_0 = Set.of(List.of(0, "0"), List.of(0, "3"), List.of(2, "0"), List.of(2, "1"), List.of(2, "2"), List.of(2, "3"), List.of(2, "4"), List.of(2, "</s>"), List.of(2, "<s>"), List.of(3, "0"), List.of(5, "0"), List.of(7, "0"));
    static final Set<List<?>> MLP_mlp_1_1_outputs_1 = Set.of(List.of(0, "1"), List.of(3, "1"), List.of(4, "0"), List.of(4, "1"), List.of(4, "2"), List.of(4, "3"), List.of(4, "4"), List.of(4, "</s>"), List.of(4, "<s>"), List.of(7, "1"));
    static final Set<List<?>> MLP_mlp_1_1_outputs_2 = Set.of(List.of(1, "0"), List.of(1, "1"), List.of(1, "2"), List.of(1, "3"), List.of(1, "4"), List.of(1, "</s>"), List.of(1, "<s>"));
    static final Set<List<?>> MLP_mlp_1_1_outputs_3 = Set.of(List.of(6, "0"), List.of(6, "1"), List.of(6, "2"), List.of(6, "3"), List.of(6, "4"), List.of(6, "</s>"), List.of(6, "<s>"), List.of(7, "2"), List.of(7, "3"));

    static int mlp_mlp_1_1_outputs(int position, String attn_1_1_output) {
        List<?> key = List.of(position, attn_1_1_output);
        if (MLP_mlp_1_1_outputs_0.contains(key)) {
            return 1;
        }
        if (MLP_mlp_1_1_outputs_1.contains(key)) {
            return 2;
        }
        if (MLP_mlp_1_1_outputs_2.contains(key)) {
            return 3;
        }
        if (MLP_mlp_1_1_outputs_3.contains(key)) {
            return 7;
        }
        return 5;
    }

    static final Set<List<?>> MLP_num_mlp_1_0_outputs_0 = Set.of(List.of(0, 0), List.of(0, 1), List.of(1, 0), List.of(1, 1), List.of(2, 0), List.of(3, 0));

    static int mlp_num_mlp_1_0_outputs(int num_attn_1_1_output, int num_attn_0_3_output) {
        List<?> key = List.of(num_attn_1_1_output, num_attn_0_3_output);
        if (MLP_num_mlp_1_0_outputs_0.contains(key)) {
            return 6;
        }
        return 4;
    }

    // layer 2 --------------------------------------------------------------------------------

    static boolean predicate_attn_2_0_outputs(int q_mlp_0_1_output, int k_mlp_0_0_output) {
        return switch (q_mlp_0_1_output) {
            case 0, 1, 5 -> k_mlp_0_0_output == 2;
            default -> false;
        };
    }

    static boolean predicate_attn_2_1_outputs(int q_mlp_0_0_output, String k_token) {
        return switch (q_mlp_0_0_output) {
            case 0, 2, 6 -> k_token.equals("1");
            case 1 -> k_token.equals("3");
            default -> false;
        };
    }

    static boolean predicate_attn_2_2_outputs(int q_mlp_1_0_output, int k_num_mlp_0_0_output) {
        return switch (q_mlp_1_0_output) {
            case 5 -> k_num_mlp_0_0_output == 4;
            default -> false;
        };
    }

    static boolean predicate_attn_2_3_outputs(String q_attn_0_3_output, int k_position) {
        return switch (q_attn_0_3_output) {
            case "0", "2", "</s>" -> k_position == 6;
            case "1", "3", "<s>" -> k_position == 1;
            case "4" -> k_position == 0;
            default -> false;
        };
    }

    static boolean predicate_num_attn_2_0_outputs(int q_mlp_0_0_output, String k_token) {
        return switch (q_mlp_0_0_output) {
            case 1, 2, 6 -> k_token.equals("4");
            default -> false;
        };
    }

    static boolean predicate_num_attn_2_1_outputs(int q_mlp_0_0_output, String k_token) {
        return switch (q_mlp_0_0_output) {
            case 0, 1, 2, 6 -> k_token.equals("2");
            default -> false;
        };
    }

    static boolean predicate_num_attn_2_2_outputs(int q_mlp_0_1_output, String k_token) {
        return switch (q_mlp_0_1_output) {
            case 0, 5 -> k_token.equals("2");
            case 1 -> k_token.equals("0");
            case 7 -> k_token.equals("<s>");
            default -> false;
        };
    }

    static boolean predicate_num_attn_2_3_outputs(int q_position, String k_attn_1_0_output) {
        return switch (q_position) {
            case 0 -> k_attn_1_0_output.equals("</s>");
            case 1 -> k_attn_1_0_output.equals("2");
            case 2 -> k_attn_1_0_output.equals("0");
            case 3 -> k_attn_1_0_output.equals("1");
            case 4 -> k_attn_1_0_output.equals("<s>");
            case 6, 7 -> k_attn_1_0_output.equals("4");
            default -> false;
        };
    }

    static final Set<List<?>> MLP_mlp_2_0_outputs_0 = Set.of(List.of(0, "2"), List.of(3, "2"), List.of(5, "2"), List.of(6, "2"), List.of(6, "3"), List.of(6, "4"), List.of(6, "</s>"), List.of(6, "<s>"), List.of(7, "2"));
    static final Set<List<?>> MLP_mlp_2_0_outputs_1 = Set.of(List.of(1, "0"), List.of(1, "1"), List.of(1, "2"), List.of(1, "4"));
    static final Set<List<?>> MLP_mlp_2_0_outputs_2 = Set.of(List.of(1, "3"), List.of(1, "</s>"), List.of(1, "<s>"), List.of(2, "0"), List.of(2, "1"), List.of(2, "2"), List.of(2, "3"), List.of(2, "</s>"), List.of(2, "<s>"));

    static int mlp_mlp_2_0_outputs(int position, String attn_2_3_output) {
        List<?> key = List.of(position, attn_2_3_output);
        if (MLP_mlp_2_0_outputs_0.contains(key)) {
            return 7;
        }
        if (MLP_mlp_2_0_outputs_1.contains(key)) {
            return 6;
        }
        if (MLP_mlp_2_0_outputs_2.contains(key)) {
            return 1;
        }
        return 0;
    }

    static final Set<List<?>> MLP_mlp_2_1_outputs_0 = Set.of(List.of("0", 1), List.of("1", 1), List.of("2", 1), List.of("3", 1), List.of("4", 1), List.of("<s>", 1));
    static final Set<List<?>> MLP_mlp_2_1_outputs_1 = Set.of(List.of("0", 4), List.of("0", 6), List.of("1", 4), List.of("1", 6), List.of("2", 4), List.of("2", 6), List.of("3", 4), List.of("3", 6), List.of("4", 4), List.of("4", 6), List.of("</s>", 4), List.of("</s>", 6), List.of("<s>", 4), List.of("<s>", 6));

    static int mlp_mlp_2_1_outputs(String attn_2_2_output, int position) {
        List<?> key = List.of(attn_2_2_output, position);
        if (MLP_mlp_2_1_outputs_0.contains(key)) {
            return 6;
        }
        if (MLP_mlp_2_1_outputs_1.contains(key)) {
            return 2;
        }
        return 0;
    }

    static final Set<List<?>> MLP_num_mlp_2_0_outputs_0 = Set.of(List.of(0, 0), List.of(0, 1), List.of(1, 0), List.of(1, 1), List.of(2, 0), List.of(2, 1), List.of(3, 0), List.of(3, 1), List.of(4, 0), List.of(4, 1), List.of(5, 0), List.of(5, 1), List.of(6, 0), List.of(6, 1), List.of(7, 0), List.of(7, 1), List.of(8, 0), List.of(8, 1), List.of(9, 0), List.of(9, 1), List.of(10, 0), List.of(10, 1), List.of(11, 0), List.of(11, 1), List.of(12, 0), List.of(12, 1), List.of(13, 0), List.of(13, 1), List.of(13, 2), List.of(14, 0), List.of(14, 1), List.of(14, 2), List.of(15, 0), List.of(15, 1), List.of(15, 2), List.of(16, 0), List.of(16, 1), List.of(16, 2), List.of(17, 0), List.of(17, 1), List.of(17, 2), List.of(18, 0), List.of(18, 1), List.of(18, 2), List.of(19, 0), List.of(19, 1), List.of(19, 2), List.of(20, 0), List.of(20, 1), List.of(20, 2), List.of(21, 0), List.of(21, 1), List.of(21, 2), List.of(22, 0), List.of(22, 1), List.of(22, 2), List.of(23, 0), List.of(23, 1), List.of(23, 2), List.of(24, 0), List.of(24, 1), List.of(24, 2), List.of(25, 0), List.of(25, 1), List.of(25, 2), List.of(26, 0), List.of(26, 1), List.of(26, 2), List.of(27, 0), List.of(27, 1), List.of(27, 2), List.of(28, 0), List.of(28, 1), List.of(28, 2), List.of(29, 0), List.of(29, 1), List.of(29, 2), List.of(30, 0), List.of(30, 1), List.of(30, 2), List.of(31, 0), List.of(31, 1), List.of(31, 2), List.of(32, 0), List.of(32, 1), List.of(32, 2), List.of(33, 0), List.of(33, 1), List.of(33, 2), List.of(34, 0), List.of(34, 1), List.of(34, 2), List.of(35, 0), List.of(35, 1), List.of(35, 2), List.of(36, 0), List.of(36, 1), List.of(36, 2), List.of(37, 0), List.of(37, 1), List.of(37, 2), List.of(38, 0), List.of(38, 1), List.of(38, 2), List.of(39, 0), List.of(39, 1), List.of(39, 2), List.of(40, 0), List.of(40, 1), List.of(40, 2), List.of(41, 0), List.of(41, 1), List.of(41, 2), List.of(42, 0), List.of(42, 1), List.of(42, 2), List.of(43, 0), List.of(43, 1), List.of(43, 2), List.of(43, 3), List.of(44, 0), List.of(44, 1), List.of(44, 2), List.of(44, 3), List.of(45, 0), List.of(45, 1), List.of(45, 2), List.of(45, 3), List.of(46, 0), List.of(46, 1), List.of(46, 2), List.of(46, 3), List.of(47, 0), List.of(47, 1), List.of(47, 2), List.of(47, 3), List.of(48, 0), List.of(48, 1), List.of(48, 2), List.of(48, 3), List.of(49, 0), List.of(49, 1), List.of(49, 2), List.of(49, 3), List.of(50, 0), List.of(50, 1), List.of(50, 2), List.of(50, 3), List.of(51, 0), List.of(51, 1), List.of(51, 2), List.of(51, 3), List.of(52, 0), List.of(52, 1), List.of(52, 2), List.of(52, 3), List.of(53, 0), List.of(53, 1), List.of(53, 2), List.of(53, 3), List.of(54, 0), List.of(54, 1), List.of(54, 2), List.of(54, 3), List.of(55, 0), List.of(55, 1), List.of(55, 2), List.of(55, 3), List.of(56, 0), List.of(56, 1), List.of(56, 2), List.of(56, 3), List.of(57, 0), List.of(57, 1), List.of(57, 2), List.of(57, 3), List.of(58, 0), List.of(58, 1), List.of(58, 2), List.of(58, 3), List.of(59, 0), List.of(59, 1), List.of(59, 2), List.of(59, 3), List.of(60, 0), List.of(60, 1), List.of(60, 2), List.of(60, 3), List.of(61, 0), List.of(61, 1), List.of(61, 2), List.of(61, 3), List.of(62, 0), List.of(62, 1), List.of(62, 2), List.of(62, 3), List.of(63, 0), List.of(63, 1), List.of(63, 2), List.of(63, 3), List.of(64, 0), List.of(64, 1), List.of(64, 2), List.of(64, 3));

    static int mlp_num_mlp_2_0_outputs(int num_attn_1_0_output, int num_attn_1_1_output) {
        List<?> key = List.of(num_attn_1_0_output, num_attn_1_1_output);
        if (MLP_num_mlp_2_0_outputs_0.contains(key)) {
            return 6;
        }
        return 1;
    }

    static int mlp_num_mlp_2_1_outputs(int num_attn_2_1_output) {
        return switch (num_attn_2_1_output) {
            case 0 -> 6;
            case 1 -> 0;
            default -> 1;
        };
    }

    // classifier: the weights each feature adds to each class's logit --------------------

    static final Map<String, double[]> W_tokens = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {2.2231767177581787, 0.5133689641952515, -0.24911119043827057, -1.0418403148651123, -2.2055957317352295}),
            Map.entry("1", new double[] {-0.7118974924087524, 0.2231435775756836, 0.6683425307273865, 0.6399956941604614, 0.08358912914991379}),
            Map.entry("2", new double[] {-0.14503678679466248, 0.13372841477394104, -0.094542495906353, 0.15314015746116638, 0.3071393668651581}),
            Map.entry("3", new double[] {-1.7722477912902832, -0.7616984248161316, 0.2175462245941162, 0.7292064428329468, 1.001110553741455}),
            Map.entry("4", new double[] {-3.5498290061950684, -2.2826879024505615, -1.4305050373077393, 0.06905433535575867, 2.8093695640563965}),
            Map.entry("</s>", new double[] {0.08586344122886658, 0.5682930946350098, -0.35777753591537476, -0.19966062903404236, 0.508941113948822}),
            Map.entry("<s>", new double[] {0.33975693583488464, -0.8284167647361755, 0.08390291035175323, 0.2339906245470047, 0.19749504327774048}));
    static final Map<Integer, double[]> W_positions = Map.ofEntries(
            Map.entry(0, new double[] {-0.8373934030532837, -0.19296614825725555, 0.7844648957252502, -0.10854215919971466, 0.2632337808609009}),
            Map.entry(1, new double[] {4.23922872543335, -0.28682172298431396, -2.1055169105529785, -2.7445640563964844, -4.251847743988037}),
            Map.entry(2, new double[] {1.134481430053711, 2.398303270339966, 1.918776035308838, -1.4918780326843262, -3.845165729522705}),
            Map.entry(3, new double[] {-2.836843490600586, 2.616915702819824, 3.5409207344055176, 0.7795804142951965, -3.787597417831421}),
            Map.entry(4, new double[] {-5.5331268310546875, -0.8742453455924988, 1.0201523303985596, 3.433962106704712, 0.3527830243110657}),
            Map.entry(5, new double[] {-2.7586376667022705, -4.14537239074707, -0.800735592842102, 2.697416305541992, 2.424668550491333}),
            Map.entry(6, new double[] {-2.9124841690063477, -4.604024410247803, -3.5170767307281494, -0.6652872562408447, 5.302215099334717}),
            Map.entry(7, new double[] {-0.2623008191585541, 0.46440577507019043, -0.10930217057466507, 0.15293295681476593, 0.37815237045288086}));
    static final Map<String, double[]> W_attn_0_0_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {6.062633037567139, 0.448845237493515, 0.20941685140132904, -1.7954102754592896, -7.617398738861084}),
            Map.entry("1", new double[] {1.4354625940322876, -0.6896403431892395, -0.6005995273590088, 0.2627876400947571, -0.5608864426612854}),
            Map.entry("2", new double[] {-7.521307468414307, -0.19717399775981903, 1.4503105878829956, 2.1446096897125244, 2.616710662841797}),
            Map.entry("3", new double[] {-2.3822758197784424, -3.2478995323181152, 0.6115816235542297, 1.1306402683258057, 1.7375470399856567}),
            Map.entry("4", new double[] {-2.1476495265960693, -1.9706518650054932, -1.4178335666656494, -2.078773260116577, 4.752063274383545}),
            Map.entry("</s>", new double[] {0.02955804392695427, -0.5207224488258362, -0.2073131501674652, 0.054425712674856186, 0.2649759352207184}),
            Map.entry("<s>", new double[] {-2.3738226890563965, -0.7548534870147705, -1.524946928024292, 1.2064437866210938, 3.2764596939086914}));
    static final Map<String, double[]> W_attn_0_1_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {1.669950008392334, 1.5423274040222168, -0.33681729435920715, -2.1658551692962646, -1.4979932308197021}),
            Map.entry("1", new double[] {3.465242624282837, 1.429518461227417, -3.801887035369873, -0.3053324222564697, -1.4506884813308716}),
            Map.entry("2", new double[] {-1.4467240571975708, -0.49110472202301025, 0.15878833830356598, 1.0519851446151733, 0.5497446060180664}),
            Map.entry("3", new double[] {-3.6147334575653076, -0.40562644600868225, 1.3286226987838745, 3.0201005935668945, -1.4826685190200806}),
            Map.entry("4", new double[] {-5.0499043464660645, -3.8936192989349365, 0.09413794428110123, 0.7935948967933655, 4.615734577178955}),
            Map.entry("</s>", new double[] {-0.854418158531189, -0.5590643286705017, -0.154263436794281, 0.2909506857395172, 0.23397094011306763}),
            Map.entry("<s>", new double[] {0.5461713075637817, -1.2056785821914673, 1.1045914888381958, 0.06344239413738251, -0.17600588500499725}));
    static final Map<String, double[]> W_attn_0_2_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {0.3510472774505615, -0.6679229140281677, 0.309237539768219, -0.30572935938835144, -0.10424115508794785}),
            Map.entry("1", new double[] {2.173570156097412, 4.828183650970459, 0.36024582386016846, 0.36247068643569946, -7.07066011428833}),
            Map.entry("2", new double[] {-1.1592141389846802, -0.5656019449234009, 0.06522680819034576, -0.09781372547149658, 0.5811758637428284}),
            Map.entry("3", new double[] {-2.0632646083831787, -2.4958362579345703, -0.5804567933082581, 0.695830225944519, 3.423262119293213}),
            Map.entry("4", new double[] {-5.963044166564941, -3.9220643043518066, -0.9888342022895813, 0.8174731731414795, 5.350762844085693}),
            Map.entry("</s>", new double[] {-0.3217647671699524, -0.2746570408344269, -0.079081229865551, 0.32708466053009033, 0.531150758266449}),
            Map.entry("<s>", new double[] {0.9472758769989014, -1.069314956665039, -0.4373225271701813, 0.28918230533599854, -0.33059239387512207}));
    static final Map<String, double[]> W_attn_0_3_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {4.132903099060059, 1.111190915107727, -3.2128705978393555, -5.58894157409668, 0.5903469324111938}),
            Map.entry("1", new double[] {-0.5147985219955444, 0.7721312046051025, 0.6768425107002258, 0.6091663241386414, -1.7479965686798096}),
            Map.entry("2", new double[] {0.6414076685905457, 0.2610803544521332, -0.0056511415168643, -0.8557972311973572, -1.0444964170455933}),
            Map.entry("3", new double[] {-6.160195827484131, -1.5887943506240845, -0.25084736943244934, 3.19488525390625, 1.8337687253952026}),
            Map.entry("4", new double[] {-4.148794651031494, -4.396365642547607, 1.47458815574646, 2.5665948390960693, 2.4417877197265625}),
            Map.entry("</s>", new double[] {-0.12014705687761307, -0.0699680894613266, 0.34931403398513794, 0.4235513210296631, 0.7855750322341919}),
            Map.entry("<s>", new double[] {-2.3546295166015625, 0.9943453669548035, 1.1973767280578613, 0.1187463328242302, 0.10318978130817413}));
    static final Map<Integer, double[]> W_mlp_0_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {4.8427958488464355, 1.7338247299194336, -0.9414631724357605, -4.922130584716797, -4.57396125793457}),
            Map.entry(1, new double[] {-3.8756959438323975, -6.077831745147705, -2.1119742393493652, 1.423126220703125, 4.8683600425720215}),
            Map.entry(2, new double[] {-8.651498794555664, -0.10132567584514618, 0.8298746943473816, 2.7565691471099854, 0.6057935953140259}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {-1.5469366312026978, 2.6330032348632812, 2.566218852996826, 0.019576003775000572, -3.56327223777771}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}));
    static final Map<Integer, double[]> W_mlp_0_1_outputs = Map.ofEntries(
            Map.entry(0, new double[] {-7.166270732879639, -4.0057454109191895, 0.48015648126602173, 2.380239248275757, 2.0375146865844727}),
            Map.entry(1, new double[] {-2.2070565223693848, 5.52801513671875, 0.8936460614204407, -1.4122562408447266, -1.1950019598007202}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {1.3979569673538208, 2.0192999839782715, 3.5252256393432617, 0.549066424369812, -6.739264011383057}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {-1.072119951248169, -7.592432022094727, -4.348264217376709, 0.3853161036968231, 7.454981327056885}));
    static final Map<Integer, double[]> W_num_mlp_0_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {-1.4025346040725708, -0.0669189840555191, -1.2244207859039307, 2.003122091293335, 2.4538304805755615}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}));
    static final Map<Integer, double[]> W_num_mlp_0_1_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {-1.4310914278030396, -1.578705072402954, -0.42129161953926086, 1.3472397327423096, 1.9365280866622925}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}));
    static final Map<String, double[]> W_attn_1_0_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {3.0720324516296387, -0.13160166144371033, -0.7053181529045105, -0.7878766655921936, -1.498431921005249}),
            Map.entry("1", new double[] {0.5295482277870178, -0.17071814835071564, 0.5507786870002747, 1.059056043624878, 0.036697253584861755}),
            Map.entry("2", new double[] {0.4520967900753021, 0.3365460932254791, 0.972996175289154, 1.3030295372009277, -0.6417686343193054}),
            Map.entry("3", new double[] {0.011401675641536713, -0.014348785392940044, 0.4038192927837372, 0.8851181268692017, -0.41116100549697876}),
            Map.entry("4", new double[] {-1.775607943534851, 0.4143073558807373, 0.9354140758514404, 0.6004913449287415, -0.54465252161026}),
            Map.entry("</s>", new double[] {-6.817599773406982, -1.6464686393737793, -2.8300845623016357, -0.09212217479944229, 7.95795202255249}),
            Map.entry("<s>", new double[] {-1.268336296081543, 0.640464186668396, 0.9555937051773071, 0.41811662912368774, 0.5290521383285522}));
    static final Map<String, double[]> W_attn_1_1_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {0.4832873046398163, -0.45163917541503906, -0.6018964648246765, -0.4624742865562439, 0.6942152380943298}),
            Map.entry("1", new double[] {3.173234462738037, 2.2661402225494385, -0.884541392326355, -0.4712764322757721, -3.6365573406219482}),
            Map.entry("2", new double[] {-0.6354836225509644, 0.051969561725854874, 0.7372760772705078, 0.9027045369148254, -0.15211620926856995}),
            Map.entry("3", new double[] {-1.8111859560012817, -1.6101287603378296, -0.14643874764442444, 0.9298651814460754, 1.5021705627441406}),
            Map.entry("4", new double[] {-5.641851425170898, -4.2403788566589355, -1.1233707666397095, 1.2395919561386108, 5.619050979614258}),
            Map.entry("</s>", new double[] {-0.5890824198722839, -0.8429842591285706, -0.39157718420028687, -0.08225253224372864, 0.4913519620895386}),
            Map.entry("<s>", new double[] {1.6406890153884888, 1.0278217792510986, 2.1207969188690186, 0.7707247138023376, -4.321033477783203}));
    static final Map<String, double[]> W_attn_1_2_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {-0.4410553574562073, 0.7232339382171631, 0.32015538215637207, 0.4924190640449524, -1.0662193298339844}),
            Map.entry("1", new double[] {0.6641407012939453, 1.6286884546279907, 1.4103946685791016, 0.3894408047199249, -2.541517496109009}),
            Map.entry("2", new double[] {-0.4248424470424652, 1.5295517444610596, 1.2158397436141968, 1.0965231657028198, -2.5027921199798584}),
            Map.entry("3", new double[] {-0.3962252140045166, 0.5159791707992554, 1.0730252265930176, 0.9376164078712463, -2.067119836807251}),
            Map.entry("4", new double[] {-3.0364830493927, -0.3938148021697998, -0.19032756984233856, 0.08556744456291199, 1.6266698837280273}),
            Map.entry("</s>", new double[] {0.11413209140300751, -3.4126667976379395, -3.557511806488037, -0.5169589519500732, 4.655489444732666}),
            Map.entry("<s>", new double[] {1.1823676824569702, -7.963071823120117, -3.0745043754577637, -0.560135006904602, 4.731560230255127}));
    static final Map<String, double[]> W_attn_1_3_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {2.0659713745117188, 1.3858929872512817, 0.3629320561885834, -0.6415135264396667, -2.787226676940918}),
            Map.entry("1", new double[] {0.9496541023254395, 0.9738831520080566, 0.30825209617614746, -0.3729112148284912, -1.6856887340545654}),
            Map.entry("2", new double[] {0.3699202835559845, 0.946638822555542, 0.28677767515182495, 0.01574167236685753, -0.8635207414627075}),
            Map.entry("3", new double[] {-0.2030371129512787, -0.07217478007078171, -0.3932454288005829, -0.4220898151397705, 0.2440028190612793}),
            Map.entry("4", new double[] {-4.021553039550781, -2.0953140258789062, -0.7432001233100891, 1.1681344509124756, 3.4852075576782227}),
            Map.entry("</s>", new double[] {0.27305421233177185, -0.7029349207878113, -0.3894900977611542, 0.06677547842264175, 0.9456383585929871}),
            Map.entry("<s>", new double[] {-4.1724653244018555, -1.7802947759628296, 0.3057372570037842, 2.7263221740722656, 3.210235834121704}));
    static final Map<Integer, double[]> W_mlp_1_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {-3.3990349769592285, 1.750091552734375, 2.8670265674591064, 1.7937970161437988, -3.6850125789642334}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {-10.48080825805664, -5.253656387329102, -2.192164182662964, 1.6123077869415283, 6.265854358673096}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {5.600954055786133, 0.7404349446296692, -2.4500644207000732, -3.9761722087860107, -2.606877326965332}),
            Map.entry(5, new double[] {-1.2726922035217285, -1.4488236904144287, -0.23675160109996796, 1.31723153591156, 2.411290407180786}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {0.7262215614318848, 1.2884385585784912, 2.2669177055358887, 0.3699308931827545, -4.06655740737915}));
    static final Map<Integer, double[]> W_mlp_1_1_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {0.08118247240781784, 1.2446366548538208, 1.1128194332122803, 1.0057629346847534, -0.6315377950668335}),
            Map.entry(2, new double[] {-5.410042762756348, 0.47048419713974, 2.400646448135376, 2.211249351501465, -0.8146365284919739}),
            Map.entry(3, new double[] {3.4851913452148438, 0.7584125399589539, -1.8924216032028198, -3.403322219848633, -2.771803855895996}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {-1.2440093755722046, 1.2053492069244385, 0.0645163506269455, 1.5482999086380005, -0.06301198899745941}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {-4.054443836212158, -4.3975067138671875, -2.6708779335021973, 1.1725198030471802, 4.196706295013428}));
    static final Map<Integer, double[]> W_num_mlp_1_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {-0.9531996250152588, -0.6142317652702332, 0.9561616778373718, 1.2799315452575684, 2.2896676063537598}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {-2.82313871383667, -2.0572783946990967, -0.9759182333946228, 1.48557448387146, 1.9674639701843262}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}));
    static final double[] CONSTANT_0 = new double[] {-1.576520323753357, -0.7784419059753418, -0.6887962222099304, 0.1924828439950943, 1.3058183193206787}; // from num_mlp_1_1_outputs
    static final Map<String, double[]> W_attn_2_0_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {-0.35493937134742737, 0.9706746339797974, 0.4317304790019989, 0.28716516494750977, -1.0918140411376953}),
            Map.entry("1", new double[] {-0.028965523466467857, 1.1830837726593018, 0.4200405180454254, 0.1666179895401001, -1.3370184898376465}),
            Map.entry("2", new double[] {0.16767123341560364, 0.9737861156463623, 0.23962907493114471, 0.02946195751428604, -0.9767627716064453}),
            Map.entry("3", new double[] {-0.11756964772939682, 0.7823117971420288, 0.6403647661209106, 0.4878130257129669, -1.1042931079864502}),
            Map.entry("4", new double[] {-2.518281936645508, -1.2157083749771118, -0.9726917147636414, 0.541581392288208, 2.4914631843566895}),
            Map.entry("</s>", new double[] {-2.0361950397491455, -4.5657477378845215, -2.0550639629364014, 1.0250979661941528, 5.069589614868164}),
            Map.entry("<s>", new double[] {2.4034922122955322, -3.9595911502838135, -1.7271788120269775, 0.5721978545188904, 0.9359179735183716}));
    static final Map<String, double[]> W_attn_2_1_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {0.8806484341621399, 2.4294071197509766, -0.2223484367132187, -1.9650465250015259, -1.1692882776260376}),
            Map.entry("1", new double[] {-0.6729240417480469, 3.704432487487793, 2.429868459701538, -1.293264389038086, -2.5273547172546387}),
            Map.entry("2", new double[] {-1.9074063301086426, 0.6593716740608215, 1.2915855646133423, 0.3109174370765686, 0.5474510192871094}),
            Map.entry("3", new double[] {-2.2265641689300537, -6.510954856872559, -4.795993804931641, 5.424983024597168, 4.476194381713867}),
            Map.entry("4", new double[] {-1.608640432357788, -2.2614898681640625, -0.6408482789993286, 1.2212636470794678, 1.2800850868225098}),
            Map.entry("</s>", new double[] {-1.2763172388076782, -0.861560046672821, -0.3163559138774872, -0.16893836855888367, 0.27623090147972107}),
            Map.entry("<s>", new double[] {1.2288358211517334, -5.4535603523254395, 0.811271607875824, -0.5716805458068848, 0.4420407712459564}));
    static final Map<String, double[]> W_attn_2_2_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {0.6816238760948181, 0.07999520748853683, -0.15655216574668884, 0.04621539264917374, -0.13898895680904388}),
            Map.entry("1", new double[] {-0.44089987874031067, 0.20383381843566895, 0.21600762009620667, 0.5640345215797424, 0.31544649600982666}),
            Map.entry("2", new double[] {0.09667010605335236, 0.16722922027111053, 0.45646944642066956, 0.9409987330436707, 0.8331704139709473}),
            Map.entry("3", new double[] {-0.9722926616668701, -0.7373791337013245, -0.11925897002220154, 0.3926547169685364, 0.6081461310386658}),
            Map.entry("4", new double[] {-1.7799434661865234, -1.1718180179595947, -0.7236447334289551, -0.1424880176782608, 0.8235286474227905}),
            Map.entry("</s>", new double[] {0.08630873262882233, -0.271885484457016, -0.4788290858268738, 0.5946795344352722, 0.7305026054382324}),
            Map.entry("<s>", new double[] {-0.0660477802157402, -0.3672027885913849, 0.12836278975009918, 0.5350015163421631, 0.8709918260574341}));
    static final Map<String, double[]> W_attn_2_3_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {1.4488178491592407, 0.9249077439308167, -0.02190372534096241, -0.3083750903606415, -1.2374130487442017}),
            Map.entry("1", new double[] {-0.20335708558559418, 0.2918728291988373, 0.6188751459121704, 1.0652135610580444, 0.6599776148796082}),
            Map.entry("2", new double[] {-0.3488769233226776, -0.4415931701660156, 0.15993474423885345, 0.7934606075286865, 0.6993633508682251}),
            Map.entry("3", new double[] {-0.8651103377342224, -0.9210816025733948, 0.1382373422384262, 0.7766155004501343, 0.9753778576850891}),
            Map.entry("4", new double[] {-1.2645407915115356, -1.9989713430404663, -0.9843856692314148, 0.4538155198097229, 1.8602826595306396}),
            Map.entry("</s>", new double[] {0.7847230434417725, -1.1757917404174805, -0.20302125811576843, 0.23486831784248352, 0.7354100942611694}),
            Map.entry("<s>", new double[] {-0.9266972541809082, -0.8121310472488403, -0.25524720549583435, -0.11237213760614395, -0.05783781409263611}));
    static final Map<Integer, double[]> W_mlp_2_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {-1.0421967506408691, -0.9041622877120972, -0.33769214153289795, 0.8000559210777283, 1.8433219194412231}),
            Map.entry(1, new double[] {0.4374483525753021, -0.7840394973754883, -1.2000174522399902, -0.24381619691848755, -0.2723219096660614}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {2.341602087020874, 1.8381458520889282, -1.0916224718093872, 0.3290640115737915, -1.7700014114379883}),
            Map.entry(7, new double[] {-2.2532646656036377, -0.8648960590362549, -0.19518545269966125, 1.4518171548843384, 3.1160387992858887}));
    static final Map<Integer, double[]> W_mlp_2_1_outputs = Map.ofEntries(
            Map.entry(0, new double[] {-1.2108511924743652, 0.5918639302253723, 1.2114408016204834, 1.0985260009765625, 0.5604021549224854}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {-6.067316055297852, -2.385789155960083, -0.887324869632721, 1.2124419212341309, 3.284964084625244}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {3.4030866622924805, 0.6829696297645569, -1.118369460105896, -2.5182862281799316, -1.3172297477722168}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}));
    static final Map<Integer, double[]> W_num_mlp_2_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {0.8068695664405823, -0.8742665648460388, -0.4501114785671234, 0.6777443885803223, 0.5722151398658752}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {-2.3913052082061768, 1.2542351484298706, 1.4242949485778809, 0.537274181842804, 0.7172467112541199}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}));
    static final Map<Integer, double[]> W_num_mlp_2_1_outputs = Map.ofEntries(
            Map.entry(0, new double[] {-1.4893903732299805, -1.5555435419082642, 0.6674296855926514, -0.08316322416067123, 0.538880467414856}),
            Map.entry(1, new double[] {-1.5235559940338135, 0.012075976468622684, 2.321791410446167, 0.604241132736206, -2.4487669467926025}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {0.8671565055847168, -0.33843860030174255, -5.398972511291504, 0.27526265382766724, 2.416621208190918}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}));
    static final double[] W_ones = new double[] {-0.24148061871528625, -0.09746148437261581, 0.1314147263765335, -0.0016869286773726344, 0.810565173625946};
    static final double[] W_num_attn_0_0_outputs = new double[] {5.070315837860107, 3.534008026123047, -3.167664051055908, -5.297801971435547, 0.7623592019081116};
    static final double[] W_num_attn_0_1_outputs = new double[] {-5.237880229949951, -1.1481959819793701, 0.737984299659729, 1.7468682527542114, 2.335684299468994};
    static final double[] W_num_attn_0_2_outputs = new double[] {1.2060351371765137, 4.481820106506348, 2.7254204750061035, -1.6489429473876953, -4.643565654754639};
    static final double[] W_num_attn_0_3_outputs = new double[] {3.274477005004883, 7.877215385437012, 2.2870914936065674, -3.0746710300445557, -8.738686561584473};
    static final double[] W_num_attn_1_0_outputs = new double[] {-0.21484464406967163, 2.7820181846618652, 0.08780801296234131, -1.175925374031067, -1.968887448310852};
    static final double[] W_num_attn_1_1_outputs = new double[] {5.85250997543335, 0.010938156396150589, -1.366185188293457, -2.887136936187744, -4.799889087677002};
    static final double[] W_num_attn_1_2_outputs = new double[] {-0.39385369420051575, 1.4365917444229126, 0.3647133708000183, -0.8403141498565674, -2.04923152923584};
    static final double[] W_num_attn_1_3_outputs = new double[] {-5.923137187957764, -2.95912504196167, 2.389634132385254, 8.421643257141113, -1.706376552581787};
    static final double[] W_num_attn_2_0_outputs = new double[] {-3.9628446102142334, -2.348088502883911, -0.6288130879402161, 1.3534871339797974, 4.887062072753906};
    static final double[] W_num_attn_2_1_outputs = new double[] {-2.044084072113037, -0.1195061206817627, 7.68702507019043, -0.26043182611465454, -4.510733604431152};
    static final double[] W_num_attn_2_2_outputs = new double[] {0.4293380677700043, 0.41015559434890747, 0.44023576378822327, 0.3699570894241333, 0.020509300753474236};
    static final double[] W_num_attn_2_3_outputs = new double[] {1.9368802309036255, 0.6115612983703613, -0.36272913217544556, -1.5428595542907715, -0.6667396426200867};

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
        String[] attn_0_1_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_0_1_outputs(positions[i], tokens[j])), tokens);
        String[] attn_0_2_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_0_2_outputs(positions[i], tokens[j])), tokens);
        String[] attn_0_3_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_0_3_outputs(positions[i], tokens[j])), tokens);
        int[] num_attn_0_0_outputs = countMatches(n, (i, j) -> predicate_num_attn_0_0_outputs(positions[i], tokens[j]), ones);
        int[] num_attn_0_1_outputs = countMatches(n, (i, j) -> predicate_num_attn_0_1_outputs(positions[i], tokens[j]), ones);
        int[] num_attn_0_2_outputs = countMatches(n, (i, j) -> predicate_num_attn_0_2_outputs(positions[i], tokens[j]), ones);
        int[] num_attn_0_3_outputs = countMatches(n, (i, j) -> predicate_num_attn_0_3_outputs(positions[i], tokens[j]), ones);
        int[] mlp_0_0_outputs = mapInts(n, i -> mlp_mlp_0_0_outputs(positions[i]));
        int[] mlp_0_1_outputs = mapInts(n, i -> mlp_mlp_0_1_outputs(attn_0_0_outputs[i], positions[i]));
        int[] num_mlp_0_0_outputs = mapInts(n, i -> mlp_num_mlp_0_0_outputs(num_attn_0_2_outputs[i], num_attn_0_3_outputs[i]));
        int[] num_mlp_0_1_outputs = mapInts(n, i -> mlp_num_mlp_0_1_outputs(num_attn_0_3_outputs[i]));
        String[] attn_1_0_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_1_0_outputs(positions[i], positions[j])), tokens);
        String[] attn_1_1_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_1_1_outputs(positions[i], positions[j])), attn_0_2_outputs);
        String[] attn_1_2_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_1_2_outputs(positions[i], positions[j])), tokens);
        String[] attn_1_3_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_1_3_outputs(attn_0_1_outputs[i], mlp_0_0_outputs[j])), tokens);
        int[] num_attn_1_0_outputs = countMatches(n, (i, j) -> predicate_num_attn_1_0_outputs(num_mlp_0_1_outputs[i], attn_0_3_outputs[j]), num_attn_0_2_outputs);
        int[] num_attn_1_1_outputs = countMatches(n, (i, j) -> predicate_num_attn_1_1_outputs(positions[i], mlp_0_0_outputs[j]), num_attn_0_3_outputs);
        int[] num_attn_1_2_outputs = countMatches(n, (i, j) -> predicate_num_attn_1_2_outputs(positions[i], tokens[j]), num_attn_0_2_outputs);
        int[] num_attn_1_3_outputs = countMatches(n, (i, j) -> predicate_num_attn_1_3_outputs(mlp_0_0_outputs[i], tokens[j]), ones);
        int[] mlp_1_0_outputs = mapInts(n, i -> mlp_mlp_1_0_outputs(attn_1_0_outputs[i], positions[i]));
        int[] mlp_1_1_outputs = mapInts(n, i -> mlp_mlp_1_1_outputs(positions[i], attn_1_1_outputs[i]));
        int[] num_mlp_1_0_outputs = mapInts(n, i -> mlp_num_mlp_1_0_outputs(num_attn_1_1_outputs[i], num_attn_0_3_outputs[i]));
        String[] attn_2_0_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_2_0_outputs(mlp_0_1_outputs[i], mlp_0_0_outputs[j])), attn_1_0_outputs);
        String[] attn_2_1_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_2_1_outputs(mlp_0_0_outputs[i], tokens[j])), tokens);
        String[] attn_2_2_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_2_2_outputs(mlp_1_0_outputs[i], num_mlp_0_0_outputs[j])), attn_1_0_outputs);
        String[] attn_2_3_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_2_3_outputs(attn_0_3_outputs[i], positions[j])), attn_1_0_outputs);
        int[] num_attn_2_0_outputs = countMatches(n, (i, j) -> predicate_num_attn_2_0_outputs(mlp_0_0_outputs[i], tokens[j]), num_attn_0_1_outputs);
        int[] num_attn_2_1_outputs = countMatches(n, (i, j) -> predicate_num_attn_2_1_outputs(mlp_0_0_outputs[i], tokens[j]), ones);
        int[] num_attn_2_2_outputs = countMatches(n, (i, j) -> predicate_num_attn_2_2_outputs(mlp_0_1_outputs[i], tokens[j]), num_attn_1_2_outputs);
        int[] num_attn_2_3_outputs = countMatches(n, (i, j) -> predicate_num_attn_2_3_outputs(positions[i], attn_1_0_outputs[j]), num_attn_0_3_outputs);
        int[] mlp_2_0_outputs = mapInts(n, i -> mlp_mlp_2_0_outputs(positions[i], attn_2_3_outputs[i]));
        int[] mlp_2_1_outputs = mapInts(n, i -> mlp_mlp_2_1_outputs(attn_2_2_outputs[i], positions[i]));
        int[] num_mlp_2_0_outputs = mapInts(n, i -> mlp_num_mlp_2_0_outputs(num_attn_1_0_outputs[i], num_attn_1_1_outputs[i]));
        int[] num_mlp_2_1_outputs = mapInts(n, i -> mlp_num_mlp_2_1_outputs(num_attn_2_1_outputs[i]));
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
            add(logits, CONSTANT_0, 1);
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
