// Transformer Program sort, written by tprog. Run: java Sort.java '<s> 3 1 4'
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
public final class Sort {
    static final boolean CAUSAL = false;
    static final int MAX_LENGTH = 8;
    static final List<String> VOCABULARY = List.of("<pad>", "0", "1", "2", "3", "4", "</s>", "<s>");
    static final List<String> CLASSES = List.of("0", "1", "2", "3", "4");

    // layer 0 --------------------------------------------------------------------------------

    static boolean predicate_attn_0_0_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0, 7 -> k_position == 6;
            case 1, 5, 6 -> k_position == 3;
            case 2, 3 -> k_position == 5;
            case 4 -> k_position == 1;
            default -> false;
        };
    }

    static boolean predicate_attn_0_1_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0, 7 -> k_position == 6;
            case 1 -> k_position == 5;
            case 2, 3 -> k_position == 1;
            case 4 -> k_position == 3;
            case 5 -> k_position == 4;
            case 6 -> k_position == 2;
            default -> false;
        };
    }

    static boolean predicate_attn_0_2_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0, 5 -> k_position == 6;
            case 1, 6, 7 -> k_position == 2;
            case 2 -> k_position == 3;
            case 3 -> k_position == 4;
            case 4 -> k_position == 5;
            default -> false;
        };
    }

    static boolean predicate_attn_0_3_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0, 4, 7 -> k_position == 6;
            case 1, 2 -> k_position == 4;
            case 3, 5 -> k_position == 2;
            case 6 -> k_position == 5;
            default -> false;
        };
    }

    static final Set<List<?>> MLP_mlp_0_0_outputs_0 = Set.of(List.of("0", 0), List.of("0", 2), List.of("0", 3), List.of("1", 2), List.of("1", 3), List.of("2", 2), List.of("2", 3), List.of("3", 2), List.of("3", 3), List.of("4", 2), List.of("4", 3), List.of("<s>", 1));
    static final Set<List<?>> MLP_mlp_0_0_outputs_1 = Set.of(List.of("0", 1), List.of("1", 1), List.of("2", 1), List.of("3", 1), List.of("4", 1));
    static final Set<List<?>> MLP_mlp_0_0_outputs_2 = Set.of(List.of("0", 4), List.of("0", 5), List.of("0", 7), List.of("1", 4), List.of("1", 5), List.of("2", 4), List.of("2", 5), List.of("3", 4), List.of("3", 5), List.of("4", 0), List.of("4", 4), List.of("4", 5));
    static final Set<List<?>> MLP_mlp_0_0_outputs_3 = Set.of(List.of("0", 6), List.of("1", 6), List.of("2", 6), List.of("3", 6), List.of("4", 6), List.of("<s>", 6));

    static int mlp_mlp_0_0_outputs(String attn_0_0_output, int position) {
        List<?> key = List.of(attn_0_0_output, position);
        if (MLP_mlp_0_0_outputs_0.contains(key)) {
            return 3;
        }
        if (MLP_mlp_0_0_outputs_1.contains(key)) {
            return 6;
        }
        if (MLP_mlp_0_0_outputs_2.contains(key)) {
            return 0;
        }
        if (MLP_mlp_0_0_outputs_3.contains(key)) {
            return 4;
        }
        return 1;
    }

    // layer 1 --------------------------------------------------------------------------------

    static boolean predicate_attn_1_0_outputs(int q_position, String k_token) {
        return switch (q_position) {
            case 0 -> k_token.equals("2");
            case 1, 2, 3 -> k_token.equals("0");
            case 4 -> k_token.equals("</s>");
            case 5, 6 -> k_token.equals("4");
            default -> false;
        };
    }

    static boolean predicate_attn_1_1_outputs(int q_position, String k_token) {
        return switch (q_position) {
            case 0 -> k_token.equals("3");
            case 1, 6 -> k_token.equals("1");
            case 2, 3 -> k_token.equals("<s>");
            case 4 -> k_token.equals("0");
            case 5 -> k_token.equals("2");
            default -> false;
        };
    }

    static boolean predicate_attn_1_2_outputs(int q_position, int k_mlp_0_0_output) {
        return switch (q_position) {
            case 0, 5, 6 -> k_mlp_0_0_output == 3;
            case 1, 2, 3 -> k_mlp_0_0_output == 1;
            case 4 -> k_mlp_0_0_output == 4;
            case 7 -> k_mlp_0_0_output == 0;
            default -> false;
        };
    }

    static boolean predicate_attn_1_3_outputs(int q_position, String k_token) {
        return switch (q_position) {
            case 0 -> k_token.equals("2");
            case 1, 5, 7 -> k_token.equals("0");
            case 2, 3 -> k_token.equals("<s>");
            case 4 -> k_token.equals("</s>");
            case 6 -> k_token.equals("1");
            default -> false;
        };
    }

    static final Set<List<?>> MLP_mlp_1_0_outputs_0 = Set.of(List.of("0", 1), List.of("1", 1), List.of("4", 1), List.of("</s>", 1), List.of("<s>", 1));
    static final Set<List<?>> MLP_mlp_1_0_outputs_1 = Set.of(List.of("0", 5), List.of("3", 1));
    static final Set<List<?>> MLP_mlp_1_0_outputs_2 = Set.of(List.of("0", 6), List.of("1", 6));
    static final Set<List<?>> MLP_mlp_1_0_outputs_3 = Set.of(List.of("1", 5), List.of("2", 0), List.of("2", 4), List.of("2", 5), List.of("2", 6), List.of("2", 7), List.of("3", 0), List.of("3", 2), List.of("3", 3), List.of("3", 4), List.of("3", 5), List.of("3", 6), List.of("3", 7), List.of("4", 0), List.of("4", 5), List.of("4", 6), List.of("</s>", 5), List.of("</s>", 6), List.of("<s>", 5), List.of("<s>", 6));
    static final Set<List<?>> MLP_mlp_1_0_outputs_4 = Set.of(List.of("2", 1), List.of("2", 2), List.of("2", 3), List.of("4", 3));

    static int mlp_mlp_1_0_outputs(String attn_1_3_output, int position) {
        List<?> key = List.of(attn_1_3_output, position);
        if (MLP_mlp_1_0_outputs_0.contains(key)) {
            return 0;
        }
        if (MLP_mlp_1_0_outputs_1.contains(key)) {
            return 6;
        }
        if (MLP_mlp_1_0_outputs_2.contains(key)) {
            return 1;
        }
        if (MLP_mlp_1_0_outputs_3.contains(key)) {
            return 3;
        }
        if (MLP_mlp_1_0_outputs_4.contains(key)) {
            return 7;
        }
        return 4;
    }

    // classifier: the weights each feature adds to each class's logit --------------------

    static final Map<String, double[]> W_tokens = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {11.357024192810059, 3.4642810821533203, -2.8032419681549072, -6.983499526977539, -9.443474769592285}),
            Map.entry("1", new double[] {2.8414852619171143, 6.595592498779297, -0.16546376049518585, -4.628953456878662, -7.1547722816467285}),
            Map.entry("2", new double[] {-3.772148370742798, -0.6694332361221313, 4.546794891357422, -0.6242055892944336, -3.099187135696411}),
            Map.entry("3", new double[] {-8.6616792678833, -5.599811553955078, -0.8634769916534424, 6.248902797698975, 3.173333168029785}),
            Map.entry("4", new double[] {-10.882689476013184, -7.873449325561523, -3.2494940757751465, 3.239691972732544, 13.416322708129883}),
            Map.entry("</s>", new double[] {-0.2287195473909378, 0.3915368914604187, 0.08725149184465408, 0.3670766353607178, -0.02120356820523739}),
            Map.entry("<s>", new double[] {-0.5032739639282227, -0.06988747417926788, 0.7247248291969299, -0.024788472801446915, 0.5769587159156799}));
    static final Map<Integer, double[]> W_positions = Map.ofEntries(
            Map.entry(0, new double[] {-0.3824477195739746, 0.14525066316127777, -0.4682011604309082, -0.3698592483997345, -0.2053648680448532}),
            Map.entry(1, new double[] {14.520928382873535, 7.197750568389893, -5.217338562011719, -21.45206069946289, -22.706735610961914}),
            Map.entry(2, new double[] {7.478958606719971, 9.522759437561035, 1.633010983467102, -12.050529479980469, -22.32878875732422}),
            Map.entry(3, new double[] {-13.021388053894043, 0.12889541685581207, 3.6875956058502197, 2.009748697280884, 5.027721881866455}),
            Map.entry(4, new double[] {-10.524611473083496, -1.730787992477417, 3.0768561363220215, 2.731855630874634, 3.9159278869628906}),
            Map.entry(5, new double[] {-14.290884971618652, -13.895448684692383, 0.24919404089450836, 10.24082088470459, 4.36279821395874}),
            Map.entry(6, new double[] {-33.40644073486328, -15.134465217590332, -7.145462512969971, 8.505781173706055, 14.246857643127441}),
            Map.entry(7, new double[] {0.01459871232509613, 0.01618155837059021, 0.3122760057449341, -0.04178071394562721, -0.9008684754371643}));
    static final Map<String, double[]> W_attn_0_0_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {11.902732849121094, 3.2913198471069336, -2.6204450130462646, -7.9248528480529785, -12.483866691589355}),
            Map.entry("1", new double[] {3.9325218200683594, 6.6390461921691895, 0.4393112361431122, -4.878337383270264, -9.266180038452148}),
            Map.entry("2", new double[] {-2.619279384613037, -0.3462865948677063, 4.957252502441406, -0.639390230178833, -5.255067348480225}),
            Map.entry("3", new double[] {-6.604963302612305, -4.4391560554504395, 0.4460310637950897, 6.508602142333984, 1.3456876277923584}),
            Map.entry("4", new double[] {-9.740030288696289, -7.686313629150391, -2.7532944679260254, 2.9061758518218994, 11.380558967590332}),
            Map.entry("</s>", new double[] {-3.7785961627960205, -1.8875130414962769, -0.4547560513019562, 0.9209039807319641, 5.983025550842285}),
            Map.entry("<s>", new double[] {-5.807578086853027, -3.3446707725524902, -0.6260502934455872, 1.8417249917984009, 7.347278118133545}));
    static final Map<String, double[]> W_attn_0_1_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {10.882306098937988, 3.8377537727355957, -2.6186304092407227, -7.040031909942627, -9.718785285949707}),
            Map.entry("1", new double[] {2.8647239208221436, 6.556092262268066, 0.05912173539400101, -4.221287727355957, -6.947391986846924}),
            Map.entry("2", new double[] {-3.516767740249634, -0.36944469809532166, 3.6997873783111572, -1.017282485961914, -3.8214781284332275}),
            Map.entry("3", new double[] {-7.419106960296631, -4.469609260559082, -0.5154491662979126, 6.1224894523620605, 2.5193402767181396}),
            Map.entry("4", new double[] {-9.698834419250488, -6.447640895843506, -2.778984785079956, 3.1636438369750977, 11.693948745727539}),
            Map.entry("</s>", new double[] {-1.1528364419937134, -4.882800579071045, -2.015825033187866, 3.6580495834350586, 1.9881095886230469}),
            Map.entry("<s>", new double[] {0.15302765369415283, -3.6887898445129395, -1.8369004726409912, 2.6548357009887695, 2.89528489112854}));
    static final Map<String, double[]> W_attn_0_2_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {11.887471199035645, 3.4337823390960693, -2.1467506885528564, -6.613641262054443, -10.742609024047852}),
            Map.entry("1", new double[] {3.981774091720581, 7.116483211517334, 0.2877332270145416, -5.099787712097168, -10.667370796203613}),
            Map.entry("2", new double[] {-2.788217306137085, -0.12480093538761139, 4.917276859283447, -0.948375403881073, -6.506475448608398}),
            Map.entry("3", new double[] {-7.071340084075928, -4.554342746734619, -0.028157979249954224, 5.937534332275391, -0.226180762052536}),
            Map.entry("4", new double[] {-9.292652130126953, -6.705672264099121, -2.232435703277588, 3.55464506149292, 10.589163780212402}),
            Map.entry("</s>", new double[] {-10.082659721374512, -7.777650833129883, -3.3945202827453613, 2.6559531688690186, 13.20959758758545}),
            Map.entry("<s>", new double[] {0.06955567002296448, 0.09585005789995193, -0.03321278467774391, -0.20566900074481964, -0.46979013085365295}));
    static final Map<String, double[]> W_attn_0_3_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {12.128103256225586, 3.581817388534546, -2.3023409843444824, -7.7548041343688965, -13.347285270690918}),
            Map.entry("1", new double[] {4.154287815093994, 7.2057785987854, 0.07171297073364258, -5.641856670379639, -11.074759483337402}),
            Map.entry("2", new double[] {-1.7844762802124023, 0.361560583114624, 4.436519145965576, -1.567592978477478, -7.158261299133301}),
            Map.entry("3", new double[] {-6.0520100593566895, -3.7424254417419434, 0.3587784767150879, 5.575516700744629, -0.5850756764411926}),
            Map.entry("4", new double[] {-8.583131790161133, -6.006375312805176, -1.9388298988342285, 3.160633087158203, 9.57303237915039}),
            Map.entry("</s>", new double[] {-8.619880676269531, -6.225845813751221, -2.3254523277282715, 2.9347732067108154, 9.707032203674316}),
            Map.entry("<s>", new double[] {-5.912173271179199, -3.804210662841797, -1.582466721534729, 1.884015679359436, 5.411191940307617}));
    static final Map<Integer, double[]> W_mlp_0_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {-10.447994232177734, -2.869007110595703, 2.4056737422943115, 4.070681095123291, 0.37026286125183105}),
            Map.entry(1, new double[] {-10.339665412902832, -1.3227224349975586, 1.3199108839035034, 1.823781967163086, 1.6975268125534058}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {-0.25397926568984985, 3.9577836990356445, 2.2201547622680664, -4.71897029876709, -10.627655029296875}),
            Map.entry(4, new double[] {-29.075735092163086, -29.80864143371582, -5.128231048583984, 6.571864128112793, 15.1395902633667}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {10.855982780456543, 5.478082656860352, -2.5972347259521484, -15.782139778137207, -28.255001068115234}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}));
    static final Map<String, double[]> W_attn_1_0_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {8.021471977233887, -0.5163642168045044, -2.2582602500915527, -2.6822216510772705, -15.943760871887207}),
            Map.entry("1", new double[] {4.513340473175049, 0.8856587409973145, 0.15366995334625244, 0.12590859830379486, -5.707864761352539}),
            Map.entry("2", new double[] {2.2013609409332275, 0.38746920228004456, 0.11416564136743546, -0.06958002597093582, -3.9047679901123047}),
            Map.entry("3", new double[] {-2.0648446083068848, -1.2896428108215332, 0.029836850240826607, 2.0191586017608643, -1.0469964742660522}),
            Map.entry("4", new double[] {-18.852901458740234, -4.505943298339844, -3.765550374984741, -2.0552852153778076, 15.735825538635254}),
            Map.entry("</s>", new double[] {-2.323362112045288, 1.182116985321045, 1.509202480316162, 1.9215272665023804, -1.3717695474624634}),
            Map.entry("<s>", new double[] {-11.856200218200684, 4.308166027069092, 4.043053150177002, 4.504451751708984, -7.846496105194092}));
    static final Map<String, double[]> W_attn_1_1_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {0.8276207447052002, -0.03835590183734894, -0.6878804564476013, -0.7563880085945129, -0.6848030090332031}),
            Map.entry("1", new double[] {0.07729186117649078, 0.6960113644599915, -0.24434244632720947, -0.08558252453804016, -0.35832324624061584}),
            Map.entry("2", new double[] {-0.19162559509277344, 0.02688704803586006, -0.2665767967700958, 0.018617264926433563, -0.05566848814487457}),
            Map.entry("3", new double[] {0.06664235889911652, -0.19487576186656952, -1.0486054420471191, 0.1997259557247162, -0.26006555557250977}),
            Map.entry("4", new double[] {0.4861884117126465, 0.8439074754714966, 0.01977822184562683, 1.1003971099853516, 1.240012526512146}),
            Map.entry("</s>", new double[] {-1.984442949295044, -0.19307450950145721, -0.36225467920303345, 0.5465677976608276, 0.9475948810577393}),
            Map.entry("<s>", new double[] {-2.497978687286377, -1.5787925720214844, 0.6096708178520203, 1.2231552600860596, 1.6889249086380005}));
    static final Map<String, double[]> W_attn_1_2_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {7.810092926025391, 2.336027145385742, -2.128265857696533, -5.097603797912598, -7.931251525878906}),
            Map.entry("1", new double[] {3.4859447479248047, 6.0394134521484375, 0.26750320196151733, -3.5363502502441406, -7.722387790679932}),
            Map.entry("2", new double[] {-2.0491445064544678, -0.48890602588653564, 3.648221492767334, -0.5728340744972229, -4.7726593017578125}),
            Map.entry("3", new double[] {-4.83389139175415, -2.9684386253356934, -0.1023290827870369, 4.756983280181885, 0.034268129616975784}),
            Map.entry("4", new double[] {-7.88670015335083, -5.859816551208496, -2.5519580841064453, 2.6019537448883057, 9.348084449768066}),
            Map.entry("</s>", new double[] {-2.250718832015991, -3.291005849838257, -1.6442896127700806, 3.2678210735321045, 4.909816741943359}),
            Map.entry("<s>", new double[] {-0.135377436876297, -1.5297136306762695, -1.3731275796890259, 0.37529411911964417, 0.7397550940513611}));
    static final Map<String, double[]> W_attn_1_3_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry("0", new double[] {0.8092077970504761, 0.5153148770332336, -0.1516730785369873, -0.35889488458633423, -2.719632148742676}),
            Map.entry("1", new double[] {-0.28434130549430847, 0.8953923583030701, 1.0602368116378784, 0.8737708330154419, -1.1260387897491455}),
            Map.entry("2", new double[] {-0.019982298836112022, 0.9592368602752686, 0.26694783568382263, -0.7489722371101379, -1.5736241340637207}),
            Map.entry("3", new double[] {3.3557894229888916, 0.7098066806793213, -1.159537672996521, -0.3361259400844574, -1.1389750242233276}),
            Map.entry("4", new double[] {-2.6400976181030273, -1.2809017896652222, -0.17873992025852203, 0.8434358835220337, 1.9342354536056519}),
            Map.entry("</s>", new double[] {-4.48942756652832, -1.3338087797164917, 1.0699384212493896, 1.9998819828033447, 3.710984468460083}),
            Map.entry("<s>", new double[] {-2.844346761703491, -2.514070987701416, -1.0442246198654175, 1.7119619846343994, 2.0154833793640137}));
    static final Map<Integer, double[]> W_mlp_1_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {5.1460065841674805, 1.072514533996582, -0.532477080821991, -3.916809320449829, -13.9340238571167}),
            Map.entry(1, new double[] {-15.019745826721191, -2.908500909805298, 1.78890061378479, 1.6749532222747803, 5.745577812194824}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {-7.661626815795898, -3.530697822570801, 0.14067260921001434, 1.8079626560211182, 1.2246360778808594}),
            Map.entry(4, new double[] {0.2729760408401489, -0.239843487739563, -0.4762099087238312, -0.21335868537425995, 0.8327389359474182}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {-15.581438064575195, -5.777953147888184, -1.0310354232788086, 1.6502118110656738, 3.5103354454040527}),
            Map.entry(7, new double[] {0.8550710678100586, 1.2378796339035034, 1.3626106977462769, 0.25543856620788574, -2.8446197509765625}));
    static final double[] W_ones = new double[] {-0.8166914582252502, 0.14619505405426025, 0.8661917448043823, 0.419222354888916, 0.9190005660057068};

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
        int[] mlp_0_0_outputs = mapInts(n, i -> mlp_mlp_0_0_outputs(attn_0_0_outputs[i], positions[i]));
        String[] attn_1_0_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_1_0_outputs(positions[i], tokens[j])), tokens);
        String[] attn_1_1_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_1_1_outputs(positions[i], tokens[j])), attn_0_1_outputs);
        String[] attn_1_2_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_1_2_outputs(positions[i], mlp_0_0_outputs[j])), attn_0_1_outputs);
        String[] attn_1_3_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_1_3_outputs(positions[i], tokens[j])), attn_0_3_outputs);
        int[] mlp_1_0_outputs = mapInts(n, i -> mlp_mlp_1_0_outputs(attn_1_3_outputs[i], positions[i]));
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
            add(logits, W_attn_1_0_outputs.get(attn_1_0_outputs[i]), 1);
            add(logits, W_attn_1_1_outputs.get(attn_1_1_outputs[i]), 1);
            add(logits, W_attn_1_2_outputs.get(attn_1_2_outputs[i]), 1);
            add(logits, W_attn_1_3_outputs.get(attn_1_3_outputs[i]), 1);
            add(logits, W_mlp_1_0_outputs.get(mlp_1_0_outputs[i]), 1);
            add(logits, W_ones, ones[i]);
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
