// Transformer Program dyck1, written by tprog. Run: java Dyck1.java '<s> 3 1 4'
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
public final class Dyck1 {
    static final boolean CAUSAL = true;
    static final int MAX_LENGTH = 16;
    static final List<String> VOCABULARY = List.of("<pad>", "(", ")", "<s>");
    static final List<String> CLASSES = List.of("F", "P", "T");

    // layer 0 --------------------------------------------------------------------------------

    static boolean predicate_attn_0_0_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0, 3 -> k_position == 15;
            case 1 -> k_position == 1;
            case 2 -> k_position == 8;
            case 4 -> k_position == 2;
            case 5, 12 -> k_position == 11;
            case 6 -> k_position == 5;
            case 7 -> k_position == 14;
            case 8, 10 -> k_position == 7;
            case 9, 14 -> k_position == 13;
            case 11 -> k_position == 9;
            case 13, 15 -> k_position == 12;
            default -> false;
        };
    }

    static boolean predicate_attn_0_1_outputs(String q_token, int k_position) {
        return switch (q_token) {
            case "(" -> k_position == 15;
            case ")" -> k_position == 8;
            case "<s>" -> k_position == 1;
            default -> false;
        };
    }

    static boolean predicate_attn_0_2_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0, 1 -> k_position == 11;
            case 2 -> k_position == 12;
            case 3, 12, 13, 14 -> k_position == 10;
            case 4 -> k_position == 3;
            case 5, 11 -> k_position == 14;
            case 6 -> k_position == 4;
            case 7 -> k_position == 15;
            case 8 -> k_position == 6;
            case 9 -> k_position == 7;
            case 10 -> k_position == 8;
            case 15 -> k_position == 13;
            default -> false;
        };
    }

    static boolean predicate_attn_0_3_outputs(String q_token, int k_position) {
        return switch (q_token) {
            case "(" -> k_position == 1;
            case ")" -> k_position == 6;
            case "<s>" -> k_position == 11;
            default -> false;
        };
    }

    static boolean predicate_num_attn_0_0_outputs(int q_position, String k_token) {
        return switch (q_position) {
            case 1, 2, 3, 5, 7, 9 -> k_token.equals(")");
            case 11, 13, 15 -> k_token.equals("<s>");
            default -> false;
        };
    }

    static boolean predicate_num_attn_0_1_outputs(String q_token, int k_position) {
        return switch (q_token) {
            case "(" -> k_position == 3;
            case ")" -> k_position == 13;
            case "<s>" -> k_position == 2;
            default -> false;
        };
    }

    static boolean predicate_num_attn_0_2_outputs(int q_position, String k_token) {
        return switch (q_position) {
            case 0, 1, 3, 4 -> k_token.equals(")");
            default -> false;
        };
    }

    static boolean predicate_num_attn_0_3_outputs(int q_position, String k_token) {
        return switch (q_position) {
            case 1, 3, 5 -> k_token.equals(")");
            case 7, 10, 11, 13 -> k_token.equals("<s>");
            default -> false;
        };
    }

    static final Set<List<?>> MLP_mlp_0_0_outputs_0 = Set.of(List.of("(", "("), List.of("(", "<s>"), List.of("<s>", "("));

    static int mlp_mlp_0_0_outputs(String attn_0_2_output, String attn_0_0_output) {
        List<?> key = List.of(attn_0_2_output, attn_0_0_output);
        if (MLP_mlp_0_0_outputs_0.contains(key)) {
            return 4;
        }
        return 11;
    }

    static int mlp_num_mlp_0_0_outputs(int num_attn_0_3_output) {
        return switch (num_attn_0_3_output) {
            default -> 11;
        };
    }

    // layer 1 --------------------------------------------------------------------------------

    static boolean predicate_attn_1_0_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0, 12 -> k_position == 11;
            case 1 -> k_position == 0;
            case 2 -> k_position == 1;
            case 3, 4 -> k_position == 2;
            case 5 -> k_position == 4;
            case 6 -> k_position == 5;
            case 7 -> k_position == 6;
            case 8 -> k_position == 7;
            case 9, 10 -> k_position == 8;
            case 11 -> k_position == 10;
            case 13 -> k_position == 12;
            case 14 -> k_position == 13;
            case 15 -> k_position == 14;
            default -> false;
        };
    }

    static boolean predicate_attn_1_1_outputs(String q_token, int k_position) {
        return switch (q_token) {
            case "(" -> k_position == 1;
            case ")" -> k_position == 11;
            case "<s>" -> k_position == 5;
            default -> false;
        };
    }

    static boolean predicate_attn_1_2_outputs(int q_mlp_0_0_output, int k_position) {
        return switch (q_mlp_0_0_output) {
            case 4, 11 -> k_position == 7;
            default -> false;
        };
    }

    static boolean predicate_attn_1_3_outputs(String q_token, int k_position) {
        return switch (q_token) {
            case "(" -> k_position == 1;
            case ")" -> k_position == 10;
            case "<s>" -> k_position == 13;
            default -> false;
        };
    }

    static boolean predicate_num_attn_1_0_outputs(int q_num_mlp_0_0_output, String k_attn_0_1_output) {
        return switch (q_num_mlp_0_0_output) {
            case 11 -> k_attn_0_1_output.equals(")");
            default -> false;
        };
    }

    static boolean predicate_num_attn_1_1_outputs(int q_num_mlp_0_0_output, int k_position) {
        return switch (q_num_mlp_0_0_output) {
            case 11 -> k_position == 5;
            default -> false;
        };
    }

    static boolean predicate_num_attn_1_2_outputs(int q_num_mlp_0_0_output, int k_position) {
        return switch (q_num_mlp_0_0_output) {
            case 11 -> k_position == 3;
            default -> false;
        };
    }

    static boolean predicate_num_attn_1_3_outputs(int q_num_mlp_0_0_output, String k_attn_0_3_output) {
        return switch (q_num_mlp_0_0_output) {
            case 11 -> k_attn_0_3_output.equals(")");
            default -> false;
        };
    }

    static final Set<List<?>> MLP_mlp_1_0_outputs_0 = Set.of(List.of(")", ")"), List.of(")", "<s>"), List.of("<s>", ")"), List.of("<s>", "<s>"));

    static int mlp_mlp_1_0_outputs(String attn_1_1_output, String attn_1_0_output) {
        List<?> key = List.of(attn_1_1_output, attn_1_0_output);
        if (MLP_mlp_1_0_outputs_0.contains(key)) {
            return 13;
        }
        return 3;
    }

    static final Set<List<?>> MLP_num_mlp_1_0_outputs_0 = Set.of(List.of(0, 0));

    static int mlp_num_mlp_1_0_outputs(int num_attn_1_0_output, int num_attn_1_3_output) {
        List<?> key = List.of(num_attn_1_0_output, num_attn_1_3_output);
        if (MLP_num_mlp_1_0_outputs_0.contains(key)) {
            return 8;
        }
        return 15;
    }

    // layer 2 --------------------------------------------------------------------------------

    static boolean predicate_attn_2_0_outputs(String q_attn_0_2_output, int k_position) {
        return switch (q_attn_0_2_output) {
            case "(" -> k_position == 4;
            case ")" -> k_position == 11;
            case "<s>" -> k_position == 1;
            default -> false;
        };
    }

    static boolean predicate_attn_2_1_outputs(int q_mlp_0_0_output, int k_position) {
        return switch (q_mlp_0_0_output) {
            case 4 -> k_position == 3;
            case 11 -> k_position == 8;
            default -> false;
        };
    }

    static boolean predicate_attn_2_2_outputs(int q_mlp_0_0_output, int k_position) {
        return switch (q_mlp_0_0_output) {
            case 4 -> k_position == 2;
            case 11 -> k_position == 11;
            default -> false;
        };
    }

    static boolean predicate_attn_2_3_outputs(int q_mlp_0_0_output, int k_position) {
        return switch (q_mlp_0_0_output) {
            case 4 -> k_position == 8;
            case 11 -> k_position == 4;
            default -> false;
        };
    }

    static boolean predicate_num_attn_2_0_outputs(int q_num_mlp_0_0_output, int k_mlp_0_0_output) {
        return switch (q_num_mlp_0_0_output) {
            default -> false;
        };
    }

    static boolean predicate_num_attn_2_1_outputs(String q_attn_1_0_output, int k_mlp_1_0_output) {
        return switch (q_attn_1_0_output) {
            case "(", ")", "<s>" -> k_mlp_1_0_output == 13;
            default -> false;
        };
    }

    static boolean predicate_num_attn_2_2_outputs(String q_attn_1_3_output, int k_mlp_1_0_output) {
        return switch (q_attn_1_3_output) {
            case ")" -> k_mlp_1_0_output == 13;
            default -> false;
        };
    }

    static boolean predicate_num_attn_2_3_outputs(String q_attn_0_3_output, String k_attn_1_0_output) {
        return switch (q_attn_0_3_output) {
            case ")", "<s>" -> k_attn_1_0_output.equals("(");
            default -> false;
        };
    }

    static final Set<List<?>> MLP_mlp_2_0_outputs_0 = Set.of(List.of("(", "("), List.of("(", ")"), List.of("(", "<s>"), List.of("<s>", "("));

    static int mlp_mlp_2_0_outputs(String attn_2_3_output, String attn_2_1_output) {
        List<?> key = List.of(attn_2_3_output, attn_2_1_output);
        if (MLP_mlp_2_0_outputs_0.contains(key)) {
            return 2;
        }
        return 13;
    }

    // classifier: the weights each feature adds to each class's logit --------------------

    static final Map<String, double[]> W_tokens = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0}),
            Map.entry("(", new double[] {0.8125778436660767, 1.6945749521255493, -6.426547527313232}),
            Map.entry(")", new double[] {-2.052863597869873, -0.848371148109436, 4.234579086303711}),
            Map.entry("<s>", new double[] {1.7368274927139282, 0.010273818857967854, 0.12201519310474396}));
    static final Map<Integer, double[]> W_positions = Map.ofEntries(
            Map.entry(0, new double[] {0.7880991697311401, 0.5767881274223328, 0.047306157648563385}),
            Map.entry(1, new double[] {10.74075698852539, -8.312084197998047, -4.812503337860107}),
            Map.entry(2, new double[] {3.8482680320739746, -17.530031204223633, 2.865002393722534}),
            Map.entry(3, new double[] {3.93245530128479, -1.3248116970062256, -2.43513822555542}),
            Map.entry(4, new double[] {7.158764839172363, -6.288681507110596, -1.2848001718521118}),
            Map.entry(5, new double[] {-7.334386825561523, 9.415051460266113, -1.6160109043121338}),
            Map.entry(6, new double[] {-4.510035037994385, 2.8805582523345947, 2.979336977005005}),
            Map.entry(7, new double[] {-2.695058584213257, 5.629331588745117, -0.8680497407913208}),
            Map.entry(8, new double[] {-0.9271582961082458, -0.8974370956420898, 1.2972124814987183}),
            Map.entry(9, new double[] {-2.212312936782837, 4.780545711517334, -0.7665784358978271}),
            Map.entry(10, new double[] {-2.9055776596069336, 1.5998460054397583, 1.227152705192566}),
            Map.entry(11, new double[] {-2.17653751373291, 5.300348281860352, -2.4148480892181396}),
            Map.entry(12, new double[] {-1.2847956418991089, -0.2303553819656372, 2.9871039390563965}),
            Map.entry(13, new double[] {-1.1310654878616333, 3.5069355964660645, -1.893330693244934}),
            Map.entry(14, new double[] {-0.2276899367570877, -0.5324564576148987, 3.4612619876861572}),
            Map.entry(15, new double[] {0.4673715829849243, 1.774167537689209, -2.394989252090454}));
    static final Map<String, double[]> W_attn_0_0_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0}),
            Map.entry("(", new double[] {-1.5365692377090454, 1.652601718902588, -0.6008963584899902}),
            Map.entry(")", new double[] {0.3930908739566803, -0.30668535828590393, -0.23240377008914948}),
            Map.entry("<s>", new double[] {-0.06628575176000595, 0.9535845518112183, -0.35916414856910706}));
    static final Map<String, double[]> W_attn_0_1_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0}),
            Map.entry("(", new double[] {0.20241107046604156, 0.3696395754814148, 0.9479101896286011}),
            Map.entry(")", new double[] {-0.36657947301864624, -0.26742738485336304, -0.15527603030204773}),
            Map.entry("<s>", new double[] {-0.21784281730651855, 0.9555015563964844, -0.48470383882522583}));
    static final Map<String, double[]> W_attn_0_2_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0}),
            Map.entry("(", new double[] {-0.9911869764328003, 1.4636424779891968, -0.11711069196462631}),
            Map.entry(")", new double[] {-0.07901400327682495, -0.08419483155012131, 0.21580712497234344}),
            Map.entry("<s>", new double[] {0.6403453350067139, 0.005825021304190159, -0.8223246932029724}));
    static final Map<String, double[]> W_attn_0_3_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0}),
            Map.entry("(", new double[] {-1.9883426427841187, 2.122511625289917, -1.1793949604034424}),
            Map.entry(")", new double[] {-0.03725423663854599, -1.34822678565979, 3.8799969479441643E-4}),
            Map.entry("<s>", new double[] {0.35217300057411194, -1.229494571685791, 0.7488117218017578}));
    static final Map<Integer, double[]> W_mlp_0_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.667057991027832, -0.06066387891769409, -0.7583604454994202}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0}),
            Map.entry(8, new double[] {0.0, 0.0, 0.0}),
            Map.entry(9, new double[] {0.0, 0.0, 0.0}),
            Map.entry(10, new double[] {0.0, 0.0, 0.0}),
            Map.entry(11, new double[] {-1.029809832572937, 1.5446351766586304, 0.9102903008460999}),
            Map.entry(12, new double[] {0.0, 0.0, 0.0}),
            Map.entry(13, new double[] {0.0, 0.0, 0.0}),
            Map.entry(14, new double[] {0.0, 0.0, 0.0}),
            Map.entry(15, new double[] {0.0, 0.0, 0.0}));
    static final Map<Integer, double[]> W_num_mlp_0_0_outputs = Map.ofEntries(
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
            Map.entry(11, new double[] {-0.8830506801605225, 0.8149496912956238, -0.6391604542732239}),
            Map.entry(12, new double[] {0.0, 0.0, 0.0}),
            Map.entry(13, new double[] {0.0, 0.0, 0.0}),
            Map.entry(14, new double[] {0.0, 0.0, 0.0}),
            Map.entry(15, new double[] {0.0, 0.0, 0.0}));
    static final Map<String, double[]> W_attn_1_0_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0}),
            Map.entry("(", new double[] {0.22171834111213684, 1.1180490255355835, -0.1147204264998436}),
            Map.entry(")", new double[] {-0.6362137794494629, 0.43911606073379517, -0.4481419622898102}),
            Map.entry("<s>", new double[] {0.05777290463447571, 1.3632564544677734, 0.050001900643110275}));
    static final Map<String, double[]> W_attn_1_1_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0}),
            Map.entry("(", new double[] {-0.42443275451660156, 1.7216817140579224, -0.9058346748352051}),
            Map.entry(")", new double[] {-0.6399544477462769, 0.7614413499832153, 0.7304822206497192}),
            Map.entry("<s>", new double[] {-0.9662031531333923, 1.417784333229065, 0.9568853974342346}));
    static final Map<String, double[]> W_attn_1_2_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0}),
            Map.entry("(", new double[] {-1.5854123830795288, 3.9130494594573975, 1.0422563552856445}),
            Map.entry(")", new double[] {0.892798900604248, -0.5705559253692627, -0.4081918001174927}),
            Map.entry("<s>", new double[] {0.46951404213905334, -1.8195146322250366, -0.5344517827033997}));
    static final Map<String, double[]> W_attn_1_3_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0}),
            Map.entry("(", new double[] {-0.381843626499176, 1.4488352537155151, -0.8889333009719849}),
            Map.entry(")", new double[] {1.4718527793884277, -0.6188681125640869, -0.8183487057685852}),
            Map.entry("<s>", new double[] {-0.5425341129302979, 1.5252844095230103, 0.6479411721229553}));
    static final Map<Integer, double[]> W_mlp_1_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {-1.2747248411178589, 1.991808295249939, 0.933896005153656}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0}),
            Map.entry(8, new double[] {0.0, 0.0, 0.0}),
            Map.entry(9, new double[] {0.0, 0.0, 0.0}),
            Map.entry(10, new double[] {0.0, 0.0, 0.0}),
            Map.entry(11, new double[] {0.0, 0.0, 0.0}),
            Map.entry(12, new double[] {0.0, 0.0, 0.0}),
            Map.entry(13, new double[] {-0.7189773321151733, 0.35935330390930176, 0.13065467774868011}),
            Map.entry(14, new double[] {0.0, 0.0, 0.0}),
            Map.entry(15, new double[] {0.0, 0.0, 0.0}));
    static final Map<Integer, double[]> W_num_mlp_1_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0}),
            Map.entry(8, new double[] {0.5079049468040466, 0.11359461396932602, -0.13815221190452576}),
            Map.entry(9, new double[] {0.0, 0.0, 0.0}),
            Map.entry(10, new double[] {0.0, 0.0, 0.0}),
            Map.entry(11, new double[] {0.0, 0.0, 0.0}),
            Map.entry(12, new double[] {0.0, 0.0, 0.0}),
            Map.entry(13, new double[] {0.0, 0.0, 0.0}),
            Map.entry(14, new double[] {0.0, 0.0, 0.0}),
            Map.entry(15, new double[] {-0.5164312124252319, 1.0553758144378662, 0.17648255825042725}));
    static final Map<String, double[]> W_attn_2_0_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0}),
            Map.entry("(", new double[] {-1.1850868463516235, 0.706840455532074, 0.1220289096236229}),
            Map.entry(")", new double[] {-0.5479732155799866, 0.8670158386230469, -0.04169804975390434}),
            Map.entry("<s>", new double[] {-1.2082501649856567, 1.0100091695785522, 0.45732471346855164}));
    static final Map<String, double[]> W_attn_2_1_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0}),
            Map.entry("(", new double[] {-1.1605948209762573, 1.665155291557312, -0.12940850853919983}),
            Map.entry(")", new double[] {0.632032036781311, -0.23083773255348206, -1.5157877206802368}),
            Map.entry("<s>", new double[] {-0.2647821605205536, 0.8187305927276611, 0.5482383370399475}));
    static final Map<String, double[]> W_attn_2_2_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0}),
            Map.entry("(", new double[] {-1.0157126188278198, 1.8676151037216187, -0.022264886647462845}),
            Map.entry(")", new double[] {1.4375357627868652, -0.7147599458694458, -1.5994497537612915}),
            Map.entry("<s>", new double[] {-0.6314235925674438, 0.6846638321876526, -0.42784643173217773}));
    static final Map<String, double[]> W_attn_2_3_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0}),
            Map.entry("(", new double[] {-0.8979479670524597, 1.0957509279251099, 0.7228659391403198}),
            Map.entry(")", new double[] {4.085946083068848, -2.9803733825683594, -3.1684324741363525}),
            Map.entry("<s>", new double[] {-1.8994213342666626, 0.8071630597114563, -0.4634367823600769}));
    static final Map<Integer, double[]> W_mlp_2_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {-0.45189395546913147, 1.5087342262268066, 0.35953426361083984}),
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
            Map.entry(13, new double[] {-1.0459318161010742, 1.0737299919128418, 0.414429247379303}),
            Map.entry(14, new double[] {0.0, 0.0, 0.0}),
            Map.entry(15, new double[] {0.0, 0.0, 0.0}));
    static final double[] CONSTANT_0 = new double[] {-0.5206659436225891, 0.32799795269966125, -0.48022082448005676}; // from num_mlp_2_0_outputs
    static final double[] W_ones = new double[] {-0.5305797457695007, 0.9565029144287109, 0.11469954997301102};
    static final double[] W_num_attn_0_0_outputs = new double[] {1.8515106439590454, 0.8054001331329346, -6.573970317840576};
    static final double[] W_num_attn_0_1_outputs = new double[] {0.6324869990348816, -0.8510057926177979, -0.6083341240882874};
    static final double[] W_num_attn_0_2_outputs = new double[] {0.4667963981628418, -1.2985761165618896, 1.423367977142334};
    static final double[] W_num_attn_0_3_outputs = new double[] {1.046069622039795, -0.930098295211792, -0.04545177146792412};
    static final double[] W_num_attn_1_0_outputs = new double[] {0.8396894931793213, -1.4937770366668701, -0.4583735466003418};
    static final double[] W_num_attn_1_1_outputs = new double[] {5.215117931365967, -5.233726501464844, -0.3992758095264435};
    static final double[] W_num_attn_1_2_outputs = new double[] {3.210899829864502, -2.198300838470459, -1.5816302299499512};
    static final double[] W_num_attn_1_3_outputs = new double[] {1.1182446479797363, -0.336492121219635, 0.39517077803611755};
    static final double[] W_num_attn_2_0_outputs = new double[] {0.1340309977531433, 0.0240371972322464, 0.53981614112854};
    static final double[] W_num_attn_2_1_outputs = new double[] {2.2446906566619873, -1.8682676553726196, -1.567399024963379};
    static final double[] W_num_attn_2_2_outputs = new double[] {-0.9008634686470032, 0.3602508306503296, 0.7360501289367676};
    static final double[] W_num_attn_2_3_outputs = new double[] {-0.31715258955955505, 1.5029386281967163, 0.14566472172737122};

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
        String[] attn_0_1_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_0_1_outputs(tokens[i], positions[j])), tokens);
        String[] attn_0_2_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_0_2_outputs(positions[i], positions[j])), tokens);
        String[] attn_0_3_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_0_3_outputs(tokens[i], positions[j])), tokens);
        int[] num_attn_0_0_outputs = countMatches(n, (i, j) -> predicate_num_attn_0_0_outputs(positions[i], tokens[j]), ones);
        int[] num_attn_0_1_outputs = countMatches(n, (i, j) -> predicate_num_attn_0_1_outputs(tokens[i], positions[j]), ones);
        int[] num_attn_0_2_outputs = countMatches(n, (i, j) -> predicate_num_attn_0_2_outputs(positions[i], tokens[j]), ones);
        int[] num_attn_0_3_outputs = countMatches(n, (i, j) -> predicate_num_attn_0_3_outputs(positions[i], tokens[j]), ones);
        int[] mlp_0_0_outputs = mapInts(n, i -> mlp_mlp_0_0_outputs(attn_0_2_outputs[i], attn_0_0_outputs[i]));
        int[] num_mlp_0_0_outputs = mapInts(n, i -> mlp_num_mlp_0_0_outputs(num_attn_0_3_outputs[i]));
        String[] attn_1_0_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_1_0_outputs(positions[i], positions[j])), attn_0_3_outputs);
        String[] attn_1_1_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_1_1_outputs(tokens[i], positions[j])), tokens);
        String[] attn_1_2_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_1_2_outputs(mlp_0_0_outputs[i], positions[j])), tokens);
        String[] attn_1_3_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_1_3_outputs(tokens[i], positions[j])), tokens);
        int[] num_attn_1_0_outputs = countMatches(n, (i, j) -> predicate_num_attn_1_0_outputs(num_mlp_0_0_outputs[i], attn_0_1_outputs[j]), num_attn_0_0_outputs);
        int[] num_attn_1_1_outputs = countMatches(n, (i, j) -> predicate_num_attn_1_1_outputs(num_mlp_0_0_outputs[i], positions[j]), num_attn_0_0_outputs);
        int[] num_attn_1_2_outputs = countMatches(n, (i, j) -> predicate_num_attn_1_2_outputs(num_mlp_0_0_outputs[i], positions[j]), num_attn_0_0_outputs);
        int[] num_attn_1_3_outputs = countMatches(n, (i, j) -> predicate_num_attn_1_3_outputs(num_mlp_0_0_outputs[i], attn_0_3_outputs[j]), num_attn_0_0_outputs);
        int[] mlp_1_0_outputs = mapInts(n, i -> mlp_mlp_1_0_outputs(attn_1_1_outputs[i], attn_1_0_outputs[i]));
        int[] num_mlp_1_0_outputs = mapInts(n, i -> mlp_num_mlp_1_0_outputs(num_attn_1_0_outputs[i], num_attn_1_3_outputs[i]));
        String[] attn_2_0_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_2_0_outputs(attn_0_2_outputs[i], positions[j])), attn_1_1_outputs);
        String[] attn_2_1_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_2_1_outputs(mlp_0_0_outputs[i], positions[j])), attn_1_3_outputs);
        String[] attn_2_2_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_2_2_outputs(mlp_0_0_outputs[i], positions[j])), attn_1_3_outputs);
        String[] attn_2_3_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_2_3_outputs(mlp_0_0_outputs[i], positions[j])), attn_1_3_outputs);
        int[] num_attn_2_0_outputs = countMatches(n, (i, j) -> predicate_num_attn_2_0_outputs(num_mlp_0_0_outputs[i], mlp_0_0_outputs[j]), num_attn_0_1_outputs);
        int[] num_attn_2_1_outputs = countMatches(n, (i, j) -> predicate_num_attn_2_1_outputs(attn_1_0_outputs[i], mlp_1_0_outputs[j]), num_attn_0_3_outputs);
        int[] num_attn_2_2_outputs = countMatches(n, (i, j) -> predicate_num_attn_2_2_outputs(attn_1_3_outputs[i], mlp_1_0_outputs[j]), num_attn_0_3_outputs);
        int[] num_attn_2_3_outputs = countMatches(n, (i, j) -> predicate_num_attn_2_3_outputs(attn_0_3_outputs[i], attn_1_0_outputs[j]), num_attn_0_1_outputs);
        int[] mlp_2_0_outputs = mapInts(n, i -> mlp_mlp_2_0_outputs(attn_2_3_outputs[i], attn_2_1_outputs[i]));
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
            add(logits, CONSTANT_0, 1);
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
