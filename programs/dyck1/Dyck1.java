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

    static boolean predicate_attn_0_0_outputs(String q_token, int k_position) {
        return switch (q_token) {
            case "(" -> k_position == 1;
            case ")" -> k_position == 2;
            case "<s>" -> k_position == 12;
            default -> false;
        };
    }

    static boolean predicate_attn_0_1_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0, 15 -> k_position == 14;
            case 1 -> k_position == 1;
            case 2, 3, 10, 11, 13 -> k_position == 8;
            case 4 -> k_position == 3;
            case 5, 7, 14 -> k_position == 12;
            case 6 -> k_position == 5;
            case 8 -> k_position == 7;
            case 9 -> k_position == 15;
            case 12 -> k_position == 11;
            default -> false;
        };
    }

    static boolean predicate_attn_0_2_outputs(String q_token, int k_position) {
        return switch (q_token) {
            case "(" -> k_position == 1;
            case ")", "<s>" -> k_position == 6;
            default -> false;
        };
    }

    static boolean predicate_attn_0_3_outputs(String q_token, int k_position) {
        return switch (q_token) {
            case "(" -> k_position == 1;
            case ")" -> k_position == 10;
            case "<s>" -> k_position == 2;
            default -> false;
        };
    }

    static boolean predicate_num_attn_0_0_outputs(int q_position, String k_token) {
        return switch (q_position) {
            case 1, 3, 5, 7 -> k_token.equals(")");
            case 2, 9, 11, 13, 15 -> k_token.equals("<s>");
            default -> false;
        };
    }

    static boolean predicate_num_attn_0_1_outputs(int q_position, String k_token) {
        return switch (q_position) {
            case 3, 4, 5, 6, 12 -> k_token.equals(")");
            case 8 -> k_token.equals("<s>");
            case 11 -> k_token.equals("(");
            default -> false;
        };
    }

    static boolean predicate_num_attn_0_2_outputs(int q_position, String k_token) {
        return switch (q_position) {
            case 0, 1, 2, 3, 4, 6, 8 -> k_token.equals(")");
            default -> false;
        };
    }

    static boolean predicate_num_attn_0_3_outputs(String q_token, int k_position) {
        return switch (q_token) {
            case "(" -> k_position == 3;
            case ")" -> k_position == 14;
            case "<s>" -> k_position == 2;
            default -> false;
        };
    }


    static int mlp_mlp_0_0_outputs(String attn_0_3_output, String attn_0_2_output) {
        List<?> key = List.of(attn_0_3_output, attn_0_2_output);
        return 5;
    }

    static final Set<List<?>> MLP_num_mlp_0_0_outputs_0 = Set.of(List.of(0, 0));

    static int mlp_num_mlp_0_0_outputs(int num_attn_0_2_output, int num_attn_0_1_output) {
        List<?> key = List.of(num_attn_0_2_output, num_attn_0_1_output);
        if (MLP_num_mlp_0_0_outputs_0.contains(key)) {
            return 6;
        }
        return 8;
    }

    // layer 1 --------------------------------------------------------------------------------

    static boolean predicate_attn_1_0_outputs(String q_token, int k_position) {
        return switch (q_token) {
            case "(" -> k_position == 1;
            case ")" -> k_position == 4;
            case "<s>" -> k_position == 5;
            default -> false;
        };
    }

    static boolean predicate_attn_1_1_outputs(String q_token, int k_position) {
        return switch (q_token) {
            case "(" -> k_position == 1;
            case ")" -> k_position == 10;
            case "<s>" -> k_position == 3;
            default -> false;
        };
    }

    static boolean predicate_attn_1_2_outputs(String q_token, int k_position) {
        return switch (q_token) {
            case "(" -> k_position == 1;
            case ")" -> k_position == 9;
            case "<s>" -> k_position == 5;
            default -> false;
        };
    }

    static boolean predicate_attn_1_3_outputs(int q_mlp_0_0_output, int k_position) {
        return switch (q_mlp_0_0_output) {
            case 5 -> k_position == 3;
            default -> false;
        };
    }

    static boolean predicate_num_attn_1_0_outputs(int q_position, String k_attn_0_1_output) {
        return switch (q_position) {
            case 1, 3, 4, 5, 6, 7, 9 -> k_attn_0_1_output.equals(")");
            case 2, 8 -> k_attn_0_1_output.equals("<s>");
            default -> false;
        };
    }

    static boolean predicate_num_attn_1_1_outputs(int q_num_mlp_0_0_output, int k_mlp_0_0_output) {
        return switch (q_num_mlp_0_0_output) {
            default -> false;
        };
    }

    static boolean predicate_num_attn_1_2_outputs(int q_num_mlp_0_0_output, int k_mlp_0_0_output) {
        return switch (q_num_mlp_0_0_output) {
            case 6, 8 -> k_mlp_0_0_output == 5;
            default -> false;
        };
    }

    static boolean predicate_num_attn_1_3_outputs(int q_num_mlp_0_0_output, int k_position) {
        return switch (q_num_mlp_0_0_output) {
            case 6, 8 -> k_position == 3;
            default -> false;
        };
    }

    static int mlp_mlp_1_0_outputs(String token) {
        return switch (token) {
            case "(" -> 11;
            case ")" -> 12;
            default -> 1;
        };
    }

    static int mlp_num_mlp_1_0_outputs(int num_attn_0_2_output) {
        return switch (num_attn_0_2_output) {
            default -> 6;
        };
    }

    // layer 2 --------------------------------------------------------------------------------

    static boolean predicate_attn_2_0_outputs(String q_attn_0_1_output, String k_attn_0_3_output) {
        return switch (q_attn_0_1_output) {
            case ")" -> k_attn_0_3_output.equals(q_attn_0_1_output);
            default -> false;
        };
    }

    static boolean predicate_attn_2_1_outputs(int q_mlp_0_0_output, int k_position) {
        return switch (q_mlp_0_0_output) {
            case 5 -> k_position == 3;
            default -> false;
        };
    }

    static boolean predicate_attn_2_2_outputs(int q_mlp_0_0_output, int k_position) {
        return switch (q_mlp_0_0_output) {
            case 5 -> k_position == 4;
            default -> false;
        };
    }

    static boolean predicate_attn_2_3_outputs(int q_mlp_0_0_output, int k_position) {
        return switch (q_mlp_0_0_output) {
            case 5 -> k_position == q_mlp_0_0_output;
            default -> false;
        };
    }

    static boolean predicate_num_attn_2_0_outputs(String q_attn_1_3_output, String k_attn_1_0_output) {
        return switch (q_attn_1_3_output) {
            case "(", ")" -> k_attn_1_0_output.equals(")");
            case "<s>" -> k_attn_1_0_output.equals("<s>");
            default -> false;
        };
    }

    static boolean predicate_num_attn_2_1_outputs(String q_attn_1_3_output, int k_mlp_0_0_output) {
        return switch (q_attn_1_3_output) {
            default -> false;
        };
    }

    static boolean predicate_num_attn_2_2_outputs(int q_mlp_1_0_output, String k_attn_1_3_output) {
        return switch (q_mlp_1_0_output) {
            case 1, 11, 12 -> k_attn_1_3_output.equals(")");
            default -> false;
        };
    }

    static boolean predicate_num_attn_2_3_outputs(int q_num_mlp_1_0_output, int k_mlp_0_0_output) {
        return switch (q_num_mlp_1_0_output) {
            default -> false;
        };
    }

    static final Set<List<?>> MLP_mlp_2_0_outputs_0 = Set.of(List.of(")", ")"), List.of(")", "<s>"));

    static int mlp_mlp_2_0_outputs(String attn_2_3_output, String attn_1_3_output) {
        List<?> key = List.of(attn_2_3_output, attn_1_3_output);
        if (MLP_mlp_2_0_outputs_0.contains(key)) {
            return 1;
        }
        return 8;
    }

    // classifier: the weights each feature adds to each class's logit --------------------

    static final Map<String, double[]> W_tokens = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0}),
            Map.entry("(", new double[] {0.5259335041046143, 1.3027640581130981, -4.78428840637207}),
            Map.entry(")", new double[] {-0.7755002975463867, 0.20294490456581116, 2.9072046279907227}),
            Map.entry("<s>", new double[] {0.41364070773124695, 0.056123293936252594, -0.18813371658325195}));
    static final Map<Integer, double[]> W_positions = Map.ofEntries(
            Map.entry(0, new double[] {0.18345904350280762, 0.7441354393959045, -0.02762772887945175}),
            Map.entry(1, new double[] {-0.6426576375961304, 7.109295845031738, -7.416324138641357}),
            Map.entry(2, new double[] {-4.779907703399658, 1.4139595031738281, 2.4549412727355957}),
            Map.entry(3, new double[] {-13.547321319580078, 17.527690887451172, -4.0316481590271}),
            Map.entry(4, new double[] {-13.428424835205078, 15.226163864135742, 4.5330071449279785}),
            Map.entry(5, new double[] {-7.2811174392700195, 10.420016288757324, -5.396929740905762}),
            Map.entry(6, new double[] {-16.518329620361328, 14.500605583190918, 4.244476795196533}),
            Map.entry(7, new double[] {-9.348169326782227, 11.14604663848877, -5.518645763397217}),
            Map.entry(8, new double[] {-16.643342971801758, 15.384557723999023, 5.8025898933410645}),
            Map.entry(9, new double[] {1.6043299436569214, 0.9717613458633423, -7.541231155395508}),
            Map.entry(10, new double[] {4.882235050201416, -5.007174015045166, 0.903304934501648}),
            Map.entry(11, new double[] {2.756903886795044, 0.18079228699207306, -5.152523994445801}),
            Map.entry(12, new double[] {6.876295566558838, -7.7278642654418945, 2.3672170639038086}),
            Map.entry(13, new double[] {5.2570319175720215, -3.794029712677002, -4.974636077880859}),
            Map.entry(14, new double[] {8.270798683166504, -12.484221458435059, 2.71213436126709}),
            Map.entry(15, new double[] {8.89896297454834, -7.819451808929443, -2.4384655952453613}));
    static final Map<String, double[]> W_attn_0_0_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0}),
            Map.entry("(", new double[] {-0.28883129358291626, 0.5664951801300049, -0.16226845979690552}),
            Map.entry(")", new double[] {-1.1859018802642822, -3.733634948730469E-4, 1.1213082075119019}),
            Map.entry("<s>", new double[] {2.449892044067383, -2.2534759044647217, -1.5708320140838623}));
    static final Map<String, double[]> W_attn_0_1_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0}),
            Map.entry("(", new double[] {1.0371633768081665, 0.21623411774635315, -0.6035872101783752}),
            Map.entry(")", new double[] {0.5526158213615417, -0.24537396430969238, 0.8456966280937195}),
            Map.entry("<s>", new double[] {-1.1820300817489624, 2.4767942428588867, -0.936573326587677}));
    static final Map<String, double[]> W_attn_0_2_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0}),
            Map.entry("(", new double[] {-1.1477898359298706, 0.5001932978630066, 0.41723519563674927}),
            Map.entry(")", new double[] {0.5200998783111572, -0.5844659805297852, 0.4501346945762634}),
            Map.entry("<s>", new double[] {1.0243335962295532, -2.804069757461548, 0.12133308500051498}));
    static final Map<String, double[]> W_attn_0_3_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0}),
            Map.entry("(", new double[] {-0.006316651590168476, 0.42241549491882324, -0.6792767643928528}),
            Map.entry(")", new double[] {0.22144442796707153, 0.07608729600906372, -0.13228154182434082}),
            Map.entry("<s>", new double[] {0.04925519600510597, -0.43362122774124146, 0.09740885347127914}));
    static final Map<Integer, double[]> W_mlp_0_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {1.7816810607910156, -0.6941376328468323, 0.5934827923774719}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0}),
            Map.entry(8, new double[] {0.0, 0.0, 0.0}),
            Map.entry(9, new double[] {0.0, 0.0, 0.0}),
            Map.entry(10, new double[] {0.0, 0.0, 0.0}),
            Map.entry(11, new double[] {0.0, 0.0, 0.0}),
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
            Map.entry(6, new double[] {0.8354628682136536, -1.0610425472259521, 1.0496325492858887}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0}),
            Map.entry(8, new double[] {0.23014628887176514, 0.9995959401130676, -1.2933911085128784}),
            Map.entry(9, new double[] {0.0, 0.0, 0.0}),
            Map.entry(10, new double[] {0.0, 0.0, 0.0}),
            Map.entry(11, new double[] {0.0, 0.0, 0.0}),
            Map.entry(12, new double[] {0.0, 0.0, 0.0}),
            Map.entry(13, new double[] {0.0, 0.0, 0.0}),
            Map.entry(14, new double[] {0.0, 0.0, 0.0}),
            Map.entry(15, new double[] {0.0, 0.0, 0.0}));
    static final Map<String, double[]> W_attn_1_0_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0}),
            Map.entry("(", new double[] {-0.4194992482662201, 0.32030630111694336, -0.5225080847740173}),
            Map.entry(")", new double[] {-0.6999126076698303, 0.5775784254074097, 0.003553689457476139}),
            Map.entry("<s>", new double[] {0.735926628112793, -1.6817779541015625, -0.4580099582672119}));
    static final Map<String, double[]> W_attn_1_1_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0}),
            Map.entry("(", new double[] {0.3517466187477112, 0.4987808167934418, -1.162576675415039}),
            Map.entry(")", new double[] {0.3917214572429657, 0.6644694209098816, -0.1971372812986374}),
            Map.entry("<s>", new double[] {-0.646827757358551, -0.7295505404472351, 0.2658236026763916}));
    static final Map<String, double[]> W_attn_1_2_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0}),
            Map.entry("(", new double[] {0.03495623916387558, -0.835195004940033, -1.5641533136367798}),
            Map.entry(")", new double[] {0.9509719014167786, -0.41844332218170166, -0.0349777527153492}),
            Map.entry("<s>", new double[] {-3.410533905029297, 3.794370651245117, 1.295395851135254}));
    static final Map<String, double[]> W_attn_1_3_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0}),
            Map.entry("(", new double[] {-1.911845326423645, 0.3085887134075165, 0.018404312431812286}),
            Map.entry(")", new double[] {3.0403921604156494, -2.94661021232605, -0.6040562391281128}),
            Map.entry("<s>", new double[] {-0.28450852632522583, 1.2162542343139648, 0.06947058439254761}));
    static final Map<Integer, double[]> W_mlp_1_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {0.5293106436729431, 0.07939569652080536, 0.529270589351654}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0}),
            Map.entry(8, new double[] {0.0, 0.0, 0.0}),
            Map.entry(9, new double[] {0.0, 0.0, 0.0}),
            Map.entry(10, new double[] {0.0, 0.0, 0.0}),
            Map.entry(11, new double[] {1.0914027690887451, 0.45132550597190857, -2.925785779953003}),
            Map.entry(12, new double[] {0.923406183719635, -0.2917848229408264, 1.23150634765625}),
            Map.entry(13, new double[] {0.0, 0.0, 0.0}),
            Map.entry(14, new double[] {0.0, 0.0, 0.0}),
            Map.entry(15, new double[] {0.0, 0.0, 0.0}));
    static final Map<Integer, double[]> W_num_mlp_1_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {-0.2439035177230835, -0.04978112131357193, -0.21705883741378784}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0}),
            Map.entry(8, new double[] {0.0, 0.0, 0.0}),
            Map.entry(9, new double[] {0.0, 0.0, 0.0}),
            Map.entry(10, new double[] {0.0, 0.0, 0.0}),
            Map.entry(11, new double[] {0.0, 0.0, 0.0}),
            Map.entry(12, new double[] {0.0, 0.0, 0.0}),
            Map.entry(13, new double[] {0.0, 0.0, 0.0}),
            Map.entry(14, new double[] {0.0, 0.0, 0.0}),
            Map.entry(15, new double[] {0.0, 0.0, 0.0}));
    static final Map<String, double[]> W_attn_2_0_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0}),
            Map.entry("(", new double[] {-0.658980667591095, 0.3291773796081543, -0.606834352016449}),
            Map.entry(")", new double[] {1.0067907571792603, 0.13213026523590088, -1.0966323614120483}),
            Map.entry("<s>", new double[] {0.3408331573009491, 0.8795073628425598, 1.0487473011016846}));
    static final Map<String, double[]> W_attn_2_1_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0}),
            Map.entry("(", new double[] {0.16684512794017792, 0.40244731307029724, 0.07591402530670166}),
            Map.entry(")", new double[] {2.969003677368164, -3.3370468616485596, -3.09456205368042}),
            Map.entry("<s>", new double[] {-2.705573797225952, 2.2652781009674072, 0.5671663284301758}));
    static final Map<String, double[]> W_attn_2_2_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0}),
            Map.entry("(", new double[] {-0.7020466327667236, 0.9791246056556702, 0.6085695028305054}),
            Map.entry(")", new double[] {2.9305810928344727, -1.9815280437469482, 0.5892243385314941}),
            Map.entry("<s>", new double[] {-0.7342644333839417, -0.7880704998970032, -0.46741873025894165}));
    static final Map<String, double[]> W_attn_2_3_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0}),
            Map.entry("(", new double[] {-2.5107314586639404, 1.4364339113235474, -0.39689919352531433}),
            Map.entry(")", new double[] {2.956709384918213, -2.3342201709747314, -0.31389522552490234}),
            Map.entry("<s>", new double[] {0.04908505454659462, 0.28104299306869507, -0.1787962168455124}));
    static final Map<Integer, double[]> W_mlp_2_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {0.3653768002986908, -0.9756718873977661, -0.563555121421814}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0}),
            Map.entry(8, new double[] {-0.33338284492492676, -0.16271628439426422, -0.010507744736969471}),
            Map.entry(9, new double[] {0.0, 0.0, 0.0}),
            Map.entry(10, new double[] {0.0, 0.0, 0.0}),
            Map.entry(11, new double[] {0.0, 0.0, 0.0}),
            Map.entry(12, new double[] {0.0, 0.0, 0.0}),
            Map.entry(13, new double[] {0.0, 0.0, 0.0}),
            Map.entry(14, new double[] {0.0, 0.0, 0.0}),
            Map.entry(15, new double[] {0.0, 0.0, 0.0}));
    static final double[] CONSTANT_0 = new double[] {0.45836564898490906, 0.4420613646507263, 0.26312124729156494}; // from num_mlp_2_0_outputs
    static final double[] W_ones = new double[] {-0.3415084779262543, -1.5877002477645874, -0.4856266975402832};
    static final double[] W_num_attn_0_0_outputs = new double[] {4.2524638175964355, -3.8163392543792725, -1.5316646099090576};
    static final double[] W_num_attn_0_1_outputs = new double[] {0.1222178041934967, -0.5405740141868591, 0.1485946923494339};
    static final double[] W_num_attn_0_2_outputs = new double[] {6.074857234954834, -6.0824079513549805, -1.3439582586288452};
    static final double[] W_num_attn_0_3_outputs = new double[] {2.3041534423828125, -1.6706717014312744, -1.0532796382904053};
    static final double[] W_num_attn_1_0_outputs = new double[] {-0.01965188980102539, -0.39135417342185974, -0.7322076559066772};
    static final double[] W_num_attn_1_1_outputs = new double[] {0.9614436030387878, -0.4997405707836151, -0.036365631967782974};
    static final double[] W_num_attn_1_2_outputs = new double[] {-2.4529764652252197, 1.9900426864624023, -1.1634769439697266};
    static final double[] W_num_attn_1_3_outputs = new double[] {4.862067699432373, -4.475963115692139, -1.59837007522583};
    static final double[] W_num_attn_2_0_outputs = new double[] {0.6034354567527771, -0.2446589320898056, -0.0563240721821785};
    static final double[] W_num_attn_2_1_outputs = new double[] {-0.8742595314979553, 1.6795059442520142, 1.5323270559310913};
    static final double[] W_num_attn_2_2_outputs = new double[] {0.715713381767273, -1.8231385946273804, -1.2433815002441406};
    static final double[] W_num_attn_2_3_outputs = new double[] {1.4702142477035522, -0.9695023894309998, 0.8228337168693542};

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
        String[] attn_0_0_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_0_0_outputs(tokens[i], positions[j])), tokens);
        String[] attn_0_1_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_0_1_outputs(positions[i], positions[j])), tokens);
        String[] attn_0_2_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_0_2_outputs(tokens[i], positions[j])), tokens);
        String[] attn_0_3_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_0_3_outputs(tokens[i], positions[j])), tokens);
        int[] num_attn_0_0_outputs = countMatches(n, (i, j) -> predicate_num_attn_0_0_outputs(positions[i], tokens[j]), ones);
        int[] num_attn_0_1_outputs = countMatches(n, (i, j) -> predicate_num_attn_0_1_outputs(positions[i], tokens[j]), ones);
        int[] num_attn_0_2_outputs = countMatches(n, (i, j) -> predicate_num_attn_0_2_outputs(positions[i], tokens[j]), ones);
        int[] num_attn_0_3_outputs = countMatches(n, (i, j) -> predicate_num_attn_0_3_outputs(tokens[i], positions[j]), ones);
        int[] mlp_0_0_outputs = mapInts(n, i -> mlp_mlp_0_0_outputs(attn_0_3_outputs[i], attn_0_2_outputs[i]));
        int[] num_mlp_0_0_outputs = mapInts(n, i -> mlp_num_mlp_0_0_outputs(num_attn_0_2_outputs[i], num_attn_0_1_outputs[i]));
        String[] attn_1_0_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_1_0_outputs(tokens[i], positions[j])), tokens);
        String[] attn_1_1_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_1_1_outputs(tokens[i], positions[j])), tokens);
        String[] attn_1_2_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_1_2_outputs(tokens[i], positions[j])), tokens);
        String[] attn_1_3_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_1_3_outputs(mlp_0_0_outputs[i], positions[j])), attn_0_0_outputs);
        int[] num_attn_1_0_outputs = countMatches(n, (i, j) -> predicate_num_attn_1_0_outputs(positions[i], attn_0_1_outputs[j]), num_attn_0_2_outputs);
        int[] num_attn_1_1_outputs = countMatches(n, (i, j) -> predicate_num_attn_1_1_outputs(num_mlp_0_0_outputs[i], mlp_0_0_outputs[j]), num_attn_0_0_outputs);
        int[] num_attn_1_2_outputs = countMatches(n, (i, j) -> predicate_num_attn_1_2_outputs(num_mlp_0_0_outputs[i], mlp_0_0_outputs[j]), num_attn_0_3_outputs);
        int[] num_attn_1_3_outputs = countMatches(n, (i, j) -> predicate_num_attn_1_3_outputs(num_mlp_0_0_outputs[i], positions[j]), num_attn_0_2_outputs);
        int[] mlp_1_0_outputs = mapInts(n, i -> mlp_mlp_1_0_outputs(tokens[i]));
        int[] num_mlp_1_0_outputs = mapInts(n, i -> mlp_num_mlp_1_0_outputs(num_attn_0_2_outputs[i]));
        String[] attn_2_0_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_2_0_outputs(attn_0_1_outputs[i], attn_0_3_outputs[j])), attn_1_2_outputs);
        String[] attn_2_1_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_2_1_outputs(mlp_0_0_outputs[i], positions[j])), attn_1_2_outputs);
        String[] attn_2_2_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_2_2_outputs(mlp_0_0_outputs[i], positions[j])), attn_1_1_outputs);
        String[] attn_2_3_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_2_3_outputs(mlp_0_0_outputs[i], positions[j])), attn_1_1_outputs);
        int[] num_attn_2_0_outputs = countMatches(n, (i, j) -> predicate_num_attn_2_0_outputs(attn_1_3_outputs[i], attn_1_0_outputs[j]), num_attn_0_0_outputs);
        int[] num_attn_2_1_outputs = countMatches(n, (i, j) -> predicate_num_attn_2_1_outputs(attn_1_3_outputs[i], mlp_0_0_outputs[j]), num_attn_1_0_outputs);
        int[] num_attn_2_2_outputs = countMatches(n, (i, j) -> predicate_num_attn_2_2_outputs(mlp_1_0_outputs[i], attn_1_3_outputs[j]), num_attn_0_0_outputs);
        int[] num_attn_2_3_outputs = countMatches(n, (i, j) -> predicate_num_attn_2_3_outputs(num_mlp_1_0_outputs[i], mlp_0_0_outputs[j]), num_attn_1_0_outputs);
        int[] mlp_2_0_outputs = mapInts(n, i -> mlp_mlp_2_0_outputs(attn_2_3_outputs[i], attn_1_3_outputs[i]));
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
