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
            case 0, 7 -> k_token.equals("2");
            case 1 -> k_token.equals("0");
            case 2 -> k_token.equals("3");
            case 3, 4, 5, 6 -> k_token.equals("1");
            default -> false;
        };
    }

    static boolean predicate_attn_0_1_outputs(int q_position, String k_token) {
        return switch (q_position) {
            case 0, 3, 4 -> k_token.equals("5");
            case 1, 2, 7 -> k_token.equals("2");
            case 5, 6 -> k_token.equals("1");
            default -> false;
        };
    }

    static boolean predicate_attn_0_2_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0, 1 -> k_position == 4;
            case 2 -> k_position == 1;
            case 3 -> k_position == 2;
            case 4 -> k_position == 6;
            case 5, 6 -> k_position == 7;
            case 7 -> k_position == 0;
            default -> false;
        };
    }

    static boolean predicate_attn_0_3_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0, 5 -> k_position == 6;
            case 1, 2, 3, 4, 7 -> k_position == 3;
            case 6 -> k_position == 5;
            default -> false;
        };
    }

    static boolean predicate_num_attn_0_0_outputs(int q_position, String k_token) {
        return switch (q_position) {
            case 0 -> k_token.equals("4");
            case 1 -> k_token.equals("1");
            case 2, 3, 4, 5, 6, 7 -> k_token.equals("0");
            default -> false;
        };
    }

    static boolean predicate_num_attn_0_1_outputs(int q_position, String k_token) {
        return switch (q_position) {
            case 0, 1 -> k_token.equals("4");
            case 2 -> k_token.equals("<s>");
            case 3, 4, 5, 6 -> k_token.equals("3");
            default -> false;
        };
    }

    static boolean predicate_num_attn_0_2_outputs(String q_token, String k_token) {
        return switch (q_token) {
            case "0", "1", "2", "5" -> k_token.equals("4");
            case "3", "4" -> k_token.equals("<s>");
            default -> false;
        };
    }

    static boolean predicate_num_attn_0_3_outputs(int q_position, String k_token) {
        return switch (q_position) {
            case 0 -> k_token.equals("<s>");
            case 1 -> k_token.equals("2");
            case 2, 3, 4, 5, 6, 7 -> k_token.equals("3");
            default -> false;
        };
    }

    static final Set<List<?>> MLP_mlp_0_0_outputs_0 = Set.of(List.of(0, "<s>"), List.of(3, "<s>"), List.of(4, "<s>"), List.of(5, "<s>"), List.of(6, "<s>"), List.of(7, "0"), List.of(7, "2"), List.of(7, "3"), List.of(7, "4"), List.of(7, "5"), List.of(7, "<s>"));

    static int mlp_mlp_0_0_outputs(int position, String attn_0_0_output) {
        List<?> key = List.of(position, attn_0_0_output);
        if (MLP_mlp_0_0_outputs_0.contains(key)) {
            return 4;
        }
        return 7;
    }

    static final Set<List<?>> MLP_mlp_0_1_outputs_0 = Set.of(List.of("0", 0), List.of("0", 3), List.of("0", 4), List.of("1", 0), List.of("1", 3), List.of("1", 4), List.of("2", 0), List.of("2", 3), List.of("2", 4), List.of("3", 0), List.of("3", 3), List.of("3", 4), List.of("4", 0), List.of("4", 3), List.of("4", 4), List.of("<s>", 0), List.of("<s>", 3), List.of("<s>", 4));
    static final Set<List<?>> MLP_mlp_0_1_outputs_1 = Set.of(List.of("0", 1), List.of("1", 1), List.of("2", 1), List.of("3", 1), List.of("4", 1), List.of("5", 1), List.of("<s>", 1));
    static final Set<List<?>> MLP_mlp_0_1_outputs_2 = Set.of(List.of("0", 2), List.of("1", 2), List.of("2", 2), List.of("3", 2), List.of("4", 2), List.of("<s>", 2));
    static final Set<List<?>> MLP_mlp_0_1_outputs_3 = Set.of(List.of("5", 0), List.of("5", 2), List.of("5", 3), List.of("5", 4));
    static final Set<List<?>> MLP_mlp_0_1_outputs_4 = Set.of(List.of("5", 6));

    static int mlp_mlp_0_1_outputs(String attn_0_1_output, int position) {
        List<?> key = List.of(attn_0_1_output, position);
        if (MLP_mlp_0_1_outputs_0.contains(key)) {
            return 7;
        }
        if (MLP_mlp_0_1_outputs_1.contains(key)) {
            return 1;
        }
        if (MLP_mlp_0_1_outputs_2.contains(key)) {
            return 2;
        }
        if (MLP_mlp_0_1_outputs_3.contains(key)) {
            return 6;
        }
        if (MLP_mlp_0_1_outputs_4.contains(key)) {
            return 0;
        }
        return 3;
    }

    static final Set<List<?>> MLP_num_mlp_0_0_outputs_0 = Set.of(List.of(0, 0));
    static final Set<List<?>> MLP_num_mlp_0_0_outputs_1 = Set.of(List.of(0, 1));
    static final Set<List<?>> MLP_num_mlp_0_0_outputs_2 = Set.of(List.of(1, 0), List.of(2, 0), List.of(3, 0), List.of(4, 0), List.of(5, 0), List.of(5, 1), List.of(6, 0), List.of(6, 1), List.of(7, 0), List.of(7, 1), List.of(8, 0), List.of(8, 1), List.of(8, 2));

    static int mlp_num_mlp_0_0_outputs(int num_attn_0_1_output, int num_attn_0_3_output) {
        List<?> key = List.of(num_attn_0_1_output, num_attn_0_3_output);
        if (MLP_num_mlp_0_0_outputs_0.contains(key)) {
            return 5;
        }
        if (MLP_num_mlp_0_0_outputs_1.contains(key)) {
            return 3;
        }
        if (MLP_num_mlp_0_0_outputs_2.contains(key)) {
            return 6;
        }
        return 0;
    }

    static int mlp_num_mlp_0_1_outputs(int num_attn_0_0_output) {
        return switch (num_attn_0_0_output) {
            case 0 -> 2;
            case 1 -> 6;
            default -> 0;
        };
    }

    // layer 1 --------------------------------------------------------------------------------

    static boolean predicate_attn_1_0_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0 -> k_position == 3;
            case 1 -> k_position == 2;
            case 2, 7 -> k_position == 0;
            case 3, 4 -> k_position == 4;
            case 5 -> k_position == 7;
            case 6 -> k_position == 6;
            default -> false;
        };
    }

    static boolean predicate_attn_1_1_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0, 2, 3, 4, 5, 6 -> k_position == 0;
            case 1 -> k_position == 6;
            case 7 -> k_position == 5;
            default -> false;
        };
    }

    static boolean predicate_attn_1_2_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0, 6 -> k_position == 7;
            case 1 -> k_position == 1;
            case 2, 3, 7 -> k_position == 0;
            case 4 -> k_position == 5;
            case 5 -> k_position == 6;
            default -> false;
        };
    }

    static boolean predicate_attn_1_3_outputs(int q_position, String k_token) {
        return switch (q_position) {
            case 0 -> k_token.equals("1");
            case 1, 2 -> k_token.equals("0");
            case 3, 4, 5, 6 -> k_token.equals("<s>");
            default -> false;
        };
    }

    static boolean predicate_num_attn_1_0_outputs(String q_attn_0_1_output, String k_attn_0_2_output) {
        return switch (q_attn_0_1_output) {
            case "0", "2", "3" -> k_attn_0_2_output.equals("4");
            case "1", "4" -> k_attn_0_2_output.equals("5");
            case "5" -> k_attn_0_2_output.equals("1");
            case "<s>" -> k_attn_0_2_output.equals("<s>");
            default -> false;
        };
    }

    static boolean predicate_num_attn_1_1_outputs(int q_position, String k_token) {
        return switch (q_position) {
            case 0, 1 -> k_token.equals("4");
            case 2, 7 -> k_token.equals("3");
            case 3, 4, 5, 6 -> k_token.equals("2");
            default -> false;
        };
    }

    static boolean predicate_num_attn_1_2_outputs(int q_position, String k_token) {
        return switch (q_position) {
            case 0, 1 -> k_token.equals("4");
            case 2, 7 -> k_token.equals("<s>");
            case 3, 4, 5, 6 -> k_token.equals("5");
            default -> false;
        };
    }

    static boolean predicate_num_attn_1_3_outputs(String q_attn_0_0_output, String k_token) {
        return switch (q_attn_0_0_output) {
            case "0", "3", "<s>" -> k_token.equals("1");
            case "1", "2", "4" -> k_token.equals("5");
            case "5" -> k_token.equals("<s>");
            default -> false;
        };
    }

    static final Set<List<?>> MLP_mlp_1_0_outputs_0 = Set.of(List.of("0", "1"), List.of("0", "4"), List.of("1", "0"), List.of("1", "1"), List.of("1", "2"), List.of("1", "3"), List.of("1", "4"), List.of("1", "5"), List.of("1", "<s>"), List.of("2", "1"), List.of("3", "1"), List.of("3", "4"), List.of("4", "1"), List.of("4", "4"), List.of("5", "0"), List.of("5", "1"), List.of("5", "2"), List.of("5", "3"), List.of("5", "4"), List.of("5", "5"), List.of("5", "<s>"), List.of("<s>", "1"));

    static int mlp_mlp_1_0_outputs(String attn_0_1_output, String attn_0_0_output) {
        List<?> key = List.of(attn_0_1_output, attn_0_0_output);
        if (MLP_mlp_1_0_outputs_0.contains(key)) {
            return 4;
        }
        return 1;
    }

    static final Set<List<?>> MLP_mlp_1_1_outputs_0 = Set.of(List.of("0", "1"), List.of("1", "1"), List.of("2", "0"), List.of("2", "3"), List.of("2", "4"), List.of("2", "5"), List.of("2", "<s>"), List.of("4", "2"), List.of("5", "1"), List.of("<s>", "1"));
    static final Set<List<?>> MLP_mlp_1_1_outputs_1 = Set.of(List.of("0", "2"), List.of("1", "2"), List.of("2", "1"), List.of("2", "2"), List.of("3", "1"), List.of("3", "2"), List.of("5", "2"), List.of("<s>", "2"));
    static final Set<List<?>> MLP_mlp_1_1_outputs_2 = Set.of(List.of("0", "5"), List.of("1", "5"), List.of("3", "0"), List.of("3", "5"), List.of("4", "0"), List.of("4", "1"), List.of("4", "5"), List.of("5", "0"), List.of("5", "5"), List.of("<s>", "0"), List.of("<s>", "3"), List.of("<s>", "5"), List.of("<s>", "<s>"));

    static int mlp_mlp_1_1_outputs(String token, String attn_0_1_output) {
        List<?> key = List.of(token, attn_0_1_output);
        if (MLP_mlp_1_1_outputs_0.contains(key)) {
            return 0;
        }
        if (MLP_mlp_1_1_outputs_1.contains(key)) {
            return 4;
        }
        if (MLP_mlp_1_1_outputs_2.contains(key)) {
            return 6;
        }
        return 2;
    }

    static int mlp_num_mlp_1_1_outputs(int num_attn_1_0_output) {
        return switch (num_attn_1_0_output) {
            case 0 -> 7;
            default -> 4;
        };
    }

    // layer 2 --------------------------------------------------------------------------------

    static boolean predicate_attn_2_0_outputs(String q_attn_0_2_output, String k_token) {
        return switch (q_attn_0_2_output) {
            case "0", "1", "2", "3", "4", "5", "<s>" -> k_token.equals("0");
            default -> false;
        };
    }

    static boolean predicate_attn_2_1_outputs(String q_attn_1_2_output, int k_position) {
        return switch (q_attn_1_2_output) {
            case "0", "2", "3", "5" -> k_position == 0;
            case "1", "<s>" -> k_position == 1;
            case "4" -> k_position == 7;
            default -> false;
        };
    }

    static boolean predicate_attn_2_2_outputs(String q_attn_0_2_output, int k_mlp_0_1_output) {
        return switch (q_attn_0_2_output) {
            case "0", "3" -> k_mlp_0_1_output == 7;
            case "1" -> k_mlp_0_1_output == 0;
            case "2", "4", "<s>" -> k_mlp_0_1_output == 6;
            case "5" -> k_mlp_0_1_output == 1;
            default -> false;
        };
    }

    static boolean predicate_attn_2_3_outputs(String q_attn_0_2_output, int k_mlp_0_1_output) {
        return switch (q_attn_0_2_output) {
            case "0", "3", "5" -> k_mlp_0_1_output == 0;
            case "1" -> k_mlp_0_1_output == 1;
            case "2" -> k_mlp_0_1_output == 6;
            case "4", "<s>" -> k_mlp_0_1_output == 2;
            default -> false;
        };
    }

    static boolean predicate_num_attn_2_0_outputs(String q_attn_0_2_output, String k_token) {
        return switch (q_attn_0_2_output) {
            case "0", "1", "2", "3", "5", "<s>" -> k_token.equals("<s>");
            case "4" -> k_token.equals("4");
            default -> false;
        };
    }

    static boolean predicate_num_attn_2_1_outputs(String q_attn_0_2_output, String k_token) {
        return switch (q_attn_0_2_output) {
            case "0", "2", "3", "4" -> k_token.equals("5");
            case "1", "<s>" -> k_token.equals("1");
            case "5" -> k_token.equals("<s>");
            default -> false;
        };
    }

    static boolean predicate_num_attn_2_2_outputs(String q_attn_0_2_output, String k_token) {
        return switch (q_attn_0_2_output) {
            case "0", "1", "2", "4", "5", "<s>" -> k_token.equals("3");
            case "3" -> k_token.equals("<s>");
            default -> false;
        };
    }

    static boolean predicate_num_attn_2_3_outputs(String q_attn_0_0_output, String k_token) {
        return switch (q_attn_0_0_output) {
            case "0", "1", "4", "5", "<s>" -> k_token.equals("3");
            case "2" -> k_token.equals("2");
            case "3" -> k_token.equals("<s>");
            default -> false;
        };
    }

    static int mlp_mlp_2_0_outputs(int position) {
        return switch (position) {
            case 0, 4 -> 0;
            case 1, 2, 3 -> 6;
            default -> 1;
        };
    }

    static final Set<List<?>> MLP_mlp_2_1_outputs_0 = Set.of(List.of(0, 6), List.of(1, 2), List.of(1, 6), List.of(2, 2), List.of(2, 6), List.of(3, 6));
    static final Set<List<?>> MLP_mlp_2_1_outputs_1 = Set.of(List.of(1, 0));
    static final Set<List<?>> MLP_mlp_2_1_outputs_2 = Set.of(List.of(2, 0), List.of(4, 6), List.of(5, 6));
    static final Set<List<?>> MLP_mlp_2_1_outputs_3 = Set.of(List.of(6, 0), List.of(6, 2), List.of(6, 6), List.of(7, 0), List.of(7, 2), List.of(7, 6));

    static int mlp_mlp_2_1_outputs(int position, int num_mlp_0_1_output) {
        List<?> key = List.of(position, num_mlp_0_1_output);
        if (MLP_mlp_2_1_outputs_0.contains(key)) {
            return 1;
        }
        if (MLP_mlp_2_1_outputs_1.contains(key)) {
            return 2;
        }
        if (MLP_mlp_2_1_outputs_2.contains(key)) {
            return 4;
        }
        if (MLP_mlp_2_1_outputs_3.contains(key)) {
            return 0;
        }
        return 6;
    }

    static int mlp_num_mlp_2_0_outputs(int num_attn_1_1_output) {
        return switch (num_attn_1_1_output) {
            case 0 -> 0;
            default -> 3;
        };
    }

    static final Set<List<?>> MLP_num_mlp_2_1_outputs_0 = Set.of(List.of(0, 0), List.of(1, 0), List.of(2, 0), List.of(3, 0), List.of(4, 0), List.of(5, 0), List.of(6, 0), List.of(7, 0), List.of(8, 0), List.of(9, 0), List.of(10, 0), List.of(11, 0), List.of(12, 0), List.of(13, 0), List.of(14, 0), List.of(15, 0), List.of(16, 0), List.of(17, 0), List.of(18, 0), List.of(19, 0), List.of(20, 0), List.of(21, 0), List.of(22, 0), List.of(23, 0), List.of(24, 0), List.of(25, 0), List.of(26, 0), List.of(27, 0), List.of(28, 0), List.of(29, 0));
    static final Set<List<?>> MLP_num_mlp_2_1_outputs_1 = Set.of(List.of(0, 1), List.of(1, 1), List.of(2, 1), List.of(3, 1), List.of(4, 1), List.of(5, 1), List.of(6, 1), List.of(7, 1), List.of(8, 1), List.of(9, 1), List.of(10, 1), List.of(11, 1), List.of(12, 1), List.of(13, 1), List.of(14, 1), List.of(15, 1), List.of(16, 1), List.of(30, 0), List.of(31, 0), List.of(32, 0), List.of(33, 0), List.of(34, 0), List.of(35, 0), List.of(36, 0), List.of(37, 0), List.of(38, 0), List.of(39, 0), List.of(40, 0), List.of(41, 0), List.of(42, 0), List.of(43, 0), List.of(44, 0), List.of(45, 0), List.of(46, 0), List.of(47, 0), List.of(48, 0), List.of(49, 0), List.of(50, 0), List.of(51, 0), List.of(52, 0), List.of(53, 0), List.of(54, 0), List.of(55, 0), List.of(56, 0), List.of(57, 0), List.of(58, 0), List.of(59, 0), List.of(60, 0), List.of(61, 0), List.of(62, 0), List.of(63, 0), List.of(64, 0));

    static int mlp_num_mlp_2_1_outputs(int num_attn_1_0_output, int num_attn_2_2_output) {
        List<?> key = List.of(num_attn_1_0_output, num_attn_2_2_output);
        if (MLP_num_mlp_2_1_outputs_0.contains(key)) {
            return 5;
        }
        if (MLP_num_mlp_2_1_outputs_1.contains(key)) {
            return 7;
        }
        return 4;
    }

    // classifier: the weights each feature adds to each class's logit --------------------

    static final Map<String, double[]> W_tokens = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {1.0016566514968872, -0.531677782535553, -0.20908229053020477, 0.24818305671215057, -0.596973180770874, -0.1374194622039795, 0.272664874792099}),
            Map.entry("1", new double[] {-0.177132248878479, 0.4342961311340332, -0.2032364457845688, 0.35878729820251465, -0.4864084720611572, -0.22410842776298523, -0.956797182559967}),
            Map.entry("2", new double[] {-0.11622297763824463, -0.5475428700447083, 0.4185296893119812, -0.0630684569478035, -0.7370523810386658, -0.21427284181118011, 0.2708120346069336}),
            Map.entry("3", new double[] {-0.1589946150779724, -0.6699517965316772, -0.4618026316165924, 1.3022854328155518, -0.43333736062049866, -0.2890245318412781, 0.7602812647819519}),
            Map.entry("4", new double[] {-0.7855595350265503, -0.3573648929595947, -0.15803907811641693, 0.08887279778718948, 0.7069543600082397, -0.4862034022808075, -0.6328079700469971}),
            Map.entry("5", new double[] {0.23865266144275665, -0.2405977100133896, 0.06604449450969696, 0.4340084493160248, -0.4419719874858856, 0.7629929780960083, -0.08067280054092407}),
            Map.entry("<s>", new double[] {0.02604329213500023, -0.30605047941207886, -0.08083084225654602, 0.3101655840873718, 0.37490543723106384, -0.41826191544532776, 0.29837119579315186}));
    static final Map<Integer, double[]> W_positions = Map.ofEntries(
            Map.entry(0, new double[] {-0.29236459732055664, 0.08383042365312576, -0.06322886049747467, -0.3508158028125763, 0.053159307688474655, -0.2859191298484802, -0.11133123934268951}),
            Map.entry(1, new double[] {1.7189762592315674, 1.899932861328125, 1.1872738599777222, 1.764814853668213, 1.2695943117141724, 3.853365898132324, -9.453277587890625}),
            Map.entry(2, new double[] {1.0894899368286133, 1.6707628965377808, 2.997446298599243, 1.4290982484817505, 2.4094462394714355, -1.0917975902557373, -4.468088626861572}),
            Map.entry(3, new double[] {2.7260489463806152, 0.5924353003501892, 0.7753620147705078, 0.9161375164985657, -0.1860697865486145, 0.8380881547927856, -5.121007919311523}),
            Map.entry(4, new double[] {0.35801684856414795, -0.02451690100133419, -0.017697034403681755, 0.12681178748607635, -0.7102123498916626, -0.43061697483062744, 0.8676518797874451}),
            Map.entry(5, new double[] {-1.5174192190170288, -1.09232759475708, -1.1663469076156616, -1.4283367395401, -1.678261637687683, -0.03168236464262009, 1.827214002609253}),
            Map.entry(6, new double[] {-4.766415596008301, -7.533908367156982, -6.332146644592285, -7.064035415649414, -6.885509490966797, -4.804075241088867, 10.744400024414062}),
            Map.entry(7, new double[] {-5.0802435874938965, -4.975168228149414, -7.126869201660156, -11.654536247253418, -3.3941335678100586, -4.735890865325928, 6.824754238128662}));
    static final Map<String, double[]> W_attn_0_0_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {3.0853285789489746, -0.984595775604248, 0.688282310962677, -0.11598590761423111, -0.9923228621482849, -2.160466194152832, -6.324965476989746}),
            Map.entry("1", new double[] {-0.8601503372192383, 0.1780499666929245, 0.7679075002670288, 0.681280791759491, 0.5222312808036804, -0.1287376433610916, -4.717348575592041}),
            Map.entry("2", new double[] {-0.67409348487854, -0.16848543286323547, -0.43221554160118103, -1.5219508409500122, -0.4644263684749603, -0.34362319111824036, 3.404198169708252}),
            Map.entry("3", new double[] {0.23441745340824127, -1.2164920568466187, -2.7997872829437256, 0.6213707327842712, -0.8339790105819702, 3.4074413776397705, 5.989613056182861}),
            Map.entry("4", new double[] {0.02547905594110489, 0.2539367973804474, 0.325268417596817, -0.0012839388800784945, -0.29058128595352173, 0.2582286596298218, 0.4799542725086212}),
            Map.entry("5", new double[] {0.5735393762588501, 0.25838160514831543, 0.48885881900787354, 0.1108008623123169, 0.07002781331539154, -0.06502080708742142, -0.3381510078907013}),
            Map.entry("<s>", new double[] {-1.1149674654006958, -1.0426479578018188, 0.9981184005737305, 0.604608416557312, -0.4490654766559601, -0.4204617440700531, 3.393542528152466}));
    static final Map<String, double[]> W_attn_0_1_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {0.4668961465358734, -0.2135235071182251, -0.4816536009311676, -0.06083729490637779, -0.699228048324585, -0.22740241885185242, 0.44172531366348267}),
            Map.entry("1", new double[] {-0.1809663474559784, -0.3892839252948761, -0.946258544921875, -0.03874051570892334, 0.044387128204107285, -0.8608523607254028, 3.06428861618042}),
            Map.entry("2", new double[] {-0.12327788025140762, 0.16118784248828888, 0.6995543837547302, 0.2773827314376831, 0.06287854164838791, 0.331566721200943, -7.223227024078369}),
            Map.entry("3", new double[] {-0.13220460712909698, -0.10733076184988022, 0.01248045265674591, -0.14146636426448822, -0.5218920707702637, -0.1503235250711441, 1.8115167617797852}),
            Map.entry("4", new double[] {-0.5273279547691345, -0.04063814505934715, 0.8189799785614014, 0.20079895853996277, 0.1291886866092682, -0.5314371585845947, 0.820328950881958}),
            Map.entry("5", new double[] {0.5627763271331787, 0.4921138882637024, 0.05522589385509491, 0.6116362810134888, 0.15744879841804504, 1.6203974485397339, -4.446316719055176}),
            Map.entry("<s>", new double[] {-0.5574501752853394, -0.27970239520072937, -1.322462797164917, -0.37974047660827637, -0.8083648681640625, -1.3574620485305786, 2.556539297103882}));
    static final Map<String, double[]> W_attn_0_2_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {1.7468544244766235, -0.2562420070171356, 0.3094421625137329, 0.1463782787322998, -0.26047205924987793, 0.19042833149433136, -0.6111113429069519}),
            Map.entry("1", new double[] {-0.3871283531188965, 0.8938620090484619, 0.06523726880550385, -0.21794110536575317, -0.7379001379013062, -0.3953716456890106, -0.8767122030258179}),
            Map.entry("2", new double[] {0.33698034286499023, -0.24664567410945892, 1.023160696029663, -0.058368537575006485, -0.6184087991714478, 0.14920635521411896, -0.7260477542877197}),
            Map.entry("3", new double[] {0.03520228713750839, -0.4796856641769409, -0.4926798939704895, 1.854150414466858, -0.866814136505127, -0.22383110225200653, -0.19081847369670868}),
            Map.entry("4", new double[] {0.17301145195960999, -0.1926463395357132, 0.13751569390296936, -0.12612219154834747, 1.6274853944778442, 0.025167858228087425, -1.0805420875549316}),
            Map.entry("5", new double[] {0.09179656207561493, -0.029281800612807274, 0.23705947399139404, 0.1359536349773407, -0.2862650156021118, 1.0601694583892822, 0.9390286207199097}),
            Map.entry("<s>", new double[] {-0.8126841187477112, 0.3123873174190521, -0.3929634690284729, -0.2777467966079712, -0.5423223376274109, -0.444344162940979, 0.3892385959625244}));
    static final Map<String, double[]> W_attn_0_3_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {0.9195634126663208, -0.07075066864490509, -0.44269341230392456, -0.03790648281574249, -0.4638170003890991, -0.2729531228542328, 0.1808326244354248}),
            Map.entry("1", new double[] {-0.25129151344299316, -0.11335040628910065, -0.47371193766593933, -0.08743969351053238, -0.30517345666885376, -0.3448377847671509, -0.412138968706131}),
            Map.entry("2", new double[] {0.3566303551197052, 0.2990614175796509, 0.19471397995948792, 0.15272389352321625, -0.24485774338245392, 0.016217060387134552, -0.27922308444976807}),
            Map.entry("3", new double[] {0.45945796370506287, 0.30360227823257446, -0.04367920383810997, 0.9588457942008972, 0.09613420814275742, 0.16540412604808807, -0.2978181838989258}),
            Map.entry("4", new double[] {0.3486357629299164, 0.42020246386528015, -0.0890568345785141, 0.4797600209712982, 0.42625969648361206, 0.3454396426677704, -0.1803804188966751}),
            Map.entry("5", new double[] {0.3017585575580597, 0.34304356575012207, -0.09612192958593369, 0.37005680799484253, 0.003780025290325284, 0.7690890431404114, 0.17471946775913239}),
            Map.entry("<s>", new double[] {0.11891774833202362, 0.024642687290906906, -0.047952406108379364, 0.12360002845525742, -0.42884835600852966, -0.11874589323997498, 1.948804497718811}));
    static final Map<Integer, double[]> W_mlp_0_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {-0.5091750025749207, -7.702664852142334, -1.1410151720046997, -0.4529479444026947, -0.6776905059814453, -0.8029492497444153, 4.428514003753662}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {0.703050971031189, 0.25880470871925354, 0.45206207036972046, 0.9004368185997009, 0.2023847997188568, 0.33430215716362, -4.436911582946777}));
    static final Map<Integer, double[]> W_mlp_0_1_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.18168339133262634, 0.17751359939575195, 0.10138663649559021, 0.031628042459487915, -0.13694223761558533, 0.43036946654319763, -0.3334706425666809}),
            Map.entry(1, new double[] {-0.04070143774151802, 1.497154712677002, 0.3823659121990204, 1.5699154138565063, 1.7368172407150269, 2.2583837509155273, -24.65094566345215}),
            Map.entry(2, new double[] {1.0992616415023804, 0.7693058848381042, 0.22501984238624573, 0.27393296360969543, -0.19043968617916107, 0.8999223113059998, -4.077877998352051}),
            Map.entry(3, new double[] {-1.1687508821487427, -1.5760828256607056, -1.9922783374786377, -1.4308099746704102, -1.7800281047821045, -0.5244109034538269, 6.160032749176025}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {0.4873807430267334, 0.10118141025304794, 0.1936771422624588, 0.3500053882598877, 0.1156768873333931, 0.6952246427536011, 3.778947114944458}),
            Map.entry(7, new double[] {0.27330920100212097, 0.5423386096954346, 0.8080629110336304, 0.9136782884597778, 0.2806999385356903, -0.05593883618712425, -0.8736659288406372}));
    static final Map<Integer, double[]> W_num_mlp_0_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.23843561112880707, -0.04945113882422447, -0.2680867910385132, 1.7098190784454346, 0.017549704760313034, -0.14381222426891327, -3.3593924045562744}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {0.6770477890968323, 1.035838007926941, -0.18712995946407318, -1.531870722770691, -0.5183207392692566, 0.007687129080295563, 2.4798431396484375}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {-1.8613603115081787, -1.9945498704910278, 0.6341681480407715, -7.099015235900879, 0.0059212977066636086, -1.8797062635421753, 10.193655014038086}),
            Map.entry(6, new double[] {0.611911952495575, -0.23617517948150635, 1.7819361686706543, -0.8430188298225403, -1.285820722579956, 1.4495275020599365, -5.2888336181640625}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}));
    static final Map<Integer, double[]> W_num_mlp_0_1_outputs = Map.ofEntries(
            Map.entry(0, new double[] {2.6013317108154297, -0.4490315020084381, -0.028865469619631767, 0.09756384044885635, 0.044538628309965134, 0.8073875904083252, -6.679958820343018}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {-5.133885860443115, -0.9745716452598572, -1.0275890827178955, -0.7690109610557556, -0.3507581651210785, -0.8870559930801392, 12.436588287353516}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {2.311760187149048, -0.1240428164601326, 0.40019717812538147, 0.5925085544586182, 0.13815917074680328, 0.49612095952033997, -6.141049861907959}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}));
    static final Map<String, double[]> W_attn_1_0_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {1.1990278959274292, -0.29191941022872925, -0.22429215908050537, -0.1790732741355896, -0.3793071210384369, -0.4659431576728821, -0.21878263354301453}),
            Map.entry("1", new double[] {-0.4976859390735626, 0.0698971152305603, -0.07127794623374939, -0.025654703378677368, -0.1884777545928955, -0.49739381670951843, 0.783812403678894}),
            Map.entry("2", new double[] {-0.02442757599055767, 0.11693547666072845, 1.033951997756958, -0.27851545810699463, -0.16320261359214783, -0.1076912209391594, -1.0834994316101074}),
            Map.entry("3", new double[] {0.22755753993988037, 0.19233958423137665, 0.3168949782848358, 1.4301652908325195, 0.20551316440105438, 0.0727362334728241, 0.16983206570148468}),
            Map.entry("4", new double[] {-0.25361892580986023, -0.07724243402481079, -0.1585608571767807, -0.04262353107333183, 0.5171205401420593, -0.24919266998767853, 0.47118809819221497}),
            Map.entry("5", new double[] {0.00881986040621996, 0.019464358687400818, 0.043411314487457275, 0.0408245287835598, -0.032625067979097366, 1.179414987564087, 0.7086650133132935}),
            Map.entry("<s>", new double[] {0.29804274439811707, -0.2904724180698395, 0.09162398427724838, 0.07457360625267029, -0.25808796286582947, -0.00298303528688848, -0.29826512932777405}));
    static final Map<Integer, double[]> W_attn_1_1_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.23854650557041168, 0.20125342905521393, 0.08395836502313614, -0.004258979577571154, 0.14095492660999298, -0.33653733134269714, -1.839882254600525}),
            Map.entry(1, new double[] {0.3395071029663086, 0.595798909664154, 0.2324909120798111, 0.4209359288215637, 0.294590026140213, 0.892306387424469, -0.7700252532958984}),
            Map.entry(2, new double[] {0.022299109026789665, -0.26948627829551697, 0.39453235268592834, -0.33630093932151794, 0.019239481538534164, 0.16549323499202728, -1.3505325317382812}),
            Map.entry(3, new double[] {0.24164347350597382, -1.5397913455963135, -0.4296166002750397, -0.27968624234199524, -1.3466519117355347, 1.8558266162872314, 3.9470202922821045}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {0.786499559879303, 0.9394264817237854, 0.8948633074760437, 1.081718921661377, 0.7396851181983948, 0.8697915077209473, -4.8504157066345215}),
            Map.entry(7, new double[] {-0.5783383250236511, 0.09751193225383759, -0.5629823207855225, -0.47420734167099, -0.03824363276362419, -6.270302772521973, 5.394681930541992}));
    static final Map<String, double[]> W_attn_1_2_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {2.480208158493042, -0.12110988795757294, -0.1274716556072235, -0.263631135225296, -1.7679880857467651, -0.38947585225105286, 0.04894611984491348}),
            Map.entry("1", new double[] {-0.5407124757766724, 1.0320404767990112, -0.48894578218460083, -0.2770540714263916, -0.6370188593864441, -0.8824936151504517, 0.12117619067430496}),
            Map.entry("2", new double[] {0.7148324847221375, 0.2366219460964203, 2.4988300800323486, -0.27619409561157227, -1.6770329475402832, -0.2311953455209732, -1.6070702075958252}),
            Map.entry("3", new double[] {0.20221510529518127, -0.46249398589134216, -0.12445201724767685, 2.135887622833252, -1.6628475189208984, -0.6104769110679626, -0.06031017377972603}),
            Map.entry("4", new double[] {-0.17693991959095, -0.1268707662820816, -0.2728414237499237, -0.22887884080410004, 0.7389476299285889, -0.48515161871910095, 0.11805438995361328}),
            Map.entry("5", new double[] {0.5762175917625427, 0.02106848731637001, -0.04008622467517853, -0.1773213893175125, -1.5667195320129395, 1.8025953769683838, 0.4208807647228241}),
            Map.entry("<s>", new double[] {-0.3856479525566101, -0.04438155144453049, -0.32852110266685486, 0.05097091570496559, 0.1571459323167801, -0.2738611698150635, 0.37324681878089905}));
    static final Map<Integer, double[]> W_attn_1_3_outputs = Map.ofEntries(
            Map.entry(0, new double[] {1.1643638610839844, 0.8754059076309204, 0.48403263092041016, 0.898280680179596, -0.848361074924469, 0.2475632280111313, -5.167989730834961}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {-0.8430982232093811, -1.3378489017486572, -0.9762252569198608, -0.7187653183937073, -2.493509531021118, -1.2540383338928223, 8.786876678466797}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {0.5030272603034973, 0.19260594248771667, 0.5030696988105774, 0.9756269454956055, 2.206984758377075, 0.24812015891075134, -7.59973669052124}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}));
    static final Map<Integer, double[]> W_mlp_1_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {0.002800117712467909, 0.026852522045373917, -0.572475790977478, -0.3260129988193512, -0.46002089977264404, -0.15166792273521423, 0.2971035838127136}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.7802061438560486, 0.9680682420730591, 0.21994195878505707, 0.4310321509838104, 0.3759121894836426, 0.6286736130714417, -0.2852291166782379}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}));
    static final Map<Integer, double[]> W_mlp_1_1_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.8505187630653381, 0.666378915309906, 0.7383185029029846, 0.5857986211776733, 0.44793862104415894, 0.4315488040447235, 0.9114871025085449}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {0.6245833039283752, 0.12239149212837219, 0.5797898173332214, 0.24550509452819824, 0.34529051184654236, 0.42490455508232117, 0.3043239712715149}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.20012174546718597, 0.3225134611129761, 0.9371060132980347, 0.5067717432975769, 0.037001386284828186, -0.3131674826145172, -0.7306158542633057}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {0.20263145864009857, 0.048487141728401184, -0.2255309373140335, -0.04943973198533058, 0.2449609339237213, 0.21265573799610138, -0.5362259745597839}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}));
    static final double[] CONSTANT_0 = new double[] {0.5924645066261292, -0.03787931799888611, -0.0774884819984436, 0.28119730949401855, -0.1465316116809845, 0.4800907373428345, -0.30093520879745483}; // from num_mlp_1_0_outputs
    static final Map<Integer, double[]> W_num_mlp_1_1_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.2667808532714844, -0.44530001282691956, -0.6333662271499634, 0.27179548144340515, -0.11035769432783127, 0.14538517594337463, -1.2570834159851074}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {0.2721392810344696, 0.026586752384901047, -0.5421836972236633, 0.12270991504192352, -0.7790216207504272, 0.3358609080314636, -0.6849734783172607}));
    static final Map<Integer, double[]> W_attn_2_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.5528760552406311, -0.12092574685811996, -0.3475472033023834, -0.18609458208084106, 0.10998698323965073, -0.35658231377601624, -0.7808481454849243}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {-0.8623278737068176, 0.4205118715763092, -0.2537694573402405, 0.1944393515586853, 0.011423459276556969, -0.035423461347818375, -0.05694974958896637}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {-0.45596182346343994, 0.8911852836608887, 0.17069768905639648, 0.4731529653072357, -0.5427771210670471, 0.45974358916282654, -0.7020061612129211}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}));
    static final Map<Integer, double[]> W_attn_2_1_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.47848162055015564, -0.3206246793270111, 1.3930237293243408, 0.11756414920091629, -0.2191959023475647, 0.3009348213672638, -4.0412211418151855}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {0.1912546157836914, -0.4402053654193878, -4.129367351531982, 0.34248974919319153, -0.14045178890228271, 0.43409571051597595, 3.387852191925049}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.6815605163574219, -0.1791388988494873, 1.5028138160705566, 0.3294464647769928, 0.017442611977458, 0.5154966711997986, -2.681607723236084}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {-0.09062808007001877, -0.5045502781867981, 0.9202499389648438, 0.0600847527384758, 0.6174066066741943, -0.013502968475222588, -0.42246371507644653}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}));
    static final Map<Integer, double[]> W_attn_2_2_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.38382774591445923, 0.2986549437046051, 0.5247941017150879, 0.21287980675697327, -0.121793732047081, -0.14388303458690643, 1.5197840929031372}),
            Map.entry(1, new double[] {-0.2767956256866455, 0.032133642584085464, 0.07706473767757416, -0.20026624202728271, 0.014660032466053963, 0.644794225692749, -0.5842242240905762}),
            Map.entry(2, new double[] {-0.5326123833656311, -0.42571118474006653, 0.14323364198207855, -0.25309520959854126, -0.8976070880889893, 0.09475278109312057, -0.6817034482955933}),
            Map.entry(3, new double[] {0.3663283586502075, 0.08695077151060104, 0.5917035937309265, 0.3945055305957794, 0.010795602574944496, 0.7951446175575256, -4.420639514923096}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {0.2550215423107147, 0.7764205932617188, 0.7739678621292114, 0.5231366753578186, 0.44361916184425354, 0.6933280229568481, -2.8026533126831055}),
            Map.entry(7, new double[] {-0.09066639840602875, -1.1718518733978271, 0.1902797818183899, 0.1432303935289383, -0.6126766204833984, -3.0305843353271484, 3.85103178024292}));
    static final Map<Integer, double[]> W_attn_2_3_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.5902215838432312, -0.4563101828098297, -0.04674853757023811, 0.27990520000457764, 0.38018569350242615, 0.08411728590726852, -1.352654218673706}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {0.07363207638263702, 0.31156477332115173, -0.3878667950630188, -0.03139069676399231, -0.21096251904964447, -0.05917493253946304, 0.42053118348121643}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {0.610365629196167, 0.998060405254364, 0.01723935827612877, 0.3214697241783142, 0.36341428756713867, 0.3936684727668762, -1.4479633569717407}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}));
    static final Map<Integer, double[]> W_mlp_2_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {-0.16887322068214417, -0.15778212249279022, -0.6934982538223267, 0.04681042209267616, -0.6471464037895203, -0.10274675488471985, 0.4017995297908783}),
            Map.entry(1, new double[] {-1.2604089975357056, -1.7152469158172607, -1.7553812265396118, -1.240543246269226, -2.348022937774658, -1.2610560655593872, 7.937373638153076}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {1.5405396223068237, 1.0934971570968628, 1.0054351091384888, 1.1588184833526611, 0.6864598393440247, 0.7606284618377686, -15.729815483093262}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}));
    static final Map<Integer, double[]> W_mlp_2_1_outputs = Map.ofEntries(
            Map.entry(0, new double[] {-3.7384588718414307, -3.1415560245513916, -2.6839828491210938, -1.9111943244934082, -2.893937110900879, -2.7296977043151855, 12.011124610900879}),
            Map.entry(1, new double[] {-0.7225814461708069, -0.2617447078227997, 0.5222262144088745, 0.847594141960144, 0.7382953763008118, 0.8195534944534302, -4.243070602416992}),
            Map.entry(2, new double[] {0.456764280796051, 3.470709800720215, -1.2191814184188843, -0.38013991713523865, 0.8204602599143982, -1.94536292552948, -2.8617160320281982}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.9202178716659546, -1.6174674034118652, 0.03846075013279915, 0.2341020554304123, 0.5002800822257996, 0.3941151797771454, -0.9939038157463074}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {-3.151081085205078, -0.15503743290901184, 0.9706512093544006, 1.2948596477508545, 0.3617260158061981, 1.1506004333496094, 1.0914114713668823}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}));
    static final Map<Integer, double[]> W_num_mlp_2_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {-0.35070109367370605, -0.8680210709571838, -5.446254730224609, -0.20759741961956024, -0.7224227786064148, -0.49852466583251953, 11.422290802001953}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {0.7261821627616882, 0.5941982269287109, 1.5062804222106934, 0.5601493120193481, 0.071551114320755, 0.5133681297302246, -7.14691686630249}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}));
    static final Map<Integer, double[]> W_num_mlp_2_1_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {-0.47700944542884827, 0.05576151981949806, -0.17247922718524933, 3.1132960319519043, -0.6470597982406616, -0.7737619876861572, -1.4638031721115112}),
            Map.entry(5, new double[] {0.6801232099533081, -0.02455189824104309, -0.24501608312129974, -10.139572143554688, -0.2971820831298828, 1.008991003036499, 3.5306968688964844}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {-0.05245595797896385, 0.1274469643831253, 0.6088876724243164, -0.5013970136642456, 0.01479843445122242, -0.20602215826511383, -3.2835495471954346}));
    static final double[] W_ones = new double[] {0.10679684579372406, 0.46801823377609253, 0.2889735996723175, 0.4521469175815582, 0.4525125026702881, -0.004919141996651888, 0.17986367642879486};
    static final double[] W_num_attn_0_0_outputs = new double[] {-3.5059890747070312, 1.2492262125015259, 0.5996190905570984, 0.6783326864242554, 0.8535569310188293, 0.39660441875457764, 1.1512805223464966};
    static final double[] W_num_attn_0_1_outputs = new double[] {-0.37004992365837097, 0.20538395643234253, -1.9329164028167725, -4.84946346282959, 3.0406529903411865, 1.8166478872299194, -0.19871947169303894};
    static final double[] W_num_attn_0_2_outputs = new double[] {-0.2262895107269287, 0.5156327486038208, 0.23647943139076233, 0.09275846183300018, 1.4373693466186523, 0.2916299104690552, -1.4337878227233887};
    static final double[] W_num_attn_0_3_outputs = new double[] {0.30061593651771545, -0.033197395503520966, 4.357930660247803, -3.1873042583465576, -1.1630687713623047, -0.4303414523601532, 0.12006741017103195};
    static final double[] W_num_attn_1_0_outputs = new double[] {0.06582210212945938, 0.053605444729328156, 0.1770833134651184, -0.004051991738379002, 0.11163689941167831, 0.14283499121665955, -0.002585215726867318};
    static final double[] W_num_attn_1_1_outputs = new double[] {0.15730375051498413, 0.7121661305427551, -3.3992087841033936, 1.164374828338623, 1.4368962049484253, 0.860512912273407, 1.7869579792022705};
    static final double[] W_num_attn_1_2_outputs = new double[] {0.5481566190719604, 0.008445690385997295, 0.9166871309280396, 1.2059661149978638, 1.3753291368484497, -3.9700710773468018, 2.656534194946289};
    static final double[] W_num_attn_1_3_outputs = new double[] {-0.06768550723791122, 1.333747148513794, 0.1765189915895462, -0.0016243993304669857, -0.10106326639652252, 0.15368400514125824, -1.8841453790664673};
    static final double[] W_num_attn_2_0_outputs = new double[] {0.5246015787124634, 0.32498645782470703, 0.6070038676261902, 0.8433384895324707, -2.267052173614502, 0.6121959090232849, 0.8995017409324646};
    static final double[] W_num_attn_2_1_outputs = new double[] {0.18369752168655396, -0.7910512685775757, 0.14307820796966553, 0.1027117595076561, 0.13716453313827515, 0.9840900301933289, 0.4077497720718384};
    static final double[] W_num_attn_2_2_outputs = new double[] {0.4026963710784912, 0.14748886227607727, 0.11495517194271088, 0.11932379007339478, 0.4876590967178345, 0.5345934629440308, -0.25491127371788025};
    static final double[] W_num_attn_2_3_outputs = new double[] {-0.014917777851223946, 0.01155382301658392, -0.558663547039032, 0.5005285739898682, -0.3964191973209381, -0.36484551429748535, 0.14726023375988007};

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
        String[] attn_0_2_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_0_2_outputs(positions[i], positions[j])), tokens);
        String[] attn_0_3_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_0_3_outputs(positions[i], positions[j])), tokens);
        int[] num_attn_0_0_outputs = countMatches(n, (i, j) -> predicate_num_attn_0_0_outputs(positions[i], tokens[j]), ones);
        int[] num_attn_0_1_outputs = countMatches(n, (i, j) -> predicate_num_attn_0_1_outputs(positions[i], tokens[j]), ones);
        int[] num_attn_0_2_outputs = countMatches(n, (i, j) -> predicate_num_attn_0_2_outputs(tokens[i], tokens[j]), ones);
        int[] num_attn_0_3_outputs = countMatches(n, (i, j) -> predicate_num_attn_0_3_outputs(positions[i], tokens[j]), ones);
        int[] mlp_0_0_outputs = mapInts(n, i -> mlp_mlp_0_0_outputs(positions[i], attn_0_0_outputs[i]));
        int[] mlp_0_1_outputs = mapInts(n, i -> mlp_mlp_0_1_outputs(attn_0_1_outputs[i], positions[i]));
        int[] num_mlp_0_0_outputs = mapInts(n, i -> mlp_num_mlp_0_0_outputs(num_attn_0_1_outputs[i], num_attn_0_3_outputs[i]));
        int[] num_mlp_0_1_outputs = mapInts(n, i -> mlp_num_mlp_0_1_outputs(num_attn_0_0_outputs[i]));
        String[] attn_1_0_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_1_0_outputs(positions[i], positions[j])), tokens);
        int[] attn_1_1_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_1_1_outputs(positions[i], positions[j])), mlp_0_1_outputs);
        String[] attn_1_2_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_1_2_outputs(positions[i], positions[j])), tokens);
        int[] attn_1_3_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_1_3_outputs(positions[i], tokens[j])), num_mlp_0_1_outputs);
        int[] num_attn_1_0_outputs = countMatches(n, (i, j) -> predicate_num_attn_1_0_outputs(attn_0_1_outputs[i], attn_0_2_outputs[j]), num_attn_0_2_outputs);
        int[] num_attn_1_1_outputs = countMatches(n, (i, j) -> predicate_num_attn_1_1_outputs(positions[i], tokens[j]), ones);
        int[] num_attn_1_2_outputs = countMatches(n, (i, j) -> predicate_num_attn_1_2_outputs(positions[i], tokens[j]), ones);
        int[] num_attn_1_3_outputs = countMatches(n, (i, j) -> predicate_num_attn_1_3_outputs(attn_0_0_outputs[i], tokens[j]), ones);
        int[] mlp_1_0_outputs = mapInts(n, i -> mlp_mlp_1_0_outputs(attn_0_1_outputs[i], attn_0_0_outputs[i]));
        int[] mlp_1_1_outputs = mapInts(n, i -> mlp_mlp_1_1_outputs(tokens[i], attn_0_1_outputs[i]));
        int[] num_mlp_1_1_outputs = mapInts(n, i -> mlp_num_mlp_1_1_outputs(num_attn_1_0_outputs[i]));
        int[] attn_2_0_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_2_0_outputs(attn_0_2_outputs[i], tokens[j])), num_mlp_0_1_outputs);
        int[] attn_2_1_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_2_1_outputs(attn_1_2_outputs[i], positions[j])), mlp_1_1_outputs);
        int[] attn_2_2_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_2_2_outputs(attn_0_2_outputs[i], mlp_0_1_outputs[j])), attn_1_1_outputs);
        int[] attn_2_3_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_2_3_outputs(attn_0_2_outputs[i], mlp_0_1_outputs[j])), num_mlp_0_1_outputs);
        int[] num_attn_2_0_outputs = countMatches(n, (i, j) -> predicate_num_attn_2_0_outputs(attn_0_2_outputs[i], tokens[j]), ones);
        int[] num_attn_2_1_outputs = countMatches(n, (i, j) -> predicate_num_attn_2_1_outputs(attn_0_2_outputs[i], tokens[j]), ones);
        int[] num_attn_2_2_outputs = countMatches(n, (i, j) -> predicate_num_attn_2_2_outputs(attn_0_2_outputs[i], tokens[j]), ones);
        int[] num_attn_2_3_outputs = countMatches(n, (i, j) -> predicate_num_attn_2_3_outputs(attn_0_0_outputs[i], tokens[j]), num_attn_0_3_outputs);
        int[] mlp_2_0_outputs = mapInts(n, i -> mlp_mlp_2_0_outputs(positions[i]));
        int[] mlp_2_1_outputs = mapInts(n, i -> mlp_mlp_2_1_outputs(positions[i], num_mlp_0_1_outputs[i]));
        int[] num_mlp_2_0_outputs = mapInts(n, i -> mlp_num_mlp_2_0_outputs(num_attn_1_1_outputs[i]));
        int[] num_mlp_2_1_outputs = mapInts(n, i -> mlp_num_mlp_2_1_outputs(num_attn_1_0_outputs[i], num_attn_2_2_outputs[i]));
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
            add(logits, CONSTANT_0, 1);
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
