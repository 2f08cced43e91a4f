// Transformer Program hist, written by tprog. Run: java Hist.java '<s> 3 1 4'
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
public final class Hist {
    static final boolean CAUSAL = false;
    static final int MAX_LENGTH = 8;
    static final List<String> VOCABULARY = List.of("<pad>", "0", "1", "2", "3", "4", "5", "<s>");
    static final List<String> CLASSES = List.of("1", "2", "3", "4", "5", "6");

    // layer 0 --------------------------------------------------------------------------------

    static boolean predicate_attn_0_0_outputs(String q_token, String k_token) {
        return switch (q_token) {
            case "0" -> k_token.equals("2");
            case "1", "2", "3", "4" -> k_token.equals("<s>");
            case "5" -> k_token.equals("3");
            case "<s>" -> k_token.equals("4");
            default -> false;
        };
    }

    static boolean predicate_attn_0_1_outputs(String q_token, String k_token) {
        return switch (q_token) {
            case "0", "1", "2", "3", "4", "5" -> k_token.equals("<s>");
            case "<s>" -> k_token.equals("2");
            default -> false;
        };
    }

    static boolean predicate_num_attn_0_0_outputs(String q_token, String k_token) {
        return switch (q_token) {
            case "0", "3", "4" -> k_token.equals("2");
            case "1" -> k_token.equals("5");
            case "2" -> k_token.equals("0");
            case "5" -> k_token.equals("3");
            case "<s>" -> k_token.equals("<s>");
            default -> false;
        };
    }

    static boolean predicate_num_attn_0_1_outputs(String q_token, String k_token) {
        return switch (q_token) {
            case "0", "1", "2", "3", "4", "5", "<s>" -> k_token.equals(q_token);
            default -> false;
        };
    }

    static int mlp_num_mlp_0_0_outputs(int num_attn_0_1_output) {
        return switch (num_attn_0_1_output) {
            case 0, 1 -> 5;
            default -> 7;
        };
    }

    // classifier: the weights each feature adds to each class's logit --------------------

    static final Map<String, double[]> W_tokens = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {1.618105411529541, 5.827615737915039, 1.0195722579956055, -2.7146992683410645, -5.435676574707031, -9.631760597229004}),
            Map.entry("1", new double[] {1.280181646347046, 5.342352867126465, 0.8477741479873657, -2.5692312717437744, -5.757595062255859, -8.918373107910156}),
            Map.entry("2", new double[] {1.886610507965088, 6.325849533081055, 1.8611230850219727, -1.5276613235473633, -4.3575520515441895, -2.928798198699951}),
            Map.entry("3", new double[] {1.0817971229553223, 5.416286945343018, 0.8987050652503967, -2.4784371852874756, -5.2626471519470215, -4.195790767669678}),
            Map.entry("4", new double[] {1.177623987197876, 5.595231056213379, 1.1374976634979248, -2.268571615219116, -5.580270767211914, -3.2872726917266846}),
            Map.entry("5", new double[] {1.6933772563934326, 5.950404167175293, 1.176888108253479, -2.397639036178589, -5.3767571449279785, -8.958518028259277}),
            Map.entry("<s>", new double[] {0.810774028301239, 0.7662101984024048, -0.4237310290336609, -0.4485154449939728, -0.8765444159507751, -0.15154503285884857}));
    static final Map<Integer, double[]> W_positions = Map.ofEntries(
            Map.entry(0, new double[] {0.021957531571388245, 0.3553164005279541, -0.27187609672546387, -0.04969032108783722, -0.5770759582519531, -0.21647270023822784}),
            Map.entry(1, new double[] {1.1181961297988892, 5.118656635284424, 1.3843649625778198, -4.305141925811768, -6.663193702697754, -7.785236835479736}),
            Map.entry(2, new double[] {0.8651798367500305, 4.796979904174805, 1.0603463649749756, -4.640513896942139, -6.952477931976318, -8.040382385253906}),
            Map.entry(3, new double[] {1.2367761135101318, 5.230363368988037, 1.4762883186340332, -4.211389064788818, -6.54095458984375, -7.503598690032959}),
            Map.entry(4, new double[] {1.1390860080718994, 5.113887310028076, 1.3922840356826782, -4.2877116203308105, -6.621880054473877, -7.541590213775635}),
            Map.entry(5, new double[] {1.1461787223815918, 5.291318416595459, 1.562815546989441, -4.11865234375, -6.4903883934021, -7.553276538848877}),
            Map.entry(6, new double[] {1.679855465888977, 6.010910511016846, 2.381676197052002, -3.2169439792633057, -5.546872615814209, -6.621095657348633}),
            Map.entry(7, new double[] {1.5364469289779663, 6.018533706665039, 2.4366023540496826, -3.0707249641418457, -5.284294605255127, -6.860456943511963}));
    static final Map<Integer, double[]> W_attn_0_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {2.8144304752349854, 7.728804588317871, 2.008709192276001, -4.094782829284668, -5.860396385192871, -10.839288711547852}),
            Map.entry(1, new double[] {1.225363850593567, 5.541424751281738, 0.21810521185398102, -5.6395344734191895, -8.641622543334961, -3.5941598415374756}),
            Map.entry(2, new double[] {1.5335818529129028, 5.818656921386719, 0.5886820554733276, -5.219822406768799, -6.123945713043213, -5.428981781005859}),
            Map.entry(3, new double[] {1.3462074995040894, 5.776432991027832, 0.5910605788230896, -5.136309623718262, -6.944121837615967, -4.573387622833252}),
            Map.entry(4, new double[] {1.560294270515442, 5.851576805114746, 0.7377347946166992, -5.249582290649414, -6.806086540222168, -4.624252796173096}),
            Map.entry(5, new double[] {1.464411735534668, 6.153722763061523, 0.8806717395782471, -4.768739223480225, -8.288536071777344, -2.9697437286376953}),
            Map.entry(6, new double[] {0.9633646011352539, 5.841578960418701, 0.7579089999198914, -4.9600396156311035, -6.747372627258301, -3.8284873962402344}),
            Map.entry(7, new double[] {0.7466568946838379, 6.392160415649414, 1.3980839252471924, -4.010013580322266, -5.045755863189697, -4.84183931350708}));
    static final Map<Integer, double[]> W_attn_0_1_outputs = Map.ofEntries(
            Map.entry(0, new double[] {3.581880569458008, 10.518804550170898, 1.6892659664154053, -6.4044060707092285, -12.178293228149414, -17.297916412353516}),
            Map.entry(1, new double[] {1.417796015739441, 3.0449039936065674, 0.1311076283454895, -5.262616157531738, -4.417126178741455, -1.9170821905136108}),
            Map.entry(2, new double[] {1.5693988800048828, 3.262932062149048, -0.02933070994913578, -3.9905941486358643, -4.464233875274658, -1.5944364070892334}),
            Map.entry(3, new double[] {1.3227779865264893, 3.289041757583618, -0.10749591141939163, -4.2562150955200195, -4.342185974121094, -1.6039296388626099}),
            Map.entry(4, new double[] {1.5158865451812744, 3.446591377258301, -0.2730511426925659, -3.863093137741089, -3.923482656478882, -1.4667998552322388}),
            Map.entry(5, new double[] {0.4385361969470978, 3.2002813816070557, 0.1308661699295044, -4.899701118469238, -4.219153881072998, -1.1547197103500366}),
            Map.entry(6, new double[] {0.14021074771881104, 3.6937172412872314, 0.8366411924362183, -3.7770559787750244, -3.5459976196289062, -0.815336287021637}),
            Map.entry(7, new double[] {-0.33469149470329285, 3.8233861923217773, 1.0210905075073242, -2.398428440093994, -2.4397876262664795, -0.27397820353507996}));
    static final double[] CONSTANT_0 = new double[] {2.3453853130340576, 7.137099742889404, 2.367013692855835, -4.560617446899414, -17.001718521118164, -18.358057022094727}; // from mlp_0_0_outputs
    static final Map<Integer, double[]> W_num_mlp_0_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {14.321554183959961, -12.173558235168457, -4.074276447296143, -3.8456478118896484, -1.2152950763702393, -0.6149564385414124}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {-4.372499942779541, 12.42673397064209, 3.5789825916290283, -4.137942314147949, -16.263071060180664, -17.661815643310547}));
    static final double[] W_ones = new double[] {1.1754781007766724, 5.983769416809082, 2.065303087234497, -4.7664384841918945, -6.1980719566345215, -7.795210838317871};
    static final double[] W_num_attn_0_0_outputs = new double[] {1.7861323356628418, 1.469456434249878, 1.1731586456298828, 0.9104622006416321, 0.5303689241409302, -4.258610725402832};
    static final double[] W_num_attn_0_1_outputs = new double[] {-5.510778903961182, -19.941774368286133, -3.8599092960357666, 8.87833023071289, 17.24852180480957, 19.510299682617188};

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
        int[] attn_0_0_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_0_0_outputs(tokens[i], tokens[j])), positions);
        int[] attn_0_1_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_0_1_outputs(tokens[i], tokens[j])), positions);
        int[] num_attn_0_0_outputs = countMatches(n, (i, j) -> predicate_num_attn_0_0_outputs(tokens[i], tokens[j]), ones);
        int[] num_attn_0_1_outputs = countMatches(n, (i, j) -> predicate_num_attn_0_1_outputs(tokens[i], tokens[j]), ones);
        int[] num_mlp_0_0_outputs = mapInts(n, i -> mlp_num_mlp_0_0_outputs(num_attn_0_1_outputs[i]));
        String[] predictions = new String[n];
        for (int i = 0; i < n; i++) {
            double[] logits = new double[CLASSES.size()];
            add(logits, W_tokens.get(tokens[i]), 1);
            add(logits, W_positions.get(positions[i]), 1);
            add(logits, W_attn_0_0_outputs.get(attn_0_0_outputs[i]), 1);
            add(logits, W_attn_0_1_outputs.get(attn_0_1_outputs[i]), 1);
            add(logits, CONSTANT_0, 1);
            add(logits, W_num_mlp_0_0_outputs.get(num_mlp_0_0_outputs[i]), 1);
            add(logits, W_ones, ones[i]);
            add(logits, W_num_attn_0_0_outputs, num_attn_0_0_outputs[i]);
            add(logits, W_num_attn_0_1_outputs, num_attn_0_1_outputs[i]);
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
