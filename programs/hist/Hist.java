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
            case "0", "1", "2", "3", "4", "5", "<s>" -> k_token.equals("<s>");
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
            case "0", "2", "3" -> k_token.equals("4");
            case "1" -> k_token.equals("5");
            case "4" -> k_token.equals("2");
            case "5" -> k_token.equals("1");
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

    // classifier: the weights each feature adds to each class's logit --------------------

    static final Map<String, double[]> W_tokens = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {4.260105133056641, 3.8643224239349365, 1.0600329637527466, -1.9493762254714966, -4.210133075714111, -7.636598587036133}),
            Map.entry("1", new double[] {4.111737251281738, 3.672133684158325, 0.870338499546051, -2.032299041748047, -4.7787981033325195, -8.286735534667969}),
            Map.entry("2", new double[] {5.040332317352295, 4.620093822479248, 1.8344265222549438, -1.0459108352661133, -3.4172909259796143, -2.225412368774414}),
            Map.entry("3", new double[] {4.014872074127197, 3.6541311740875244, 0.8554880619049072, -2.0136194229125977, -4.38450813293457, -3.7615818977355957}),
            Map.entry("4", new double[] {4.12917947769165, 3.7598538398742676, 1.0272855758666992, -1.8702130317687988, -4.739224433898926, -2.8855435848236084}),
            Map.entry("5", new double[] {4.410437107086182, 4.0158562660217285, 1.243512511253357, -1.6470947265625, -4.1208271980285645, -7.405181884765625}),
            Map.entry("<s>", new double[] {1.0252710580825806, 0.4971139430999756, -0.4409284293651581, -0.6150679588317871, -0.8758171796798706, -0.15577703714370728}));
    static final Map<Integer, double[]> W_positions = Map.ofEntries(
            Map.entry(0, new double[] {0.021957531571388245, 0.3553164005279541, -0.27187609672546387, -0.04969032108783722, -0.5770759582519531, -0.21647270023822784}),
            Map.entry(1, new double[] {4.06788969039917, 3.4783270359039307, 1.6966708898544312, -3.0891833305358887, -4.931070327758789, -6.497802734375}),
            Map.entry(2, new double[] {3.260927677154541, 2.6832275390625, 0.8998841643333435, -3.8967247009277344, -5.731120586395264, -7.296121597290039}),
            Map.entry(3, new double[] {4.000993728637695, 3.421248435974121, 1.629742980003357, -3.175788164138794, -5.020620346069336, -6.458028316497803}),
            Map.entry(4, new double[] {3.880990743637085, 3.2874157428741455, 1.512879729270935, -3.260371446609497, -5.094158172607422, -6.5884480476379395}),
            Map.entry(5, new double[] {3.9500365257263184, 3.4152634143829346, 1.6386325359344482, -3.1542136669158936, -5.008161544799805, -6.496948719024658}),
            Map.entry(6, new double[] {4.613480567932129, 4.140732765197754, 2.460905075073242, -2.2440972328186035, -4.051276683807373, -5.6194634437561035}),
            Map.entry(7, new double[] {4.158121585845947, 3.783367872238159, 2.1739296913146973, -2.4333293437957764, -4.14472770690918, -6.058004856109619}));
    static final Map<Integer, double[]> W_attn_0_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {31.974668502807617, 18.522422790527344, 5.126367092132568, -5.675349712371826, -12.734207153320312, -19.63849639892578}),
            Map.entry(1, new double[] {2.5344433784484863, 1.5588737726211548, -1.284131646156311, -3.791825771331787, -3.2709522247314453, -0.7680878639221191}),
            Map.entry(2, new double[] {3.096517562866211, 1.9520900249481201, -1.139702320098877, -3.9643993377685547, -2.945781946182251, -0.9599242806434631}),
            Map.entry(3, new double[] {2.8901867866516113, 1.8585152626037598, -1.1615941524505615, -3.9298927783966064, -3.0281033515930176, -0.8189756870269775}),
            Map.entry(4, new double[] {2.975919723510742, 2.15574049949646, -1.3460838794708252, -3.592714786529541, -2.83640718460083, -0.6436410546302795}),
            Map.entry(5, new double[] {2.7993972301483154, 2.0410735607147217, -0.7532185316085815, -3.291800022125244, -2.7160704135894775, -0.33741530776023865}),
            Map.entry(6, new double[] {1.9119772911071777, 1.4490481615066528, -0.9983006715774536, -3.123624563217163, -1.8843389749526978, -0.7315642237663269}),
            Map.entry(7, new double[] {1.3512496948242188, 1.136135220527649, -0.9996277689933777, -2.6698246002197266, -0.587976336479187, -0.6109846234321594}));
    static final Map<Integer, double[]> W_attn_0_1_outputs = Map.ofEntries(
            Map.entry(0, new double[] {24.61443519592285, 17.088703155517578, 4.839907169342041, -5.205860614776611, -12.075469017028809, -17.557147979736328}),
            Map.entry(1, new double[] {2.6265928745269775, 1.5585981607437134, -1.663339614868164, -4.234767436981201, -3.44674015045166, -0.9016492366790771}),
            Map.entry(2, new double[] {2.851759910583496, 1.7294114828109741, -1.4406547546386719, -4.297374248504639, -3.119065523147583, -0.6884944438934326}),
            Map.entry(3, new double[] {2.7308223247528076, 1.6620665788650513, -1.5349818468093872, -4.132403373718262, -3.265693187713623, -0.8042811751365662}),
            Map.entry(4, new double[] {2.8842461109161377, 1.8761898279190063, -1.20174241065979, -4.000388145446777, -3.208533763885498, -0.4459460973739624}),
            Map.entry(5, new double[] {2.0734708309173584, 1.377617597579956, -1.515275001525879, -4.078433513641357, -3.4639158248901367, -0.21726378798484802}),
            Map.entry(6, new double[] {1.826179027557373, 1.5797615051269531, -1.0872596502304077, -3.193167209625244, -2.0082297325134277, -0.0974150151014328}),
            Map.entry(7, new double[] {1.018945574760437, 1.4810149669647217, -0.7162719964981079, -2.4919142723083496, -0.23653070628643036, 0.12244060635566711}));
    static final double[] CONSTANT_0 = new double[] {9.60739517211914, 6.505342483520508, 2.582531690597534, -3.5398027896881104, -14.595471382141113, -15.161054611206055}; // from mlp_0_0_outputs
    static final double[] CONSTANT_1 = new double[] {9.789666175842285, 6.923343658447266, 2.049077272415161, -3.7953543663024902, -14.214437484741211, -14.398914337158203}; // from num_mlp_0_0_outputs
    static final double[] W_ones = new double[] {4.778988838195801, 4.5200324058532715, 2.263046979904175, -3.6953811645507812, -4.643369197845459, -6.744762420654297};
    static final double[] W_num_attn_0_0_outputs = new double[] {1.4025965929031372, 1.2326748371124268, 1.0451573133468628, 0.8994032740592957, 0.39716294407844543, -3.6126646995544434};
    static final double[] W_num_attn_0_1_outputs = new double[] {-37.31546401977539, -18.589086532592773, -2.0822086334228516, 11.131911277770996, 19.895212173461914, 22.41110610961914};

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
        String[] predictions = new String[n];
        for (int i = 0; i < n; i++) {
            double[] logits = new double[CLASSES.size()];
            add(logits, W_tokens.get(tokens[i]), 1);
            add(logits, W_positions.get(positions[i]), 1);
            add(logits, W_attn_0_0_outputs.get(attn_0_0_outputs[i]), 1);
            add(logits, W_attn_0_1_outputs.get(attn_0_1_outputs[i]), 1);
            add(logits, CONSTANT_0, 1);
            add(logits, CONSTANT_1, 1);
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
