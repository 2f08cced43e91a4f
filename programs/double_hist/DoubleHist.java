// Transformer Program double_hist, written by tprog. Run: java DoubleHist.java '<s> 3 1 4'
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
public final class DoubleHist {
    static final boolean CAUSAL = false;
    static final int MAX_LENGTH = 8;
    static final List<String> VOCABULARY = List.of("<pad>", "0", "1", "2", "3", "4", "5", "<s>");
    static final List<String> CLASSES = List.of("1", "2", "3", "4", "5", "6");

    // layer 0 --------------------------------------------------------------------------------

    static boolean predicate_attn_0_0_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0 -> k_position == 5;
            case 1, 2, 3, 7 -> k_position == 7;
            case 4, 5, 6 -> k_position == 6;
            default -> false;
        };
    }

    static boolean predicate_attn_0_1_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0 -> k_position == 5;
            case 1, 2, 3, 7 -> k_position == 6;
            case 4, 5, 6 -> k_position == 7;
            default -> false;
        };
    }

    static boolean predicate_num_attn_0_0_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0 -> k_position == 0;
            case 1, 2 -> k_position == 2;
            case 3, 7 -> k_position == 3;
            case 4, 5, 6 -> k_position == 4;
            default -> false;
        };
    }

    static boolean predicate_num_attn_0_1_outputs(String q_token, String k_token) {
        return switch (q_token) {
            case "0", "1", "2", "3", "4", "5" -> k_token.equals(q_token);
            default -> false;
        };
    }

    static final Set<List<?>> MLP_mlp_0_0_outputs_0 = Set.of(List.of(0, 6), List.of(1, 0), List.of(1, 1), List.of(1, 3), List.of(1, 4), List.of(1, 5), List.of(1, 6), List.of(2, 6), List.of(3, 6), List.of(4, 6), List.of(5, 6), List.of(6, 0), List.of(6, 1), List.of(6, 2), List.of(6, 3), List.of(6, 4), List.of(6, 5), List.of(6, 6));
    static final Set<List<?>> MLP_mlp_0_0_outputs_1 = Set.of(List.of(0, 7), List.of(1, 7), List.of(2, 7), List.of(3, 7), List.of(4, 7), List.of(5, 7), List.of(6, 7), List.of(7, 0), List.of(7, 1), List.of(7, 2), List.of(7, 3), List.of(7, 4), List.of(7, 5), List.of(7, 6), List.of(7, 7));

    static int mlp_mlp_0_0_outputs(int attn_0_1_output, int attn_0_0_output) {
        List<?> key = List.of(attn_0_1_output, attn_0_0_output);
        if (MLP_mlp_0_0_outputs_0.contains(key)) {
            return 6;
        }
        if (MLP_mlp_0_0_outputs_1.contains(key)) {
            return 7;
        }
        return 5;
    }

    static int mlp_num_mlp_0_0_outputs(int num_attn_0_1_output) {
        return switch (num_attn_0_1_output) {
            case 0, 1 -> 4;
            default -> 3;
        };
    }

    // layer 1 --------------------------------------------------------------------------------

    static boolean predicate_attn_1_0_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0, 4, 5 -> k_position == 5;
            case 1, 7 -> k_position == 6;
            case 2, 3 -> k_position == 7;
            case 6 -> k_position == 1;
            default -> false;
        };
    }

    static boolean predicate_attn_1_1_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0, 1, 6 -> k_position == 3;
            case 2, 7 -> k_position == 4;
            case 3 -> k_position == 1;
            case 4 -> k_position == 2;
            case 5 -> k_position == 7;
            default -> false;
        };
    }

    static boolean predicate_num_attn_1_0_outputs(String q_token, String k_token) {
        return switch (q_token) {
            case "0", "1", "2", "3", "4", "5" -> k_token.equals(q_token);
            default -> false;
        };
    }

    static boolean predicate_num_attn_1_1_outputs(int q_num_mlp_0_0_output, int k_position) {
        return switch (q_num_mlp_0_0_output) {
            case 3 -> k_position == 6;
            case 4 -> k_position == 5;
            default -> false;
        };
    }

    static final Set<List<?>> MLP_mlp_1_0_outputs_0 = Set.of(List.of(0, 4), List.of(1, 4), List.of(2, 4), List.of(3, 4), List.of(4, 4));
    static final Set<List<?>> MLP_mlp_1_0_outputs_1 = Set.of(List.of(5, 4), List.of(6, 4), List.of(7, 3), List.of(7, 4));

    static int mlp_mlp_1_0_outputs(int attn_0_0_output, int attn_1_1_output) {
        List<?> key = List.of(attn_0_0_output, attn_1_1_output);
        if (MLP_mlp_1_0_outputs_0.contains(key)) {
            return 4;
        }
        if (MLP_mlp_1_0_outputs_1.contains(key)) {
            return 5;
        }
        return 2;
    }

    static final Set<List<?>> MLP_num_mlp_1_0_outputs_0 = Set.of(List.of(0, 0), List.of(0, 1));

    static int mlp_num_mlp_1_0_outputs(int num_attn_1_1_output, int num_attn_1_0_output) {
        List<?> key = List.of(num_attn_1_1_output, num_attn_1_0_output);
        if (MLP_num_mlp_1_0_outputs_0.contains(key)) {
            return 2;
        }
        return 0;
    }

    // layer 2 --------------------------------------------------------------------------------

    static boolean predicate_attn_2_0_outputs(int q_attn_0_0_output, int k_position) {
        return switch (q_attn_0_0_output) {
            case 0, 1, 3, 4 -> k_position == 6;
            case 2, 6 -> k_position == 4;
            case 5 -> k_position == 0;
            case 7 -> k_position == 1;
            default -> false;
        };
    }

    static boolean predicate_attn_2_1_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0 -> k_position == 6;
            case 1 -> k_position == 7;
            case 2 -> k_position == 1;
            case 3 -> k_position == 5;
            case 4, 5, 7 -> k_position == 3;
            case 6 -> k_position == 4;
            default -> false;
        };
    }

    static boolean predicate_num_attn_2_0_outputs(int q_attn_1_0_output, int k_position) {
        return switch (q_attn_1_0_output) {
            case 0, 2, 3 -> k_position == 4;
            case 1 -> k_position == 1;
            case 4, 5 -> k_position == 2;
            case 6 -> k_position == 5;
            case 7 -> k_position == 7;
            default -> false;
        };
    }

    static boolean predicate_num_attn_2_1_outputs(int q_num_mlp_0_0_output, int k_num_mlp_0_0_output) {
        return switch (q_num_mlp_0_0_output) {
            case 3 -> k_num_mlp_0_0_output == 4;
            case 4 -> k_num_mlp_0_0_output == 3;
            default -> false;
        };
    }

    static final Set<List<?>> MLP_mlp_2_0_outputs_0 = Set.of(List.of(0, 0));
    static final Set<List<?>> MLP_mlp_2_0_outputs_1 = Set.of(List.of(0, 4), List.of(1, 4), List.of(2, 4), List.of(3, 4), List.of(4, 0), List.of(4, 1), List.of(4, 3), List.of(4, 4));
    static final Set<List<?>> MLP_mlp_2_0_outputs_2 = Set.of(List.of(3, 0));

    static int mlp_mlp_2_0_outputs(int attn_0_1_output, int attn_2_0_output) {
        List<?> key = List.of(attn_0_1_output, attn_2_0_output);
        if (MLP_mlp_2_0_outputs_0.contains(key)) {
            return 1;
        }
        if (MLP_mlp_2_0_outputs_1.contains(key)) {
            return 5;
        }
        if (MLP_mlp_2_0_outputs_2.contains(key)) {
            return 6;
        }
        return 4;
    }

    static int mlp_num_mlp_2_0_outputs(int num_attn_2_0_output) {
        return switch (num_attn_2_0_output) {
            case 0 -> 1;
            case 1, 2 -> 5;
            default -> 6;
        };
    }

    // classifier: the weights each feature adds to each class's logit --------------------

    static final Map<String, double[]> W_tokens = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {-0.6272665858268738, -0.25648078322410583, 0.6683417558670044, 2.565915107727051, 2.8033812046051025, 1.2292579412460327}),
            Map.entry("1", new double[] {-0.631990373134613, -0.1171482652425766, 0.7748352289199829, 2.627990245819092, 3.004953384399414, 1.7427253723144531}),
            Map.entry("2", new double[] {-1.1144120693206787, -0.6954595446586609, 0.29959070682525635, 2.102487087249756, 2.4504244327545166, 0.8682594895362854}),
            Map.entry("3", new double[] {-1.1374411582946777, -0.5620312690734863, 0.3265445828437805, 2.0616447925567627, 2.843660593032837, 0.9060772061347961}),
            Map.entry("4", new double[] {-0.9302567839622498, -0.3457886278629303, 0.3693896532058716, 2.425278902053833, 2.6866672039031982, 0.7433618307113647}),
            Map.entry("5", new double[] {-1.047694206237793, -0.4099753499031067, 0.4622270166873932, 2.252411127090454, 2.3944454193115234, 0.9736995100975037}),
            Map.entry("<s>", new double[] {-0.7429139018058777, -0.4229625165462494, 0.25118404626846313, 0.2223886400461197, 0.06795989722013474, -0.674015998840332}));
    static final Map<Integer, double[]> W_positions = Map.ofEntries(
            Map.entry(0, new double[] {-0.16231095790863037, -0.4137408435344696, -0.5269842743873596, 0.5154687166213989, -0.11862213164567947, -0.8375105857849121}),
            Map.entry(1, new double[] {0.026457153260707855, -0.22272290289402008, 0.18475750088691711, 0.9990201592445374, 1.6980037689208984, -1.11711585521698}),
            Map.entry(2, new double[] {-0.31438496708869934, -0.2648375332355499, 0.6782131195068359, 1.7504353523254395, 2.768597364425659, 1.4080839157104492}),
            Map.entry(3, new double[] {-0.4768422245979309, -0.3677309453487396, 0.6438667178153992, 1.6376781463623047, 2.5860671997070312, 0.9569990634918213}),
            Map.entry(4, new double[] {-0.6154314875602722, -0.37272271513938904, 0.5221045017242432, 2.5272488594055176, 2.2851641178131104, 0.8698053359985352}),
            Map.entry(5, new double[] {-0.8378456830978394, -0.7835259437561035, 0.14461810886859894, 3.053403854370117, 3.9068636894226074, 2.6425821781158447}),
            Map.entry(6, new double[] {-0.9234217405319214, -0.6468488574028015, 0.4361022114753723, 1.7759569883346558, 2.36741042137146, 1.7868034839630127}),
            Map.entry(7, new double[] {-0.3108671307563782, -0.6213918328285217, -0.17974953353405, 1.4102736711502075, 2.5301196575164795, -1.6555538177490234}));
    static final Map<Integer, double[]> W_attn_0_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {-0.09170033037662506, 0.25355619192123413, -0.15739957988262177, 1.4529720544815063, -1.5024662017822266, -0.20506444573402405}),
            Map.entry(1, new double[] {-0.9806931614875793, -0.25887176394462585, 0.6297190189361572, 1.1506085395812988, 0.7800331711769104, 0.6193889379501343}),
            Map.entry(2, new double[] {-0.6862293481826782, 0.26702848076820374, 0.618124783039093, 1.7392710447311401, 0.9045830965042114, 0.34759652614593506}),
            Map.entry(3, new double[] {-1.4837350845336914, -1.3959273099899292, 1.3629224300384521, 1.7229734659194946, 1.3793892860412598, -0.46135884523391724}),
            Map.entry(4, new double[] {-1.4700552225112915, -0.6936163306236267, -0.41295191645622253, 1.4493197202682495, 2.0468595027923584, 0.7531161904335022}),
            Map.entry(5, new double[] {-1.1428176164627075, -0.5239068865776062, 0.010910953395068645, 1.5832490921020508, 1.807492971420288, 2.259464740753174}),
            Map.entry(6, new double[] {-1.0778577327728271, -0.8839688897132874, 0.4895787537097931, 2.5580475330352783, 6.162028789520264, 3.695573091506958}),
            Map.entry(7, new double[] {-1.3065412044525146, -0.8615420460700989, 0.6739799976348877, 2.4226744174957275, 5.821605205535889, -0.02583637833595276}));
    static final Map<Integer, double[]> W_attn_0_1_outputs = Map.ofEntries(
            Map.entry(0, new double[] {-0.29180338978767395, 0.21795010566711426, -0.2850203514099121, 0.807685375213623, -3.193873643875122, -0.020806482061743736}),
            Map.entry(1, new double[] {-1.1106927394866943, -0.02243470586836338, 0.7495021224021912, 1.2207075357437134, 2.8082239627838135, -1.523506760597229}),
            Map.entry(2, new double[] {-0.8231984972953796, -0.18248985707759857, 0.8439410924911499, 2.714905261993408, 3.8788533210754395, 0.9328298568725586}),
            Map.entry(3, new double[] {-0.8132654428482056, -0.19709725677967072, 0.5038039684295654, 2.2480080127716064, 1.564605474472046, 1.2790859937667847}),
            Map.entry(4, new double[] {-0.8168764710426331, -0.6612777709960938, 0.2733820378780365, 2.2708070278167725, 3.484186887741089, 4.2231764793396}),
            Map.entry(5, new double[] {-1.0350972414016724, -0.5024257302284241, 0.37644320726394653, 2.33558988571167, 2.80743670463562, 3.6605873107910156}),
            Map.entry(6, new double[] {-1.3213282823562622, -0.7332615852355957, 0.33984243869781494, 3.9351449012756348, 5.865272521972656, 2.115598201751709}),
            Map.entry(7, new double[] {-1.0981111526489258, -0.6862336993217468, 0.0162348710000515, 1.0596810579299927, 3.5393970012664795, -0.6028401851654053}));
    static final Map<Integer, double[]> W_mlp_0_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {2.304234504699707, 2.2225170135498047, 2.007307529449463, -4.474872589111328, -6.111376762390137, -7.2440080642700195}),
            Map.entry(6, new double[] {0.8767916560173035, 0.8362285494804382, -0.4507230222225189, -4.784554481506348, -3.591827630996704, 4.569814205169678}),
            Map.entry(7, new double[] {-3.981797933578491, -2.9520328044891357, -0.4193905293941498, 6.764991283416748, 15.700955390930176, 3.748298168182373}));
    static final Map<Integer, double[]> W_num_mlp_0_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {0.30871257185935974, 0.8642329573631287, 0.9495143890380859, -19.120485305786133, -25.687267303466797, -4.550868988037109}),
            Map.entry(4, new double[] {-5.042031288146973, -3.0933220386505127, 0.8572553396224976, 5.520788192749023, 11.137770652770996, 3.3699235916137695}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}));
    static final Map<Integer, double[]> W_attn_1_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {-0.15185682475566864, -0.06409405916929245, 1.0495694875717163, 2.568218231201172, 1.716901183128357, 1.0825122594833374}),
            Map.entry(1, new double[] {-0.704269289970398, -0.7310683131217957, 0.2430795282125473, 2.7079343795776367, 2.956172227859497, 2.840256690979004}),
            Map.entry(2, new double[] {-0.8075336813926697, -0.5727452635765076, 0.0638580173254013, 2.108830690383911, 2.0318257808685303, 0.9363873600959778}),
            Map.entry(3, new double[] {-1.1093069314956665, 0.18662594258785248, 0.6847566366195679, 2.075711965560913, 1.4983543157577515, -0.15487699210643768}),
            Map.entry(4, new double[] {-0.7109150886535645, -0.6392974257469177, 0.09577283263206482, 1.7394723892211914, 2.2642195224761963, 1.545680046081543}),
            Map.entry(5, new double[] {-0.48363620042800903, -0.47423237562179565, 0.42055681347846985, 2.286921977996826, 2.901836633682251, 0.44548916816711426}),
            Map.entry(6, new double[] {-1.0839991569519043, -1.0154612064361572, 0.06855328381061554, 1.5783636569976807, 2.6730213165283203, 3.517756938934326}),
            Map.entry(7, new double[] {-1.2312475442886353, -1.4784021377563477, -0.8396409153938293, 0.9446450471878052, 2.8292088508605957, -1.170076608657837}));
    static final Map<Integer, double[]> W_attn_1_1_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {-0.284318745136261, -0.046697694808244705, 0.47314658761024475, 3.122303009033203, 3.6271278858184814, -9.427237510681152}),
            Map.entry(4, new double[] {-2.403834104537964, -1.3206957578659058, 0.626055896282196, 3.4455387592315674, 4.569937705993652, 7.623874187469482}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}));
    static final Map<Integer, double[]> W_mlp_1_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {-0.9277360439300537, -0.09795121103525162, 1.3970539569854736, 2.9652748107910156, 4.232716083526611, 1.1555941104888916}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {-0.10640253871679306, -0.06631690263748169, 0.4545730650424957, 1.5675945281982422, 1.0227596759796143, 1.3431686162948608}),
            Map.entry(5, new double[] {-1.0456115007400513, -0.47129708528518677, 0.15203224122524261, 1.9055497646331787, 1.9973260164260864, 1.372366189956665}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}));
    static final Map<Integer, double[]> W_num_mlp_1_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {-1.014304280281067, -1.347585678100586, 0.8355976343154907, 4.9040937423706055, 9.802863121032715, 7.3145365715026855}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {7.0914130210876465, 6.79074764251709, -0.8709511160850525, -9.339118003845215, -20.948047637939453, -20.62470817565918}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}));
    static final Map<Integer, double[]> W_attn_2_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {1.5884531736373901, -2.178234100341797, -0.13894179463386536, 2.3725266456604004, 2.0996999740600586, 0.12353594601154327}),
            Map.entry(1, new double[] {-2.223860740661621, 0.4141577184200287, 0.8070114850997925, 6.4440083503723145, 0.6525519490242004, 4.18247127532959}),
            Map.entry(2, new double[] {-1.2003005743026733, 0.074666328728199, 0.0351247563958168, 2.9324183464050293, 2.198479175567627, 1.6763113737106323}),
            Map.entry(3, new double[] {1.5365278720855713, -1.5452117919921875, 0.695563554763794, -0.14013929665088654, 0.9695670008659363, -2.8798410892486572}),
            Map.entry(4, new double[] {-0.3069011867046356, -0.6320074796676636, 0.48737677931785583, -2.1894757747650146, 2.518376588821411, -1.6984524726867676}),
            Map.entry(5, new double[] {1.540221929550171, -0.2435760647058487, -2.482741355895996, -11.057844161987305, 0.5267857909202576, -9.850441932678223}),
            Map.entry(6, new double[] {-2.8242571353912354, -1.2714042663574219, 0.32623422145843506, 6.763829231262207, 4.298833847045898, 10.555994987487793}),
            Map.entry(7, new double[] {-2.944154977798462, -1.3399090766906738, 0.8364894390106201, 6.868850231170654, 4.163162708282471, -1.3561739921569824}));
    static final Map<Integer, double[]> W_attn_2_1_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {0.4605439007282257, 0.5091879367828369, 1.1688405275344849, 4.22239875793457, 4.05028772354126, -12.742663383483887}),
            Map.entry(4, new double[] {-2.0099971294403076, -1.3163093328475952, 0.17688927054405212, 3.691107749938965, 4.119909286499023, 8.597055435180664}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}));
    static final Map<Integer, double[]> W_mlp_2_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {-0.8836835622787476, 0.8407114744186401, 1.452085256576538, 0.37961867451667786, 2.297208547592163, -0.713234007358551}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {-2.5206918716430664, -0.5140835046768188, 0.4450754225254059, 2.401994466781616, 6.829821586608887, 5.187322616577148}),
            Map.entry(5, new double[] {-1.1038340330123901, 0.746059775352478, -0.44782552123069763, -0.3267981708049774, 4.530083179473877, 0.10365545004606247}),
            Map.entry(6, new double[] {-0.05748916417360306, 0.7219011187553406, 2.745518684387207, -2.370638370513916, -2.019840955734253, -3.526196241378784}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}));
    static final Map<Integer, double[]> W_num_mlp_2_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {4.752946376800537, 0.7825465798377991, -0.5835918188095093, -12.34833812713623, -3.80928111076355, -2.6155924797058105}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {-1.697365164756775, -0.19778966903686523, -1.0802948474884033, 1.6957632303237915, 1.6438015699386597, 6.702596664428711}),
            Map.entry(6, new double[] {-1.0885696411132812, 1.2600460052490234, 0.8905006051063538, 3.4948642253875732, 7.051599025726318, 0.18427906930446625}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}));
    static final double[] W_ones = new double[] {-0.7075605988502502, -0.4130754768848419, 0.7852967381477356, 2.0194249153137207, 3.0571460723876953, 1.4515503644943237};
    static final double[] W_num_attn_0_0_outputs = new double[] {-3.187407970428467, 0.6823541522026062, 0.8609514832496643, 4.199873924255371, 4.639791011810303, 2.4083292484283447};
    static final double[] W_num_attn_0_1_outputs = new double[] {0.5697299838066101, 0.19756777584552765, -0.3454175293445587, -0.8511326909065247, -1.100174903869629, -0.17771294713020325};
    static final double[] W_num_attn_1_0_outputs = new double[] {2.0774805545806885, 1.3302199840545654, -1.1071906089782715, -6.049884796142578, -8.551265716552734, -2.593721866607666};
    static final double[] W_num_attn_1_1_outputs = new double[] {-1.7144232988357544, -3.659703254699707, 2.931631088256836, 5.057971000671387, 6.472508430480957, 4.735839366912842};
    static final double[] W_num_attn_2_0_outputs = new double[] {1.2024245262145996, 0.9164528846740723, 0.6781890988349915, 0.6763095259666443, -0.34856268763542175, -1.518477439880371};
    static final double[] W_num_attn_2_1_outputs = new double[] {4.516175270080566, 2.868748664855957, -2.271291732788086, -15.130789756774902, -27.142248153686523, -32.98558807373047};

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
        int[] attn_0_1_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_0_1_outputs(positions[i], positions[j])), positions);
        int[] num_attn_0_0_outputs = countMatches(n, (i, j) -> predicate_num_attn_0_0_outputs(positions[i], positions[j]), ones);
        int[] num_attn_0_1_outputs = countMatches(n, (i, j) -> predicate_num_attn_0_1_outputs(tokens[i], tokens[j]), ones);
        int[] mlp_0_0_outputs = mapInts(n, i -> mlp_mlp_0_0_outputs(attn_0_1_outputs[i], attn_0_0_outputs[i]));
        int[] num_mlp_0_0_outputs = mapInts(n, i -> mlp_num_mlp_0_0_outputs(num_attn_0_1_outputs[i]));
        int[] attn_1_0_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_1_0_outputs(positions[i], positions[j])), positions);
        int[] attn_1_1_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_1_1_outputs(positions[i], positions[j])), num_mlp_0_0_outputs);
        int[] num_attn_1_0_outputs = countMatches(n, (i, j) -> predicate_num_attn_1_0_outputs(tokens[i], tokens[j]), num_attn_0_1_outputs);
        int[] num_attn_1_1_outputs = countMatches(n, (i, j) -> predicate_num_attn_1_1_outputs(num_mlp_0_0_outputs[i], positions[j]), ones);
        int[] mlp_1_0_outputs = mapInts(n, i -> mlp_mlp_1_0_outputs(attn_0_0_outputs[i], attn_1_1_outputs[i]));
        int[] num_mlp_1_0_outputs = mapInts(n, i -> mlp_num_mlp_1_0_outputs(num_attn_1_1_outputs[i], num_attn_1_0_outputs[i]));
        int[] attn_2_0_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_2_0_outputs(attn_0_0_outputs[i], positions[j])), attn_0_0_outputs);
        int[] attn_2_1_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_2_1_outputs(positions[i], positions[j])), num_mlp_0_0_outputs);
        int[] num_attn_2_0_outputs = countMatches(n, (i, j) -> predicate_num_attn_2_0_outputs(attn_1_0_outputs[i], positions[j]), num_attn_1_0_outputs);
        int[] num_attn_2_1_outputs = countMatches(n, (i, j) -> predicate_num_attn_2_1_outputs(num_mlp_0_0_outputs[i], num_mlp_0_0_outputs[j]), num_attn_0_0_outputs);
        int[] mlp_2_0_outputs = mapInts(n, i -> mlp_mlp_2_0_outputs(attn_0_1_outputs[i], attn_2_0_outputs[i]));
        int[] num_mlp_2_0_outputs = mapInts(n, i -> mlp_num_mlp_2_0_outputs(num_attn_2_0_outputs[i]));
        String[] predictions = new String[n];
        for (int i = 0; i < n; i++) {
            double[] logits = new double[CLASSES.size()];
            add(logits, W_tokens.get(tokens[i]), 1);
            add(logits, W_positions.get(positions[i]), 1);
            add(logits, W_attn_0_0_outputs.get(attn_0_0_outputs[i]), 1);
            add(logits, W_attn_0_1_outputs.get(attn_0_1_outputs[i]), 1);
            add(logits, W_mlp_0_0_outputs.get(mlp_0_0_outputs[i]), 1);
            add(logits, W_num_mlp_0_0_outputs.get(num_mlp_0_0_outputs[i]), 1);
            add(logits, W_attn_1_0_outputs.get(attn_1_0_outputs[i]), 1);
            add(logits, W_attn_1_1_outputs.get(attn_1_1_outputs[i]), 1);
            add(logits, W_mlp_1_0_outputs.get(mlp_1_0_outputs[i]), 1);
            add(logits, W_num_mlp_1_0_outputs.get(num_mlp_1_0_outputs[i]), 1);
            add(logits, W_attn_2_0_outputs.get(attn_2_0_outputs[i]), 1);
            add(logits, W_attn_2_1_outputs.get(attn_2_1_outputs[i]), 1);
            add(logits, W_mlp_2_0_outputs.get(mlp_2_0_outputs[i]), 1);
            add(logits, W_num_mlp_2_0_outputs.get(num_mlp_2_0_outputs[i]), 1);
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
