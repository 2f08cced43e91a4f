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

    static boolean predicate_attn_0_0_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0, 1, 5 -> k_position == 3;
            case 2, 3, 4, 6, 7 -> k_position == 0;
            default -> false;
        };
    }

    static boolean predicate_attn_0_1_outputs(String q_token, String k_token) {
        return switch (q_token) {
            case "0", "1", "2", "3", "4", "5" -> k_token.equals("<s>");
            default -> false;
        };
    }

    static boolean predicate_num_attn_0_0_outputs(String q_token, String k_token) {
        return switch (q_token) {
            case "0", "1", "2", "3", "4", "5" -> k_token.equals(q_token);
            default -> false;
        };
    }

    static boolean predicate_num_attn_0_1_outputs(String q_token, String k_token) {
        return switch (q_token) {
            case "0", "1", "2", "3", "4", "5" -> k_token.equals(q_token);
            default -> false;
        };
    }

    // classifier: the weights each feature adds to each class's logit --------------------

    static final Map<String, double[]> W_tokens = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {4.682851314544678, 3.649489641189575, 1.290472388267517, -2.4658825397491455, -6.695311546325684, -7.972988605499268}),
            Map.entry("1", new double[] {4.4050984382629395, 3.3261077404022217, 0.9238917231559753, -2.8684823513031006, -7.101569652557373, -12.700944900512695}),
            Map.entry("2", new double[] {4.896245002746582, 3.8735907077789307, 1.5532644987106323, -2.1771109104156494, -6.500640392303467, -7.0903544425964355}),
            Map.entry("3", new double[] {4.768189907073975, 3.7110648155212402, 1.3703770637512207, -2.331900119781494, -6.610084056854248, -7.8912529945373535}),
            Map.entry("4", new double[] {3.711275100708008, 2.6211490631103516, 0.24651776254177094, -3.546887159347534, -8.100444793701172, -12.517810821533203}),
            Map.entry("5", new double[] {5.207724571228027, 4.198212623596191, 1.9056193828582764, -1.7821639776229858, -5.894323348999023, -7.145157337188721}),
            Map.entry("<s>", new double[] {1.0736666917800903, 0.2719140648841858, -0.7209506630897522, -0.5604137182235718, -1.8717023134231567, -1.1059683561325073}));
    static final Map<Integer, double[]> W_positions = Map.ofEntries(
            Map.entry(0, new double[] {0.20329619944095612, 0.2580280005931854, 0.13612781465053558, -0.13841508328914642, -0.4734560251235962, -0.1304398477077484}),
            Map.entry(1, new double[] {6.784797668457031, 4.659996032714844, 1.0764647722244263, -3.7579538822174072, -11.16324234008789, -14.337183952331543}),
            Map.entry(2, new double[] {5.022304534912109, 3.4726436138153076, 0.9045601487159729, -3.11582088470459, -9.555197715759277, -12.340164184570312}),
            Map.entry(3, new double[] {5.567329406738281, 4.0224175453186035, 1.465654730796814, -2.5568060874938965, -8.986299514770508, -11.553098678588867}),
            Map.entry(4, new double[] {4.910130500793457, 3.36989164352417, 0.823638916015625, -3.197758913040161, -9.615904808044434, -12.17029857635498}),
            Map.entry(5, new double[] {6.818380355834961, 4.715090751647949, 1.169895887374878, -3.63329815864563, -10.998147964477539, -14.211057662963867}),
            Map.entry(6, new double[] {5.378085613250732, 3.9361677169799805, 1.460650086402893, -2.4917514324188232, -8.896631240844727, -11.391646385192871}),
            Map.entry(7, new double[] {5.9688873291015625, 4.60593318939209, 2.250169038772583, -1.6567256450653076, -8.060935974121094, -10.450894355773926}));
    static final Map<Integer, double[]> W_attn_0_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {18.407196044921875, 15.507609367370605, 6.131591796875, -3.2489380836486816, -12.751970291137695, -18.252300262451172}),
            Map.entry(1, new double[] {2.6507132053375244, 1.6745761632919312, -1.039526104927063, -2.419213056564331, -5.141110420227051, -2.6471221446990967}),
            Map.entry(2, new double[] {4.933091640472412, 3.53300142288208, -0.3134392499923706, -3.2196455001831055, -7.572010040283203, -5.771894931793213}),
            Map.entry(3, new double[] {13.967534065246582, 11.723434448242188, 3.4218928813934326, -5.090562343597412, -13.647686004638672, -18.443069458007812}),
            Map.entry(4, new double[] {3.8181979656219482, 2.6724936962127686, -0.6914166212081909, -2.959191083908081, -6.865092754364014, -3.9474432468414307}),
            Map.entry(5, new double[] {2.6964316368103027, 1.8943132162094116, -0.6854756474494934, -1.8983359336853027, -4.401778221130371, -2.0880160331726074}),
            Map.entry(6, new double[] {2.5400147438049316, 1.7404612302780151, -0.6739813685417175, -1.8775067329406738, -4.62525749206543, -1.50819993019104}),
            Map.entry(7, new double[] {1.5100146532058716, 1.3927280902862549, -0.6050161719322205, -1.42799973487854, -3.926593065261841, -1.7147138118743896}));
    static final Map<Integer, double[]> W_attn_0_1_outputs = Map.ofEntries(
            Map.entry(0, new double[] {31.665287017822266, 20.807422637939453, 5.635972023010254, -6.893728733062744, -15.257160186767578, -22.604976654052734}),
            Map.entry(1, new double[] {2.607819080352783, 2.0132896900177, -1.062869668006897, -3.0025057792663574, -5.924422740936279, -2.5170328617095947}),
            Map.entry(2, new double[] {2.959562063217163, 2.374135732650757, -0.6666210293769836, -2.7427878379821777, -5.07700252532959, -2.843506097793579}),
            Map.entry(3, new double[] {2.588287591934204, 2.1250290870666504, -0.8578459024429321, -2.842228889465332, -5.429755210876465, -2.396411895751953}),
            Map.entry(4, new double[] {3.140887975692749, 2.5082709789276123, -0.5491492748260498, -2.7459282875061035, -4.9412922859191895, -2.6487812995910645}),
            Map.entry(5, new double[] {2.587225914001465, 2.19604229927063, -0.7034005522727966, -2.5385873317718506, -5.073714256286621, -2.4393343925476074}),
            Map.entry(6, new double[] {2.6610543727874756, 2.3537306785583496, -0.4098011255264282, -2.0591957569122314, -4.731367111206055, -1.9193289279937744}),
            Map.entry(7, new double[] {2.6677114963531494, 2.5044450759887695, 0.13344131410121918, -1.641427755355835, -3.941343307495117, -0.3462978005409241}));
    static final double[] CONSTANT_0 = new double[] {13.80627727508545, 6.479243278503418, 1.2754783630371094, -8.449413299560547, -13.77490520477295, -21.000146865844727}; // from mlp_0_0_outputs
    static final double[] CONSTANT_1 = new double[] {12.993626594543457, 6.885752201080322, 1.2741268873214722, -7.548564910888672, -13.82097053527832, -21.450969696044922}; // from num_mlp_0_0_outputs
    static final double[] W_ones = new double[] {6.369221210479736, 5.800823211669922, 0.9813997745513916, -2.286925792694092, -10.103789329528809, -12.803496360778809};
    static final double[] W_num_attn_0_0_outputs = new double[] {-20.497745513916016, -10.351877212524414, -1.4668383598327637, 5.802219390869141, 11.27969741821289, 13.906248092651367};
    static final double[] W_num_attn_0_1_outputs = new double[] {-19.804468154907227, -9.664844512939453, -0.6511903405189514, 6.586562156677246, 11.370855331420898, 14.970163345336914};

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
        int[] attn_0_0_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_0_0_outputs(positions[i], positions[j])), positions);
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
