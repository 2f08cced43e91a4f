// Transformer Program reverse, written by tprog. Run: java Reverse.java '<s> 3 1 4'
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
public final class Reverse {
    static final boolean CAUSAL = false;
    static final int MAX_LENGTH = 8;
    static final List<String> VOCABULARY = List.of("<pad>", "0", "1", "2", "3", "4", "</s>", "<s>");
    static final List<String> CLASSES = List.of("0", "1", "2", "3", "4");

    // layer 0 --------------------------------------------------------------------------------

    static boolean predicate_attn_0_0_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0, 2 -> k_position == 5;
            case 1 -> k_position == 6;
            case 3 -> k_position == 4;
            case 4 -> k_position == 3;
            case 5 -> k_position == 2;
            case 6, 7 -> k_position == 1;
            default -> false;
        };
    }

    static boolean predicate_attn_0_1_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0, 3 -> k_position == 2;
            case 1 -> k_position == 6;
            case 2 -> k_position == 4;
            case 4 -> k_position == 7;
            case 5, 6, 7 -> k_position == 1;
            default -> false;
        };
    }

    static boolean predicate_attn_0_2_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0 -> k_position == 6;
            case 1 -> k_position == 5;
            case 2 -> k_position == 4;
            case 3 -> k_position == 0;
            case 4 -> k_position == 2;
            case 5, 6, 7 -> k_position == 1;
            default -> false;
        };
    }

    static boolean predicate_attn_0_3_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0, 1, 6 -> k_position == 6;
            case 2 -> k_position == 5;
            case 3 -> k_position == 3;
            case 4, 7 -> k_position == 1;
            case 5 -> k_position == 0;
            default -> false;
        };
    }

    static boolean predicate_num_attn_0_0_outputs(String q_token, int k_position) {
        return switch (q_token) {
            case "0" -> k_position == 0;
            case "1", "3", "</s>" -> k_position == 7;
            case "2" -> k_position == 3;
            case "4" -> k_position == 6;
            case "<s>" -> k_position == 2;
            default -> false;
        };
    }

    static boolean predicate_num_attn_0_1_outputs(String q_token, int k_position) {
        return switch (q_token) {
            case "0", "2", "</s>" -> k_position == 7;
            case "1", "3", "4" -> k_position == 6;
            case "<s>" -> k_position == 1;
            default -> false;
        };
    }

    static boolean predicate_num_attn_0_2_outputs(String q_token, int k_position) {
        return switch (q_token) {
            case "0", "1", "</s>" -> k_position == 7;
            case "2", "3", "4" -> k_position == 6;
            case "<s>" -> k_position == 1;
            default -> false;
        };
    }

    static boolean predicate_num_attn_0_3_outputs(String q_token, int k_position) {
        return switch (q_token) {
            case "0", "2" -> k_position == 2;
            case "1" -> k_position == 6;
            case "3", "4", "</s>" -> k_position == 7;
            case "<s>" -> k_position == 5;
            default -> false;
        };
    }

    static final Set<List<?>> MLP_mlp_0_0_outputs_0 = Set.of(List.of("0", "</s>"), List.of("1", "0"), List.of("1", "1"), List.of("1", "2"), List.of("1", "3"), List.of("1", "4"), List.of("1", "<s>"), List.of("2", "</s>"), List.of("3", "</s>"), List.of("4", "0"), List.of("4", "1"), List.of("4", "2"), List.of("4", "3"), List.of("4", "4"), List.of("4", "<s>"), List.of("</s>", "1"), List.of("</s>", "</s>"), List.of("<s>", "</s>"));
    static final Set<List<?>> MLP_mlp_0_0_outputs_1 = Set.of(List.of("0", "<s>"), List.of("2", "<s>"), List.of("3", "<s>"), List.of("</s>", "0"), List.of("</s>", "2"), List.of("</s>", "<s>"), List.of("<s>", "<s>"));
    static final Set<List<?>> MLP_mlp_0_0_outputs_2 = Set.of(List.of("</s>", "3"), List.of("</s>", "4"));

    static int mlp_mlp_0_0_outputs(String attn_0_1_output, String attn_0_0_output) {
        List<?> key = List.of(attn_0_1_output, attn_0_0_output);
        if (MLP_mlp_0_0_outputs_0.contains(key)) {
            return 3;
        }
        if (MLP_mlp_0_0_outputs_1.contains(key)) {
            return 0;
        }
        if (MLP_mlp_0_0_outputs_2.contains(key)) {
            return 1;
        }
        return 4;
    }

    static int mlp_num_mlp_0_0_outputs(int num_attn_0_0_output) {
        return switch (num_attn_0_0_output) {
            case 0 -> 7;
            default -> 5;
        };
    }

    // layer 1 --------------------------------------------------------------------------------

    static boolean predicate_attn_1_0_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0, 1 -> k_position == 6;
            case 2 -> k_position == 5;
            case 3 -> k_position == 4;
            case 4 -> k_position == 3;
            case 5 -> k_position == 2;
            case 6, 7 -> k_position == 1;
            default -> false;
        };
    }

    static boolean predicate_attn_1_1_outputs(int q_position, String k_token) {
        return switch (q_position) {
            case 0 -> k_token.equals("1");
            case 1 -> k_token.equals("0");
            case 2, 4, 6 -> k_token.equals("<s>");
            case 3, 5 -> k_token.equals("3");
            case 7 -> k_token.equals("2");
            default -> false;
        };
    }

    static boolean predicate_attn_1_2_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0 -> k_position == 2;
            case 1 -> k_position == 4;
            case 2 -> k_position == 3;
            case 3, 4, 5, 6, 7 -> k_position == 1;
            default -> false;
        };
    }

    static boolean predicate_attn_1_3_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0, 5 -> k_position == 2;
            case 1, 2 -> k_position == 5;
            case 3 -> k_position == 3;
            case 4 -> k_position == 0;
            case 6, 7 -> k_position == 1;
            default -> false;
        };
    }

    static boolean predicate_num_attn_1_0_outputs(String q_attn_0_0_output, String k_attn_0_0_output) {
        return switch (q_attn_0_0_output) {
            case "0" -> k_attn_0_0_output.equals("1");
            case "1", "2", "4" -> k_attn_0_0_output.equals("</s>");
            case "3" -> k_attn_0_0_output.equals("2");
            case "</s>", "<s>" -> k_attn_0_0_output.equals("0");
            default -> false;
        };
    }

    static boolean predicate_num_attn_1_1_outputs(String q_attn_0_0_output, String k_attn_0_0_output) {
        return switch (q_attn_0_0_output) {
            case "0", "2", "3" -> k_attn_0_0_output.equals("4");
            case "1", "4" -> k_attn_0_0_output.equals("</s>");
            case "</s>" -> k_attn_0_0_output.equals("0");
            case "<s>" -> k_attn_0_0_output.equals("3");
            default -> false;
        };
    }

    static boolean predicate_num_attn_1_2_outputs(String q_attn_0_0_output, String k_attn_0_3_output) {
        return switch (q_attn_0_0_output) {
            case "0", "3" -> k_attn_0_3_output.equals("</s>");
            case "1", "2" -> k_attn_0_3_output.equals("4");
            case "4", "</s>", "<s>" -> k_attn_0_3_output.equals("1");
            default -> false;
        };
    }

    static boolean predicate_num_attn_1_3_outputs(String q_attn_0_0_output, String k_attn_0_3_output) {
        return switch (q_attn_0_0_output) {
            case "0" -> k_attn_0_3_output.equals("0");
            case "1", "2", "3" -> k_attn_0_3_output.equals("</s>");
            case "4" -> k_attn_0_3_output.equals("1");
            case "</s>", "<s>" -> k_attn_0_3_output.equals("4");
            default -> false;
        };
    }

    static final Set<List<?>> MLP_mlp_1_0_outputs_0 = Set.of(List.of("0", "0"), List.of("0", "</s>"), List.of("1", "0"), List.of("1", "</s>"), List.of("2", "0"), List.of("4", "0"), List.of("</s>", "0"), List.of("<s>", "0"), List.of("<s>", "</s>"));
    static final Set<List<?>> MLP_mlp_1_0_outputs_1 = Set.of(List.of("0", "3"), List.of("0", "<s>"), List.of("3", "3"), List.of("3", "</s>"), List.of("3", "<s>"), List.of("</s>", "3"), List.of("</s>", "</s>"), List.of("</s>", "<s>"), List.of("<s>", "3"), List.of("<s>", "<s>"));
    static final Set<List<?>> MLP_mlp_1_0_outputs_2 = Set.of(List.of("2", "</s>"));
    static final Set<List<?>> MLP_mlp_1_0_outputs_3 = Set.of(List.of("4", "</s>"));

    static int mlp_mlp_1_0_outputs(String attn_1_2_output, String attn_1_3_output) {
        List<?> key = List.of(attn_1_2_output, attn_1_3_output);
        if (MLP_mlp_1_0_outputs_0.contains(key)) {
            return 7;
        }
        if (MLP_mlp_1_0_outputs_1.contains(key)) {
            return 6;
        }
        if (MLP_mlp_1_0_outputs_2.contains(key)) {
            return 3;
        }
        if (MLP_mlp_1_0_outputs_3.contains(key)) {
            return 1;
        }
        return 0;
    }

    static int mlp_num_mlp_1_0_outputs(int num_attn_0_2_output) {
        return switch (num_attn_0_2_output) {
            case 0 -> 3;
            default -> 0;
        };
    }

    // layer 2 --------------------------------------------------------------------------------

    static boolean predicate_attn_2_0_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0, 2, 7 -> k_position == 1;
            case 1 -> k_position == 4;
            case 3 -> k_position == 2;
            case 4 -> k_position == 6;
            case 5 -> k_position == 7;
            case 6 -> k_position == 0;
            default -> false;
        };
    }

    static boolean predicate_attn_2_1_outputs(int q_position, String k_token) {
        return switch (q_position) {
            case 0, 6 -> k_token.equals("2");
            case 1 -> k_token.equals("</s>");
            case 2, 4 -> k_token.equals("0");
            case 3, 5, 7 -> k_token.equals("1");
            default -> false;
        };
    }

    static boolean predicate_attn_2_2_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0, 5, 7 -> k_position == 7;
            case 1, 3 -> k_position == 3;
            case 2 -> k_position == 1;
            case 4 -> k_position == 6;
            case 6 -> k_position == 0;
            default -> false;
        };
    }

    static boolean predicate_attn_2_3_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0, 5, 7 -> k_position == 7;
            case 1 -> k_position == 4;
            case 2, 6 -> k_position == 2;
            case 3 -> k_position == 3;
            case 4 -> k_position == 6;
            default -> false;
        };
    }

    static boolean predicate_num_attn_2_0_outputs(String q_attn_1_0_output, String k_attn_1_0_output) {
        return switch (q_attn_1_0_output) {
            case "0" -> k_attn_1_0_output.equals("2");
            case "1" -> k_attn_1_0_output.equals("3");
            case "2", "3" -> k_attn_1_0_output.equals("</s>");
            case "</s>", "<s>" -> k_attn_1_0_output.equals("0");
            default -> false;
        };
    }

    static boolean predicate_num_attn_2_1_outputs(String q_attn_1_0_output, String k_attn_0_3_output) {
        return switch (q_attn_1_0_output) {
            case "0", "2" -> k_attn_0_3_output.equals("3");
            case "1", "3", "4" -> k_attn_0_3_output.equals("</s>");
            case "</s>", "<s>" -> k_attn_0_3_output.equals("<s>");
            default -> false;
        };
    }

    static boolean predicate_num_attn_2_2_outputs(String q_attn_1_0_output, String k_attn_1_0_output) {
        return switch (q_attn_1_0_output) {
            case "0" -> k_attn_1_0_output.equals("0");
            case "1", "4", "</s>", "<s>" -> k_attn_1_0_output.equals("</s>");
            case "2" -> k_attn_1_0_output.equals("2");
            case "3" -> k_attn_1_0_output.equals("1");
            default -> false;
        };
    }

    static boolean predicate_num_attn_2_3_outputs(String q_attn_1_0_output, String k_attn_0_3_output) {
        return switch (q_attn_1_0_output) {
            case "0", "1", "3", "<s>" -> k_attn_0_3_output.equals("0");
            case "2", "4" -> k_attn_0_3_output.equals("</s>");
            case "</s>" -> k_attn_0_3_output.equals("1");
            default -> false;
        };
    }

    static final Set<List<?>> MLP_mlp_2_0_outputs_0 = Set.of(List.of("0", "0"), List.of("0", "1"), List.of("0", "2"), List.of("0", "3"), List.of("0", "4"), List.of("0", "<s>"), List.of("4", "0"), List.of("4", "2"), List.of("4", "3"), List.of("4", "4"), List.of("4", "<s>"), List.of("</s>", "4"), List.of("<s>", "2"), List.of("<s>", "4"), List.of("<s>", "<s>"));
    static final Set<List<?>> MLP_mlp_2_0_outputs_1 = Set.of(List.of("0", "</s>"));
    static final Set<List<?>> MLP_mlp_2_0_outputs_2 = Set.of(List.of("1", "1"), List.of("1", "2"), List.of("1", "4"), List.of("1", "<s>"), List.of("2", "4"), List.of("3", "1"), List.of("3", "2"), List.of("3", "4"), List.of("3", "<s>"), List.of("4", "1"), List.of("<s>", "1"));
    static final Set<List<?>> MLP_mlp_2_0_outputs_3 = Set.of(List.of("1", "</s>"), List.of("2", "</s>"), List.of("3", "</s>"), List.of("4", "</s>"), List.of("<s>", "</s>"));

    static int mlp_mlp_2_0_outputs(String attn_0_1_output, String attn_1_0_output) {
        List<?> key = List.of(attn_0_1_output, attn_1_0_output);
        if (MLP_mlp_2_0_outputs_0.contains(key)) {
            return 5;
        }
        if (MLP_mlp_2_0_outputs_1.contains(key)) {
            return 6;
        }
        if (MLP_mlp_2_0_outputs_2.contains(key)) {
            return 1;
        }
        if (MLP_mlp_2_0_outputs_3.contains(key)) {
            return 7;
        }
        return 3;
    }

    static final Set<List<?>> MLP_num_mlp_2_0_outputs_0 = Set.of(List.of(0, 0));

    static int mlp_num_mlp_2_0_outputs(int num_attn_2_2_output, int num_attn_2_1_output) {
        List<?> key = List.of(num_attn_2_2_output, num_attn_2_1_output);
        if (MLP_num_mlp_2_0_outputs_0.contains(key)) {
            return 5;
        }
        return 1;
    }

    // classifier: the weights each feature adds to each class's logit --------------------

    static final Map<String, double[]> W_tokens = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {0.4903085231781006, -0.20585303008556366, -0.34446191787719727, 2.3503034114837646, 0.07052963227033615}),
            Map.entry("1", new double[] {-0.11227728426456451, 0.0834982842206955, 0.20287291705608368, -0.8242836594581604, 0.48046547174453735}),
            Map.entry("2", new double[] {-0.6075441241264343, 0.9366127252578735, -0.20558659732341766, 0.9431764483451843, 1.346437692642212}),
            Map.entry("3", new double[] {0.6825791001319885, -0.5332503318786621, 0.28183335065841675, 0.1167854517698288, -0.31369173526763916}),
            Map.entry("4", new double[] {-1.3188141584396362, 0.34898635745048523, 0.650987982749939, -0.8530216217041016, 0.6944616436958313}),
            Map.entry("</s>", new double[] {-0.3583572208881378, 0.31595176458358765, 0.43361371755599976, 0.35595065355300903, 0.059434134513139725}),
            Map.entry("<s>", new double[] {-0.05593269690871239, -0.10004673898220062, 0.27938422560691833, -0.547711968421936, -0.08372890204191208}));
    static final Map<Integer, double[]> W_positions = Map.ofEntries(
            Map.entry(0, new double[] {0.34247761964797974, 0.11829917877912521, 0.5619372725486755, 0.1660948395729065, 0.16610443592071533}),
            Map.entry(1, new double[] {0.8294070959091187, 0.8456822633743286, -0.6082953810691833, 0.8476870059967041, -0.5539653301239014}),
            Map.entry(2, new double[] {0.22723865509033203, -0.20134268701076508, -0.4016527533531189, -0.16090549528598785, 0.09686969220638275}),
            Map.entry(3, new double[] {-0.7693339586257935, -0.3617071211338043, -0.10147599875926971, 0.40880286693573, 1.0050324201583862}),
            Map.entry(4, new double[] {-0.4119098484516144, 0.3009366989135742, 0.7189918160438538, -0.22750964760780334, 0.05176786705851555}),
            Map.entry(5, new double[] {0.8363068103790283, -0.8152497410774231, 0.292359322309494, 0.09611726552248001, 0.3649301826953888}),
            Map.entry(6, new double[] {-0.47870829701423645, 0.23174656927585602, 0.04686523228883743, 0.46405497193336487, -0.3300737738609314}),
            Map.entry(7, new double[] {0.5889445543289185, 0.5934114456176758, -0.06789763271808624, 0.5854575037956238, -0.21027281880378723}));
    static final Map<String, double[]> W_attn_0_0_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {1.4718348979949951, -0.45028209686279297, -1.0934957265853882, 0.009634476155042648, 0.2822912037372589}),
            Map.entry("1", new double[] {-0.7790451645851135, 1.3023347854614258, -0.05878612771630287, -0.6125571727752686, -0.6007691621780396}),
            Map.entry("2", new double[] {-0.8117121458053589, -0.6249039769172668, 1.6212329864501953, -1.3861709833145142, 0.3231504559516907}),
            Map.entry("3", new double[] {0.25204235315322876, -0.3447827994823456, 0.09346705675125122, 1.5060092210769653, -0.34889522194862366}),
            Map.entry("4", new double[] {-1.2304123640060425, -0.17942295968532562, 0.4223342835903168, -2.497728109359741, 1.4781169891357422}),
            Map.entry("</s>", new double[] {0.304272323846817, -2.2294185161590576, 1.1891021728515625, 0.47439733147621155, 0.828044593334198}),
            Map.entry("<s>", new double[] {-0.1756366491317749, 0.6381123661994934, -2.0768792629241943, 0.7409070730209351, -1.2543610334396362}));
    static final Map<String, double[]> W_attn_0_1_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {2.621237277984619, 0.6601518988609314, -0.5653818845748901, -1.266684651374817, -0.11126722395420074}),
            Map.entry("1", new double[] {-0.4499666690826416, 0.6525057554244995, -0.09573313593864441, 0.18259957432746887, -1.4672484397888184}),
            Map.entry("2", new double[] {-1.6597174406051636, 0.08407619595527649, 1.4510306119918823, -0.3074195981025696, 0.18339300155639648}),
            Map.entry("3", new double[] {-0.09545545279979706, 0.10809621214866638, -1.304805874824524, 1.879105567932129, -1.053529143333435}),
            Map.entry("4", new double[] {-0.6250683665275574, -2.1007983684539795, 1.5355819463729858, 0.2583046555519104, 2.2122960090637207}),
            Map.entry("</s>", new double[] {-0.047561533749103546, 0.9970490336418152, -1.238843560218811, -0.4456915259361267, -0.5622752904891968}),
            Map.entry("<s>", new double[] {-0.6002789735794067, 1.0513250827789307, -0.04813631251454353, -0.3155710697174072, 0.8795629739761353}));
    static final Map<String, double[]> W_attn_0_2_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {9.620354652404785, -2.2874903678894043, -1.58187997341156, -2.014465808868408, -4.30574893951416}),
            Map.entry("1", new double[] {-4.106027126312256, 6.6387786865234375, -3.466151475906372, -2.7180681228637695, -1.282879114151001}),
            Map.entry("2", new double[] {-1.1883594989776611, -3.835500955581665, 7.723787784576416, -3.493420362472534, -3.070462226867676}),
            Map.entry("3", new double[] {-2.3713979721069336, -2.341254711151123, -2.0090012550354004, 6.626789093017578, -2.3295671939849854}),
            Map.entry("4", new double[] {-5.065582275390625, -0.7546767592430115, -3.3740925788879395, -2.9955766201019287, 6.8145647048950195}),
            Map.entry("</s>", new double[] {-1.8182209730148315, 0.4897628724575043, -0.6842896938323975, 1.3504960536956787, 1.3307050466537476}),
            Map.entry("<s>", new double[] {0.7276647090911865, 0.33029869198799133, -0.8857173919677734, 0.15489643812179565, -0.7536863684654236}));
    static final Map<String, double[]> W_attn_0_3_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {7.327544689178467, -3.6141083240509033, -0.21935395896434784, -3.187175750732422, -3.065497875213623}),
            Map.entry("1", new double[] {-2.5224578380584717, 4.2943315505981445, -2.3220245838165283, -1.4063694477081299, -1.4710359573364258}),
            Map.entry("2", new double[] {-1.1119139194488525, -2.284775495529175, 6.39574670791626, -2.1948418617248535, -2.271044969558716}),
            Map.entry("3", new double[] {-2.9362308979034424, -0.27871572971343994, -2.4618349075317383, 5.052908897399902, -1.4259858131408691}),
            Map.entry("4", new double[] {-4.569764137268066, -0.6918509602546692, -2.703937530517578, -2.1890125274658203, 5.608928203582764}),
            Map.entry("</s>", new double[] {-0.906225860118866, 0.4406534731388092, -0.8697314858436584, 0.2693358361721039, 0.7845771312713623}),
            Map.entry("<s>", new double[] {-0.4070918560028076, 0.5159978866577148, -1.6766022443771362, 0.838356077671051, -0.1268821507692337}));
    static final Map<Integer, double[]> W_mlp_0_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {2.44380521774292, -1.3591994047164917, 4.033195972442627, -2.7839646339416504, -0.7191680669784546}),
            Map.entry(1, new double[] {-4.763565540313721, -2.949941635131836, -4.070277214050293, 6.158534049987793, 4.787667274475098}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {-1.168900966644287, 3.6937854290008545, -2.665893316268921, -0.8054578304290771, 1.0404090881347656}),
            Map.entry(4, new double[] {-0.8350429534912109, 0.44079238176345825, -0.5703798532485962, 1.0588936805725098, -0.16521337628364563}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}));
    static final Map<Integer, double[]> W_num_mlp_0_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {0.6618212461471558, 0.4627171754837036, -0.7792474627494812, -0.3805943727493286, 1.7334508895874023}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {-0.35705068707466125, -6.846580654382706E-4, 0.40345823764801025, 0.2613457143306732, -0.2449144572019577}));
    static final Map<String, double[]> W_attn_1_0_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {3.8148093223571777, -1.7161070108413696, -1.4616751670837402, -1.0891319513320923, 0.5109001398086548}),
            Map.entry("1", new double[] {-2.897390604019165, 3.2366530895233154, -0.526373565196991, -0.26412898302078247, -1.485206127166748}),
            Map.entry("2", new double[] {-2.4015777111053467, -0.7755290865898132, 3.401482582092285, -1.7014527320861816, 0.6923398375511169}),
            Map.entry("3", new double[] {-1.0333784818649292, -0.361776202917099, -1.274661898612976, 4.020937442779541, -1.2076458930969238}),
            Map.entry("4", new double[] {-0.8898532390594482, 0.010553641244769096, 1.7655715942382812, -2.773932456970215, 3.6695058345794678}),
            Map.entry("</s>", new double[] {0.08108147978782654, -1.3698205947875977, 0.6526787877082825, 0.5597355961799622, 0.40997955203056335}),
            Map.entry("<s>", new double[] {-0.028730634599924088, 0.7998854517936707, -1.9841035604476929, 1.2959364652633667, -0.8902871608734131}));
    static final Map<String, double[]> W_attn_1_1_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {0.7827907204627991, -0.5946263670921326, 1.1810319423675537, -1.3169106245040894, 1.01295006275177}),
            Map.entry("1", new double[] {1.0513112545013428, 0.3802211880683899, 0.4783937633037567, -1.3825007677078247, -0.7001393437385559}),
            Map.entry("2", new double[] {0.17509891092777252, 0.3713672161102295, -0.0411992110311985, -0.7444177269935608, 0.09661784768104553}),
            Map.entry("3", new double[] {-0.28806689381599426, -0.12671636044979095, 0.16636119782924652, -0.5715920925140381, 0.5745821595191956}),
            Map.entry("4", new double[] {0.8773016333580017, -0.33021193742752075, 0.1579144299030304, -0.7871562242507935, 0.6058905124664307}),
            Map.entry("</s>", new double[] {-1.6481379270553589, -0.4239134192466736, -1.1664185523986816, 2.1636135578155518, 0.035001564770936966}),
            Map.entry("<s>", new double[] {-1.6111807823181152, 0.11471962928771973, -0.3598696291446686, 1.4377458095550537, 0.2828642427921295}));
    static final Map<String, double[]> W_attn_1_2_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {3.0754282474517822, -1.0174238681793213, -0.4640921950340271, -1.492436170578003, -0.7603995203971863}),
            Map.entry("1", new double[] {-1.9435126781463623, 1.980685830116272, -0.6086615920066833, -0.7987073063850403, -0.4694826304912567}),
            Map.entry("2", new double[] {-0.5727506875991821, -0.104379802942276, 1.2793766260147095, -0.49125754833221436, -0.8862196803092957}),
            Map.entry("3", new double[] {0.1258179247379303, -0.06372734904289246, -0.8581028580665588, 1.0943049192428589, -0.456646591424942}),
            Map.entry("4", new double[] {-0.01487893145531416, -0.25405681133270264, -0.9630241394042969, 0.4914080798625946, 1.034853219985962}),
            Map.entry("</s>", new double[] {-1.2844210863113403, 0.7215191721916199, 1.0114614963531494, -0.5985130667686462, 1.3415424823760986}),
            Map.entry("<s>", new double[] {-1.0335601568222046, -1.5439993143081665, 2.3837971687316895, -0.2049630731344223, 2.5886430740356445}));
    static final Map<String, double[]> W_attn_1_3_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {1.2358815670013428, -1.4819306135177612, 0.967557430267334, 2.626910924911499, 1.1089986562728882}),
            Map.entry("1", new double[] {-0.06645449250936508, 2.5700104236602783, -0.2302219569683075, -1.0296121835708618, -0.6434940099716187}),
            Map.entry("2", new double[] {-1.3554319143295288, -1.6388099193572998, 3.9523608684539795, -2.1229231357574463, -1.441792368888855}),
            Map.entry("3", new double[] {-1.8087443113327026, 0.6769718527793884, -0.3962908387184143, 1.1634018421173096, 0.41406509280204773}),
            Map.entry("4", new double[] {-1.3366869688034058, -0.1232958659529686, -0.14328572154045105, -1.3284238576889038, 2.694167137145996}),
            Map.entry("</s>", new double[] {0.26369911432266235, 1.2477730512619019, -2.7490439414978027, 3.3384206295013428, -3.106987476348877}),
            Map.entry("<s>", new double[] {1.116860032081604, -0.11380110681056976, -0.7710692286491394, -0.6298640966415405, 0.11915182322263718}));
    static final Map<Integer, double[]> W_mlp_1_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {1.492265224456787, 0.07456617057323456, -1.6294387578964233, 2.306206464767456, -1.3365155458450317}),
            Map.entry(1, new double[] {-5.421844959259033, -2.6271162033081055, -1.7001060247421265, -3.9741547107696533, 9.807696342468262}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {-4.650728225708008, -3.2477800846099854, 10.131092071533203, -5.458889007568359, -1.3965858221054077}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {-0.9119112491607666, 0.016066109761595726, -1.622897982597351, 2.5679824352264404, -1.0506047010421753}),
            Map.entry(7, new double[] {1.4043855667114258, 1.9304547309875488, -2.104031801223755, -1.9083263874053955, -1.8127387762069702}));
    static final Map<Integer, double[]> W_num_mlp_1_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {-1.0041911602020264, -0.9490895867347717, 1.3459885120391846, 0.9964553117752075, -0.9210561513900757}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {-0.43404853343963623, -0.24724043905735016, -0.664794385433197, -0.6827912330627441, 0.9008433818817139}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}));
    static final Map<Integer, double[]> W_attn_2_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {-0.2596791684627533, -0.16040977835655212, 0.49360793828964233, -0.13386224210262299, 0.5639669895172119}),
            Map.entry(1, new double[] {1.4250869750976562, 0.6313663721084595, -0.6911720037460327, 1.6044336557388306, -3.4893736839294434}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {0.48667576909065247, 0.5335034728050232, -4.854403972625732, 2.409867525100708, 0.7301426529884338}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {-1.019882082939148, -0.5802124738693237, 0.868968665599823, -3.3186147212982178, 1.636508584022522}),
            Map.entry(7, new double[] {-1.5515347719192505, -1.1581653356552124, 1.5030473470687866, 0.3736705780029297, 1.3065900802612305}));
    static final Map<String, double[]> W_attn_2_1_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {0.11117106676101685, -1.1810389757156372, 0.6845061779022217, -1.0041086673736572, 0.19402244687080383}),
            Map.entry("1", new double[] {0.5409060716629028, 0.09272100031375885, -0.10125849395990372, -0.12689101696014404, 0.16558466851711273}),
            Map.entry("2", new double[] {-0.005380386486649513, -0.6353530883789062, 0.8634206652641296, -0.4886952042579651, 0.3840188682079315}),
            Map.entry("3", new double[] {0.09390891343355179, -0.5132687091827393, -0.6934403777122498, 0.23989781737327576, 0.3523407280445099}),
            Map.entry("4", new double[] {0.5610499382019043, -0.8102180361747742, -0.07474854588508606, -0.256279319524765, 0.3794320523738861}),
            Map.entry("</s>", new double[] {-0.9842910170555115, 0.8198501467704773, -0.4236184060573578, -0.47139230370521545, 0.3728991746902466}),
            Map.entry("<s>", new double[] {-0.4503334164619446, 1.1080068349838257, -0.19431085884571075, 0.3163517713546753, -0.5971107482910156}));
    static final Map<String, double[]> W_attn_2_2_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {-2.1836094856262207, 0.9927908778190613, 0.3277451992034912, 0.6681936383247375, 1.0551729202270508}),
            Map.entry("1", new double[] {1.16169011592865, -1.4845168590545654, 0.142052561044693, -0.13886024057865143, 0.353077232837677}),
            Map.entry("2", new double[] {-0.963322639465332, 0.6683042645454407, -0.8455735445022583, 0.2733422815799713, 1.053736925125122}),
            Map.entry("3", new double[] {0.08792433142662048, 1.3910725116729736, 0.3249201476573944, -0.44999322295188904, 0.8147938847541809}),
            Map.entry("4", new double[] {0.30040884017944336, 0.4962950050830841, 0.7320077419281006, -0.5956528186798096, -0.5805516242980957}),
            Map.entry("</s>", new double[] {1.4202196598052979, -0.9677721261978149, -0.038124874234199524, 0.4503217041492462, 0.7021484375}),
            Map.entry("<s>", new double[] {1.3074605464935303, -1.3657338619232178, -0.30622947216033936, 1.6406195163726807, -2.2262213230133057}));
    static final Map<String, double[]> W_attn_2_3_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {-4.798126220703125, 2.525038003921509, -0.28473779559135437, 0.702170729637146, 2.3494346141815186}),
            Map.entry("1", new double[] {1.5200188159942627, -3.5996527671813965, 2.3816308975219727, 0.8401698470115662, 1.70882248878479}),
            Map.entry("2", new double[] {0.1578073799610138, 2.2737057209014893, -5.009570121765137, 1.0356864929199219, 3.2035539150238037}),
            Map.entry("3", new double[] {3.6013247966766357, -0.2942758798599243, 1.927491545677185, -3.0440142154693604, 0.20384466648101807}),
            Map.entry("4", new double[] {3.8594839572906494, -0.5557326078414917, 3.1505441665649414, 1.2151235342025757, -4.488153457641602}),
            Map.entry("</s>", new double[] {1.0152690410614014, 0.4393242597579956, 0.31273117661476135, -0.678452730178833, -1.4929287433624268}),
            Map.entry("<s>", new double[] {-1.562342643737793, 0.19590473175048828, 0.054638560861349106, 0.7953211069107056, 1.8644906282424927}));
    static final Map<Integer, double[]> W_mlp_2_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {-0.5020038485527039, -0.6292868256568909, 1.5473155975341797, -0.2170497328042984, -0.007404150441288948}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {0.023748595267534256, 0.11502227187156677, 2.7074103355407715, -1.511975646018982, -0.6451675891876221}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {0.7289161682128906, 0.12268456071615219, 0.5185317993164062, -0.39165186882019043, 0.3474300503730774}),
            Map.entry(6, new double[] {-5.854483604431152, 1.0859229564666748, -1.6293151378631592, 3.502887487411499, -1.9131050109863281}),
            Map.entry(7, new double[] {3.548419713973999, 0.8531265258789062, -1.8505481481552124, 0.04132244735956192, -0.4705839157104492}));
    static final Map<Integer, double[]> W_num_mlp_2_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {0.8455521464347839, -2.0716707706451416, 2.33947491645813, 0.7173129320144653, -1.068488359451294}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {-1.9596431255340576, 2.2161574363708496, -4.05684232711792, 0.6679346561431885, 2.7884292602539062}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}));
    static final double[] W_ones = new double[] {-0.04042311757802963, 0.5246522426605225, 0.05980223789811134, -0.3639436364173889, 0.3766220211982727};
    static final double[] W_num_attn_0_0_outputs = new double[] {0.6899615526199341, -0.6401856541633606, -0.40241873264312744, -1.460270643234253, 1.0567456483840942};
    static final double[] W_num_attn_0_1_outputs = new double[] {-2.364858865737915, 1.9917235374450684, -3.3494858741760254, 1.773760199546814, 2.3701772689819336};
    static final double[] W_num_attn_0_2_outputs = new double[] {-1.016592025756836, -0.9720407128334045, 1.1023012399673462, 1.2580277919769287, -0.48355209827423096};
    static final double[] W_num_attn_0_3_outputs = new double[] {-1.51689612865448, 1.147199273109436, 2.5011303424835205, 0.9147725701332092, -2.5067577362060547};
    static final double[] W_num_attn_1_0_outputs = new double[] {2.0685577392578125, 0.1907002478837967, -0.4085328280925751, 1.4569371938705444, -0.2477542757987976};
    static final double[] W_num_attn_1_1_outputs = new double[] {1.6985714435577393, -1.017222285270691, 0.2670844793319702, 0.661504328250885, -1.100372552871704};
    static final double[] W_num_attn_1_2_outputs = new double[] {-1.6777799129486084, 1.4496976137161255, 0.804036557674408, -0.8389206528663635, 0.11765578389167786};
    static final double[] W_num_attn_1_3_outputs = new double[] {0.8134425282478333, -0.9271278977394104, -0.8180822730064392, -1.0324257612228394, 2.000810384750366};
    static final double[] W_num_attn_2_0_outputs = new double[] {1.9591375589370728, 1.003659725189209, -1.0141886472702026, -0.8241811990737915, -0.8522473573684692};
    static final double[] W_num_attn_2_1_outputs = new double[] {2.254786968231201, -1.0394980907440186, 1.4446138143539429, -1.7504246234893799, -0.8843932151794434};
    static final double[] W_num_attn_2_2_outputs = new double[] {0.19881485402584076, -0.35614725947380066, 0.5548742413520813, 1.0429898500442505, -0.714207112789154};
    static final double[] W_num_attn_2_3_outputs = new double[] {0.23543892800807953, 1.1978347301483154, -1.8428524732589722, 0.978984534740448, -1.638340711593628};

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
        String[] attn_0_0_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_0_0_outputs(positions[i], positions[j])), tokens);
        String[] attn_0_1_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_0_1_outputs(positions[i], positions[j])), tokens);
        String[] attn_0_2_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_0_2_outputs(positions[i], positions[j])), tokens);
        String[] attn_0_3_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_0_3_outputs(positions[i], positions[j])), tokens);
        int[] num_attn_0_0_outputs = countMatches(n, (i, j) -> predicate_num_attn_0_0_outputs(tokens[i], positions[j]), ones);
        int[] num_attn_0_1_outputs = countMatches(n, (i, j) -> predicate_num_attn_0_1_outputs(tokens[i], positions[j]), ones);
        int[] num_attn_0_2_outputs = countMatches(n, (i, j) -> predicate_num_attn_0_2_outputs(tokens[i], positions[j]), ones);
        int[] num_attn_0_3_outputs = countMatches(n, (i, j) -> predicate_num_attn_0_3_outputs(tokens[i], positions[j]), ones);
        int[] mlp_0_0_outputs = mapInts(n, i -> mlp_mlp_0_0_outputs(attn_0_1_outputs[i], attn_0_0_outputs[i]));
        int[] num_mlp_0_0_outputs = mapInts(n, i -> mlp_num_mlp_0_0_outputs(num_attn_0_0_outputs[i]));
        String[] attn_1_0_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_1_0_outputs(positions[i], positions[j])), tokens);
        String[] attn_1_1_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_1_1_outputs(positions[i], tokens[j])), attn_0_3_outputs);
        String[] attn_1_2_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_1_2_outputs(positions[i], positions[j])), tokens);
        String[] attn_1_3_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_1_3_outputs(positions[i], positions[j])), tokens);
        int[] num_attn_1_0_outputs = countMatches(n, (i, j) -> predicate_num_attn_1_0_outputs(attn_0_0_outputs[i], attn_0_0_outputs[j]), num_attn_0_3_outputs);
        int[] num_attn_1_1_outputs = countMatches(n, (i, j) -> predicate_num_attn_1_1_outputs(attn_0_0_outputs[i], attn_0_0_outputs[j]), num_attn_0_1_outputs);
        int[] num_attn_1_2_outputs = countMatches(n, (i, j) -> predicate_num_attn_1_2_outputs(attn_0_0_outputs[i], attn_0_3_outputs[j]), ones);
        int[] num_attn_1_3_outputs = countMatches(n, (i, j) -> predicate_num_attn_1_3_outputs(attn_0_0_outputs[i], attn_0_3_outputs[j]), ones);
        int[] mlp_1_0_outputs = mapInts(n, i -> mlp_mlp_1_0_outputs(attn_1_2_outputs[i], attn_1_3_outputs[i]));
        int[] num_mlp_1_0_outputs = mapInts(n, i -> mlp_num_mlp_1_0_outputs(num_attn_0_2_outputs[i]));
        int[] attn_2_0_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_2_0_outputs(positions[i], positions[j])), mlp_1_0_outputs);
        String[] attn_2_1_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_2_1_outputs(positions[i], tokens[j])), attn_1_0_outputs);
        String[] attn_2_2_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_2_2_outputs(positions[i], positions[j])), attn_1_2_outputs);
        String[] attn_2_3_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_2_3_outputs(positions[i], positions[j])), attn_1_3_outputs);
        int[] num_attn_2_0_outputs = countMatches(n, (i, j) -> predicate_num_attn_2_0_outputs(attn_1_0_outputs[i], attn_1_0_outputs[j]), num_attn_0_2_outputs);
        int[] num_attn_2_1_outputs = countMatches(n, (i, j) -> predicate_num_attn_2_1_outputs(attn_1_0_outputs[i], attn_0_3_outputs[j]), num_attn_0_3_outputs);
        int[] num_attn_2_2_outputs = countMatches(n, (i, j) -> predicate_num_attn_2_2_outputs(attn_1_0_outputs[i], attn_1_0_outputs[j]), ones);
        int[] num_attn_2_3_outputs = countMatches(n, (i, j) -> predicate_num_attn_2_3_outputs(attn_1_0_outputs[i], attn_0_3_outputs[j]), ones);
        int[] mlp_2_0_outputs = mapInts(n, i -> mlp_mlp_2_0_outputs(attn_0_1_outputs[i], attn_1_0_outputs[i]));
        int[] num_mlp_2_0_outputs = mapInts(n, i -> mlp_num_mlp_2_0_outputs(num_attn_2_2_outputs[i], num_attn_2_1_outputs[i]));
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
            add(logits, W_num_mlp_0_0_outputs.get(num_mlp_0_0_outputs[i]), 1);
            add(logits, W_attn_1_0_outputs.get(attn_1_0_outputs[i]), 1);
            add(logits, W_attn_1_1_outputs.get(attn_1_1_outputs[i]), 1);
            add(logits, W_attn_1_2_outputs.get(attn_1_2_outputs[i]), 1);
            add(logits, W_attn_1_3_outputs.get(attn_1_3_outputs[i]), 1);
            add(logits, W_mlp_1_0_outputs.get(mlp_1_0_outputs[i]), 1);
            add(logits, W_num_mlp_1_0_outputs.get(num_mlp_1_0_outputs[i]), 1);
            add(logits, W_attn_2_0_outputs.get(attn_2_0_outputs[i]), 1);
            add(logits, W_attn_2_1_outputs.get(attn_2_1_outputs[i]), 1);
            add(logits, W_attn_2_2_outputs.get(attn_2_2_outputs[i]), 1);
            add(logits, W_attn_2_3_outputs.get(attn_2_3_outputs[i]), 1);
            add(logits, W_mlp_2_0_outputs.get(mlp_2_0_outputs[i]), 1);
            add(logits, W_num_mlp_2_0_outputs.get(num_mlp_2_0_outputs[i]), 1);
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
