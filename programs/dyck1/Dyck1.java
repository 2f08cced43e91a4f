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
            case 0, 5, 9 -> k_position == 15;
            case 1 -> k_position == 1;
            case 2, 8 -> k_position == 6;
            case 3, 6 -> k_position == 5;
            case 4 -> k_position == 3;
            case 7 -> k_position == 14;
            case 10 -> k_position == 8;
            case 11, 12, 13, 14, 15 -> k_position == 9;
            default -> false;
        };
    }

    static boolean predicate_attn_0_1_outputs(String q_token, int k_position) {
        return switch (q_token) {
            case "(" -> k_position == 1;
            case ")" -> k_position == 8;
            case "<s>" -> k_position == 4;
            default -> false;
        };
    }

    static boolean predicate_attn_0_2_outputs(String q_token, int k_position) {
        return switch (q_token) {
            case "(" -> k_position == 9;
            case ")" -> k_position == 6;
            case "<s>" -> k_position == 14;
            default -> false;
        };
    }

    static boolean predicate_attn_0_3_outputs(String q_token, int k_position) {
        return switch (q_token) {
            case "(" -> k_position == 1;
            case ")" -> k_position == 2;
            case "<s>" -> k_position == 4;
            default -> false;
        };
    }

    static boolean predicate_num_attn_0_0_outputs(int q_position, String k_token) {
        return switch (q_position) {
            case 1 -> k_token.equals("<s>");
            case 2, 3, 4, 5, 6, 7, 8 -> k_token.equals("(");
            default -> false;
        };
    }

    static boolean predicate_num_attn_0_1_outputs(int q_position, String k_token) {
        return switch (q_position) {
            case 1, 11, 13, 15 -> k_token.equals("<s>");
            case 2, 3, 5, 7, 9 -> k_token.equals(")");
            default -> false;
        };
    }

    static boolean predicate_num_attn_0_2_outputs(int q_position, String k_token) {
        return switch (q_position) {
            case 1 -> k_token.equals("<s>");
            case 2, 3, 4, 5, 6, 8 -> k_token.equals(")");
            default -> false;
        };
    }

    static boolean predicate_num_attn_0_3_outputs(String q_token, String k_token) {
        return switch (q_token) {
            case "(", "<s>" -> k_token.equals("(");
            default -> false;
        };
    }

    static final Set<List<?>> MLP_mlp_0_0_outputs_0 = Set.of(List.of("(", ")"), List.of(")", "("), List.of(")", "<s>"));
    static final Set<List<?>> MLP_mlp_0_0_outputs_1 = Set.of(List.of(")", ")"), List.of("<s>", ")"));

    static int mlp_mlp_0_0_outputs(String attn_0_2_output, String attn_0_1_output) {
        List<?> key = List.of(attn_0_2_output, attn_0_1_output);
        if (MLP_mlp_0_0_outputs_0.contains(key)) {
            return 9;
        }
        if (MLP_mlp_0_0_outputs_1.contains(key)) {
            return 2;
        }
        return 1;
    }

    static int mlp_num_mlp_0_0_outputs(int num_attn_0_1_output) {
        return switch (num_attn_0_1_output) {
            default -> 7;
        };
    }

    // layer 1 --------------------------------------------------------------------------------

    static boolean predicate_attn_1_0_outputs(int q_mlp_0_0_output, int k_position) {
        return switch (q_mlp_0_0_output) {
            case 1 -> k_position == 3;
            case 2, 9 -> k_position == 11;
            default -> false;
        };
    }

    static boolean predicate_attn_1_1_outputs(int q_position, int k_position) {
        return switch (q_position) {
            case 0, 10, 11 -> k_position == 9;
            case 1, 2 -> k_position == 1;
            case 3, 4 -> k_position == 2;
            case 5 -> k_position == 3;
            case 6 -> k_position == 4;
            case 7 -> k_position == 5;
            case 8 -> k_position == 7;
            case 9, 14, 15 -> k_position == 13;
            case 12, 13 -> k_position == 11;
            default -> false;
        };
    }

    static boolean predicate_attn_1_2_outputs(int q_mlp_0_0_output, int k_position) {
        return switch (q_mlp_0_0_output) {
            case 1 -> k_position == 3;
            case 2 -> k_position == 4;
            case 9 -> k_position == 13;
            default -> false;
        };
    }

    static boolean predicate_attn_1_3_outputs(String q_token, int k_position) {
        return switch (q_token) {
            case "(", "<s>" -> k_position == 1;
            case ")" -> k_position == 3;
            default -> false;
        };
    }

    static boolean predicate_num_attn_1_0_outputs(int q_num_mlp_0_0_output, int k_position) {
        return switch (q_num_mlp_0_0_output) {
            case 7 -> k_position == 11;
            default -> false;
        };
    }

    static boolean predicate_num_attn_1_1_outputs(String q_token, int k_position) {
        return switch (q_token) {
            case "(" -> k_position == 3;
            case ")" -> k_position == 12;
            case "<s>" -> k_position == 6;
            default -> false;
        };
    }

    static boolean predicate_num_attn_1_2_outputs(int q_num_mlp_0_0_output, String k_attn_0_0_output) {
        return switch (q_num_mlp_0_0_output) {
            case 7 -> k_attn_0_0_output.equals(")");
            default -> false;
        };
    }

    static boolean predicate_num_attn_1_3_outputs(int q_num_mlp_0_0_output, int k_mlp_0_0_output) {
        return switch (q_num_mlp_0_0_output) {
            case 7 -> k_mlp_0_0_output == 2;
            default -> false;
        };
    }

    static final Set<List<?>> MLP_mlp_1_0_outputs_0 = Set.of(List.of(")", ")"), List.of(")", "<s>"));

    static int mlp_mlp_1_0_outputs(String attn_1_1_output, String attn_0_3_output) {
        List<?> key = List.of(attn_1_1_output, attn_0_3_output);
        if (MLP_mlp_1_0_outputs_0.contains(key)) {
            return 7;
        }
        return 9;
    }

    static final Set<List<?>> MLP_num_mlp_1_0_outputs_0 = Set.of(List.of(0, 73), List.of(0, 74), List.of(0, 75), List.of(0, 76), List.of(0, 77), List.of(0, 78), List.of(0, 79), List.of(0, 80), List.of(0, 81), List.of(0, 82), List.of(0, 83), List.of(0, 84), List.of(0, 85), List.of(0, 86), List.of(0, 87), List.of(0, 88), List.of(0, 89), List.of(0, 90), List.of(0, 91), List.of(0, 92), List.of(0, 93), List.of(0, 94), List.of(0, 95), List.of(0, 96), List.of(0, 97), List.of(0, 98), List.of(0, 99), List.of(0, 100), List.of(0, 101), List.of(0, 102), List.of(0, 103), List.of(0, 104), List.of(0, 105), List.of(0, 106), List.of(0, 107), List.of(0, 108), List.of(0, 109), List.of(0, 110), List.of(0, 111), List.of(0, 112), List.of(1, 144), List.of(1, 145), List.of(1, 146), List.of(1, 147), List.of(1, 148), List.of(1, 149), List.of(1, 150), List.of(1, 151), List.of(1, 152), List.of(1, 153), List.of(1, 154), List.of(1, 155), List.of(1, 156), List.of(1, 157), List.of(1, 158), List.of(1, 159), List.of(1, 160), List.of(1, 161), List.of(1, 162), List.of(1, 163), List.of(1, 164), List.of(1, 165), List.of(1, 166), List.of(1, 167), List.of(1, 168), List.of(1, 169), List.of(1, 170), List.of(1, 171), List.of(1, 172), List.of(1, 173), List.of(1, 174), List.of(1, 175), List.of(1, 176), List.of(1, 177), List.of(1, 178), List.of(1, 179), List.of(1, 180), List.of(1, 181), List.of(1, 182), List.of(1, 183), List.of(1, 184), List.of(1, 185), List.of(1, 186), List.of(1, 187), List.of(1, 188), List.of(1, 189), List.of(1, 190), List.of(1, 191), List.of(1, 192), List.of(1, 193), List.of(1, 194), List.of(1, 195), List.of(1, 196), List.of(1, 197), List.of(1, 198), List.of(1, 199), List.of(1, 200), List.of(1, 201), List.of(2, 215), List.of(2, 216), List.of(2, 217), List.of(2, 218), List.of(2, 219), List.of(2, 220), List.of(2, 221), List.of(2, 222), List.of(2, 223), List.of(2, 224), List.of(2, 225), List.of(2, 226), List.of(2, 227), List.of(2, 228), List.of(2, 229), List.of(2, 230), List.of(2, 231), List.of(2, 232), List.of(2, 233), List.of(2, 234), List.of(2, 235), List.of(2, 236), List.of(2, 237), List.of(2, 238), List.of(2, 239), List.of(2, 240), List.of(2, 241), List.of(2, 242), List.of(2, 243), List.of(2, 244), List.of(2, 245), List.of(2, 246), List.of(2, 247), List.of(2, 248), List.of(2, 249), List.of(2, 250), List.of(2, 251), List.of(2, 252), List.of(2, 253), List.of(2, 254), List.of(2, 255), List.of(2, 256), List.of(3, 233), List.of(3, 234), List.of(3, 235), List.of(3, 236), List.of(3, 237), List.of(3, 238), List.of(3, 239), List.of(3, 240), List.of(3, 241), List.of(3, 242), List.of(3, 243), List.of(3, 244), List.of(3, 245), List.of(3, 246), List.of(3, 247), List.of(3, 248), List.of(3, 249), List.of(3, 250), List.of(3, 251), List.of(3, 252), List.of(3, 253), List.of(3, 254), List.of(3, 255), List.of(3, 256), List.of(4, 239), List.of(4, 240), List.of(4, 241), List.of(4, 242), List.of(4, 243), List.of(4, 244), List.of(4, 245), List.of(4, 246), List.of(4, 247), List.of(4, 248), List.of(4, 249), List.of(4, 250), List.of(4, 251), List.of(4, 252), List.of(4, 253), List.of(4, 254), List.of(4, 255), List.of(4, 256), List.of(5, 245), List.of(5, 246), List.of(5, 247), List.of(5, 248), List.of(5, 249), List.of(5, 250), List.of(5, 251), List.of(5, 252), List.of(5, 253), List.of(5, 254), List.of(5, 255), List.of(5, 256), List.of(6, 251), List.of(6, 252), List.of(6, 253), List.of(6, 254), List.of(6, 255), List.of(6, 256));
    static final Set<List<?>> MLP_num_mlp_1_0_outputs_1 = Set.of(List.of(0, 113), List.of(0, 114), List.of(0, 115), List.of(0, 116), List.of(0, 117), List.of(0, 118), List.of(0, 119), List.of(0, 120), List.of(0, 121), List.of(0, 122), List.of(0, 123), List.of(0, 124), List.of(0, 125), List.of(0, 126), List.of(0, 127), List.of(0, 128), List.of(0, 129), List.of(0, 130), List.of(0, 131), List.of(0, 132), List.of(0, 133), List.of(0, 134), List.of(0, 135), List.of(0, 136), List.of(0, 137), List.of(0, 138), List.of(0, 139), List.of(0, 140), List.of(0, 141), List.of(0, 142), List.of(0, 143), List.of(0, 144), List.of(0, 145), List.of(0, 146), List.of(0, 147), List.of(0, 148), List.of(0, 149), List.of(0, 150), List.of(0, 151), List.of(0, 152), List.of(0, 153), List.of(0, 154), List.of(0, 155), List.of(0, 156), List.of(0, 157), List.of(0, 158), List.of(0, 159), List.of(0, 160), List.of(0, 161), List.of(0, 162), List.of(0, 163), List.of(0, 164), List.of(0, 165), List.of(0, 166), List.of(0, 167), List.of(0, 168), List.of(0, 169), List.of(0, 170), List.of(0, 171), List.of(0, 172), List.of(0, 173), List.of(0, 174), List.of(0, 175), List.of(0, 176), List.of(0, 177), List.of(0, 178), List.of(0, 179), List.of(0, 180), List.of(0, 181), List.of(0, 182), List.of(0, 183), List.of(0, 184), List.of(0, 185), List.of(0, 186), List.of(0, 187), List.of(0, 188), List.of(0, 189), List.of(0, 190), List.of(0, 191), List.of(0, 192), List.of(0, 193), List.of(0, 194), List.of(0, 195), List.of(0, 196), List.of(0, 197), List.of(0, 198), List.of(0, 199), List.of(0, 200), List.of(0, 201), List.of(0, 202), List.of(0, 203), List.of(0, 204), List.of(0, 205), List.of(0, 206), List.of(0, 207), List.of(0, 208), List.of(0, 209), List.of(0, 210), List.of(0, 211), List.of(0, 212), List.of(0, 213), List.of(0, 214), List.of(0, 215), List.of(0, 216), List.of(0, 217), List.of(0, 218), List.of(0, 219), List.of(0, 220), List.of(0, 221), List.of(0, 222), List.of(0, 223), List.of(0, 224), List.of(0, 225), List.of(0, 226), List.of(0, 227), List.of(0, 228), List.of(0, 229), List.of(0, 230), List.of(0, 231), List.of(0, 232), List.of(0, 233), List.of(0, 234), List.of(0, 235), List.of(0, 236), List.of(0, 237), List.of(0, 238), List.of(0, 239), List.of(0, 240), List.of(0, 241), List.of(0, 242), List.of(0, 243), List.of(0, 244), List.of(0, 245), List.of(0, 246), List.of(0, 247), List.of(0, 248), List.of(0, 249), List.of(0, 250), List.of(0, 251), List.of(0, 252), List.of(0, 253), List.of(0, 254), List.of(0, 255), List.of(0, 256), List.of(1, 202), List.of(1, 203), List.of(1, 204), List.of(1, 205), List.of(1, 206), List.of(1, 207), List.of(1, 208), List.of(1, 209), List.of(1, 210), List.of(1, 211), List.of(1, 212), List.of(1, 213), List.of(1, 214), List.of(1, 215), List.of(1, 216), List.of(1, 217), List.of(1, 218), List.of(1, 219), List.of(1, 220), List.of(1, 221), List.of(1, 222), List.of(1, 223), List.of(1, 224), List.of(1, 225), List.of(1, 226), List.of(1, 227), List.of(1, 228), List.of(1, 229), List.of(1, 230), List.of(1, 231), List.of(1, 232), List.of(1, 233), List.of(1, 234), List.of(1, 235), List.of(1, 236), List.of(1, 237), List.of(1, 238), List.of(1, 239), List.of(1, 240), List.of(1, 241), List.of(1, 242), List.of(1, 243), List.of(1, 244), List.of(1, 245), List.of(1, 246), List.of(1, 247), List.of(1, 248), List.of(1, 249), List.of(1, 250), List.of(1, 251), List.of(1, 252), List.of(1, 253), List.of(1, 254), List.of(1, 255), List.of(1, 256));

    static int mlp_num_mlp_1_0_outputs(int num_attn_1_2_output, int num_attn_1_0_output) {
        List<?> key = List.of(num_attn_1_2_output, num_attn_1_0_output);
        if (MLP_num_mlp_1_0_outputs_0.contains(key)) {
            return 3;
        }
        if (MLP_num_mlp_1_0_outputs_1.contains(key)) {
            return 9;
        }
        return 12;
    }

    // layer 2 --------------------------------------------------------------------------------

    static boolean predicate_attn_2_0_outputs(String q_token, int k_position) {
        return switch (q_token) {
            case "(", ")" -> k_position == 5;
            case "<s>" -> k_position == 1;
            default -> false;
        };
    }

    static boolean predicate_attn_2_1_outputs(String q_attn_1_2_output, int k_position) {
        return switch (q_attn_1_2_output) {
            case "(", ")" -> k_position == 2;
            case "<s>" -> k_position == 1;
            default -> false;
        };
    }

    static boolean predicate_attn_2_2_outputs(String q_attn_1_1_output, String k_attn_0_0_output) {
        return switch (q_attn_1_1_output) {
            case ")" -> k_attn_0_0_output.equals(")");
            case "<s>" -> k_attn_0_0_output.equals("(");
            default -> false;
        };
    }

    static boolean predicate_attn_2_3_outputs(String q_attn_0_3_output, String k_attn_0_2_output) {
        return switch (q_attn_0_3_output) {
            case "(", ")" -> k_attn_0_2_output.equals(")");
            case "<s>" -> k_attn_0_2_output.equals("(");
            default -> false;
        };
    }

    static boolean predicate_num_attn_2_0_outputs(int q_num_mlp_0_0_output, int k_position) {
        return switch (q_num_mlp_0_0_output) {
            case 7 -> k_position == 10;
            default -> false;
        };
    }

    static boolean predicate_num_attn_2_1_outputs(String q_attn_1_3_output, String k_attn_1_1_output) {
        return switch (q_attn_1_3_output) {
            case "(", "<s>" -> k_attn_1_1_output.equals(")");
            default -> false;
        };
    }

    static boolean predicate_num_attn_2_2_outputs(String q_attn_1_1_output, String k_token) {
        return switch (q_attn_1_1_output) {
            default -> false;
        };
    }

    static boolean predicate_num_attn_2_3_outputs(String q_attn_1_0_output, int k_position) {
        return switch (q_attn_1_0_output) {
            case "(", "<s>" -> k_position == 5;
            case ")" -> k_position == 10;
            default -> false;
        };
    }

    static int mlp_mlp_2_0_outputs(String attn_2_0_output) {
        return switch (attn_2_0_output) {
            case "(" -> 4;
            case "<s>" -> 12;
            default -> 1;
        };
    }

    // classifier: the weights each feature adds to each class's logit --------------------

    static final Map<String, double[]> W_tokens = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0}),
            Map.entry("(", new double[] {1.8192683458328247, -1.5820286273956299, -3.2290236949920654}),
            Map.entry(")", new double[] {-2.6392273902893066, 0.7091883420944214, 2.9024856090545654}),
            Map.entry("<s>", new double[] {0.34848278760910034, 0.4394654333591461, -0.4523617625236511}));
    static final Map<Integer, double[]> W_positions = Map.ofEntries(
            Map.entry(0, new double[] {-0.32812926173210144, -0.3810604214668274, -1.1386874914169312}),
            Map.entry(1, new double[] {-0.8756036162376404, 0.8233158588409424, -4.992116451263428}),
            Map.entry(2, new double[] {-2.522744655609131, -7.101690292358398, 6.287407875061035}),
            Map.entry(3, new double[] {0.05888982117176056, 1.4002090692520142, -6.270381450653076}),
            Map.entry(4, new double[] {-0.5171645879745483, -0.7681117653846741, 3.0828909873962402}),
            Map.entry(5, new double[] {-1.9767398834228516, 3.5389404296875, -7.296761989593506}),
            Map.entry(6, new double[] {-1.084632158279419, 0.12752486765384674, -0.025896523147821426}),
            Map.entry(7, new double[] {4.218736171722412, -4.1237263679504395, -2.7603042125701904}),
            Map.entry(8, new double[] {0.8710940480232239, -0.5634845495223999, -0.9764195680618286}),
            Map.entry(9, new double[] {-4.76235294342041, 6.118534088134766, -3.732609272003174}),
            Map.entry(10, new double[] {-0.11425042897462845, -0.49403730034828186, 1.5209840536117554}),
            Map.entry(11, new double[] {-0.7081507444381714, 1.5862494707107544, -7.187892436981201}),
            Map.entry(12, new double[] {0.17909500002861023, -2.0226452350616455, 1.2099254131317139}),
            Map.entry(13, new double[] {1.1376160383224487, 0.4874795079231262, -5.465933322906494}),
            Map.entry(14, new double[] {1.9146243333816528, -2.926274299621582, 2.142477512359619}),
            Map.entry(15, new double[] {1.6591697931289673, -0.7763370871543884, -6.57603120803833}));
    static final Map<String, double[]> W_attn_0_0_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0}),
            Map.entry("(", new double[] {-0.3751085102558136, 0.8271920084953308, -0.8129864931106567}),
            Map.entry(")", new double[] {1.3010327816009521, -0.8353028893470764, -0.26926103234291077}),
            Map.entry("<s>", new double[] {-0.899247407913208, 1.2434922456741333, 1.1809813976287842}));
    static final Map<String, double[]> W_attn_0_1_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0}),
            Map.entry("(", new double[] {0.023147311061620712, 1.0141105651855469, -0.40366271138191223}),
            Map.entry(")", new double[] {0.15905719995498657, -0.12508875131607056, 0.0572005994617939}),
            Map.entry("<s>", new double[] {2.550459861755371, -2.6144535541534424, -0.19832482933998108}));
    static final Map<String, double[]> W_attn_0_2_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0}),
            Map.entry("(", new double[] {-0.04898691922426224, -0.4456201493740082, -1.4740456342697144}),
            Map.entry(")", new double[] {-0.16646160185337067, 0.008250322192907333, -0.2577867805957794}),
            Map.entry("<s>", new double[] {1.4848228693008423, -1.4851245880126953, -0.4844399094581604}));
    static final Map<String, double[]> W_attn_0_3_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0}),
            Map.entry("(", new double[] {-0.1938488483428955, -0.6451699137687683, 0.39775550365448}),
            Map.entry(")", new double[] {0.1906467229127884, -0.5723528265953064, 0.2878997325897217}),
            Map.entry("<s>", new double[] {-0.44787266850471497, -0.32545706629753113, -1.252577543258667}));
    static final Map<Integer, double[]> W_mlp_0_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {0.2932182848453522, 0.07541068643331528, -0.8429872989654541}),
            Map.entry(2, new double[] {-0.4805625081062317, 1.0532079935073853, 0.017377816140651703}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0}),
            Map.entry(8, new double[] {0.0, 0.0, 0.0}),
            Map.entry(9, new double[] {0.15703903138637543, -0.8185815215110779, -1.6634337902069092}),
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
            Map.entry(6, new double[] {0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {-0.5065008997917175, 0.24429699778556824, -0.2545838952064514}),
            Map.entry(8, new double[] {0.0, 0.0, 0.0}),
            Map.entry(9, new double[] {0.0, 0.0, 0.0}),
            Map.entry(10, new double[] {0.0, 0.0, 0.0}),
            Map.entry(11, new double[] {0.0, 0.0, 0.0}),
            Map.entry(12, new double[] {0.0, 0.0, 0.0}),
            Map.entry(13, new double[] {0.0, 0.0, 0.0}),
            Map.entry(14, new double[] {0.0, 0.0, 0.0}),
            Map.entry(15, new double[] {0.0, 0.0, 0.0}));
    static final Map<String, double[]> W_attn_1_0_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0}),
            Map.entry("(", new double[] {0.2480357587337494, 0.3582163155078888, -0.1501898318529129}),
            Map.entry(")", new double[] {1.7303907871246338, -2.032315254211426, -1.144865870475769}),
            Map.entry("<s>", new double[] {-0.15481741726398468, 0.9689509272575378, 0.22401896119117737}));
    static final Map<String, double[]> W_attn_1_1_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0}),
            Map.entry("(", new double[] {0.3744661509990692, 0.690901517868042, -0.14706994593143463}),
            Map.entry(")", new double[] {-0.009529724717140198, -1.3593668937683105, 0.4417549967765808}),
            Map.entry("<s>", new double[] {-0.3023052513599396, -0.4385281503200531, -0.8306891918182373}));
    static final Map<String, double[]> W_attn_1_2_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0}),
            Map.entry("(", new double[] {-0.9595466256141663, -0.8024640679359436, -0.9998719692230225}),
            Map.entry(")", new double[] {0.7478691935539246, 0.5823736786842346, 0.42570385336875916}),
            Map.entry("<s>", new double[] {-0.2848465144634247, 0.42325565218925476, 0.2370491921901703}));
    static final Map<String, double[]> W_attn_1_3_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0}),
            Map.entry("(", new double[] {-2.0783531665802, 3.0751466751098633, 1.5487055778503418}),
            Map.entry(")", new double[] {6.699676990509033, -7.834367275238037, -4.913774490356445}),
            Map.entry("<s>", new double[] {0.6414538621902466, -0.9977864623069763, 0.677219808101654}));
    static final Map<Integer, double[]> W_mlp_1_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {0.4375026524066925, 0.9392449855804443, 0.18845707178115845}),
            Map.entry(8, new double[] {0.0, 0.0, 0.0}),
            Map.entry(9, new double[] {0.08233817666769028, 0.9566766619682312, -0.26155567169189453}),
            Map.entry(10, new double[] {0.0, 0.0, 0.0}),
            Map.entry(11, new double[] {0.0, 0.0, 0.0}),
            Map.entry(12, new double[] {0.0, 0.0, 0.0}),
            Map.entry(13, new double[] {0.0, 0.0, 0.0}),
            Map.entry(14, new double[] {0.0, 0.0, 0.0}),
            Map.entry(15, new double[] {0.0, 0.0, 0.0}));
    static final Map<Integer, double[]> W_num_mlp_1_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {0.15955214202404022, 9.319721721112728E-5, -0.0630689412355423}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0}),
            Map.entry(8, new double[] {0.0, 0.0, 0.0}),
            Map.entry(9, new double[] {-0.1856173872947693, -0.5484177470207214, -0.4036124646663666}),
            Map.entry(10, new double[] {0.0, 0.0, 0.0}),
            Map.entry(11, new double[] {0.0, 0.0, 0.0}),
            Map.entry(12, new double[] {0.2822898328304291, -0.033039361238479614, -0.02647249400615692}),
            Map.entry(13, new double[] {0.0, 0.0, 0.0}),
            Map.entry(14, new double[] {0.0, 0.0, 0.0}),
            Map.entry(15, new double[] {0.0, 0.0, 0.0}));
    static final Map<String, double[]> W_attn_2_0_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0}),
            Map.entry("(", new double[] {-1.5927475690841675, 1.0983444452285767, 0.3056564927101135}),
            Map.entry(")", new double[] {6.014497756958008, -5.863170623779297, 0.133498877286911}),
            Map.entry("<s>", new double[] {-1.140819787979126, 1.4227697849273682, 0.3105471432209015}));
    static final Map<Integer, double[]> W_attn_2_1_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {0.0, 0.0, 0.0}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {0.0, 0.0, 0.0}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {11.187873840332031, -12.782624244689941, -6.552385330200195}),
            Map.entry(8, new double[] {0.0, 0.0, 0.0}),
            Map.entry(9, new double[] {-1.2552800178527832, 0.9614496827125549, -0.008564568124711514}),
            Map.entry(10, new double[] {0.0, 0.0, 0.0}),
            Map.entry(11, new double[] {0.0, 0.0, 0.0}),
            Map.entry(12, new double[] {0.0, 0.0, 0.0}),
            Map.entry(13, new double[] {0.0, 0.0, 0.0}),
            Map.entry(14, new double[] {0.0, 0.0, 0.0}),
            Map.entry(15, new double[] {0.0, 0.0, 0.0}));
    static final Map<String, double[]> W_attn_2_2_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0}),
            Map.entry("(", new double[] {0.3512490689754486, 1.4386889934539795, 0.7435795664787292}),
            Map.entry(")", new double[] {1.432984709739685, -0.6543760299682617, 0.9714227914810181}),
            Map.entry("<s>", new double[] {-0.44272589683532715, 0.8583290576934814, 0.05957014858722687}));
    static final Map<String, double[]> W_attn_2_3_outputs = Map.ofEntries(
            Map.entry("<pad>", new double[] {0.0, 0.0, 0.0}),
            Map.entry("(", new double[] {-0.10611382871866226, 0.17261265218257904, -0.47019162774086}),
            Map.entry(")", new double[] {0.9315207600593567, -0.4806724786758423, -0.22741690278053284}),
            Map.entry("<s>", new double[] {0.4412997364997864, 0.20267333090305328, -0.43523940443992615}));
    static final Map<Integer, double[]> W_mlp_2_0_outputs = Map.ofEntries(
            Map.entry(0, new double[] {0.0, 0.0, 0.0}),
            Map.entry(1, new double[] {3.978447914123535, -5.503840923309326, 3.680445671081543}),
            Map.entry(2, new double[] {0.0, 0.0, 0.0}),
            Map.entry(3, new double[] {0.0, 0.0, 0.0}),
            Map.entry(4, new double[] {-0.5302912592887878, 0.4814634621143341, -0.4376681447029114}),
            Map.entry(5, new double[] {0.0, 0.0, 0.0}),
            Map.entry(6, new double[] {0.0, 0.0, 0.0}),
            Map.entry(7, new double[] {0.0, 0.0, 0.0}),
            Map.entry(8, new double[] {0.0, 0.0, 0.0}),
            Map.entry(9, new double[] {0.0, 0.0, 0.0}),
            Map.entry(10, new double[] {0.0, 0.0, 0.0}),
            Map.entry(11, new double[] {0.0, 0.0, 0.0}),
            Map.entry(12, new double[] {-0.9264898300170898, 0.2646332383155823, -0.6096171140670776}),
            Map.entry(13, new double[] {0.0, 0.0, 0.0}),
            Map.entry(14, new double[] {0.0, 0.0, 0.0}),
            Map.entry(15, new double[] {0.0, 0.0, 0.0}));
    static final double[] CONSTANT_0 = new double[] {-0.2788119912147522, -0.6228351593017578, -0.6022791862487793}; // from num_mlp_2_0_outputs
    static final double[] W_ones = new double[] {0.9557878375053406, -0.47841694951057434, 0.0351262241601944};
    static final double[] W_num_attn_0_0_outputs = new double[] {-1.7152501344680786, 2.75211238861084, -0.6629946827888489};
    static final double[] W_num_attn_0_1_outputs = new double[] {2.098428726196289, -0.5521920919418335, -1.3817627429962158};
    static final double[] W_num_attn_0_2_outputs = new double[] {1.1671223640441895, -4.132811546325684, 1.1473430395126343};
    static final double[] W_num_attn_0_3_outputs = new double[] {-0.28341108560562134, 0.7959168553352356, -4.032236576080322};
    static final double[] W_num_attn_1_0_outputs = new double[] {-0.34183576703071594, -0.12291474640369415, -0.28244537115097046};
    static final double[] W_num_attn_1_1_outputs = new double[] {0.4558591842651367, 1.0579679012298584, 0.5582572817802429};
    static final double[] W_num_attn_1_2_outputs = new double[] {1.2627631425857544, -0.12625129520893097, 0.4043208956718445};
    static final double[] W_num_attn_1_3_outputs = new double[] {0.5687382221221924, -0.6466502547264099, -0.5195669531822205};
    static final double[] W_num_attn_2_0_outputs = new double[] {0.34034234285354614, 0.812717854976654, 0.3592909872531891};
    static final double[] W_num_attn_2_1_outputs = new double[] {0.6658023595809937, -1.5086631774902344, -0.5317704081535339};
    static final double[] W_num_attn_2_2_outputs = new double[] {0.2734038531780243, -0.12736178934574127, -0.25250059366226196};
    static final double[] W_num_attn_2_3_outputs = new double[] {-0.46226218342781067, 0.6909757256507874, 0.33272784948349};

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
        String[] attn_0_2_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_0_2_outputs(tokens[i], positions[j])), tokens);
        String[] attn_0_3_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_0_3_outputs(tokens[i], positions[j])), tokens);
        int[] num_attn_0_0_outputs = countMatches(n, (i, j) -> predicate_num_attn_0_0_outputs(positions[i], tokens[j]), ones);
        int[] num_attn_0_1_outputs = countMatches(n, (i, j) -> predicate_num_attn_0_1_outputs(positions[i], tokens[j]), ones);
        int[] num_attn_0_2_outputs = countMatches(n, (i, j) -> predicate_num_attn_0_2_outputs(positions[i], tokens[j]), ones);
        int[] num_attn_0_3_outputs = countMatches(n, (i, j) -> predicate_num_attn_0_3_outputs(tokens[i], tokens[j]), ones);
        int[] mlp_0_0_outputs = mapInts(n, i -> mlp_mlp_0_0_outputs(attn_0_2_outputs[i], attn_0_1_outputs[i]));
        int[] num_mlp_0_0_outputs = mapInts(n, i -> mlp_num_mlp_0_0_outputs(num_attn_0_1_outputs[i]));
        String[] attn_1_0_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_1_0_outputs(mlp_0_0_outputs[i], positions[j])), attn_0_1_outputs);
        String[] attn_1_1_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_1_1_outputs(positions[i], positions[j])), tokens);
        String[] attn_1_2_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_1_2_outputs(mlp_0_0_outputs[i], positions[j])), attn_0_3_outputs);
        String[] attn_1_3_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_1_3_outputs(tokens[i], positions[j])), attn_0_3_outputs);
        int[] num_attn_1_0_outputs = countMatches(n, (i, j) -> predicate_num_attn_1_0_outputs(num_mlp_0_0_outputs[i], positions[j]), num_attn_0_3_outputs);
        int[] num_attn_1_1_outputs = countMatches(n, (i, j) -> predicate_num_attn_1_1_outputs(tokens[i], positions[j]), num_attn_0_3_outputs);
        int[] num_attn_1_2_outputs = countMatches(n, (i, j) -> predicate_num_attn_1_2_outputs(num_mlp_0_0_outputs[i], attn_0_0_outputs[j]), num_attn_0_2_outputs);
        int[] num_attn_1_3_outputs = countMatches(n, (i, j) -> predicate_num_attn_1_3_outputs(num_mlp_0_0_outputs[i], mlp_0_0_outputs[j]), num_attn_0_1_outputs);
        int[] mlp_1_0_outputs = mapInts(n, i -> mlp_mlp_1_0_outputs(attn_1_1_outputs[i], attn_0_3_outputs[i]));
        int[] num_mlp_1_0_outputs = mapInts(n, i -> mlp_num_mlp_1_0_outputs(num_attn_1_2_outputs[i], num_attn_1_0_outputs[i]));
        String[] attn_2_0_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_2_0_outputs(tokens[i], positions[j])), attn_1_2_outputs);
        int[] attn_2_1_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_2_1_outputs(attn_1_2_outputs[i], positions[j])), mlp_1_0_outputs);
        String[] attn_2_2_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_2_2_outputs(attn_1_1_outputs[i], attn_0_0_outputs[j])), attn_1_3_outputs);
        String[] attn_2_3_outputs = aggregate(selectClosest(n, (i, j) -> predicate_attn_2_3_outputs(attn_0_3_outputs[i], attn_0_2_outputs[j])), attn_1_0_outputs);
        int[] num_attn_2_0_outputs = countMatches(n, (i, j) -> predicate_num_attn_2_0_outputs(num_mlp_0_0_outputs[i], positions[j]), num_attn_0_3_outputs);
        int[] num_attn_2_1_outputs = countMatches(n, (i, j) -> predicate_num_attn_2_1_outputs(attn_1_3_outputs[i], attn_1_1_outputs[j]), num_attn_0_2_outputs);
        int[] num_attn_2_2_outputs = countMatches(n, (i, j) -> predicate_num_attn_2_2_outputs(attn_1_1_outputs[i], tokens[j]), num_attn_1_3_outputs);
        int[] num_attn_2_3_outputs = countMatches(n, (i, j) -> predicate_num_attn_2_3_outputs(attn_1_0_outputs[i], positions[j]), num_attn_0_3_outputs);
        int[] mlp_2_0_outputs = mapInts(n, i -> mlp_mlp_2_0_outputs(attn_2_0_outputs[i]));
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
