"""Transformer Program sort, written by tprog.

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
    """The tokens value that a positions value matches."""
    if q_position in {0, 2}:
        return "2"
    if q_position in {1, 7}:
        return "0"
    if q_position in {3, 4}:
        return "1"
    if q_position in {5}:
        return "3"
    if q_position in {6}:
        return "4"
    return None


def match_attn_0_1_outputs(q_position):
    """The positions value that a positions value matches."""
    if q_position in {0, 5, 7}:
        return 1
    if q_position in {1}:
        return 3
    if q_position in {2}:
        return 4
    if q_position in {3}:
        return 5
    if q_position in {4}:
        return 6
    if q_position in {6}:
        return 2
    return None


def match_attn_0_2_outputs(q_position):
    """The positions value that a positions value matches."""
    if q_position in {0, 5}:
        return 6
    if q_position in {1}:
        return 2
    if q_position in {2}:
        return 3
    if q_position in {3}:
        return 4
    if q_position in {4}:
        return 5
    if q_position in {6, 7}:
        return 1
    return None


def match_attn_0_3_outputs(q_position):
    """The tokens value that a positions value matches."""
    if q_position in {0, 6}:
        return "2"
    if q_position in {1}:
        return "0"
    if q_position in {2, 7}:
        return "1"
    if q_position in {3, 4, 5}:
        return "4"
    return None


def match_num_attn_0_0_outputs(q_position):
    """The tokens value that a positions value matches."""
    if q_position in {0}:
        return "2"
    if q_position in {1, 2, 3}:
        return "1"
    if q_position in {4, 5, 7}:
        return "0"
    if q_position in {6}:
        return "<s>"
    return None


def match_num_attn_0_1_outputs(q_position):
    """The tokens value that a positions value matches."""
    if q_position in {0}:
        return "3"
    if q_position in {1, 2, 3}:
        return "2"
    if q_position in {4, 7}:
        return "1"
    if q_position in {5}:
        return "</s>"
    if q_position in {6}:
        return "4"
    return None


def match_num_attn_0_2_outputs(q_position):
    """The tokens value that a positions value matches."""
    if q_position in {0, 7}:
        return "1"
    if q_position in {2, 3, 4, 5, 6}:
        return "3"
    return None


def match_num_attn_0_3_outputs(q_position):
    """The tokens value that a positions value matches."""
    if q_position in {0, 7}:
        return "1"
    if q_position in {1, 2, 3}:
        return "0"
    if q_position in {4}:
        return "<s>"
    if q_position in {5, 6}:
        return "4"
    return None


def mlp_mlp_0_0_outputs(position, attn_0_2_output):
    key = (position, attn_0_2_output)
    if key in {(1, "0"), (1, "1"), (1, "2"), (1, "3"), (1, "4"), (1, "<s>"), (2, "0"), (2, "1"), (2, "2"), (2, "3"), (2, "4"), (2, "<s>"), (7, "0"), (7, "1"), (7, "2"), (7, "3"), (7, "4")}:
        return 1
    if key in {(3, "0"), (3, "1"), (3, "2"), (3, "3"), (3, "4"), (3, "<s>"), (4, "0"), (4, "1"), (4, "2"), (4, "3"), (4, "4")}:
        return 4
    if key in {(5, "0"), (5, "1"), (5, "2"), (5, "3"), (5, "4")}:
        return 5
    return 3


def mlp_mlp_0_1_outputs(position):
    key = position
    if key in {1}:
        return 2
    if key in {2, 3, 7}:
        return 1
    return 0


def mlp_num_mlp_0_0_outputs(num_attn_0_2_output):
    key = num_attn_0_2_output
    if key in {0}:
        return 3
    return 2


def mlp_num_mlp_0_1_outputs(num_attn_0_0_output, num_attn_0_1_output):
    key = (num_attn_0_0_output, num_attn_0_1_output)
    if key in {(0, 0)}:
        return 0
    if key in {(0, 1), (0, 2), (0, 3), (0, 4), (0, 5), (0, 6), (0, 7), (0, 8), (1, 5), (1, 6), (1, 7), (1, 8)}:
        return 6
    return 4


# layer 1 ######################################################################

def match_attn_1_0_outputs(q_mlp_0_1_output):
    """The mlp_0_1_outputs value that a mlp_0_1_outputs value matches."""
    if q_mlp_0_1_output in {0}:
        return 2
    return None


def match_attn_1_1_outputs(q_position):
    """The tokens value that a positions value matches."""
    if q_position in {0}:
        return "2"
    if q_position in {1}:
        return "0"
    if q_position in {2, 4, 5, 6}:
        return "4"
    if q_position in {3}:
        return "</s>"
    if q_position in {7}:
        return "1"
    return None


def match_attn_1_2_outputs(q_position):
    """The positions value that a positions value matches."""
    if q_position in {0}:
        return 5
    if q_position in {1, 5}:
        return 3
    if q_position in {2, 6}:
        return 4
    if q_position in {3, 7}:
        return 1
    if q_position in {4}:
        return 2
    return None


def match_attn_1_3_outputs(q_position):
    """The tokens value that a positions value matches."""
    if q_position in {0, 4}:
        return "</s>"
    if q_position in {1, 7}:
        return "1"
    if q_position in {2}:
        return "0"
    if q_position in {3}:
        return "<s>"
    if q_position in {5, 6}:
        return "4"
    return None


def match_num_attn_1_0_outputs(q_position):
    """The num_mlp_0_1_outputs value that a positions value matches."""
    return None


def match_num_attn_1_1_outputs(q_position):
    """The tokens value that a positions value matches."""
    if q_position in {0, 4}:
        return "</s>"
    if q_position in {1, 2, 3, 7}:
        return "0"
    if q_position in {6}:
        return "4"
    return None


def match_num_attn_1_2_outputs(q_mlp_0_0_output):
    """The tokens value that a mlp_0_0_outputs value matches."""
    if q_mlp_0_0_output in {1, 4}:
        return "4"
    if q_mlp_0_0_output in {3, 5}:
        return "3"
    return None


def match_num_attn_1_3_outputs(q_position):
    """The attn_0_0_outputs value that a positions value matches."""
    if q_position in {0, 3, 4}:
        return "0"
    if q_position in {1, 7}:
        return "2"
    if q_position in {2, 5}:
        return "1"
    if q_position in {6}:
        return "<s>"
    return None


def mlp_mlp_1_0_outputs(attn_1_0_output, position):
    key = (attn_1_0_output, position)
    if key in {("0", 5), ("0", 6), ("1", 5), ("1", 6), ("2", 0), ("2", 5), ("2", 6), ("3", 0), ("3", 5), ("3", 6), ("4", 0), ("4", 5), ("4", 6), ("</s>", 0), ("</s>", 2), ("</s>", 3), ("</s>", 4), ("</s>", 5), ("</s>", 6), ("</s>", 7), ("<s>", 0), ("<s>", 2), ("<s>", 3), ("<s>", 4), ("<s>", 5), ("<s>", 6), ("<s>", 7)}:
        return 5
    return 4


def mlp_mlp_1_1_outputs(position):
    key = position
    if key in {1, 2}:
        return 2
    return 6


def mlp_num_mlp_1_0_outputs(num_attn_1_0_output, num_attn_0_1_output):
    key = (num_attn_1_0_output, num_attn_0_1_output)
    if key in {(0, 8)}:
        return 3
    return 5


def mlp_num_mlp_1_1_outputs(num_attn_0_3_output, num_attn_0_2_output):
    key = (num_attn_0_3_output, num_attn_0_2_output)
    if key in {(0, 0), (1, 0), (1, 1), (1, 2)}:
        return 4
    if key in {(0, 1), (0, 2), (0, 3), (0, 4), (0, 5), (0, 6), (0, 7), (0, 8), (1, 3), (1, 4), (1, 5), (1, 6), (1, 7), (1, 8), (2, 7), (2, 8)}:
        return 6
    return 0


# layer 2 ######################################################################

def match_attn_2_0_outputs(q_position):
    """The positions value that a positions value matches."""
    if q_position in {0, 1}:
        return 2
    if q_position in {2, 3, 7}:
        return 0
    if q_position in {4}:
        return 7
    if q_position in {5}:
        return 4
    if q_position in {6}:
        return 5
    return None


def match_attn_2_1_outputs(q_position):
    """The attn_0_1_outputs value that a positions value matches."""
    if q_position in {0, 6}:
        return "4"
    if q_position in {1, 2, 5}:
        return "2"
    if q_position in {3}:
        return "0"
    if q_position in {4}:
        return "1"
    if q_position in {7}:
        return "</s>"
    return None


def match_attn_2_2_outputs(q_position):
    """The tokens value that a positions value matches."""
    if q_position in {1}:
        return "1"
    if q_position in {2}:
        return "0"
    if q_position in {3, 4}:
        return "2"
    if q_position in {5, 6}:
        return "4"
    return None


def match_attn_2_3_outputs(q_position):
    """The tokens value that a positions value matches."""
    if q_position in {0}:
        return "</s>"
    if q_position in {1, 4}:
        return "2"
    if q_position in {2, 3}:
        return "0"
    if q_position in {5}:
        return "3"
    if q_position in {6}:
        return "4"
    return None


def match_num_attn_2_0_outputs(q_position):
    """The tokens value that a positions value matches."""
    if q_position in {0, 4, 5, 7}:
        return "2"
    if q_position in {1, 2}:
        return "4"
    if q_position in {3, 6}:
        return "</s>"
    return None


def match_num_attn_2_1_outputs(q_attn_1_3_output):
    """The tokens value that a attn_1_3_outputs value matches."""
    if q_attn_1_3_output in {"0", "2"}:
        return "</s>"
    if q_attn_1_3_output in {"1", "</s>"}:
        return "0"
    if q_attn_1_3_output in {"3", "4", "<s>"}:
        return "2"
    return None


def match_num_attn_2_2_outputs(q_position):
    """The tokens value that a positions value matches."""
    if q_position in {0, 2, 3, 4, 5, 7}:
        return "1"
    if q_position in {1}:
        return "4"
    return None


def match_num_attn_2_3_outputs(q_position):
    """The tokens value that a positions value matches."""
    if q_position in {0, 5, 6}:
        return "3"
    if q_position in {1, 2, 3}:
        return "0"
    if q_position in {4}:
        return "<s>"
    return None


def mlp_mlp_2_0_outputs(attn_2_1_output, position):
    key = (attn_2_1_output, position)
    if key in {("0", 0), ("0", 1), ("0", 2), ("1", 1), ("2", 1), ("3", 1), ("4", 1)}:
        return 1
    if key in {("0", 3), ("0", 4)}:
        return 0
    if key in {("0", 6), ("1", 2), ("2", 2), ("</s>", 1), ("<s>", 1)}:
        return 2
    if key in {("1", 6), ("2", 0), ("2", 3), ("2", 6), ("2", 7), ("3", 0), ("3", 3), ("3", 6), ("3", 7), ("4", 6), ("</s>", 6), ("<s>", 6)}:
        return 3
    if key in {("3", 2)}:
        return 7
    return 5


def mlp_mlp_2_1_outputs(position, attn_2_0_output):
    key = (position, attn_2_0_output)
    if key in {(0, "0"), (1, "0"), (1, "1"), (1, "2"), (1, "3"), (1, "4"), (1, "</s>"), (2, "0"), (2, "1"), (2, "3"), (2, "4"), (3, "0"), (3, "1"), (3, "3"), (3, "4")}:
        return 4
    if key in {(0, "1"), (0, "4"), (1, "<s>"), (2, "2"), (2, "</s>"), (3, "2"), (3, "</s>")}:
        return 5
    if key in {(4, "0"), (5, "0"), (6, "0"), (7, "0")}:
        return 3
    return 2


def mlp_num_mlp_2_0_outputs(num_attn_2_1_output):
    key = num_attn_2_1_output
    if key in {0}:
        return 7
    return 3


# classifier: the weights each feature adds to each class's logit ####################

W_tokens = {
    "<pad>": (0.0, 0.0, 0.0, 0.0, 0.0),
    "0": (5.540843486785889, 1.250180721282959, 0.22641901671886444, -1.177658200263977, -3.8057291507720947),
    "1": (1.1955032348632812, 3.8815155029296875, 0.7162116765975952, -1.046545386314392, -3.653884172439575),
    "2": (-1.5460290908813477, -0.2713334262371063, 4.302560329437256, -0.2965103089809418, -4.3680620193481445),
    "3": (-3.9686279296875, -2.4754369258880615, -1.2177690267562866, 2.018841505050659, 1.4521417617797852),
    "4": (-6.221731185913086, -4.833280563354492, -1.5641019344329834, 0.0774461179971695, 5.985252380371094),
    "</s>": (-0.6203367114067078, -0.3922291398048401, 0.13784173130989075, 0.12395337969064713, -0.13318577408790588),
    "<s>": (-0.06553152203559875, 0.43662235140800476, 0.6299505829811096, 0.05399173125624657, -0.7710880041122437),
}
W_positions = {
    0: (-0.7379530072212219, 0.23281992971897125, -0.39010778069496155, -0.2132626324892044, -0.46921244263648987),
    1: (3.1257896423339844, 3.116621255874634, -0.8530733585357666, -0.8317074775695801, -6.773986339569092),
    2: (3.415936231613159, 2.2984917163848877, 3.293705701828003, -3.097580671310425, -2.7735507488250732),
    3: (-6.2381439208984375, 2.76202654838562, 4.331864833831787, 0.5973913073539734, -3.604243516921997),
    4: (-0.3137234151363373, -1.4654244184494019, 1.1148240566253662, 1.1263056993484497, -1.7041009664535522),
    5: (-4.487624168395996, -6.496499061584473, 1.5930167436599731, 3.562000274658203, 2.9415340423583984),
    6: (-5.991491794586182, -4.357062816619873, -8.378199577331543, -2.765516519546509, 5.747547149658203),
    7: (0.22406858205795288, 0.41651904582977295, 0.04353231191635132, 0.19485019147396088, -0.5642252564430237),
}
W_attn_0_0_outputs = {
    "<pad>": (0.0, 0.0, 0.0, 0.0, 0.0),
    "0": (5.957308292388916, -2.6128315925598145, -0.2725042402744293, -0.3809143900871277, -1.7458196878433228),
    "1": (-2.0468521118164062, 2.4049134254455566, 0.31780821084976196, -0.29606878757476807, -1.3305789232254028),
    "2": (1.1564536094665527, -0.3298756182193756, 1.662184238433838, -1.4862828254699707, -0.3355780243873596),
    "3": (0.02233504131436348, 0.6721770763397217, 1.9712307453155518, 0.40923604369163513, -0.6328611969947815),
    "4": (-4.536002159118652, -2.5898406505584717, -0.5315504670143127, 0.5747326016426086, 2.618036985397339),
    "</s>": (-0.10432568937540054, -0.5398827195167542, -0.7937681078910828, -0.5037012100219727, -0.17246392369270325),
    "<s>": (-1.0947456359863281, -0.7718926072120667, 0.7398036122322083, 0.9791241884231567, 0.26946935057640076),
}
W_attn_0_1_outputs = {
    "<pad>": (0.0, 0.0, 0.0, 0.0, 0.0),
    "0": (5.838917255401611, 0.555263876914978, 0.2854301929473877, -1.752643346786499, -5.09934663772583),
    "1": (1.7547844648361206, 4.357080459594727, 1.4236578941345215, -1.6747592687606812, -4.521692752838135),
    "2": (0.33962780237197876, 0.8055517077445984, 5.346114158630371, -0.24354395270347595, -5.6597981452941895),
    "3": (-2.2429909706115723, -1.4720603227615356, 0.5154197812080383, 2.4129812717437744, -0.2303043007850647),
    "4": (-4.355241298675537, -3.651940107345581, -0.08468127250671387, 0.5626528859138489, 3.832141876220703),
    "</s>": (-8.124519348144531, -5.590532302856445, -4.245102882385254, 0.3786424994468689, 7.987268447875977),
    "<s>": (-1.5848017930984497, 0.3501565754413605, -2.791607618331909, 0.508379340171814, 1.8394664525985718),
}
W_attn_0_2_outputs = {
    "<pad>": (0.0, 0.0, 0.0, 0.0, 0.0),
    "0": (6.115251064300537, 1.4708470106124878, 0.32726162672042847, -1.8377388715744019, -5.276829719543457),
    "1": (2.8566532135009766, 5.187072277069092, 0.9602688550949097, -2.2181379795074463, -5.21979284286499),
    "2": (-0.7990877032279968, 0.49226126074790955, 5.106271743774414, -0.45096275210380554, -4.9277520179748535),
    "3": (-3.076489210128784, -1.4487107992172241, -0.330532431602478, 1.885924220085144, 0.8554276823997498),
    "4": (-6.235591411590576, -4.37600564956665, -1.440850853919983, -0.6965014934539795, 4.775040626525879),
    "</s>": (-7.663529396057129, -9.014054298400879, -5.427807331085205, 1.3542550802230835, 9.013409614562988),
    "<s>": (0.19564546644687653, 0.17281077802181244, 0.07409980148077011, -0.43270838260650635, 0.306009441614151),
}
W_attn_0_3_outputs = {
    "<pad>": (0.0, 0.0, 0.0, 0.0, 0.0),
    "0": (4.0947113037109375, 0.011116661131381989, -0.33958718180656433, 0.08743051439523697, -2.8860933780670166),
    "1": (3.481769323348999, 4.655609607696533, 0.4297354221343994, -3.133490800857544, -4.191176891326904),
    "2": (-2.4270412921905518, -4.558150291442871, 1.6547895669937134, 1.305635690689087, 0.936518132686615),
    "3": (-1.3548600673675537, -0.9324126243591309, -0.3868245482444763, 0.17539742588996887, 0.04423760995268822),
    "4": (-7.2277960777282715, -3.1462604999542236, -1.2572836875915527, 0.3744446635246277, 4.000406742095947),
    "</s>": (0.008087164722383022, 0.08453048020601273, 0.19106709957122803, 0.34883570671081543, 0.42459550499916077),
    "<s>": (0.33367088437080383, 1.6454929113388062, 1.4998438358306885, 0.3954310715198517, -4.345148086547852),
}
W_mlp_0_0_outputs = {
    0: (0.0, 0.0, 0.0, 0.0, 0.0),
    1: (4.558319568634033, 3.27470326423645, 2.4707894325256348, -1.371802568435669, -11.297465324401855),
    2: (0.0, 0.0, 0.0, 0.0, 0.0),
    3: (-17.048507690429688, -10.622511863708496, -5.004502773284912, 0.713329017162323, 9.067646980285645),
    4: (0.06848925352096558, 1.5018025636672974, 1.9997574090957642, -0.22242231667041779, -3.426536798477173),
    5: (-6.249812126159668, -1.3297736644744873, 1.7701445817947388, 1.0320194959640503, 0.498771607875824),
    6: (0.0, 0.0, 0.0, 0.0, 0.0),
    7: (0.0, 0.0, 0.0, 0.0, 0.0),
}
W_mlp_0_1_outputs = {
    0: (-6.642247676849365, -5.458035469055176, -1.0542320013046265, 1.1061850786209106, 4.899494647979736),
    1: (-0.9517787098884583, 2.715902805328369, 4.113282203674316, -1.1910059452056885, -4.060571193695068),
    2: (6.466273307800293, 3.4919722080230713, -0.3930993676185608, 0.052724070847034454, -10.711030960083008),
    3: (0.0, 0.0, 0.0, 0.0, 0.0),
    4: (0.0, 0.0, 0.0, 0.0, 0.0),
    5: (0.0, 0.0, 0.0, 0.0, 0.0),
    6: (0.0, 0.0, 0.0, 0.0, 0.0),
    7: (0.0, 0.0, 0.0, 0.0, 0.0),
}
W_num_mlp_0_0_outputs = {
    0: (0.0, 0.0, 0.0, 0.0, 0.0),
    1: (0.0, 0.0, 0.0, 0.0, 0.0),
    2: (-3.568908214569092, -2.1246066093444824, -0.6301538944244385, 4.366443157196045, -0.7400466799736023),
    3: (1.0617520809173584, 1.019506812095642, 1.5213714838027954, -2.8647024631500244, -0.050487566739320755),
    4: (0.0, 0.0, 0.0, 0.0, 0.0),
    5: (0.0, 0.0, 0.0, 0.0, 0.0),
    6: (0.0, 0.0, 0.0, 0.0, 0.0),
    7: (0.0, 0.0, 0.0, 0.0, 0.0),
}
W_num_mlp_0_1_outputs = {
    0: (2.6320154666900635, -2.7669148445129395, -2.138563394546509, 0.684619128704071, 1.3081592321395874),
    1: (0.0, 0.0, 0.0, 0.0, 0.0),
    2: (0.0, 0.0, 0.0, 0.0, 0.0),
    3: (0.0, 0.0, 0.0, 0.0, 0.0),
    4: (-1.6075894832611084, 0.4852716624736786, 1.2068849802017212, 0.2108771651983261, -0.1947171986103058),
    5: (0.0, 0.0, 0.0, 0.0, 0.0),
    6: (2.175755739212036, 0.5799680352210999, 0.6203258633613586, -0.7338323593139648, -0.9362542033195496),
    7: (0.0, 0.0, 0.0, 0.0, 0.0),
}
W_attn_1_0_outputs = {
    "<pad>": (0.0, 0.0, 0.0, 0.0, 0.0),
    "0": (3.206822156906128, 1.1244537830352783, 0.8876312375068665, -0.4535273313522339, -2.6382157802581787),
    "1": (0.24376903474330902, 1.248178482055664, 0.8062595129013062, -0.26303747296333313, -1.9999427795410156),
    "2": (-0.6359850764274597, 0.5888057947158813, 3.2993340492248535, 0.5414446592330933, -3.2991998195648193),
    "3": (-1.9989184141159058, -1.2086340188980103, -0.3251575231552124, 0.6163684129714966, -0.04580054059624672),
    "4": (-3.771143913269043, -1.99900484085083, 0.04528074711561203, 0.030875803902745247, 2.3625195026397705),
    "</s>": (-0.5958582162857056, -1.5502045154571533, -1.3768621683120728, -0.43617385625839233, 0.23886553943157196),
    "<s>": (-2.796133041381836, -3.707852840423584, -2.203779935836792, -0.7571421265602112, 3.8206753730773926),
}
W_attn_1_1_outputs = {
    "<pad>": (0.0, 0.0, 0.0, 0.0, 0.0),
    "0": (4.180174827575684, -0.548414945602417, 0.12942197918891907, -0.3598341643810272, -1.17206609249115),
    "1": (-0.48036953806877136, 0.24572604894638062, 0.4219835698604584, -0.6134354472160339, 0.45162856578826904),
    "2": (-0.7525267004966736, -0.07471448928117752, 0.27672380208969116, 0.2869440019130707, 0.9545120596885681),
    "3": (-1.5167725086212158, -1.3492648601531982, -0.012215600349009037, 0.7682905793190002, 0.821108341217041),
    "4": (-4.261096000671387, -1.1694810390472412, -0.8266059160232544, -0.3507823646068573, 2.164078712463379),
    "</s>": (0.5735134482383728, 0.4305069148540497, 1.3779109716415405, -0.138904869556427, -0.054733533412218094),
    "<s>": (-0.6755486726760864, 0.8068430423736572, 1.1804643869400024, 0.9765698313713074, -4.721259117126465),
}
W_attn_1_2_outputs = {
    "<pad>": (0.0, 0.0, 0.0, 0.0, 0.0),
    "0": (5.443138599395752, 0.9875438809394836, 0.5021238923072815, -1.2566167116165161, -5.901861667633057),
    "1": (0.6514881253242493, 3.609626054763794, 1.4273960590362549, -0.7089507579803467, -4.688294887542725),
    "2": (-0.05359164997935295, 0.7458100318908691, 5.419980525970459, 0.30880793929100037, -5.520809650421143),
    "3": (-2.9870128631591797, -1.7608662843704224, -0.2735025882720947, 2.5439367294311523, 0.18704281747341156),
    "4": (-6.113986015319824, -4.4883599281311035, -1.249717354774475, -0.24595871567726135, 3.815786123275757),
    "</s>": (-2.8521311283111572, -3.163083791732788, -3.632110834121704, -1.0332286357879639, 5.625911712646484),
    "<s>": (-2.6618893146514893, -5.346889019012451, -4.696812629699707, -0.9694933295249939, 7.389472961425781),
}
W_attn_1_3_outputs = {
    "<pad>": (0.0, 0.0, 0.0, 0.0, 0.0),
    "0": (4.677117824554443, 0.5705450177192688, 0.1796931028366089, -0.5281727313995361, -3.247178792953491),
    "1": (-1.418595790863037, 1.767830491065979, 0.5169661045074463, -0.5918927788734436, -2.0103609561920166),
    "2": (-0.22297030687332153, 0.023522889241576195, 2.2427682876586914, -0.27591708302497864, -2.143401622772217),
    "3": (-2.59059739112854, -1.5509448051452637, -0.8075395226478577, 1.4531162977218628, 0.1570877581834793),
    "4": (-4.1890339851379395, -2.8491296768188477, -0.7449365854263306, 0.5250831842422485, 3.7041220664978027),
    "</s>": (-0.8917388319969177, -0.5461745262145996, 0.6844595670700073, -0.23371846973896027, 0.3824257254600525),
    "<s>": (-1.5914119482040405, -0.357207715511322, -0.462057501077652, -0.008301212452352047, 0.3755803108215332),
}
W_mlp_1_0_outputs = {
    0: (0.0, 0.0, 0.0, 0.0, 0.0),
    1: (0.0, 0.0, 0.0, 0.0, 0.0),
    2: (0.0, 0.0, 0.0, 0.0, 0.0),
    3: (0.0, 0.0, 0.0, 0.0, 0.0),
    4: (-0.8426403999328613, 0.6368064880371094, 0.989146888256073, -0.7692667245864868, -0.8942058086395264),
    5: (-8.168524742126465, -3.3345775604248047, 1.0244699716567993, 1.8341275453567505, 2.6485557556152344),
    6: (0.0, 0.0, 0.0, 0.0, 0.0),
    7: (0.0, 0.0, 0.0, 0.0, 0.0),
}
W_mlp_1_1_outputs = {
    0: (0.0, 0.0, 0.0, 0.0, 0.0),
    1: (0.0, 0.0, 0.0, 0.0, 0.0),
    2: (6.5162434577941895, 3.28544020652771, 1.6602632999420166, -1.9778919219970703, -9.614013671875),
    3: (0.0, 0.0, 0.0, 0.0, 0.0),
    4: (0.0, 0.0, 0.0, 0.0, 0.0),
    5: (0.0, 0.0, 0.0, 0.0, 0.0),
    6: (-10.138449668884277, -5.270833492279053, -0.9603963494300842, 1.2375682592391968, 4.463095188140869),
    7: (0.0, 0.0, 0.0, 0.0, 0.0),
}
W_num_mlp_1_0_outputs = {
    0: (0.0, 0.0, 0.0, 0.0, 0.0),
    1: (0.0, 0.0, 0.0, 0.0, 0.0),
    2: (0.0, 0.0, 0.0, 0.0, 0.0),
    3: (-0.5596705675125122, 0.22607018053531647, 0.6901143789291382, 0.17412741482257843, -0.3093283176422119),
    4: (0.0, 0.0, 0.0, 0.0, 0.0),
    5: (-0.47458359599113464, 0.31501731276512146, 0.7185054421424866, 0.12748868763446808, -0.28176429867744446),
    6: (0.0, 0.0, 0.0, 0.0, 0.0),
    7: (0.0, 0.0, 0.0, 0.0, 0.0),
}
W_num_mlp_1_1_outputs = {
    0: (4.483983039855957, 1.4212034940719604, -1.5802452564239502, -4.439587593078613, 0.27715733647346497),
    1: (0.0, 0.0, 0.0, 0.0, 0.0),
    2: (0.0, 0.0, 0.0, 0.0, 0.0),
    3: (0.0, 0.0, 0.0, 0.0, 0.0),
    4: (-4.095991134643555, -0.9423481822013855, 1.5239489078521729, 1.5196536779403687, 0.010652905330061913),
    5: (0.0, 0.0, 0.0, 0.0, 0.0),
    6: (-2.562196969985962, -1.4420828819274902, 0.9722501635551453, 2.3879659175872803, -0.9870612621307373),
    7: (0.0, 0.0, 0.0, 0.0, 0.0),
}
W_attn_2_0_outputs = {
    "<pad>": (0.0, 0.0, 0.0, 0.0, 0.0),
    "0": (2.0059731006622314, -0.4506126642227173, 0.5502638220787048, -0.9751138091087341, -0.05985331907868385),
    "1": (-0.02051149494946003, 2.5942015647888184, 1.3986107110977173, -1.276289939880371, -3.3332762718200684),
    "2": (1.9755090475082397, 1.1268692016601562, 4.50804328918457, -0.23947519063949585, -4.6824493408203125),
    "3": (-1.1858586072921753, -0.9511396884918213, 0.8134158849716187, 1.0635292530059814, -0.9345864057540894),
    "4": (-3.37914776802063, -2.547316789627075, -0.0015427145408466458, 0.025167172774672508, 2.840508460998535),
    "</s>": (-1.3166111707687378, -1.2253957986831665, -1.5983830690383911, 0.16575895249843597, 2.5647778511047363),
    "<s>": (-2.031348705291748, -2.4879097938537598, -1.3143304586410522, 1.430746078491211, 2.774134635925293),
}
W_attn_2_1_outputs = {
    "<pad>": (0.0, 0.0, 0.0, 0.0, 0.0),
    "0": (-0.9415884017944336, 0.8926551342010498, 0.33621272444725037, 0.9781927466392517, 1.0649179220199585),
    "1": (0.48356616497039795, 0.2542436122894287, 0.4180167317390442, 1.0929059982299805, 0.1514715999364853),
    "2": (0.5928218960762024, 0.4764096736907959, 2.7320849895477295, -1.1691921949386597, -3.0787456035614014),
    "3": (-1.2496802806854248, 1.2972906827926636, -0.5256434679031372, 0.600253701210022, -0.12611231207847595),
    "4": (-1.802943468093872, 0.1438525915145874, -0.8218063116073608, -1.0089162588119507, 1.6844043731689453),
    "</s>": (-0.621074914932251, 0.47894608974456787, 0.844292163848877, -0.002244724426418543, -0.16640080511569977),
    "<s>": (-1.605778694152832, -0.28988268971443176, 0.6495848894119263, 0.5306471586227417, 0.9008287787437439),
}
W_attn_2_2_outputs = {
    "<pad>": (0.0, 0.0, 0.0, 0.0, 0.0),
    "0": (6.7637248039245605, 6.151623249053955, 1.0337603092193604, -4.948089122772217, -5.840469837188721),
    "1": (1.7739616632461548, 6.301916599273682, -3.4915077686309814, -3.50689959526062, -0.34571292996406555),
    "2": (-0.8710076212882996, -2.285687208175659, 4.82635498046875, 0.012981475330889225, -5.1234002113342285),
    "3": (-0.8762286305427551, -0.8895353674888611, 0.5684200525283813, 0.1748008131980896, 0.09233569353818893),
    "4": (-19.400571823120117, -14.18662166595459, -6.620580673217773, 4.166900634765625, 11.61673641204834),
    "</s>": (-0.6039973497390747, -0.5112399458885193, 0.38846153020858765, 0.3582514226436615, 0.37939000129699707),
    "<s>": (3.316678762435913, 0.48860636353492737, 0.8711327314376831, 0.5912714004516602, -3.4702558517456055),
}
W_attn_2_3_outputs = {
    "<pad>": (0.0, 0.0, 0.0, 0.0, 0.0),
    "0": (2.770913600921631, 4.868287086486816, 0.9390237331390381, -0.02449735254049301, -5.961315155029297),
    "1": (0.228938028216362, 0.20241431891918182, 1.1544619798660278, 0.12038473784923553, 0.7012935876846313),
    "2": (-1.6868587732315063, 0.20288662612438202, 3.559265613555908, -0.4903378188610077, -1.4357649087905884),
    "3": (-0.17020049691200256, -0.8890519142150879, 2.8826794624328613, 0.4212862253189087, -1.8424738645553589),
    "4": (-4.192406177520752, -2.474740743637085, -0.6819819808006287, 0.013303536921739578, 2.9061899185180664),
    "</s>": (-0.5966200828552246, 0.07297559082508087, -0.6996045708656311, 0.2255139946937561, 0.13068681955337524),
    "<s>": (-2.0319976806640625, -3.1525182723999023, -2.663134813308716, 1.5414657592773438, 3.990379810333252),
}
W_mlp_2_0_outputs = {
    0: (-0.917884886264801, 0.25905555486679077, 1.4505712985992432, 0.6135497689247131, -1.949100136756897),
    1: (3.3175458908081055, 1.7420480251312256, 1.1962401866912842, -0.2938916087150574, -5.821463584899902),
    2: (-2.158381223678589, 1.3930044174194336, 1.1525448560714722, -0.33920034766197205, -0.29923921823501587),
    3: (-5.3634033203125, -4.304901599884033, -1.0099561214447021, 0.7249742746353149, 3.3314895629882812),
    4: (0.0, 0.0, 0.0, 0.0, 0.0),
    5: (-4.320401191711426, -1.1831269264221191, 0.4824722707271576, 0.7025620937347412, 1.0610203742980957),
    6: (0.0, 0.0, 0.0, 0.0, 0.0),
    7: (0.06741055101156235, 0.8662517070770264, 1.6893905401229858, 0.19228093326091766, -0.6123213768005371),
}
W_mlp_2_1_outputs = {
    0: (0.0, 0.0, 0.0, 0.0, 0.0),
    1: (0.0, 0.0, 0.0, 0.0, 0.0),
    2: (-5.805911064147949, -2.7037084102630615, -0.6938676238059998, 1.2841280698776245, 2.7804789543151855),
    3: (-2.5178115367889404, -0.5617240071296692, 0.7063856720924377, 1.9475526809692383, -0.4819638431072235),
    4: (2.6000921726226807, 2.311053991317749, 2.0217061042785645, -1.2018643617630005, -5.138541221618652),
    5: (0.11394567787647247, 0.803466796875, 0.5516542792320251, -0.8932904601097107, 1.5698182582855225),
    6: (0.0, 0.0, 0.0, 0.0, 0.0),
    7: (0.0, 0.0, 0.0, 0.0, 0.0),
}
W_num_mlp_2_0_outputs = {
    0: (0.0, 0.0, 0.0, 0.0, 0.0),
    1: (0.0, 0.0, 0.0, 0.0, 0.0),
    2: (0.0, 0.0, 0.0, 0.0, 0.0),
    3: (-1.3830199241638184, -0.1566874086856842, 0.5296711325645447, 0.4828606843948364, -0.17020635306835175),
    4: (0.0, 0.0, 0.0, 0.0, 0.0),
    5: (0.0, 0.0, 0.0, 0.0, 0.0),
    6: (0.0, 0.0, 0.0, 0.0, 0.0),
    7: (0.7521604895591736, 0.8767143487930298, -0.059079866856336594, -0.28614571690559387, -0.997912585735321),
}
CONSTANT_0 = (-1.4551576375961304, 0.11724682152271271, 1.084801435470581, 0.1341177076101303, -0.7907688021659851)  # from num_mlp_2_1_outputs
W_ones = (-0.8053308129310608, 0.07004930824041367, 0.49109208583831787, -0.2697014808654785, 0.052603766322135925)
W_num_attn_0_0_outputs = (9.484527587890625, 6.568767547607422, -1.5264536142349243, -4.199550628662109, -6.074450492858887)
W_num_attn_0_1_outputs = (1.185192346572876, 2.8826420307159424, 1.3649965524673462, -0.6085635423660278, -2.075514316558838)
W_num_attn_0_2_outputs = (-4.603606700897217, -3.094475746154785, -1.1799876689910889, 5.451988697052002, -2.3446667194366455)
W_num_attn_0_3_outputs = (8.375993728637695, -1.169650673866272, -4.628986358642578, -2.641446590423584, 1.0254623889923096)
W_num_attn_1_0_outputs = (0.31355392932891846, 0.28225547075271606, 0.15903052687644958, 0.17052893340587616, 0.1951083093881607)
W_num_attn_1_1_outputs = (2.678642749786377, 1.6648237705230713, -0.1615065634250641, -0.455790638923645, -1.4297937154769897)
W_num_attn_1_2_outputs = (-5.496316909790039, -5.350160121917725, -5.307158470153809, 1.1903730630874634, 7.3860344886779785)
W_num_attn_1_3_outputs = (1.562118411064148, 1.5917855501174927, 0.04314726963639259, -0.6801720857620239, -1.429763674736023)
W_num_attn_2_0_outputs = (0.4821559190750122, 0.5781136155128479, 0.6848978996276855, 0.5599541068077087, 0.5081995725631714)
W_num_attn_2_1_outputs = (0.5518489480018616, 0.3302888870239258, 0.09455407410860062, -0.18746094405651093, -0.466752827167511)
W_num_attn_2_2_outputs = (1.845492959022522, 2.3664612770080566, 0.14375802874565125, -0.5856724977493286, -1.7143820524215698)
W_num_attn_2_3_outputs = (-0.12261617183685303, -0.20487019419670105, -0.31339192390441895, -0.3654109239578247, -0.6189268827438354)


def run(tokens):
    check(tokens)
    positions = list(range(len(tokens)))
    ones = [1] * len(tokens)
    attn_0_0_outputs = aggregate(select_closest(tokens, positions, match_attn_0_0_outputs), tokens)
    attn_0_1_outputs = aggregate(select_closest(positions, positions, match_attn_0_1_outputs), tokens)
    attn_0_2_outputs = aggregate(select_closest(positions, positions, match_attn_0_2_outputs), tokens)
    attn_0_3_outputs = aggregate(select_closest(tokens, positions, match_attn_0_3_outputs), tokens)
    num_attn_0_0_outputs = count_matches(tokens, positions, match_num_attn_0_0_outputs, ones)
    num_attn_0_1_outputs = count_matches(tokens, positions, match_num_attn_0_1_outputs, ones)
    num_attn_0_2_outputs = count_matches(tokens, positions, match_num_attn_0_2_outputs, ones)
    num_attn_0_3_outputs = count_matches(tokens, positions, match_num_attn_0_3_outputs, ones)
    mlp_0_0_outputs = [mlp_mlp_0_0_outputs(position, attn_0_2_output) for position, attn_0_2_output in zip(positions, attn_0_2_outputs)]
    mlp_0_1_outputs = [mlp_mlp_0_1_outputs(position) for position in positions]
    num_mlp_0_0_outputs = [mlp_num_mlp_0_0_outputs(num_attn_0_2_output) for num_attn_0_2_output in num_attn_0_2_outputs]
    num_mlp_0_1_outputs = [mlp_num_mlp_0_1_outputs(num_attn_0_0_output, num_attn_0_1_output) for num_attn_0_0_output, num_attn_0_1_output in zip(num_attn_0_0_outputs, num_attn_0_1_outputs)]
    attn_1_0_outputs = aggregate(select_closest(mlp_0_1_outputs, mlp_0_1_outputs, match_attn_1_0_outputs), attn_0_2_outputs)
    attn_1_1_outputs = aggregate(select_closest(tokens, positions, match_attn_1_1_outputs), tokens)
    attn_1_2_outputs = aggregate(select_closest(positions, positions, match_attn_1_2_outputs), attn_0_2_outputs)
    attn_1_3_outputs = aggregate(select_closest(tokens, positions, match_attn_1_3_outputs), attn_0_1_outputs)
    num_attn_1_0_outputs = count_matches(num_mlp_0_1_outputs, positions, match_num_attn_1_0_outputs, num_attn_0_0_outputs)
    num_attn_1_1_outputs = count_matches(tokens, positions, match_num_attn_1_1_outputs, num_attn_0_3_outputs)
    num_attn_1_2_outputs = count_matches(tokens, mlp_0_0_outputs, match_num_attn_1_2_outputs, ones)
    num_attn_1_3_outputs = count_matches(attn_0_0_outputs, positions, match_num_attn_1_3_outputs, num_attn_0_0_outputs)
    mlp_1_0_outputs = [mlp_mlp_1_0_outputs(attn_1_0_output, position) for attn_1_0_output, position in zip(attn_1_0_outputs, positions)]
    mlp_1_1_outputs = [mlp_mlp_1_1_outputs(position) for position in positions]
    num_mlp_1_0_outputs = [mlp_num_mlp_1_0_outputs(num_attn_1_0_output, num_attn_0_1_output) for num_attn_1_0_output, num_attn_0_1_output in zip(num_attn_1_0_outputs, num_attn_0_1_outputs)]
    num_mlp_1_1_outputs = [mlp_num_mlp_1_1_outputs(num_attn_0_3_output, num_attn_0_2_output) for num_attn_0_3_output, num_attn_0_2_output in zip(num_attn_0_3_outputs, num_attn_0_2_outputs)]
    attn_2_0_outputs = aggregate(select_closest(positions, positions, match_attn_2_0_outputs), attn_1_2_outputs)
    attn_2_1_outputs = aggregate(select_closest(attn_0_1_outputs, positions, match_attn_2_1_outputs), attn_0_1_outputs)
    attn_2_2_outputs = aggregate(select_closest(tokens, positions, match_attn_2_2_outputs), tokens)
    attn_2_3_outputs = aggregate(select_closest(tokens, positions, match_attn_2_3_outputs), tokens)
    num_attn_2_0_outputs = count_matches(tokens, positions, match_num_attn_2_0_outputs, num_attn_1_0_outputs)
    num_attn_2_1_outputs = count_matches(tokens, attn_1_3_outputs, match_num_attn_2_1_outputs, num_attn_1_3_outputs)
    num_attn_2_2_outputs = count_matches(tokens, positions, match_num_attn_2_2_outputs, num_attn_0_0_outputs)
    num_attn_2_3_outputs = count_matches(tokens, positions, match_num_attn_2_3_outputs, num_attn_1_0_outputs)
    mlp_2_0_outputs = [mlp_mlp_2_0_outputs(attn_2_1_output, position) for attn_2_1_output, position in zip(attn_2_1_outputs, positions)]
    mlp_2_1_outputs = [mlp_mlp_2_1_outputs(position, attn_2_0_output) for position, attn_2_0_output in zip(positions, attn_2_0_outputs)]
    num_mlp_2_0_outputs = [mlp_num_mlp_2_0_outputs(num_attn_2_1_output) for num_attn_2_1_output in num_attn_2_1_outputs]
    features = [
        [W_tokens[v] for v in tokens],
        [W_positions[v] for v in positions],
        [W_attn_0_0_outputs[v] for v in attn_0_0_outputs],
        [W_attn_0_1_outputs[v] for v in attn_0_1_outputs],
        [W_attn_0_2_outputs[v] for v in attn_0_2_outputs],
        [W_attn_0_3_outputs[v] for v in attn_0_3_outputs],
        [W_mlp_0_0_outputs[v] for v in mlp_0_0_outputs],
        [W_mlp_0_1_outputs[v] for v in mlp_0_1_outputs],
        [W_num_mlp_0_0_outputs[v] for v in num_mlp_0_0_outputs],
        [W_num_mlp_0_1_outputs[v] for v in num_mlp_0_1_outputs],
        [W_attn_1_0_outputs[v] for v in attn_1_0_outputs],
        [W_attn_1_1_outputs[v] for v in attn_1_1_outputs],
        [W_attn_1_2_outputs[v] for v in attn_1_2_outputs],
        [W_attn_1_3_outputs[v] for v in attn_1_3_outputs],
        [W_mlp_1_0_outputs[v] for v in mlp_1_0_outputs],
        [W_mlp_1_1_outputs[v] for v in mlp_1_1_outputs],
        [W_num_mlp_1_0_outputs[v] for v in num_mlp_1_0_outputs],
        [W_num_mlp_1_1_outputs[v] for v in num_mlp_1_1_outputs],
        [W_attn_2_0_outputs[v] for v in attn_2_0_outputs],
        [W_attn_2_1_outputs[v] for v in attn_2_1_outputs],
        [W_attn_2_2_outputs[v] for v in attn_2_2_outputs],
        [W_attn_2_3_outputs[v] for v in attn_2_3_outputs],
        [W_mlp_2_0_outputs[v] for v in mlp_2_0_outputs],
        [W_mlp_2_1_outputs[v] for v in mlp_2_1_outputs],
        [W_num_mlp_2_0_outputs[v] for v in num_mlp_2_0_outputs],
        [CONSTANT_0] * len(tokens),
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
