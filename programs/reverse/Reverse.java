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
            case 0, 1 -> k_position == 6;
            case 2 -> k_position == 5;
            case 3 -> k_position == 4;
            case 4 -> k_position == 3;
            case 5 -> k_position == 2;
            case 6, 7 -> k_position == 1;
            default -> false;
        };
    }

    static boolean predicate_attn_0_1_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0 -> k_position == 2;
            case 1 -> k_position == 6;
            case 2 -> k_position == 4;
            case 3 -> k_position == 0;
            case 4, 5, 6, 7 -> k_position == 1;
            default -> false;
        };
    }

    static boolean predicate_attn_0_2_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0, 3 -> k_position == 3;
            case 1 -> k_position == 6;
            case 2 -> k_position == 4;
            case 4 -> k_position == 2;
            case 5, 6, 7 -> k_position == 1;
            default -> false;
        };
    }

    static boolean predicate_attn_0_3_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0, 3 -> k_position == 3;
            case 1, 2 -> k_position == 5;
            case 4, 5 -> k_position == 2;
            case 6, 7 -> k_position == 1;
            default -> false;
        };
    }

    static boolean predicate_num_attn_0_0_outputs(String q_token, int k_position) {
        return switch (q_token) {
            case "0" -> k_position == 4;
            case "1", "3", "</s>" -> k_position == 7;
            case "2", "4" -> k_position == 6;
            case "<s>" -> k_position == 3;
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
            case "0", "1", "4", "</s>" -> k_position == 7;
            case "2", "3" -> k_position == 6;
            case "<s>" -> k_position == 5;
            default -> false;
        };
    }

    static boolean predicate_num_attn_0_3_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0, 7 -> k_position == 3;
            case 1, 2 -> k_position == 6;
            case 3, 4, 5, 6 -> k_position == 7;
            default -> false;
        };
    }

    static final Set<List<?>> MLP_mlp_0_0_outputs_0 = Set.of(List.of("0", "1"), List.of("1", "0"), List.of("1", "1"), List.of("1", "2"), List.of("1", "3"), List.of("1", "4"), List.of("1", "</s>"), List.of("1", "<s>"), List.of("2", "1"), List.of("2", "</s>"), List.of("3", "1"), List.of("3", "</s>"), List.of("3", "<s>"), List.of("4", "1"), List.of("4", "</s>"), List.of("</s>", "1"), List.of("</s>", "</s>"), List.of("<s>", "1"), List.of("<s>", "</s>"));
    static final Set<List<?>> MLP_mlp_0_0_outputs_1 = Set.of(List.of("</s>", "0"), List.of("</s>", "3"), List.of("</s>", "4"));
    static final Set<List<?>> MLP_mlp_0_0_outputs_2 = Set.of(List.of("</s>", "2"), List.of("</s>", "<s>"));
    static final Set<List<?>> MLP_mlp_0_0_outputs_3 = Set.of(List.of("<s>", "0"), List.of("<s>", "2"), List.of("<s>", "3"), List.of("<s>", "4"), List.of("<s>", "<s>"));

    static int mlp_mlp_0_0_outputs(String attn_0_1_output, String attn_0_3_output) {
        List<?> key = List.of(attn_0_1_output, attn_0_3_output);
        if (MLP_mlp_0_0_outputs_0.contains(key)) {
            return 3;
        }
        if (MLP_mlp_0_0_outputs_1.contains(key)) {
            return 0;
        }
        if (MLP_mlp_0_0_outputs_2.contains(key)) {
            return 1;
        }
        if (MLP_mlp_0_0_outputs_3.contains(key)) {
            return 5;
        }
        return 7;
    }

    static int mlp_num_mlp_0_0_outputs(int num_attn_0_0_output) {
        return switch (num_attn_0_0_output) {
            case 0 -> 1;
            default -> 5;
        };
    }

    // layer 1 --------------------------------------------------------------------------------

    static boolean predicate_attn_1_0_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0, 5, 7 -> k_position == 2;
            case 1, 3 -> k_position == 4;
            case 2 -> k_position == 5;
            case 4 -> k_position == 3;
            case 6 -> k_position == 1;
            default -> false;
        };
    }

    static boolean predicate_attn_1_1_outputs(int q_position, String k_token) {
        return switch (q_position) {
            case 0, 2, 3, 4, 7 -> k_token.equals("1");
            case 1 -> k_token.equals("4");
            case 5 -> k_token.equals("3");
            case 6 -> k_token.equals("0");
            default -> false;
        };
    }

    static boolean predicate_attn_1_2_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0, 5 -> k_position == 7;
            case 1, 6 -> k_position == 1;
            case 2 -> k_position == 2;
            case 3, 4, 7 -> k_position == 6;
            default -> false;
        };
    }

    static boolean predicate_attn_1_3_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0 -> k_position == 3;
            case 1 -> k_position == 6;
            case 2, 3, 5 -> k_position == 2;
            case 4, 6, 7 -> k_position == 1;
            default -> false;
        };
    }

    static boolean predicate_num_attn_1_0_outputs(String q_attn_0_0_output, String k_attn_0_0_output) {
        return switch (q_attn_0_0_output) {
            case "0", "3" -> k_attn_0_0_output.equals("2");
            case "1", "2", "4" -> k_attn_0_0_output.equals("</s>");
            case "</s>", "<s>" -> k_attn_0_0_output.equals("3");
            default -> false;
        };
    }

    static boolean predicate_num_attn_1_1_outputs(String q_attn_0_0_output, String k_attn_0_3_output) {
        return switch (q_attn_0_0_output) {
            case "0", "3" -> k_attn_0_3_output.equals("3");
            case "1", "4" -> k_attn_0_3_output.equals("</s>");
            case "2", "</s>", "<s>" -> k_attn_0_3_output.equals("0");
            default -> false;
        };
    }

    static boolean predicate_num_attn_1_2_outputs(String q_attn_0_0_output, String k_attn_0_0_output) {
        return switch (q_attn_0_0_output) {
            case "0", "1", "3" -> k_attn_0_0_output.equals("</s>");
            case "2", "4" -> k_attn_0_0_output.equals("0");
            case "</s>", "<s>" -> k_attn_0_0_output.equals("4");
            default -> false;
        };
    }

    static boolean predicate_num_attn_1_3_outputs(String q_attn_0_0_output, String k_attn_0_0_output) {
        return switch (q_attn_0_0_output) {
            case "0" -> k_attn_0_0_output.equals("0");
            case "1", "</s>", "<s>" -> k_attn_0_0_output.equals("1");
            case "2", "3" -> k_attn_0_0_output.equals("</s>");
            case "4" -> k_attn_0_0_output.equals("2");
            default -> false;
        };
    }

    static final Set<List<?>> MLP_mlp_1_0_outputs_0 = Set.of(List.of("0", "3"), List.of("2", "3"), List.of("3", "0"), List.of("3", "</s>"), List.of("4", "3"), List.of("<s>", "3"));
    static final Set<List<?>> MLP_mlp_1_0_outputs_1 = Set.of(List.of("1", "1"), List.of("1", "2"), List.of("1", "3"), List.of("</s>", "1"));
    static final Set<List<?>> MLP_mlp_1_0_outputs_2 = Set.of(List.of("3", "1"), List.of("3", "2"), List.of("3", "3"), List.of("</s>", "2"), List.of("</s>", "3"));

    static int mlp_mlp_1_0_outputs(String attn_0_1_output, String attn_0_3_output) {
        List<?> key = List.of(attn_0_1_output, attn_0_3_output);
        if (MLP_mlp_1_0_outputs_0.contains(key)) {
            return 1;
        }
        if (MLP_mlp_1_0_outputs_1.contains(key)) {
            return 0;
        }
        if (MLP_mlp_1_0_outputs_2.contains(key)) {
            return 6;
        }
        return 7;
    }

    static int mlp_num_mlp_1_0_outputs(int num_attn_0_2_output) {
        return switch (num_attn_0_2_output) {
            case 0 -> 4;
            default -> 0;
        };
    }

    // layer 2 --------------------------------------------------------------------------------

    static boolean predicate_attn_2_0_outputs(int q_position, String k_token) {
        return switch (q_position) {
            case 0 -> k_token.equals("3");
            case 1, 3 -> k_token.equals("</s>");
            case 2 -> k_token.equals("<s>");
            case 4 -> k_token.equals("0");
            case 5, 6, 7 -> k_token.equals("4");
            default -> false;
        };
    }

    static boolean predicate_attn_2_1_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0, 2, 7 -> k_position == 2;
            case 1, 3, 6 -> k_position == 3;
            case 4 -> k_position == 6;
            case 5 -> k_position == 7;
            default -> false;
        };
    }

    static boolean predicate_attn_2_2_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0, 5 -> k_position == 7;
            case 1, 4 -> k_position == 6;
            case 2, 6 -> k_position == 1;
            case 3 -> k_position == 3;
            case 7 -> k_position == 4;
            default -> false;
        };
    }

    static boolean predicate_attn_2_3_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0, 2, 5, 7 -> k_position == 7;
            case 1 -> k_position == 5;
            case 3, 6 -> k_position == 3;
            case 4 -> k_position == 4;
            default -> false;
        };
    }

    static boolean predicate_num_attn_2_0_outputs(String q_attn_1_0_output, String k_attn_0_0_output) {
        return switch (q_attn_1_0_output) {
            case "0", "1", "<s>" -> k_attn_0_0_output.equals("2");
            case "2", "3" -> k_attn_0_0_output.equals("</s>");
            case "4" -> k_attn_0_0_output.equals("4");
            case "</s>" -> k_attn_0_0_output.equals("0");
            default -> false;
        };
    }

    static boolean predicate_num_attn_2_1_outputs(String q_attn_1_0_output, String k_attn_1_3_output) {
        return switch (q_attn_1_0_output) {
            case "0" -> k_attn_1_3_output.equals("1");
            case "1", "3", "4" -> k_attn_1_3_output.equals("</s>");
            case "2" -> k_attn_1_3_output.equals("3");
            case "</s>" -> k_attn_1_3_output.equals("2");
            default -> false;
        };
    }

    static boolean predicate_num_attn_2_2_outputs(String q_attn_1_0_output, String k_attn_0_0_output) {
        return switch (q_attn_1_0_output) {
            case "0" -> k_attn_0_0_output.equals("0");
            case "1" -> k_attn_0_0_output.equals("</s>");
            case "2", "3", "4" -> k_attn_0_0_output.equals("1");
            case "</s>" -> k_attn_0_0_output.equals("4");
            case "<s>" -> k_attn_0_0_output.equals("2");
            default -> false;
        };
    }

    static boolean predicate_num_attn_2_3_outputs(String q_attn_1_0_output, String k_attn_1_3_output) {
        return switch (q_attn_1_0_output) {
            case "0", "4" -> k_attn_1_3_output.equals("</s>");
            case "1" -> k_attn_1_3_output.equals("2");
            case "2", "3" -> k_attn_1_3_output.equals("0");
            case "</s>" -> k_attn_1_3_output.equals("1");
            default -> false;
        };
    }

    static final Set<List<?>> MLP_mlp_2_0_outputs_0 = Set.of(List.of("0", "1"), List.of("0", "4"), List.of("</s>", "0"));
    static final Set<List<?>> MLP_mlp_2_0_outputs_1 = Set.of(List.of("1", "1"), List.of("1", "4"), List.of("1", "<s>"), List.of("3", "1"), List.of("3", "4"), List.of("</s>", "</s>"), List.of("</s>", "<s>"));
    static final Set<List<?>> MLP_mlp_2_0_outputs_2 = Set.of(List.of("2", "1"), List.of("2", "2"), List.of("2", "4"), List.of("2", "<s>"), List.of("</s>", "2"));
    static final Set<List<?>> MLP_mlp_2_0_outputs_3 = Set.of(List.of("</s>", "1"), List.of("</s>", "3"), List.of("</s>", "4"));

    static int mlp_mlp_2_0_outputs(String attn_0_1_output, String attn_0_3_output) {
        List<?> key = List.of(attn_0_1_output, attn_0_3_output);
        if (MLP_mlp_2_0_outputs_0.contains(key)) {
            return 4;
        }
        if (MLP_mlp_2_0_outputs_1.contains(key)) {
            return 2;
        }
        if (MLP_mlp_2_0_outputs_2.contains(key)) {
            return 5;
        }
        if (MLP_mlp_2_0_outputs_3.contains(key)) {
            return 1;
        }
        return 6;
    }

    static int mlp_num_mlp_2_0_outputs(int num_attn_2_2_output) {
        return switch (num_attn_2_2_output) {
            case 0 -> 5;
            default -> 3;
        };
    }

    // classifier: the weights each feature adds to each class's logit --------------------

    static final Map<String, double[]> W_tokens = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {-0.529727041721344, 1.1810864210128784, 0.03568636626005173, 1.6924114227294922, -0.24133382737636566}),
            Map.entry("1", new double[] {-0.0892263799905777, -0.7302591800689697, 0.7186443209648132, 0.34656810760498047, 0.021590590476989746}),
            Map.entry("2", new double[] {0.3582841753959656, 1.2289015054702759, -0.5238153338432312, 0.3822470009326935, 0.9391422271728516}),
            Map.entry("3", new double[] {0.29552075266838074, 0.08204776048660278, 0.39086630940437317, -1.1994112730026245, 1.4212342500686646}),
            Map.entry("4", new double[] {0.07509366422891617, -0.8443504571914673, 0.39103972911834717, 0.7788941860198975, -0.395372599363327}),
            Map.entry("</s>", new double[] {-0.400421679019928, 0.3228306174278259, 0.46546676754951477, 0.4218136668205261, -0.021498804911971092}),
            Map.entry("<s>", new double[] {-0.04069465771317482, -0.09006073325872421, 0.3179191052913666, -0.6061756014823914, -0.08355707675218582}));
    static final Map<Integer, double[]> W_positions = Map.ofEntries(
            Map.entry(0, new double[] {0.34247761964797974, 0.11829917877912521, 0.5619372725486755, 0.1660948395729065, 0.16610443592071533}),
            Map.entry(1, new double[] {0.21856479346752167, 0.08955848217010498, -2.235947847366333, 1.6599196195602417, 1.491787314414978}),
            Map.entry(2, new double[] {-1.4617818593978882, -0.023889046162366867, 1.2230759859085083, -0.16986173391342163, 0.048584431409835815}),
            Map.entry(3, new double[] {1.0692791938781738, -0.19313350319862366, 0.15005125105381012, 0.013835788704454899, -0.673737645149231}),
            Map.entry(4, new double[] {0.7377197742462158, 0.25000080466270447, 0.23654426634311676, -0.04079608619213104, -0.6923050880432129}),
            Map.entry(5, new double[] {0.9903698563575745, 0.046464983373880386, 0.5973525643348694, 0.11654575169086456, -0.992026150226593}),
            Map.entry(6, new double[] {-0.6167669296264648, 0.2530425488948822, 0.09766573458909988, 0.13849321007728577, 0.13885335624217987}),
            Map.entry(7, new double[] {0.5889445543289185, 0.5934114456176758, -0.06789763271808624, 0.5854575037956238, -0.21027281880378723}));
    static final Map<String, double[]> W_attn_0_0_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {3.99715518951416, -2.828354835510254, -0.564706563949585, 0.47325611114501953, -2.148552179336548}),
            Map.entry("1", new double[] {-2.419807195663452, 3.7137091159820557, -1.2476571798324585, -1.0406876802444458, -1.8812686204910278}),
            Map.entry("2", new double[] {-4.576164722442627, 0.4413227438926697, 2.7164547443389893, -0.18466967344284058, -0.35466468334198}),
            Map.entry("3", new double[] {1.181317687034607, 1.0658304691314697, -0.1858387589454651, 2.482211112976074, -4.355764389038086}),
            Map.entry("4", new double[] {0.3056575059890747, -2.1138577461242676, -2.1353707313537598, -3.8901970386505127, 4.518305778503418}),
            Map.entry("</s>", new double[] {-0.4717560410499573, -2.003272533416748, 2.2818825244903564, 0.09201055765151978, 0.6841703057289124}),
            Map.entry("<s>", new double[] {-0.016675865277647972, -0.5183754563331604, -1.1621875762939453, -0.2191084921360016, 0.20855766534805298}));
    static final Map<String, double[]> W_attn_0_1_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {5.608727931976318, 4.22798490524292, -5.847378730773926, -1.7217649221420288, -6.173491477966309}),
            Map.entry("1", new double[] {-3.622257709503174, 1.5057554244995117, 0.8639883995056152, -1.6295419931411743, 2.093644618988037}),
            Map.entry("2", new double[] {-3.778726816177368, -1.1006661653518677, 4.498574733734131, -0.8712327480316162, -0.847213625907898}),
            Map.entry("3", new double[] {-0.679656445980072, -2.9090511798858643, -1.2483417987823486, 5.4066162109375, -2.206465482711792}),
            Map.entry("4", new double[] {-0.7304901480674744, -0.8399903774261475, -1.5423659086227417, -2.5086095333099365, 5.665633678436279}),
            Map.entry("</s>", new double[] {0.3018643260002136, 1.2132971286773682, -0.3492669463157654, -2.210937023162842, -0.6220183968544006}),
            Map.entry("<s>", new double[] {0.9603714942932129, -0.7039167284965515, 0.41801679134368896, 0.8351703882217407, -0.0948265939950943}));
    static final Map<String, double[]> W_attn_0_2_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {6.734613418579102, -2.9360060691833496, -2.3784899711608887, -2.47222638130188, 0.5353001356124878}),
            Map.entry("1", new double[] {-2.714670419692993, 6.166331768035889, -3.1951076984405518, -0.906497597694397, -2.771101236343384}),
            Map.entry("2", new double[] {-2.2309410572052, -2.138305902481079, 5.061792850494385, -0.7628402709960938, -2.400078296661377}),
            Map.entry("3", new double[] {-0.5800800919532776, -0.7595256567001343, -2.264352798461914, 4.8616509437561035, -2.3617918491363525}),
            Map.entry("4", new double[] {-2.4960618019104004, -1.445220947265625, -1.6486958265304565, -1.2222700119018555, 4.44031286239624}),
            Map.entry("</s>", new double[] {0.7488288879394531, 0.530516505241394, -0.13537552952766418, -0.6569880247116089, 0.24989628791809082}),
            Map.entry("<s>", new double[] {-0.8702192306518555, -0.4427606165409088, 1.022529125213623, 0.622278094291687, -0.5823516845703125}));
    static final Map<String, double[]> W_attn_0_3_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {1.2889655828475952, 3.3614304065704346, -2.0016653537750244, 0.21359720826148987, -3.544325113296509}),
            Map.entry("1", new double[] {-3.1322238445281982, -0.8808576464653015, 2.47540020942688, -1.0615575313568115, 3.44282603263855}),
            Map.entry("2", new double[] {-0.2895064949989319, -1.8813625574111938, 2.231292724609375, -0.43185877799987793, 0.8395594358444214}),
            Map.entry("3", new double[] {0.36197373270988464, -1.5420262813568115, -0.870850145816803, 3.2191898822784424, -1.337661623954773}),
            Map.entry("4", new double[] {0.19728030264377594, 0.8350211381912231, -0.33383703231811523, -3.239694595336914, 1.4915260076522827}),
            Map.entry("</s>", new double[] {-0.6863039135932922, 0.030570559203624725, -0.2209937423467636, 1.1866896152496338, -0.2346583753824234}),
            Map.entry("<s>", new double[] {1.7267999649047852, 0.7189911007881165, -1.4605697393417358, -0.32721608877182007, -1.3120986223220825}));
    static final Map<Integer, double[]> W_mlp_0_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {3.0369389057159424, -8.395814895629883, -0.4249851405620575, 1.0513254404067993, 3.768538236618042}),
            Map.entry(1, new double[] {-1.651784062385559, -3.380425214767456, 3.4999680519104004, 0.11189611256122589, 1.734519124031067}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {3.2527542114257812, 4.732792377471924, -4.771643161773682, -1.1435816287994385, -1.8872647285461426}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {-1.1422228813171387, 2.5672671794891357, -1.5729535818099976, 0.6907904148101807, 0.3113918900489807}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {-2.0278449058532715, -1.6415780782699585, 1.1796919107437134, 2.8228745460510254, 2.3330492973327637}));
    static final Map<Integer, double[]> W_num_mlp_0_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {-0.2122509479522705, -0.050554823130369186, -0.1944160759449005, 0.11419648677110672, -0.06542137265205383}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {0.03158740699291229, 0.13453558087348938, 1.070967674255371, 0.19552847743034363, 0.353779137134552}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}));
    static final Map<String, double[]> W_attn_1_0_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {8.29272174835205, 1.1602658033370972, -6.160243988037109, -2.8024935722351074, -3.5879015922546387}),
            Map.entry("1", new double[] {-2.566141128540039, 7.6439666748046875, -4.18963623046875, -4.284008979797363, -1.4634068012237549}),
            Map.entry("2", new double[] {-6.368975639343262, -5.6368794441223145, 8.725835800170898, 0.13461793959140778, -0.4345407783985138}),
            Map.entry("3", new double[] {-2.8387911319732666, -4.040191173553467, -0.49487385153770447, 8.117982864379883, -2.801971673965454}),
            Map.entry("4", new double[] {-5.564079284667969, 0.09024469554424286, 0.5030806064605713, -2.7480576038360596, 6.9195332527160645}),
            Map.entry("</s>", new double[] {-0.12448763847351074, 0.03430399298667908, -0.8416070938110352, 1.4379281997680664, -0.24485553801059723}),
            Map.entry("<s>", new double[] {1.1964937448501587, -0.8549463748931885, 0.30697736144065857, -0.7576704025268555, -0.20971938967704773}));
    static final Map<String, double[]> W_attn_1_1_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {-0.09595540165901184, -0.8563051819801331, 0.6562554240226746, 0.47175678610801697, 0.9635428786277771}),
            Map.entry("1", new double[] {0.3450374901294708, -0.4191480576992035, 0.010304066352546215, -0.020908165723085403, 0.19339415431022644}),
            Map.entry("2", new double[] {0.010107066482305527, -1.2960039377212524, 0.5290184020996094, 0.13373471796512604, 0.8603918552398682}),
            Map.entry("3", new double[] {0.13374820351600647, -1.2179982662200928, 0.3933171331882477, 0.099327951669693, 0.493280827999115}),
            Map.entry("4", new double[] {0.8883832693099976, -1.1702100038528442, 0.460271954536438, 0.46282485127449036, 0.1876925528049469}),
            Map.entry("</s>", new double[] {-0.07303892076015472, 0.26380521059036255, -0.25134897232055664, -0.08013603091239929, -0.43025046586990356}),
            Map.entry("<s>", new double[] {-1.3884600400924683, 3.6614575386047363, -0.7501413226127625, -0.919175922870636, -1.6753287315368652}));
    static final Map<String, double[]> W_attn_1_2_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {-5.109944820404053, -0.06353190541267395, 2.62217378616333, 0.1972942054271698, 1.725777268409729}),
            Map.entry("1", new double[] {1.602174162864685, -4.78340482711792, 2.609835147857666, 1.786570429801941, 1.1484962701797485}),
            Map.entry("2", new double[] {2.6655733585357666, 2.2919154167175293, -5.516394138336182, 0.43121960759162903, 0.9036398530006409}),
            Map.entry("3", new double[] {0.6713413000106812, 2.6447486877441406, 0.31836801767349243, -5.135377883911133, 2.946967840194702}),
            Map.entry("4", new double[] {2.0926167964935303, 1.5938704013824463, 1.2723817825317383, 2.4261438846588135, -5.442492485046387}),
            Map.entry("</s>", new double[] {0.8477202653884888, -0.10035644471645355, 0.32677578926086426, -0.5379547476768494, 0.5564790964126587}),
            Map.entry("<s>", new double[] {-0.11713410913944244, -0.6931175589561462, 1.6606935262680054, 0.8283553123474121, 0.6338969469070435}));
    static final Map<String, double[]> W_attn_1_3_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {3.569392204284668, -0.12204646319150925, -1.2973380088806152, 0.6792828440666199, -0.09379559755325317}),
            Map.entry("1", new double[] {-1.8493250608444214, 3.096731424331665, -0.7158016562461853, 0.31624478101730347, -0.5843019485473633}),
            Map.entry("2", new double[] {-1.4359077215194702, -1.369781255722046, 2.2622976303100586, 0.02490968070924282, -0.8883391618728638}),
            Map.entry("3", new double[] {-1.4635955095291138, -1.020247459411621, -1.339070439338684, 3.5699918270111084, -1.4564435482025146}),
            Map.entry("4", new double[] {-0.9521893262863159, 0.19941173493862152, -1.054121732711792, -0.6630733013153076, 2.443068742752075}),
            Map.entry("</s>", new double[] {1.1573545932769775, 0.27332717180252075, -0.005036289803683758, -0.43580353260040283, -1.0722600221633911}),
            Map.entry("<s>", new double[] {-0.401203989982605, 0.23003588616847992, 2.7336924076080322, -2.7869880199432373, -0.4383659064769745}));
    static final Map<Integer, double[]> W_mlp_1_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.7388343811035156, 4.604402542114258, -1.2591633796691895, 1.2772732973098755, -4.768369197845459}),
            Map.entry(1, new double[] {-1.4448286294937134, -1.6729533672332764, 1.7210389375686646, -0.66118985414505, 0.3005823791027069}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {-0.8335379958152771, -1.1908040046691895, 0.9916330575942993, 3.6910204887390137, -2.933624505996704}),
            Map.entry(7, new double[] {-0.941645622253418, -1.9111868143081665, 0.16368399560451508, 1.7912695407867432, 0.6319922804832458}));
    static final Map<Integer, double[]> W_num_mlp_1_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {-0.8560733199119568, -0.29662635922431946, 1.016323208808899, 0.26597392559051514, -0.5771138072013855}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.5190884470939636, 0.1657785028219223, -0.09981652349233627, -0.08283037692308426, 0.9256447553634644}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}));
    static final Map<String, double[]> W_attn_2_0_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {3.0021145343780518, 0.32629576325416565, -2.1799545288085938, -0.21776224672794342, -1.4871774911880493}),
            Map.entry("1", new double[] {-1.723676323890686, 3.340208053588867, -1.2763848304748535, -0.8553214073181152, -0.7299050092697144}),
            Map.entry("2", new double[] {-2.6013312339782715, -2.1175475120544434, 3.5929040908813477, -0.5121279954910278, -0.891103982925415}),
            Map.entry("3", new double[] {-1.2330893278121948, -0.9541645050048828, 0.09296049922704697, 3.733018159866333, -1.3778095245361328}),
            Map.entry("4", new double[] {-1.4473892450332642, -0.7219959497451782, -0.23698922991752625, -1.4517223834991455, 3.519599199295044}),
            Map.entry("</s>", new double[] {0.5030080080032349, -1.5384267568588257, -0.09029817581176758, -1.972083330154419, -0.2505992650985718}),
            Map.entry("<s>", new double[] {4.853672504425049, -0.3736773729324341, -2.4166407585144043, -0.25690603256225586, -0.41641461849212646}));
    static final Map<String, double[]> W_attn_2_1_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {-6.10139799118042, 0.15723785758018494, 2.6199021339416504, 1.5108585357666016, 1.5195072889328003}),
            Map.entry("1", new double[] {0.5766097903251648, -3.6068572998046875, 2.4189088344573975, 1.2043426036834717, 1.8521937131881714}),
            Map.entry("2", new double[] {2.872060775756836, 2.695371389389038, -3.994154214859009, -0.3650035262107849, 0.06127913296222687}),
            Map.entry("3", new double[] {1.614157795906067, 0.5605189204216003, 1.331760048866272, -3.8773093223571777, 1.1374661922454834}),
            Map.entry("4", new double[] {1.5946605205535889, 0.9478772878646851, 0.6269339919090271, 1.5381463766098022, -3.8956172466278076}),
            Map.entry("</s>", new double[] {1.5884112119674683, -0.41791394352912903, -0.05124404653906822, -0.7899550199508667, -0.09037315845489502}),
            Map.entry("<s>", new double[] {1.0932215452194214, -0.7676786780357361, -0.37773868441581726, 0.39131659269332886, -0.045924946665763855}));
    static final Map<Integer, double[]> W_attn_2_2_outputs = Map.ofEntries(
            Map.entry(0, new double[] {-1.322009563446045, -2.4804558753967285, 0.749900221824646, 0.3272794187068939, 0.8704383969306946}),
            Map.entry(1, new double[] {0.45567789673805237, 0.5077202916145325, -0.271651953458786, 0.3282967209815979, 0.25096598267555237}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {1.2215306758880615, 1.817931056022644, -0.8292195200920105, -2.80261492729187, 1.9892274141311646}),
            Map.entry(7, new double[] {-0.4856610894203186, 0.6666668653488159, -1.0611038208007812, -0.738885760307312, 0.025200389325618744}));
    static final Map<String, double[]> W_attn_2_3_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {-1.9269758462905884, 1.015183687210083, 0.8735427260398865, 0.17588740587234497, 0.6674619317054749}),
            Map.entry("1", new double[] {2.0222880840301514, -1.5318868160247803, 0.2730661630630493, 0.21781665086746216, 0.6381904482841492}),
            Map.entry("2", new double[] {0.9312981963157654, 0.46570295095443726, -1.2779771089553833, 0.14536520838737488, 0.3652040958404541}),
            Map.entry("3", new double[] {0.9567765593528748, 1.0289005041122437, 0.3637208640575409, -1.422721266746521, 0.8904485702514648}),
            Map.entry("4", new double[] {1.3129868507385254, 0.3139897584915161, 1.3449015617370605, 0.7844440340995789, -1.7915019989013672}),
            Map.entry("</s>", new double[] {-0.45073625445365906, -1.1616052389144897, 0.2575017213821411, 0.13503481447696686, 0.8831698894500732}),
            Map.entry("<s>", new double[] {0.40936559438705444, 0.22820168733596802, 0.5297563672065735, 0.6491150856018066, -0.2497979998588562}));
    static final Map<Integer, double[]> W_mlp_2_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {-10.57668685913086, 7.940147876739502, -11.027191162109375, 4.216248989105225, 2.7761828899383545}),
            Map.entry(2, new double[] {-0.7271913886070251, 1.7680925130844116, -1.3839561939239502, 2.7083890438079834, -1.9164247512817383}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {4.665964126586914, -1.1087925434112549, -4.575793743133545, -0.35001978278160095, -0.6907334327697754}),
            Map.entry(5, new double[] {-5.647961616516113, -1.3453197479248047, 6.622068881988525, -2.9336798191070557, 0.1274387389421463}),
            Map.entry(6, new double[] {-0.9412368535995483, -1.0682317018508911, 0.9732356667518616, -1.7719740867614746, -0.1577073335647583}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}));
    static final Map<Integer, double[]> W_num_mlp_2_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {0.9677234888076782, -1.4431687593460083, 1.2705954313278198, 0.9160017967224121, 0.6034919619560242}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {0.22786885499954224, 0.7877288460731506, 0.21273384988307953, 0.29904770851135254, 0.13188917934894562}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}));
    static final double[] W_ones = new double[] {0.04209015518426895, 0.5758362412452698, 0.17312709987163544, -0.34166261553764343, 0.16351622343063354};
    static final double[] W_num_attn_0_0_outputs = new double[] {0.28476548194885254, -0.7512800693511963, 0.24585947394371033, -1.036946415901184, 0.48592934012413025};
    static final double[] W_num_attn_0_1_outputs = new double[] {-1.7163615226745605, 2.660338878631592, -0.5820237994194031, 0.3829001486301422, -0.31988924741744995};
    static final double[] W_num_attn_0_2_outputs = new double[] {-0.42656537890434265, -0.5708837509155273, 0.5710167288780212, 0.8062567114830017, -0.44528254866600037};
    static final double[] W_num_attn_0_3_outputs = new double[] {2.051727771759033, 0.47349056601524353, -0.43101221323013306, 1.2333661317825317, -1.8816330432891846};
    static final double[] W_num_attn_1_0_outputs = new double[] {3.4649829864501953, -0.3112594485282898, -1.3908402919769287, 3.830935001373291, -2.2730751037597656};
    static final double[] W_num_attn_1_1_outputs = new double[] {0.8847664594650269, -0.709119975566864, 0.186416357755661, 0.16435611248016357, -0.26627856492996216};
    static final double[] W_num_attn_1_2_outputs = new double[] {-2.759758949279785, -0.8885794878005981, 2.224843978881836, -0.7356144785881042, 2.65252423286438};
    static final double[] W_num_attn_1_3_outputs = new double[] {2.0747945308685303, 1.994756817817688, -3.829174280166626, -2.490447521209717, 1.2140536308288574};
    static final double[] W_num_attn_2_0_outputs = new double[] {0.4664584994316101, 0.10894250124692917, -0.33818426728248596, -1.4886858463287354, 1.4511997699737549};
    static final double[] W_num_attn_2_1_outputs = new double[] {1.2119324207305908, -0.44493892788887024, 1.560218334197998, -1.0424596071243286, -1.5042113065719604};
    static final double[] W_num_attn_2_2_outputs = new double[] {0.9582272171974182, -2.0081779956817627, 0.6548779606819153, 0.669211745262146, 1.1009434461593628};
    static final double[] W_num_attn_2_3_outputs = new double[] {-1.7397716045379639, 0.8665947914123535, 0.3268462121486664, 0.7178722620010376, -1.528873324394226};

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
        int[] num_attn_0_3_outputs = countMatches(n, (i, j) -> predicate_num_attn_0_3_outputs(positions[i], positions[j]), ones);
        int[] mlp_0_0_outputs = mapInts(n, i -> mlp_mlp_0_0_outputs(attn_0_1_outputs[i], attn_0_3_outputs[i]));
        int[] num_mlp_0_0_outputs = mapInts(n, i -> mlp_num_mlp_0_0_outputs(num_attn_0_0_outputs[i]));
        String[] attn_1_0_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_1_0_outputs(positions[i], positions[j])), tokens);
        String[] attn_1_1_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_1_1_outputs(positions[i], tokens[j])), attn_0_3_outputs);
        String[] attn_1_2_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_1_2_outputs(positions[i], positions[j])), attn_0_2_outputs);
        String[] attn_1_3_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_1_3_outputs(positions[i], positions[j])), tokens);
        int[] num_attn_1_0_outputs = countMatches(n, (i, j) -> predicate_num_attn_1_0_outputs(attn_0_0_outputs[i], attn_0_0_outputs[j]), num_attn_0_3_outputs);
        int[] num_attn_1_1_outputs = countMatches(n, (i, j) -> predicate_num_attn_1_1_outputs(attn_0_0_outputs[i], attn_0_3_outputs[j]), ones);
        int[] num_attn_1_2_outputs = countMatches(n, (i, j) -> predicate_num_attn_1_2_outputs(attn_0_0_outputs[i], attn_0_0_outputs[j]), num_attn_0_3_outputs);
        int[] num_attn_1_3_outputs = countMatches(n, (i, j) -> predicate_num_attn_1_3_outputs(attn_0_0_outputs[i], attn_0_0_outputs[j]), num_attn_0_3_outputs);
        int[] mlp_1_0_outputs = mapInts(n, i -> mlp_mlp_1_0_outputs(attn_0_1_outputs[i], attn_0_3_outputs[i]));
        int[] num_mlp_1_0_outputs = mapInts(n, i -> mlp_num_mlp_1_0_outputs(num_attn_0_2_outputs[i]));
        String[] attn_2_0_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_2_0_outputs(positions[i], tokens[j])), attn_1_3_outputs);
        String[] attn_2_1_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_2_1_outputs(positions[i], positions[j])), attn_1_0_outputs);
        int[] attn_2_2_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_2_2_outputs(positions[i], positions[j])), mlp_1_0_outputs);
        String[] attn_2_3_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_2_3_outputs(positions[i], positions[j])), attn_1_0_outputs);
        int[] num_attn_2_0_outputs = countMatches(n, (i, j) -> predicate_num_attn_2_0_outputs(attn_1_0_outputs[i], attn_0_0_outputs[j]), num_attn_0_3_outputs);
        int[] num_attn_2_1_outputs = countMatches(n, (i, j) -> predicate_num_attn_2_1_outputs(attn_1_0_outputs[i], attn_1_3_outputs[j]), num_attn_0_3_outputs);
        int[] num_attn_2_2_outputs = countMatches(n, (i, j) -> predicate_num_attn_2_2_outputs(attn_1_0_outputs[i], attn_0_0_outputs[j]), num_attn_0_3_outputs);
        int[] num_attn_2_3_outputs = countMatches(n, (i, j) -> predicate_num_attn_2_3_outputs(attn_1_0_outputs[i], attn_1_3_outputs[j]), num_attn_0_3_outputs);
        int[] mlp_2_0_outputs = mapInts(n, i -> mlp_mlp_2_0_outputs(attn_0_1_outputs[i], attn_0_3_outputs[i]));
        int[] num_mlp_2_0_outputs = mapInts(n, i -> mlp_num_mlp_2_0_outputs(num_attn_2_2_outputs[i]));
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
