"""Transformer Program reverse, written by tprog.

run(tokens) returns the predicted label of every position of a list of tokens.
Plain Python 3, no packages. From a shell: python3 this_file.py '<s> 3 1 4'

A categorical head attends, from each query position, to the nearest key position
whose value the query's value matches: of two at the same distance the left one;
the query's own position only if it is the only match; position 0 if none matches.
"""

import sys

VOCABULARY = ["<pad>", "0", "1", "2", "3", "4", "</s>", "<s>"]
MAX_LENGTH = 8
CAUSAL = False
CLASSES = ["0", "1", "2", "3", "4"]


def select_closest(keys, queries, match):
    """The key position each query position attends to."""
    return [closest_match(i, keys, match(query), i + 1 if CAUSAL else len(keys))
            for i, query in enumerate(queries)]


def closest_match(i, keys, target, visible):
    for distance in range(1, visible):
        if i - distance >= 0 and keys[i - distance] == target:
            return i - distance
        if i + distance < visible and keys[i + distance] == target:
            return i + distance
    return i if keys[i] == target else 0


def aggregate(attended, values):
    return [values[j] for j in attended]


def count_matches(keys, queries, match, values):
    """A numerical head: the sum of the values at every matching key position."""
    sums = []
    for i, query in enumerate(queries):
        target = match(query)
        visible = i + 1 if CAUSAL else len(keys)
        sums.append(sum(v for k, v in zip(keys[:visible], values) if k == target))
    return sums


# layer 0 ######################################################################

def match_attn_0_0_outputs(q_position):
    """The positions value that a positions value matches."""
    if q_position in {0, 1}:
        return 6
    if q_position in {2}:
        return 4
    if q_position in {3}:
        return 2
    if q_position in {4, 5, 6, 7}:
        return 1
    return None


def match_attn_0_1_outputs(q_position):
    """The positions value that a positions value matches."""
    if q_position in {0}:
        return 6
    if q_position in {1, 3}:
        return 4
    if q_position in {2}:
        return 5
    if q_position in {4, 6, 7}:
        return 1
    if q_position in {5}:
        return 2
    return None


def match_attn_0_2_outputs(q_position):
    """The positions value that a positions value matches."""
    if q_position in {0, 1}:
        return 6
    if q_position in {2}:
        return 5
    if q_position in {3}:
        return 4
    if q_position in {4}:
        return 3
    if q_position in {5, 7}:
        return 2
    if q_position in {6}:
        return 1
    return None


def match_attn_0_3_outputs(q_position):
    """The positions value that a positions value matches."""
    if q_position in {0}:
        return 6
    if q_position in {1, 2}:
        return 5
    if q_position in {3}:
        return 4
    if q_position in {4, 5}:
        return 2
    if q_position in {6, 7}:
        return 1
    return None


def match_num_attn_0_0_outputs(q_token):
    """The positions value that a tokens value matches."""
    if q_token in {"0", "1", "</s>"}:
        return 7
    if q_token in {"2", "3", "4"}:
        return 6
    if q_token in {"<s>"}:
        return 5
    return None


def match_num_attn_0_1_outputs(q_token):
    """The positions value that a tokens value matches."""
    if q_token in {"0", "2", "4", "<s>"}:
        return 6
    if q_token in {"1", "3", "</s>"}:
        return 7
    return None


def match_num_attn_0_2_outputs(q_position):
    """The positions value that a positions value matches."""
    if q_position in {0, 7}:
        return 5
    if q_position in {1}:
        return 4
    if q_position in {2, 3, 4, 5, 6}:
        return 7
    return None


def match_num_attn_0_3_outputs(q_token):
    """The positions value that a tokens value matches."""
    if q_token in {"0", "1", "2"}:
        return 6
    if q_token in {"3", "4", "</s>"}:
        return 7
    if q_token in {"<s>"}:
        return 5
    return None


def mlp_mlp_0_0_outputs(attn_0_3_output, attn_0_0_output):
    key = (attn_0_3_output, attn_0_0_output)
    if key in {("0", "3"), ("0", "<s>"), ("1", "3"), ("1", "<s>"), ("2", "3"), ("3", "0"), ("3", "1"), ("3", "2"), ("3", "3"), ("3", "4"), ("3", "</s>"), ("3", "<s>"), ("4", "3"), ("</s>", "0"), ("</s>", "1"), ("</s>", "3"), ("</s>", "</s>"), ("<s>", "3")}:
        return 3
    if key in {("2", "<s>"), ("4", "<s>"), ("</s>", "2"), ("</s>", "4"), ("</s>", "<s>"), ("<s>", "<s>")}:
        return 7
    return 4


def mlp_num_mlp_0_0_outputs(num_attn_0_3_output):
    key = num_attn_0_3_output
    if key in {0}:
        return 6
    return 2


# layer 1 ######################################################################

def match_attn_1_0_outputs(q_position):
    """The positions value that a positions value matches."""
    if q_position in {0}:
        return 5
    if q_position in {1}:
        return 7
    if q_position in {2, 4}:
        return 6
    if q_position in {3, 6}:
        return 4
    if q_position in {5}:
        return 2
    if q_position in {7}:
        return 1
    return None


def match_attn_1_1_outputs(q_position):
    """The positions value that a positions value matches."""
    if q_position in {0, 6}:
        return 6
    if q_position in {1}:
        return 5
    if q_position in {2}:
        return 4
    if q_position in {3}:
        return 3
    if q_position in {4, 7}:
        return 2
    if q_position in {5}:
        return 1
    return None


def match_attn_1_2_outputs(q_position):
    """The positions value that a positions value matches."""
    if q_position in {0}:
        return 6
    if q_position in {1, 3}:
        return 3
    if q_position in {2}:
        return 4
    if q_position in {4}:
        return 2
    if q_position in {5, 6, 7}:
        return 1
    return None


def match_attn_1_3_outputs(q_position):
    """The positions value that a positions value matches."""
    if q_position in {0, 2}:
        return 3
    if q_position in {1}:
        return 4
    if q_position in {3, 4, 6, 7}:
        return 1
    if q_position in {5}:
        return 2
    return None


def match_num_attn_1_0_outputs(q_attn_0_2_output):
    """The attn_0_2_outputs value that a attn_0_2_outputs value matches."""
    if q_attn_0_2_output in {"0", "2"}:
        return "</s>"
    if q_attn_0_2_output in {"1", "</s>"}:
        return "4"
    if q_attn_0_2_output in {"3", "4"}:
        return "2"
    if q_attn_0_2_output in {"<s>"}:
        return "3"
    return None


def match_num_attn_1_1_outputs(q_attn_0_2_output):
    """The attn_0_2_outputs value that a attn_0_2_outputs value matches."""
    if q_attn_0_2_output in {"0", "4", "</s>"}:
        return "</s>"
    if q_attn_0_2_output in {"1"}:
        return "0"
    if q_attn_0_2_output in {"2", "3"}:
        return "4"
    if q_attn_0_2_output in {"<s>"}:
        return "3"
    return None


def match_num_attn_1_2_outputs(q_attn_0_2_output):
    """The attn_0_2_outputs value that a attn_0_2_outputs value matches."""
    if q_attn_0_2_output in {"0", "4"}:
        return "1"
    if q_attn_0_2_output in {"1"}:
        return "</s>"
    if q_attn_0_2_output in {"2", "</s>"}:
        return "2"
    if q_attn_0_2_output in {"3"}:
        return "3"
    if q_attn_0_2_output in {"<s>"}:
        return "0"
    return None


def match_num_attn_1_3_outputs(q_attn_0_2_output):
    """The attn_0_2_outputs value that a attn_0_2_outputs value matches."""
    if q_attn_0_2_output in {"0"}:
        return "0"
    if q_attn_0_2_output in {"1", "2", "3", "</s>"}:
        return "</s>"
    if q_attn_0_2_output in {"4", "<s>"}:
        return "4"
    return None


def mlp_mlp_1_0_outputs(attn_0_0_output, attn_0_3_output):
    key = (attn_0_0_output, attn_0_3_output)
    if key in {("0", "0"), ("0", "4"), ("0", "<s>"), ("2", "4"), ("3", "4"), ("4", "<s>"), ("<s>", "0"), ("<s>", "2"), ("<s>", "3"), ("<s>", "4"), ("<s>", "</s>"), ("<s>", "<s>")}:
        return 2
    if key in {("0", "2"), ("0", "3"), ("2", "0"), ("2", "1"), ("2", "2"), ("2", "3"), ("2", "<s>"), ("3", "2"), ("3", "3")}:
        return 4
    if key in {("4", "0"), ("4", "2"), ("4", "3"), ("4", "4"), ("</s>", "4")}:
        return 7
    if key in {("4", "</s>"), ("</s>", "2"), ("</s>", "3")}:
        return 1
    if key in {("</s>", "0"), ("</s>", "</s>"), ("</s>", "<s>")}:
        return 3
    return 5


def mlp_num_mlp_1_0_outputs(num_attn_0_2_output, num_attn_1_2_output):
    key = (num_attn_0_2_output, num_attn_1_2_output)
    if key in {(0, 0), (0, 1), (1, 0)}:
        return 0
    return 2


# layer 2 ######################################################################

def match_attn_2_0_outputs(q_position):
    """The positions value that a positions value matches."""
    if q_position in {0, 5}:
        return 7
    if q_position in {1}:
        return 3
    if q_position in {2, 7}:
        return 1
    if q_position in {3, 4}:
        return 6
    if q_position in {6}:
        return 2
    return None


def match_attn_2_1_outputs(q_position):
    """The positions value that a positions value matches."""
    if q_position in {0, 7}:
        return 7
    if q_position in {1}:
        return 5
    if q_position in {2}:
        return 2
    if q_position in {3}:
        return 6
    if q_position in {4}:
        return 3
    if q_position in {5}:
        return 4
    if q_position in {6}:
        return 1
    return None


def match_attn_2_2_outputs(q_position):
    """The tokens value that a positions value matches."""
    if q_position in {0, 7}:
        return "4"
    if q_position in {1, 6}:
        return "<s>"
    if q_position in {2, 4}:
        return "</s>"
    if q_position in {3, 5}:
        return "0"
    return None


def match_attn_2_3_outputs(q_position):
    """The tokens value that a positions value matches."""
    if q_position in {0, 5, 6}:
        return "2"
    if q_position in {1, 2}:
        return "3"
    if q_position in {3, 4, 7}:
        return "1"
    return None


def match_num_attn_2_0_outputs(q_attn_0_2_output):
    """The attn_0_2_outputs value that a attn_0_2_outputs value matches."""
    if q_attn_0_2_output in {"0"}:
        return "2"
    if q_attn_0_2_output in {"1"}:
        return "1"
    if q_attn_0_2_output in {"2", "4"}:
        return "</s>"
    if q_attn_0_2_output in {"3", "</s>"}:
        return "3"
    if q_attn_0_2_output in {"<s>"}:
        return "0"
    return None


def match_num_attn_2_1_outputs(q_attn_0_2_output):
    """The attn_0_3_outputs value that a attn_0_2_outputs value matches."""
    if q_attn_0_2_output in {"0", "3", "4"}:
        return "</s>"
    if q_attn_0_2_output in {"1"}:
        return "4"
    if q_attn_0_2_output in {"2"}:
        return "0"
    if q_attn_0_2_output in {"</s>"}:
        return "2"
    if q_attn_0_2_output in {"<s>"}:
        return "1"
    return None


def match_num_attn_2_2_outputs(q_attn_0_2_output):
    """The attn_0_2_outputs value that a attn_0_2_outputs value matches."""
    if q_attn_0_2_output in {"0", "1", "2"}:
        return "</s>"
    if q_attn_0_2_output in {"3", "<s>"}:
        return "3"
    if q_attn_0_2_output in {"4", "</s>"}:
        return "4"
    return None


def match_num_attn_2_3_outputs(q_attn_0_2_output):
    """The attn_1_1_outputs value that a attn_0_2_outputs value matches."""
    if q_attn_0_2_output in {"0", "2", "3"}:
        return 6
    if q_attn_0_2_output in {"1", "4"}:
        return 2
    return None


def mlp_mlp_2_0_outputs(attn_0_0_output, attn_0_1_output):
    key = (attn_0_0_output, attn_0_1_output)
    if key in {("0", "</s>")}:
        return 0
    if key in {("1", "1"), ("1", "2"), ("1", "4"), ("2", "4"), ("4", "4"), ("<s>", "1"), ("<s>", "2"), ("<s>", "4")}:
        return 7
    return 5


def mlp_num_mlp_2_0_outputs(num_attn_1_0_output, num_attn_2_0_output):
    key = (num_attn_1_0_output, num_attn_2_0_output)
    if key in {(0, 0)}:
        return 4
    return 1


# classifier: the weights each feature adds to each class's logit ####################

W_tokens = {
    "<pad>": (0.0, 0.0, 0.0, 0.0, 0.0),
    "0": (2.951158046722412, -0.6517359614372253, -0.6986697316169739, -0.60308837890625, -0.9744482040405273),
    "1": (-0.6134823560714722, 3.2555041313171387, -0.3309740722179413, -1.9408560991287231, -0.9180151224136353),
    "2": (-0.8726897239685059, -0.7986286282539368, 2.860795497894287, -0.6478254199028015, -1.1407040357589722),
    "3": (-0.9922909140586853, -2.0885214805603027, -1.0368551015853882, 2.890536069869995, -2.426748037338257),
    "4": (-0.3637872636318207, -0.24464960396289825, -0.2584082782268524, -0.640369176864624, 3.393665313720703),
    "</s>": (-0.21027953922748566, -0.11818459630012512, 0.08307256549596786, 0.02414749562740326, -0.4571903347969055),
    "<s>": (0.2881088852882385, -0.47554928064346313, 0.0194560457020998, -0.20800742506980896, 0.1457020491361618),
}
W_positions = {
    0: (-0.5744812488555908, -0.5402109026908875, -0.2483752965927124, -0.12679074704647064, 0.4575369656085968),
    1: (0.647415041923523, -0.5887571573257446, 1.113568902015686, -0.9312511086463928, 0.062151893973350525),
    2: (-0.2094712108373642, 0.7053831815719604, -0.5352927446365356, -0.6805596351623535, -0.12610140442848206),
    3: (-0.5198241472244263, -0.14788579940795898, 0.3045875132083893, 1.0794848203659058, -0.29317185282707214),
    4: (1.2901852130889893, -0.37083470821380615, -1.1135635375976562, 0.07448260486125946, -0.8813197612762451),
    5: (-1.2808629274368286, 1.4179515838623047, -0.9838213324546814, -0.7620713114738464, 1.011314868927002),
    6: (0.28134045004844666, 0.8752721548080444, 0.27526411414146423, 0.5909571051597595, 0.6747049689292908),
    7: (-0.22418498992919922, -1.066250205039978, -0.24055109918117523, -0.7683708071708679, 0.3961963653564453),
}
W_attn_0_0_outputs = {
    "<pad>": (0.0, 0.0, 0.0, 0.0, 0.0),
    "0": (8.270142555236816, -3.956073522567749, -3.4956209659576416, -1.8434754610061646, -2.5673937797546387),
    "1": (-1.6718311309814453, 3.4033477306365967, -2.406799793243408, 0.3927541673183441, -6.361203193664551),
    "2": (-1.7113065719604492, -3.211196184158325, 6.53702974319458, -0.8740375638008118, -1.2983332872390747),
    "3": (-2.5564610958099365, 2.9914770126342773, -2.460723638534546, 2.4712929725646973, -4.4137654304504395),
    "4": (-1.7949882745742798, -2.0970945358276367, -0.410584956407547, -2.454338550567627, 7.2675461769104),
    "</s>": (-4.0173749923706055, 2.5096585750579834, -3.1009364128112793, 4.15195894241333, 0.06252720206975937),
    "<s>": (-0.7968442440032959, 0.3003983497619629, 3.035971164703369, -2.428082227706909, 1.342097520828247),
}
W_attn_0_1_outputs = {
    "<pad>": (0.0, 0.0, 0.0, 0.0, 0.0),
    "0": (2.6530463695526123, -1.113512396812439, -1.9461264610290527, -1.938342571258545, -0.8358082175254822),
    "1": (-1.7452125549316406, 2.662215232849121, -1.5802340507507324, -0.028136158362030983, -1.9741218090057373),
    "2": (-2.2503538131713867, -2.9049456119537354, 4.825984477996826, 0.4280913770198822, -1.9621154069900513),
    "3": (-2.1081840991973877, -1.050673484802246, -1.82515287399292, 3.231326103210449, -2.1665585041046143),
    "4": (0.04995113983750343, -2.228569507598877, -1.7444257736206055, -0.3378020226955414, 4.081904888153076),
    "</s>": (0.6514005661010742, 1.5199856758117676, 0.2198411226272583, -2.20263409614563, -0.1330319195985794),
    "<s>": (-0.9839267730712891, 0.5013941526412964, 0.7880575060844421, -0.8655523657798767, -0.7662932872772217),
}
W_attn_0_2_outputs = {
    "<pad>": (0.0, 0.0, 0.0, 0.0, 0.0),
    "0": (5.370820045471191, -0.7376974821090698, -1.3027273416519165, -2.478008508682251, -3.709596633911133),
    "1": (-0.40582558512687683, 3.900404691696167, -1.5425337553024292, -0.46045830845832825, -5.140512943267822),
    "2": (-1.4223560094833374, -0.11687380820512772, 4.479652404785156, -3.1924655437469482, -0.27462518215179443),
    "3": (-2.6186106204986572, -2.2419817447662354, -3.083745002746582, 4.693535327911377, 1.584235429763794),
    "4": (2.028918981552124, -5.5450968742370605, 1.323945164680481, 1.410953164100647, 2.1910552978515625),
    "</s>": (-0.6790856122970581, 0.6984840035438538, -0.6839451193809509, -0.031174393370747566, 1.897323727607727),
    "<s>": (-0.9784017205238342, 0.967775285243988, 1.6638215780258179, -1.6556836366653442, 0.2583422362804413),
}
W_attn_0_3_outputs = {
    "<pad>": (0.0, 0.0, 0.0, 0.0, 0.0),
    "0": (3.117546319961548, -4.012627601623535, -3.1446890830993652, 2.809124708175659, -0.5502241253852844),
    "1": (-2.5097947120666504, 2.204542398452759, -2.4954514503479004, 2.010253429412842, -0.7007704973220825),
    "2": (-2.1247081756591797, -2.8759162425994873, 2.2666940689086914, 2.0620107650756836, -0.0908585786819458),
    "3": (0.40631407499313354, 3.077517032623291, 0.9380629658699036, -0.5956294536590576, -5.252624988555908),
    "4": (-0.4510689675807953, -0.6158851981163025, -0.6263049840927124, -1.9709033966064453, 2.7763442993164062),
    "</s>": (2.2768986225128174, 0.5128519535064697, 2.881019353866577, -2.980879306793213, 0.5439384579658508),
    "<s>": (-1.2208107709884644, 0.8572103977203369, 2.492004156112671, -0.057865846902132034, 0.5560078620910645),
}
W_mlp_0_0_outputs = {
    0: (0.0, 0.0, 0.0, 0.0, 0.0),
    1: (0.0, 0.0, 0.0, 0.0, 0.0),
    2: (0.0, 0.0, 0.0, 0.0, 0.0),
    3: (-0.6391973495483398, -4.518121242523193, 3.052446126937866, 1.0981427431106567, 2.00150465965271),
    4: (0.2588968873023987, 1.969017744064331, 2.9169955253601074, -6.51327657699585, 0.3812827467918396),
    5: (0.0, 0.0, 0.0, 0.0, 0.0),
    6: (0.0, 0.0, 0.0, 0.0, 0.0),
    7: (0.021792419254779816, 3.6617178916931152, -6.668172359466553, 3.32159423828125, -2.409456253051758),
}
W_num_mlp_0_0_outputs = {
    0: (0.0, 0.0, 0.0, 0.0, 0.0),
    1: (0.0, 0.0, 0.0, 0.0, 0.0),
    2: (0.061102546751499176, 0.04142880067229271, 0.6457740664482117, 0.5711346864700317, -0.09920743107795715),
    3: (0.0, 0.0, 0.0, 0.0, 0.0),
    4: (0.0, 0.0, 0.0, 0.0, 0.0),
    5: (0.0, 0.0, 0.0, 0.0, 0.0),
    6: (1.3443629741668701, 1.1013933420181274, 1.4242761135101318, -1.2714964151382446, -1.3090150356292725),
    7: (0.0, 0.0, 0.0, 0.0, 0.0),
}
W_attn_1_0_outputs = {
    "<pad>": (0.0, 0.0, 0.0, 0.0, 0.0),
    "0": (-3.4222331047058105, 1.8766703605651855, 2.6993579864501953, 0.5862625241279602, 1.203122615814209),
    "1": (1.9207508563995361, -3.7177250385284424, 1.9677841663360596, 0.7043476104736328, 0.7633507251739502),
    "2": (2.2935903072357178, 2.393521785736084, -3.879241943359375, -1.1651840209960938, 0.7258027791976929),
    "3": (2.195636749267578, 0.8336326479911804, 1.8408442735671997, -4.1875505447387695, 3.4727447032928467),
    "4": (0.7157230973243713, -0.5868420004844666, 0.817367672920227, 1.0771268606185913, -4.193944454193115),
    "</s>": (-3.4770021438598633, 0.5619641542434692, -0.5141490697860718, 2.8918652534484863, 1.083174467086792),
    "<s>": (2.0549252033233643, -0.09566538035869598, -0.36156365275382996, -0.18280887603759766, -0.6378083825111389),
}
W_attn_1_1_outputs = {
    0: (0.0, 0.0, 0.0, 0.0, 0.0),
    1: (0.0, 0.0, 0.0, 0.0, 0.0),
    2: (4.010566711425781, 4.834227085113525, 8.148065567016602, -8.865922927856445, -9.501087188720703),
    3: (0.0, 0.0, 0.0, 0.0, 0.0),
    4: (0.0, 0.0, 0.0, 0.0, 0.0),
    5: (0.0, 0.0, 0.0, 0.0, 0.0),
    6: (-3.2862207889556885, -5.538773059844971, -6.362573623657227, 8.48354721069336, 6.845851898193359),
    7: (0.0, 0.0, 0.0, 0.0, 0.0),
}
W_attn_1_2_outputs = {
    "<pad>": (0.0, 0.0, 0.0, 0.0, 0.0),
    "0": (4.804475784301758, -3.6348984241485596, -3.385666608810425, 0.2782759368419647, -0.5999078750610352),
    "1": (-3.7291009426116943, 5.441978931427002, -1.8831441402435303, -0.8308584690093994, -0.8046460151672363),
    "2": (-3.618502140045166, -2.6337878704071045, 6.2861175537109375, 0.37197715044021606, -0.6703914999961853),
    "3": (-0.782356858253479, 0.14342494308948517, -0.6886062622070312, 4.263247966766357, -4.5996294021606445),
    "4": (-1.014513611793518, -0.22154046595096588, -1.1146517992019653, -3.44854736328125, 5.24232292175293),
    "</s>": (-0.6903287172317505, -0.9203578233718872, 0.6564921140670776, -0.48119208216667175, 0.029608633369207382),
    "<s>": (-0.2536279857158661, -0.08069589734077454, 0.767244279384613, -0.3097746968269348, -0.12373325228691101),
}
W_attn_1_3_outputs = {
    "<pad>": (0.0, 0.0, 0.0, 0.0, 0.0),
    "0": (3.9750139713287354, -1.6612749099731445, -1.7242389917373657, -1.4744685888290405, -2.4213998317718506),
    "1": (-1.8178833723068237, 4.583303451538086, -1.873421549797058, -2.2772247791290283, -2.49250864982605),
    "2": (-1.3524599075317383, -1.2157554626464844, 4.979459762573242, -0.9668394923210144, -2.5533580780029297),
    "3": (-1.930987000465393, -1.8203275203704834, -1.9262385368347168, 3.9719066619873047, -2.610966682434082),
    "4": (-1.302630066871643, -1.5162296295166016, -1.273390769958496, -0.7029162049293518, 4.67800760269165),
    "</s>": (0.11406096816062927, -0.549395740032196, 1.6875399351119995, 0.0019494597800076008, -0.9383593797683716),
    "<s>": (-0.29859405755996704, 0.5561777353286743, 0.39178451895713806, -0.2891473174095154, -0.1264113336801529),
}
W_mlp_1_0_outputs = {
    0: (0.0, 0.0, 0.0, 0.0, 0.0),
    1: (-2.73140287399292, -1.2737756967544556, 6.3314313888549805, 1.7811800241470337, -8.078519821166992),
    2: (-0.4821019768714905, -0.3521673381328583, 1.1779367923736572, 0.4513762295246124, 0.36275923252105713),
    3: (4.698184013366699, -1.8480490446090698, -2.778884172439575, 1.277518630027771, -1.4795913696289062),
    4: (0.04855040833353996, 1.053627610206604, 1.7224349975585938, -0.3336687386035919, -3.124842643737793),
    5: (-1.0689553022384644, 2.598804473876953, -1.3774782419204712, -1.9297266006469727, 2.279606580734253),
    6: (0.0, 0.0, 0.0, 0.0, 0.0),
    7: (-0.8058849573135376, -0.8661494851112366, -0.7134384512901306, 0.7418375015258789, 1.7924004793167114),
}
W_num_mlp_1_0_outputs = {
    0: (0.7226705551147461, 0.8408491015434265, 0.004022131208330393, -1.3354336023330688, 0.044607363641262054),
    1: (0.0, 0.0, 0.0, 0.0, 0.0),
    2: (-2.4263556003570557, -4.863339900970459, -0.8029540777206421, 7.127927303314209, -0.5258517265319824),
    3: (0.0, 0.0, 0.0, 0.0, 0.0),
    4: (0.0, 0.0, 0.0, 0.0, 0.0),
    5: (0.0, 0.0, 0.0, 0.0, 0.0),
    6: (0.0, 0.0, 0.0, 0.0, 0.0),
    7: (0.0, 0.0, 0.0, 0.0, 0.0),
}
W_attn_2_0_outputs = {
    "<pad>": (0.0, 0.0, 0.0, 0.0, 0.0),
    "0": (-3.6817994117736816, 1.753834843635559, 2.0315933227539062, 1.1827458143234253, 0.9286061525344849),
    "1": (1.455784559249878, -4.626652240753174, 1.436885118484497, 1.4349284172058105, 0.4116024971008301),
    "2": (1.7432507276535034, 1.528617024421692, -3.867518901824951, 0.4903827905654907, 0.6805500984191895),
    "3": (1.4697115421295166, 1.8377102613449097, 1.788995385169983, -3.4618990421295166, 2.2234857082366943),
    "4": (0.8693108558654785, 0.9275509119033813, 0.8180361986160278, 0.6868019700050354, -4.316756248474121),
    "</s>": (-0.9379810690879822, 0.8152456879615784, -0.11361229419708252, 0.5745106935501099, -0.36316296458244324),
    "<s>": (-0.024651415646076202, -0.17378495633602142, 0.15850672125816345, -0.18853767216205597, -0.379942923784256),
}
W_attn_2_1_outputs = {
    "<pad>": (0.0, 0.0, 0.0, 0.0, 0.0),
    "0": (8.283403396606445, -4.65545654296875, -4.324367523193359, -0.5471422672271729, -0.7881237864494324),
    "1": (-4.5823750495910645, 9.420639991760254, -4.188302993774414, -3.358678102493286, -3.0110132694244385),
    "2": (-2.5005147457122803, -4.243091106414795, 9.707172393798828, -0.31244057416915894, -3.1883604526519775),
    "3": (-2.290673017501831, -2.6829206943511963, -1.748717188835144, 7.872990608215332, -6.615261077880859),
    "4": (-1.828871488571167, -1.6732786893844604, -1.7580116987228394, -3.266465425491333, 9.485145568847656),
    "</s>": (-0.33976730704307556, 0.2840190827846527, 1.5081287622451782, -2.0299713611602783, -0.11345136910676956),
    "<s>": (0.6182121634483337, -0.1626465916633606, 1.6251276731491089, -1.433661699295044, 0.09614048898220062),
}
W_attn_2_2_outputs = {
    "<pad>": (0.0, 0.0, 0.0, 0.0, 0.0),
    "0": (-3.9778738021850586, 1.9726240634918213, 2.3726985454559326, 1.4840786457061768, 1.2684727907180786),
    "1": (0.6127771139144897, -4.08719539642334, 2.2505102157592773, 2.2088356018066406, 1.2503094673156738),
    "2": (0.731124222278595, 1.9047338962554932, -2.961763620376587, 1.1075420379638672, 1.8341413736343384),
    "3": (-0.3334304988384247, 1.8616966009140015, 1.2454577684402466, -3.219472885131836, 1.8788542747497559),
    "4": (0.4642058312892914, 1.364119529724121, 1.8596769571304321, 1.4926427602767944, -4.55308723449707),
    "</s>": (2.5142788887023926, 1.2085280418395996, -0.4292008876800537, -2.6578102111816406, -0.9206085205078125),
    "<s>": (0.9548763632774353, 0.2958237826824188, -1.5367335081100464, -0.08717872947454453, -0.21516259014606476),
}
W_attn_2_3_outputs = {
    "<pad>": (0.0, 0.0, 0.0, 0.0, 0.0),
    "0": (0.1430804282426834, 0.675330400466919, -0.6899979114532471, 0.9326120018959045, 0.6054868102073669),
    "1": (-0.22033406794071198, -0.2450598031282425, -0.09338310360908508, 1.019073247909546, 0.35965701937675476),
    "2": (-0.09496306627988815, 0.1931641697883606, 0.06490466743707657, 0.191891610622406, -0.4504866302013397),
    "3": (0.8925496339797974, -0.2770288288593292, 0.6759745478630066, -0.9233556985855103, 0.7082995176315308),
    "4": (0.37565940618515015, -1.0582051277160645, 0.0871431976556778, 0.6829091310501099, 0.2948984205722809),
    "</s>": (0.6484721302986145, 0.4606929123401642, 0.4162465035915375, -1.4450359344482422, -0.6426199078559875),
    "<s>": (-0.5328940153121948, 0.927777111530304, 0.30877384543418884, -0.31588611006736755, -1.1464208364486694),
}
W_mlp_2_0_outputs = {
    0: (-8.570640563964844, 6.299915313720703, 1.9745168685913086, 3.668738603591919, -3.7068862915039062),
    1: (0.0, 0.0, 0.0, 0.0, 0.0),
    2: (0.0, 0.0, 0.0, 0.0, 0.0),
    3: (0.0, 0.0, 0.0, 0.0, 0.0),
    4: (0.0, 0.0, 0.0, 0.0, 0.0),
    5: (2.9852354526519775, -3.09989595413208, -1.001546025276184, 0.28832390904426575, -0.27784842252731323),
    6: (0.0, 0.0, 0.0, 0.0, 0.0),
    7: (1.05597722530365, 0.5896826982498169, 0.7018669247627258, -2.8206067085266113, 0.6130946278572083),
}
W_num_mlp_2_0_outputs = {
    0: (0.0, 0.0, 0.0, 0.0, 0.0),
    1: (0.27861255407333374, -1.2183341979980469, -4.617280960083008, 2.1486945152282715, 1.914488673210144),
    2: (0.0, 0.0, 0.0, 0.0, 0.0),
    3: (0.0, 0.0, 0.0, 0.0, 0.0),
    4: (-0.37323570251464844, 0.08250287175178528, 1.000166416168213, -0.9926329851150513, -0.8909904360771179),
    5: (0.0, 0.0, 0.0, 0.0, 0.0),
    6: (0.0, 0.0, 0.0, 0.0, 0.0),
    7: (0.0, 0.0, 0.0, 0.0, 0.0),
}
W_ones = (0.34217649698257446, -0.2841862738132477, -0.14795289933681488, 0.31333041191101074, -0.5128272175788879)
W_num_attn_0_0_outputs = (-1.623974323272705, 0.13700395822525024, -0.7782468199729919, 2.215195417404175, 2.0390865802764893)
W_num_attn_0_1_outputs = (-0.09722404927015305, -0.3417474925518036, -0.4549168050289154, 0.24259509146213531, 0.08587714284658432)
W_num_attn_0_2_outputs = (-1.3517242670059204, -0.21314048767089844, -0.5274273753166199, 1.5396751165390015, 0.6723419427871704)
W_num_attn_0_3_outputs = (0.09269846230745316, 0.5139021277427673, 0.37611183524131775, -0.7722084522247314, -1.1016970872879028)
W_num_attn_1_0_outputs = (-2.3819329738616943, 0.2852172255516052, -0.19235748052597046, 1.7766525745391846, 1.102999210357666)
W_num_attn_1_1_outputs = (-1.3639068603515625, 0.6557926535606384, 0.9337834119796753, 0.9587506651878357, -1.5647618770599365)
W_num_attn_1_2_outputs = (1.372126579284668, -3.920111894607544, 2.1578664779663086, 0.25176775455474854, 0.016550952568650246)
W_num_attn_1_3_outputs = (4.752133846282959, -0.2018897831439972, -2.6886324882507324, -2.7362029552459717, 2.6748266220092773)
W_num_attn_2_0_outputs = (1.7452820539474487, 1.9428884983062744, -3.6886603832244873, 2.440542697906494, -3.8774356842041016)
W_num_attn_2_1_outputs = (-2.0944015979766846, 3.996391534805298, 5.233304500579834, -3.1724166870117188, -2.4839766025543213)
W_num_attn_2_2_outputs = (-3.6157102584838867, -2.163663148880005, -2.316561698913574, 3.8613088130950928, 3.4581637382507324)
W_num_attn_2_3_outputs = (-1.586256504058838, 2.5098540782928467, -1.1401602029800415, -1.2142585515975952, 3.69350266456604)


def run(tokens):
    check(tokens)
    positions = list(range(len(tokens)))
    ones = [1] * len(tokens)
    attn_0_0_outputs = aggregate(select_closest(positions, positions, match_attn_0_0_outputs), tokens)
    attn_0_1_outputs = aggregate(select_closest(positions, positions, match_attn_0_1_outputs), tokens)
    attn_0_2_outputs = aggregate(select_closest(positions, positions, match_attn_0_2_outputs), tokens)
    attn_0_3_outputs = aggregate(select_closest(positions, positions, match_attn_0_3_outputs), tokens)
    num_attn_0_0_outputs = count_matches(positions, tokens, match_num_attn_0_0_outputs, ones)
    num_attn_0_1_outputs = count_matches(positions, tokens, match_num_attn_0_1_outputs, ones)
    num_attn_0_2_outputs = count_matches(positions, positions, match_num_attn_0_2_outputs, ones)
    num_attn_0_3_outputs = count_matches(positions, tokens, match_num_attn_0_3_outputs, ones)
    mlp_0_0_outputs = [mlp_mlp_0_0_outputs(attn_0_3_output, attn_0_0_output) for attn_0_3_output, attn_0_0_output in zip(attn_0_3_outputs, attn_0_0_outputs)]
    num_mlp_0_0_outputs = [mlp_num_mlp_0_0_outputs(num_attn_0_3_output) for num_attn_0_3_output in num_attn_0_3_outputs]
    attn_1_0_outputs = aggregate(select_closest(positions, positions, match_attn_1_0_outputs), attn_0_2_outputs)
    attn_1_1_outputs = aggregate(select_closest(positions, positions, match_attn_1_1_outputs), num_mlp_0_0_outputs)
    attn_1_2_outputs = aggregate(select_closest(positions, positions, match_attn_1_2_outputs), tokens)
    attn_1_3_outputs = aggregate(select_closest(positions, positions, match_attn_1_3_outputs), tokens)
    num_attn_1_0_outputs = count_matches(attn_0_2_outputs, attn_0_2_outputs, match_num_attn_1_0_outputs, num_attn_0_2_outputs)
    num_attn_1_1_outputs = count_matches(attn_0_2_outputs, attn_0_2_outputs, match_num_attn_1_1_outputs, ones)
    num_attn_1_2_outputs = count_matches(attn_0_2_outputs, attn_0_2_outputs, match_num_attn_1_2_outputs, num_attn_0_2_outputs)
    num_attn_1_3_outputs = count_matches(attn_0_2_outputs, attn_0_2_outputs, match_num_attn_1_3_outputs, num_attn_0_2_outputs)
    mlp_1_0_outputs = [mlp_mlp_1_0_outputs(attn_0_0_output, attn_0_3_output) for attn_0_0_output, attn_0_3_output in zip(attn_0_0_outputs, attn_0_3_outputs)]
    num_mlp_1_0_outputs = [mlp_num_mlp_1_0_outputs(num_attn_0_2_output, num_attn_1_2_output) for num_attn_0_2_output, num_attn_1_2_output in zip(num_attn_0_2_outputs, num_attn_1_2_outputs)]
    attn_2_0_outputs = aggregate(select_closest(positions, positions, match_attn_2_0_outputs), attn_1_3_outputs)
    attn_2_1_outputs = aggregate(select_closest(positions, positions, match_attn_2_1_outputs), attn_1_0_outputs)
    attn_2_2_outputs = aggregate(select_closest(tokens, positions, match_attn_2_2_outputs), attn_0_2_outputs)
    attn_2_3_outputs = aggregate(select_closest(tokens, positions, match_attn_2_3_outputs), attn_0_2_outputs)
    num_attn_2_0_outputs = count_matches(attn_0_2_outputs, attn_0_2_outputs, match_num_attn_2_0_outputs, num_attn_0_2_outputs)
    num_attn_2_1_outputs = count_matches(attn_0_3_outputs, attn_0_2_outputs, match_num_attn_2_1_outputs, num_attn_0_2_outputs)
    num_attn_2_2_outputs = count_matches(attn_0_2_outputs, attn_0_2_outputs, match_num_attn_2_2_outputs, num_attn_0_3_outputs)
    num_attn_2_3_outputs = count_matches(attn_1_1_outputs, attn_0_2_outputs, match_num_attn_2_3_outputs, num_attn_0_2_outputs)
    mlp_2_0_outputs = [mlp_mlp_2_0_outputs(attn_0_0_output, attn_0_1_output) for attn_0_0_output, attn_0_1_output in zip(attn_0_0_outputs, attn_0_1_outputs)]
    num_mlp_2_0_outputs = [mlp_num_mlp_2_0_outputs(num_attn_1_0_output, num_attn_2_0_output) for num_attn_1_0_output, num_attn_2_0_output in zip(num_attn_1_0_outputs, num_attn_2_0_outputs)]
    features = [
        [W_tokens[v] for v in tokens],
        [W_positions[v] for v in positions],
        [W_attn_0_0_outputs[v] for v in attn_0_0_outputs],
        [W_attn_0_1_outputs[v] for v in attn_0_1_outputs],
        [W_attn_0_2_outputs[v] for v in attn_0_2_outputs],
        [W_attn_0_3_outputs[v] for v in attn_0_3_outputs],
        [W_mlp_0_0_outputs[v] for v in mlp_0_0_outputs],
        [W_num_mlp_0_0_outputs[v] for v in num_mlp_0_0_outputs],
        [W_attn_1_0_outputs[v] for v in attn_1_0_outputs],
        [W_attn_1_1_outputs[v] for v in attn_1_1_outputs],
        [W_attn_1_2_outputs[v] for v in attn_1_2_outputs],
        [W_attn_1_3_outputs[v] for v in attn_1_3_outputs],
        [W_mlp_1_0_outputs[v] for v in mlp_1_0_outputs],
        [W_num_mlp_1_0_outputs[v] for v in num_mlp_1_0_outputs],
        [W_attn_2_0_outputs[v] for v in attn_2_0_outputs],
        [W_attn_2_1_outputs[v] for v in attn_2_1_outputs],
        [W_attn_2_2_outputs[v] for v in attn_2_2_outputs],
        [W_attn_2_3_outputs[v] for v in attn_2_3_outputs],
        [W_mlp_2_0_outputs[v] for v in mlp_2_0_outputs],
        [W_num_mlp_2_0_outputs[v] for v in num_mlp_2_0_outputs],
        [[w * v for w in W_ones] for v in ones],
        [[w * v for w in W_num_attn_0_0_outputs] for v in num_attn_0_0_outputs],
        [[w * v for w in W_num_attn_0_1_outputs] for v in num_attn_0_1_outputs],
        [[w * v for w in W_num_attn_0_2_outputs] for v in num_attn_0_2_outputs],
        [[w * v for w in W_num_attn_0_3_outputs] for v in num_attn_0_3_outputs],
        [[w * v for w in W_num_attn_1_0_outputs] for v in num_attn_1_0_outputs],
        [[w * v for w in W_num_attn_1_1_outputs] for v in num_attn_1_1_outputs],
        [[w * v for w in W_num_attn_1_2_outputs] for v in num_attn_1_2_outputs],
        [[w * v for w in W_num_attn_1_3_outputs] for v in num_attn_1_3_outputs],
        [[w * v for w in W_num_attn_2_0_outputs] for v in num_attn_2_0_outputs],
        [[w * v for w in W_num_attn_2_1_outputs] for v in num_attn_2_1_outputs],
        [[w * v for w in W_num_attn_2_2_outputs] for v in num_attn_2_2_outputs],
        [[w * v for w in W_num_attn_2_3_outputs] for v in num_attn_2_3_outputs],
    ]
    return [CLASSES[argmax(add(rows))] for rows in zip(*features, positions)]


def add(rows):
    """Each class's logit: the feature weights added in order (the last row is the position)."""
    logits = [0.0] * len(CLASSES)
    for row in rows[:-1]:
        for c, weight in enumerate(row):
            logits[c] += weight
    return logits


def argmax(logits):
    return max(range(len(logits)), key=logits.__getitem__)


def check(tokens):
    if not 1 <= len(tokens) <= MAX_LENGTH:
        raise ValueError(f"the input has {len(tokens)} tokens; the program handles 1 to {MAX_LENGTH}")
    for i, token in enumerate(tokens):
        if token not in VOCABULARY or token == "<pad>":
            raise ValueError(f"token {token!r} at position {i} is not in the program's vocabulary")


if __name__ == "__main__":
    print(" ".join(run(" ".join(sys.argv[1:]).split())))
