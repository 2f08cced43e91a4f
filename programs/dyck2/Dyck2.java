// Transformer Program dyck2, written by tprog. Run: java Dyck2.java '<s> 3 1 4'
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
public final class Dyck2 {
    static final boolean CAUSAL = true;
    static final int MAX_LENGTH = 16;
    static final List<String> VOCABULARY = List.of("<pad>", "(", ")", "<s>", "{", "}");
    static final List<String> CLASSES = List.of("F", "P", "T");

    // layer 0 --------------------------------------------------------------------------------

    static boolean predicate_attn_0_0_outputs(String q_token, String k_token) {
        return switch (q_token) {
            case "(" -> k_token.equals("{");
            case "<s>" -> k_token.equals(")");
            case "}" -> k_token.equals("}");
            default -> false;
        };
    }

    static boolean predicate_attn_0_1_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0 -> k_position == 15;
            case 1 -> k_position == 0;
            case 2 -> k_position == 1;
            case 3 -> k_position == 2;
            case 4 -> k_position == 3;
            case 5 -> k_position == 4;
            case 6 -> k_position == 5;
            case 7 -> k_position == 6;
            case 8 -> k_position == 7;
            case 9 -> k_position == 8;
            case 10 -> k_position == 9;
            case 11 -> k_position == 10;
            case 12 -> k_position == 11;
            case 13 -> k_position == 12;
            case 14 -> k_position == 13;
            case 15 -> k_position == 14;
            default -> false;
        };
    }

    static boolean predicate_num_attn_0_0_outputs(String q_token, String k_token) {
        return switch (q_token) {
            case "(" -> k_token.equals("}");
            case ")", "}" -> k_token.equals("<s>");
            case "<s>" -> k_token.equals("(");
            default -> false;
        };
    }

    static boolean predicate_num_attn_0_1_outputs(int q_position, String k_token) {
        return switch (q_position) {
            case 2 -> k_token.equals("}");
            case 3 -> k_token.equals("(");
            case 4, 5, 6, 7, 15 -> k_token.equals("<s>");
            case 8, 10, 12, 14 -> k_token.equals(")");
            default -> false;
        };
    }

    static final Set<List<?>> MLP_mlp_0_0_outputs_0 = Set.of(List.of("(", "("), List.of("(", "<s>"), List.of("(", "{"), List.of("<s>", "("), List.of("<s>", "<s>"), List.of("<s>", "{"), List.of("{", "("), List.of("{", "<s>"), List.of("{", "{"));
    static final Set<List<?>> MLP_mlp_0_0_outputs_1 = Set.of(List.of(")", "("), List.of("{", ")"), List.of("{", "}"), List.of("}", "{"));
    static final Set<List<?>> MLP_mlp_0_0_outputs_2 = Set.of(List.of(")", "{"), List.of("}", "("));

    static int mlp_mlp_0_0_outputs(String attn_0_0_output, String attn_0_1_output) {
        List<?> key = List.of(attn_0_0_output, attn_0_1_output);
        if (MLP_mlp_0_0_outputs_0.contains(key)) {
            return 14;
        }
        if (MLP_mlp_0_0_outputs_1.contains(key)) {
            return 8;
        }
        if (MLP_mlp_0_0_outputs_2.contains(key)) {
            return 13;
        }
        return 5;
    }

    static final Set<List<?>> MLP_mlp_0_1_outputs_0 = Set.of(List.of("(", ")"), List.of(")", "("), List.of(")", "{"), List.of("}", "("), List.of("}", "{"));
    static final Set<List<?>> MLP_mlp_0_1_outputs_1 = Set.of(List.of("(", "}"), List.of("<s>", ")"), List.of("<s>", "}"), List.of("{", ")"));
    static final Set<List<?>> MLP_mlp_0_1_outputs_2 = Set.of(List.of(")", ")"), List.of(")", "<s>"), List.of(")", "}"), List.of("}", ")"), List.of("}", "<s>"), List.of("}", "}"));
    static final Set<List<?>> MLP_mlp_0_1_outputs_3 = Set.of(List.of("{", "}"));

    static int mlp_mlp_0_1_outputs(String attn_0_1_output, String token) {
        List<?> key = List.of(attn_0_1_output, token);
        if (MLP_mlp_0_1_outputs_0.contains(key)) {
            return 6;
        }
        if (MLP_mlp_0_1_outputs_1.contains(key)) {
            return 2;
        }
        if (MLP_mlp_0_1_outputs_2.contains(key)) {
            return 5;
        }
        if (MLP_mlp_0_1_outputs_3.contains(key)) {
            return 9;
        }
        return 1;
    }

    // layer 1 --------------------------------------------------------------------------------

    static boolean predicate_attn_1_0_outputs(String q_token, int k_position) {
        return switch (q_token) {
            case "(", "<s>", "{" -> k_position == 4;
            case ")", "}" -> k_position == 3;
            default -> false;
        };
    }

    static boolean predicate_attn_1_1_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0 -> k_position == 11;
            case 1 -> k_position == 1;
            case 2, 3, 4 -> k_position == 2;
            case 5 -> k_position == 3;
            case 6, 7 -> k_position == 5;
            case 8, 9, 10, 11, 13, 15 -> k_position == 6;
            case 12, 14 -> k_position == 8;
            default -> false;
        };
    }

    static boolean predicate_num_attn_1_0_outputs(String q_attn_0_0_output, int k_mlp_0_1_output) {
        return switch (q_attn_0_0_output) {
            case "(", ")", "<s>", "{", "}" -> k_mlp_0_1_output == 2;
            default -> false;
        };
    }

    static boolean predicate_num_attn_1_1_outputs(int q_mlp_0_1_output, int k_mlp_0_1_output) {
        return switch (q_mlp_0_1_output) {
            case 2, 5, 6, 9 -> k_mlp_0_1_output == 6;
            default -> false;
        };
    }

    static final Set<List<?>> MLP_mlp_1_0_outputs_0 = Set.of(List.of(8, 1), List.of(13, 1), List.of(13, 6), List.of(13, 9), List.of(14, 1), List.of(14, 6));
    static final Set<List<?>> MLP_mlp_1_0_outputs_1 = Set.of(List.of(8, 2), List.of(8, 5), List.of(13, 5), List.of(14, 5));
    static final Set<List<?>> MLP_mlp_1_0_outputs_2 = Set.of(List.of(13, 2), List.of(14, 2), List.of(14, 9));

    static int mlp_mlp_1_0_outputs(int attn_1_1_output, int attn_1_0_output) {
        List<?> key = List.of(attn_1_1_output, attn_1_0_output);
        if (MLP_mlp_1_0_outputs_0.contains(key)) {
            return 1;
        }
        if (MLP_mlp_1_0_outputs_1.contains(key)) {
            return 9;
        }
        if (MLP_mlp_1_0_outputs_2.contains(key)) {
            return 14;
        }
        return 5;
    }

    static final Set<List<?>> MLP_mlp_1_1_outputs_0 = Set.of(List.of(5, 1));
    static final Set<List<?>> MLP_mlp_1_1_outputs_1 = Set.of(List.of(5, 2), List.of(5, 6), List.of(8, 6));
    static final Set<List<?>> MLP_mlp_1_1_outputs_2 = Set.of(List.of(5, 5), List.of(5, 9));
    static final Set<List<?>> MLP_mlp_1_1_outputs_3 = Set.of(List.of(8, 1), List.of(8, 2));
    static final Set<List<?>> MLP_mlp_1_1_outputs_4 = Set.of(List.of(8, 5), List.of(8, 9));

    static int mlp_mlp_1_1_outputs(int attn_1_1_output, int attn_1_0_output) {
        List<?> key = List.of(attn_1_1_output, attn_1_0_output);
        if (MLP_mlp_1_1_outputs_0.contains(key)) {
            return 10;
        }
        if (MLP_mlp_1_1_outputs_1.contains(key)) {
            return 9;
        }
        if (MLP_mlp_1_1_outputs_2.contains(key)) {
            return 15;
        }
        if (MLP_mlp_1_1_outputs_3.contains(key)) {
            return 11;
        }
        if (MLP_mlp_1_1_outputs_4.contains(key)) {
            return 5;
        }
        return 14;
    }

    static int mlp_num_mlp_1_0_outputs(int num_attn_1_0_output) {
        return switch (num_attn_1_0_output) {
            case 0 -> 13;
            default -> 2;
        };
    }

    // layer 2 --------------------------------------------------------------------------------

    static boolean predicate_attn_2_0_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0 -> k_position == 4;
            case 1 -> k_position == 1;
            case 2 -> k_position == 2;
            case 3, 4, 5, 6, 7, 9, 11, 13, 15 -> k_position == 3;
            case 8, 10 -> k_position == 5;
            case 12, 14 -> k_position == 6;
            default -> false;
        };
    }

    static boolean predicate_attn_2_1_outputs(String q_token, int k_position) {
        return switch (q_token) {
            case "(", "{" -> k_position == 3;
            case ")", "<s>", "}" -> k_position == 4;
            default -> false;
        };
    }

    static boolean predicate_num_attn_2_0_outputs(String q_token, int k_mlp_0_0_output) {
        return switch (q_token) {
            case "(" -> k_mlp_0_0_output == 8;
            case ")", "}" -> k_mlp_0_0_output == 14;
            default -> false;
        };
    }

    static boolean predicate_num_attn_2_1_outputs(int q_attn_1_0_output, int k_mlp_0_1_output) {
        return switch (q_attn_1_0_output) {
            case 1, 2, 5, 9 -> k_mlp_0_1_output == 2;
            case 6 -> k_mlp_0_1_output == 5;
            default -> false;
        };
    }

    static final Set<List<?>> MLP_mlp_2_0_outputs_0 = Set.of(List.of(5, 1));
    static final Set<List<?>> MLP_mlp_2_0_outputs_1 = Set.of(List.of(5, 9), List.of(8, 5), List.of(8, 9), List.of(13, 9), List.of(14, 9));
    static final Set<List<?>> MLP_mlp_2_0_outputs_2 = Set.of(List.of(8, 1), List.of(13, 1), List.of(14, 1));

    static int mlp_mlp_2_0_outputs(int attn_1_1_output, int attn_2_0_output) {
        List<?> key = List.of(attn_1_1_output, attn_2_0_output);
        if (MLP_mlp_2_0_outputs_0.contains(key)) {
            return 4;
        }
        if (MLP_mlp_2_0_outputs_1.contains(key)) {
            return 14;
        }
        if (MLP_mlp_2_0_outputs_2.contains(key)) {
            return 1;
        }
        return 2;
    }

    static final Set<List<?>> MLP_mlp_2_1_outputs_0 = Set.of(List.of(1, 1), List.of(1, 6), List.of(1, 9), List.of(6, 1), List.of(6, 6), List.of(6, 9), List.of(9, 1));
    static final Set<List<?>> MLP_mlp_2_1_outputs_1 = Set.of(List.of(1, 5), List.of(2, 2), List.of(2, 5), List.of(5, 5), List.of(6, 2), List.of(6, 5), List.of(9, 5));
    static final Set<List<?>> MLP_mlp_2_1_outputs_2 = Set.of(List.of(9, 6), List.of(9, 9));

    static int mlp_mlp_2_1_outputs(int attn_2_0_output, int attn_2_1_output) {
        List<?> key = List.of(attn_2_0_output, attn_2_1_output);
        if (MLP_mlp_2_1_outputs_0.contains(key)) {
            return 5;
        }
        if (MLP_mlp_2_1_outputs_1.contains(key)) {
            return 4;
        }
        if (MLP_mlp_2_1_outputs_2.contains(key)) {
            return 0;
        }
        return 7;
    }

    static final Set<List<?>> MLP_num_mlp_2_0_outputs_0 = Set.of(List.of(0, 0), List.of(0, 1), List.of(0, 2), List.of(0, 3), List.of(0, 4), List.of(0, 5), List.of(0, 6), List.of(0, 7), List.of(1, 8), List.of(1, 9));

    static int mlp_num_mlp_2_0_outputs(int num_attn_1_1_output, int num_attn_1_0_output) {
        List<?> key = List.of(num_attn_1_1_output, num_attn_1_0_output);
        if (MLP_num_mlp_2_0_outputs_0.contains(key)) {
            return 11;
        }
        return 13;
    }

    // classifier: the weights each feature adds to each class's logit --------------------

    static final Map<String, double[]> W_tokens = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0}),
            Map.entry("(", new double[] {1.3055531978607178, 2.235520601272583, -6.393590450286865}),
            Map.entry(")", new double[] {-0.17412346601486206, -1.4345651865005493, 2.6706809997558594}),
            Map.entry("<s>", new double[] {1.0174006223678589, 0.33986663818359375, 0.6991937756538391}),
            Map.entry("{", new double[] {0.49100860953330994, 1.2289527654647827, -9.807916641235352}),
            Map.entry("}", new double[] {-0.892443060874939, -2.1721017360687256, 2.9992332458496094}));
    static final Map<Integer, double[]> W_positions = Map.ofEntries(
            Map.entry(0, new double[] {-0.4699297249317169, -0.16899415850639343, 0.6376391053199768}),
            Map.entry(1, new double[] {2.1215946674346924, 0.5106701254844666, -2.566218852996826}),
            Map.entry(2, new double[] {-3.0833182334899902, -2.840336561203003, 7.715766906738281}),
            Map.entry(3, new double[] {0.8788200616836548, 3.057908773422241, -9.108811378479004}),
            Map.entry(4, new double[] {-1.6436026096343994, 1.86458420753479, 0.4130907952785492}),
            Map.entry(5, new double[] {1.120507836341858, 3.2818331718444824, -14.501898765563965}),
            Map.entry(6, new double[] {-1.2968159914016724, -0.5697215795516968, -0.16737449169158936}),
            Map.entry(7, new double[] {1.4495515823364258, 2.242900848388672, -12.009002685546875}),
            Map.entry(8, new double[] {-0.5599509477615356, 0.22909386456012726, 0.4775945842266083}),
            Map.entry(9, new double[] {1.5843392610549927, 0.608687698841095, -8.87266731262207}),
            Map.entry(10, new double[] {-0.27363717555999756, -0.5821332335472107, 2.676344633102417}),
            Map.entry(11, new double[] {2.0384209156036377, 0.2287912368774414, -6.163453102111816}),
            Map.entry(12, new double[] {-1.478710412979126, -1.9175913333892822, 2.2836625576019287}),
            Map.entry(13, new double[] {2.1825902462005615, -0.6420003175735474, -5.291497230529785}),
            Map.entry(14, new double[] {-1.4486795663833618, -3.0562546253204346, 4.090982437133789}),
            Map.entry(15, new double[] {2.4224143028259277, -0.49918925762176514, -4.683226108551025}));
    static final Map<String, double[]> W_attn_0_0_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0}),
            Map.entry("(", new double[] {0.4368649125099182, -0.08677349239587784, -0.8063942193984985}),
            Map.entry(")", new double[] {-0.2700584828853607, 0.22392146289348602, 0.6529527306556702}),
            Map.entry("<s>", new double[] {-0.5485939383506775, 0.075646311044693, 0.4971420466899872}),
            Map.entry("{", new double[] {0.37866467237472534, 0.6325765252113342, -3.012965202331543}),
            Map.entry("}", new double[] {-0.29695260524749756, 0.15921887755393982, 0.5794535279273987}));
    static final Map<String, double[]> W_attn_0_1_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0}),
            Map.entry("(", new double[] {0.1812221109867096, 0.5150170922279358, 0.6779888868331909}),
            Map.entry(")", new double[] {1.3417696952819824, -0.14374196529388428, -0.449070543050766}),
            Map.entry("<s>", new double[] {-2.5403449535369873, 0.5416038036346436, 4.404972553253174}),
            Map.entry("{", new double[] {0.5524035692214966, 1.100631833076477, -0.40870246291160583}),
            Map.entry("}", new double[] {0.7017515897750854, -0.44863951206207275, -0.17906785011291504}));
    static final Map<Integer, double[]> W_mlp_0_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {-0.43244802951812744, -0.17358966171741486, -0.017096014693379402}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0}),
            Map.entry(8, new double[] {0.022597307339310646, 0.3649597764015198, 0.08976009488105774}),
            Map.entry(9, new double[] {0.0, 0.0, 0.0}),
            Map.entry(10, new double[] {0.0, 0.0, 0.0}),
            Map.entry(11, new double[] {0.0, 0.0, 0.0}),
            Map.entry(12, new double[] {0.0, 0.0, 0.0}),
            Map.entry(13, new double[] {-0.3418410122394562, -0.7941012382507324, -1.1088014841079712}),
            Map.entry(14, new double[] {-0.4491150975227356, -0.7001630067825317, 1.0147579908370972}),
            Map.entry(15, new double[] {0.0, 0.0, 0.0}));
    static final Map<Integer, double[]> W_mlp_0_1_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {0.10044123232364655, 0.5054718852043152, -5.273871898651123}),
            Map.entry(2, new double[] {-0.41486984491348267, -0.08565977960824966, -1.6866815090179443}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {-0.3881182074546814, -0.4776882529258728, -0.46730732917785645}),
            Map.entry(6, new double[] {0.830653965473175, 0.990096390247345, -0.25524863600730896}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0}),
            Map.entry(8, new double[] {0.0, 0.0, 0.0}),
            Map.entry(9, new double[] {-0.8172841668128967, 0.11386802047491074, 0.14893527328968048}),
            Map.entry(10, new double[] {0.0, 0.0, 0.0}),
            Map.entry(11, new double[] {0.0, 0.0, 0.0}),
            Map.entry(12, new double[] {0.0, 0.0, 0.0}),
            Map.entry(13, new double[] {0.0, 0.0, 0.0}),
            Map.entry(14, new double[] {0.0, 0.0, 0.0}),
            Map.entry(15, new double[] {0.0, 0.0, 0.0}));
    static final double[] CONSTANT_0 = new double[] {-0.1342150717973709, -0.235981285572052, -0.7992740273475647}; // from num_mlp_0_0_outputs
    static final double[] CONSTANT_1 = new double[] {0.27674320340156555, 0.3129582107067108, 0.019351011142134666}; // from num_mlp_0_1_outputs
    static final Map<Integer, double[]> W_attn_1_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {-1.0166785717010498, 0.43116429448127747, -0.17778606712818146}),
            Map.entry(2, new double[] {1.1382349729537964, -0.6219693422317505, 1.1983814239501953}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {3.250213384628296, 0.7613457441329956, -7.555119514465332}),
            Map.entry(6, new double[] {-1.7013789415359497, -0.4542642831802368, 3.6901769638061523}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0}),
            Map.entry(8, new double[] {0.0, 0.0, 0.0}),
            Map.entry(9, new double[] {0.3988892138004303, -0.2964993417263031, 0.7350695729255676}),
            Map.entry(10, new double[] {0.0, 0.0, 0.0}),
            Map.entry(11, new double[] {0.0, 0.0, 0.0}),
            Map.entry(12, new double[] {0.0, 0.0, 0.0}),
            Map.entry(13, new double[] {0.0, 0.0, 0.0}),
            Map.entry(14, new double[] {0.0, 0.0, 0.0}),
            Map.entry(15, new double[] {0.0, 0.0, 0.0}));
    static final Map<Integer, double[]> W_attn_1_1_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {0.86778724193573, -0.22054336965084076, -0.22234991192817688}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0}),
            Map.entry(8, new double[] {0.12042003870010376, -0.317401260137558, -0.1263110637664795}),
            Map.entry(9, new double[] {0.0, 0.0, 0.0}),
            Map.entry(10, new double[] {0.0, 0.0, 0.0}),
            Map.entry(11, new double[] {0.0, 0.0, 0.0}),
            Map.entry(12, new double[] {0.0, 0.0, 0.0}),
            Map.entry(13, new double[] {1.428417444229126, -0.33766910433769226, -3.133762836456299}),
            Map.entry(14, new double[] {-0.8647376298904419, -0.1098293736577034, -0.321370005607605}),
            Map.entry(15, new double[] {0.0, 0.0, 0.0}));
    static final Map<Integer, double[]> W_mlp_1_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {0.31177595257759094, 0.6431695818901062, 0.07211385667324066}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {-0.09352181851863861, 0.05723682790994644, 0.27095741033554077}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0}),
            Map.entry(8, new double[] {0.0, 0.0, 0.0}),
            Map.entry(9, new double[] {0.4239482879638672, 0.11410962790250778, -0.28038886189460754}),
            Map.entry(10, new double[] {0.0, 0.0, 0.0}),
            Map.entry(11, new double[] {0.0, 0.0, 0.0}),
            Map.entry(12, new double[] {0.0, 0.0, 0.0}),
            Map.entry(13, new double[] {0.0, 0.0, 0.0}),
            Map.entry(14, new double[] {0.6009510159492493, 0.5824226140975952, -0.9573532938957214}),
            Map.entry(15, new double[] {0.0, 0.0, 0.0}));
    static final Map<Integer, double[]> W_mlp_1_1_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {-0.4478147029876709, -0.1116553470492363, -0.6927042603492737}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0}),
            Map.entry(8, new double[] {0.0, 0.0, 0.0}),
            Map.entry(9, new double[] {-1.22457754611969, 0.183949276804924, 0.0760895237326622}),
            Map.entry(10, new double[] {0.9771183729171753, 0.13236919045448303, 0.5202396512031555}),
            Map.entry(11, new double[] {-0.36777663230895996, -0.1042063757777214, -0.7359671592712402}),
            Map.entry(12, new double[] {0.0, 0.0, 0.0}),
            Map.entry(13, new double[] {0.0, 0.0, 0.0}),
            Map.entry(14, new double[] {0.007038516458123922, -0.4792584478855133, -0.9036871194839478}),
            Map.entry(15, new double[] {0.41776615381240845, -0.5980211496353149, -0.8906468152999878}));
    static final Map<Integer, double[]> W_num_mlp_1_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {0.5105792284011841, -0.568371057510376, -0.5434752106666565}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0}),
            Map.entry(8, new double[] {0.0, 0.0, 0.0}),
            Map.entry(9, new double[] {0.0, 0.0, 0.0}),
            Map.entry(10, new double[] {0.0, 0.0, 0.0}),
            Map.entry(11, new double[] {0.0, 0.0, 0.0}),
            Map.entry(12, new double[] {0.0, 0.0, 0.0}),
            Map.entry(13, new double[] {-0.2294309437274933, 0.4795323610305786, -0.1893615424633026}),
            Map.entry(14, new double[] {0.0, 0.0, 0.0}),
            Map.entry(15, new double[] {0.0, 0.0, 0.0}));
    static final double[] CONSTANT_2 = new double[] {-0.3752550780773163, -0.2449781894683838, -0.3415224552154541}; // from num_mlp_1_1_outputs
    static final Map<Integer, double[]> W_attn_2_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {-0.9409782290458679, 1.1315999031066895, -1.9081157445907593}),
            Map.entry(2, new double[] {2.586158275604248, -1.7700368165969849, 0.19052666425704956}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {2.676665782928467, -2.0275983810424805, -1.4677459001541138}),
            Map.entry(6, new double[] {-1.383168339729309, -0.2769356071949005, 1.5983868837356567}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0}),
            Map.entry(8, new double[] {0.0, 0.0, 0.0}),
            Map.entry(9, new double[] {-1.436274528503418, 0.2898842990398407, 0.5725021958351135}),
            Map.entry(10, new double[] {0.0, 0.0, 0.0}),
            Map.entry(11, new double[] {0.0, 0.0, 0.0}),
            Map.entry(12, new double[] {0.0, 0.0, 0.0}),
            Map.entry(13, new double[] {0.0, 0.0, 0.0}),
            Map.entry(14, new double[] {0.0, 0.0, 0.0}),
            Map.entry(15, new double[] {0.0, 0.0, 0.0}));
    static final Map<Integer, double[]> W_attn_2_1_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {-1.1798900365829468, 2.1866841316223145, -0.5257132649421692}),
            Map.entry(2, new double[] {2.9459805488586426, -1.14084792137146, -2.6207706928253174}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {3.817742109298706, -2.4321300983428955, -0.04703352972865105}),
            Map.entry(6, new double[] {0.07526041567325592, 0.03562153875827789, 2.403292655944824}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0}),
            Map.entry(8, new double[] {0.0, 0.0, 0.0}),
            Map.entry(9, new double[] {-0.38370996713638306, 0.030868224799633026, 1.5460798740386963}),
            Map.entry(10, new double[] {0.0, 0.0, 0.0}),
            Map.entry(11, new double[] {0.0, 0.0, 0.0}),
            Map.entry(12, new double[] {0.0, 0.0, 0.0}),
            Map.entry(13, new double[] {0.0, 0.0, 0.0}),
            Map.entry(14, new double[] {0.0, 0.0, 0.0}),
            Map.entry(15, new double[] {0.0, 0.0, 0.0}));
    static final Map<Integer, double[]> W_mlp_2_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {0.2630601227283478, 0.39158475399017334, -1.2831594944000244}),
            Map.entry(2, new double[] {-0.4786542057991028, 0.18471483886241913, -0.3281967043876648}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {-0.42601311206817627, 0.2313556671142578, -0.033403027802705765}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0}),
            Map.entry(8, new double[] {0.0, 0.0, 0.0}),
            Map.entry(9, new double[] {0.0, 0.0, 0.0}),
            Map.entry(10, new double[] {0.0, 0.0, 0.0}),
            Map.entry(11, new double[] {0.0, 0.0, 0.0}),
            Map.entry(12, new double[] {0.0, 0.0, 0.0}),
            Map.entry(13, new double[] {0.0, 0.0, 0.0}),
            Map.entry(14, new double[] {-0.1058548167347908, 0.09791024029254913, -0.04443952441215515}),
            Map.entry(15, new double[] {0.0, 0.0, 0.0}));
    static final Map<Integer, double[]> W_mlp_2_1_outputs = Map.ofEntries(
            Map.entry(0, new double[] {-0.026477284729480743, 0.0036359447985887527, -0.4202859401702881}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {-0.9542282223701477, 1.4444366693496704, 1.071821689605713}),
            Map.entry(5, new double[] {0.7539021968841553, -0.3074255585670471, -2.154679775238037}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {-1.6031852960586548, 0.6924809813499451, 2.437727928161621}),
            Map.entry(8, new double[] {0.0, 0.0, 0.0}),
            Map.entry(9, new double[] {0.0, 0.0, 0.0}),
            Map.entry(10, new double[] {0.0, 0.0, 0.0}),
            Map.entry(11, new double[] {0.0, 0.0, 0.0}),
            Map.entry(12, new double[] {0.0, 0.0, 0.0}),
            Map.entry(13, new double[] {0.0, 0.0, 0.0}),
            Map.entry(14, new double[] {0.0, 0.0, 0.0}),
            Map.entry(15, new double[] {0.0, 0.0, 0.0}));
    static final Map<Integer, double[]> W_num_mlp_2_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0}),
            Map.entry(8, new double[] {0.0, 0.0, 0.0}),
            Map.entry(9, new double[] {0.0, 0.0, 0.0}),
            Map.entry(10, new double[] {0.0, 0.0, 0.0}),
            Map.entry(11, new double[] {0.16636715829372406, 0.18837541341781616, 0.2488907128572464}),
            Map.entry(12, new double[] {0.0, 0.0, 0.0}),
            Map.entry(13, new double[] {-0.14878535270690918, -0.24422121047973633, -1.033939003944397}),
            Map.entry(14, new double[] {0.0, 0.0, 0.0}),
            Map.entry(15, new double[] {0.0, 0.0, 0.0}));
    static final double[] CONSTANT_3 = new double[] {0.11620170623064041, -0.07636071741580963, -0.05514784902334213}; // from num_mlp_2_1_outputs
    static final double[] W_ones = new double[] {0.8713705539703369, 0.19423802196979523, -0.7537773251533508};
    static final double[] W_num_attn_0_0_outputs = new double[] {0.2520880699157715, 0.062764011323452, -0.07907110452651978};
    static final double[] W_num_attn_0_1_outputs = new double[] {-0.10001269727945328, -0.773537814617157, 0.8620769381523132};
    static final double[] W_num_attn_1_0_outputs = new double[] {5.669524669647217, -4.367857933044434, -6.159169673919678};
    static final double[] W_num_attn_1_1_outputs = new double[] {-0.8899590373039246, 0.34076163172721863, -1.050161600112915};
    static final double[] W_num_attn_2_0_outputs = new double[] {-0.15529778599739075, 0.14231933653354645, -0.20372305810451508};
    static final double[] W_num_attn_2_1_outputs = new double[] {2.6510915756225586, -0.1032722219824791, -2.1869280338287354};

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
        String[] attn_0_0_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_0_0_outputs(tokens[i], tokens[j])), tokens);
        String[] attn_0_1_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_0_1_outputs(positions[i], positions[j])), tokens);
        int[] num_attn_0_0_outputs = countMatches(n, (i, j) -> predicate_num_attn_0_0_outputs(tokens[i], tokens[j]), ones);
        int[] num_attn_0_1_outputs = countMatches(n, (i, j) -> predicate_num_attn_0_1_outputs(positions[i], tokens[j]), ones);
        int[] mlp_0_0_outputs = mapInts(n, i -> mlp_mlp_0_0_outputs(attn_0_0_outputs[i], attn_0_1_outputs[i]));
        int[] mlp_0_1_outputs = mapInts(n, i -> mlp_mlp_0_1_outputs(attn_0_1_outputs[i], tokens[i]));
        int[] attn_1_0_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_1_0_outputs(tokens[i], positions[j])), mlp_0_1_outputs);
        int[] attn_1_1_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_1_1_outputs(positions[i], positions[j])), mlp_0_0_outputs);
        int[] num_attn_1_0_outputs = countMatches(n, (i, j) -> predicate_num_attn_1_0_outputs(attn_0_0_outputs[i], mlp_0_1_outputs[j]), num_attn_0_0_outputs);
        int[] num_attn_1_1_outputs = countMatches(n, (i, j) -> predicate_num_attn_1_1_outputs(mlp_0_1_outputs[i], mlp_0_1_outputs[j]), ones);
        int[] mlp_1_0_outputs = mapInts(n, i -> mlp_mlp_1_0_outputs(attn_1_1_outputs[i], attn_1_0_outputs[i]));
        int[] mlp_1_1_outputs = mapInts(n, i -> mlp_mlp_1_1_outputs(attn_1_1_outputs[i], attn_1_0_outputs[i]));
        int[] num_mlp_1_0_outputs = mapInts(n, i -> mlp_num_mlp_1_0_outputs(num_attn_1_0_outputs[i]));
        int[] attn_2_0_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_2_0_outputs(positions[i], positions[j])), mlp_0_1_outputs);
        int[] attn_2_1_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_2_1_outputs(tokens[i], positions[j])), mlp_0_1_outputs);
        int[] num_attn_2_0_outputs = countMatches(n, (i, j) -> predicate_num_attn_2_0_outputs(tokens[i], mlp_0_0_outputs[j]), num_attn_0_1_outputs);
        int[] num_attn_2_1_outputs = countMatches(n, (i, j) -> predicate_num_attn_2_1_outputs(attn_1_0_outputs[i], mlp_0_1_outputs[j]), num_attn_0_0_outputs);
        int[] mlp_2_0_outputs = mapInts(n, i -> mlp_mlp_2_0_outputs(attn_1_1_outputs[i], attn_2_0_outputs[i]));
        int[] mlp_2_1_outputs = mapInts(n, i -> mlp_mlp_2_1_outputs(attn_2_0_outputs[i], attn_2_1_outputs[i]));
        int[] num_mlp_2_0_outputs = mapInts(n, i -> mlp_num_mlp_2_0_outputs(num_attn_1_1_outputs[i], num_attn_1_0_outputs[i]));
        String[] predictions = new String[n];
        for (int i = 0; i < n; i++) {
            double[] logits = new double[CLASSES.size()];
            add(logits, W_tokens.get(tokens[i]), 1);
            add(logits, W_positions.get(positions[i]), 1);
            add(logits, W_attn_0_0_outputs.get(attn_0_0_outputs[i]), 1);
            add(logits, W_attn_0_1_outputs.get(attn_0_1_outputs[i]), 1);
            add(logits, W_mlp_0_0_outputs.get(mlp_0_0_outputs[i]), 1);
            add(logits, W_mlp_0_1_outputs.get(mlp_0_1_outputs[i]), 1);
            add(logits, CONSTANT_0, 1);
            add(logits, CONSTANT_1, 1);
            add(logits, W_attn_1_0_outputs.get(attn_1_0_outputs[i]), 1);
            add(logits, W_attn_1_1_outputs.get(attn_1_1_outputs[i]), 1);
            add(logits, W_mlp_1_0_outputs.get(mlp_1_0_outputs[i]), 1);
            add(logits, W_mlp_1_1_outputs.get(mlp_1_1_outputs[i]), 1);
            add(logits, W_num_mlp_1_0_outputs.get(num_mlp_1_0_outputs[i]), 1);
            add(logits, CONSTANT_2, 1);
            add(logits, W_attn_2_0_outputs.get(attn_2_0_outputs[i]), 1);
            add(logits, W_attn_2_1_outputs.get(attn_2_1_outputs[i]), 1);
            add(logits, W_mlp_2_0_outputs.get(mlp_2_0_outputs[i]), 1);
            add(logits, W_mlp_2_1_outputs.get(mlp_2_1_outputs[i]), 1);
            add(logits, W_num_mlp_2_0_outputs.get(num_mlp_2_0_outputs[i]), 1);
            add(logits, CONSTANT_3, 1);
            add(logits, W_ones, ones[i]);
            add(logits, W_num_attn_0_0_outputs, num_attn_0_0_outputs[i]);
            add(logits, W_num_attn_0_1_outputs, num_attn_0_1_outputs[i]);
            add(logits, W_num_attn_1_0_outputs, num_attn_1_0_outputs[i]);
            add(logits, W_num_attn_1_1_outputs, num_attn_1_1_outputs[i]);
            add(logits, W_num_attn_2_0_outputs, num_attn_2_0_outputs[i]);
            add(logits, W_num_attn_2_1_outputs, num_attn_2_1_outputs[i]);
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
