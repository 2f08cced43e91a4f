"""Transformer Program dyck2, written by tprog.

run(tokens) returns the predicted label of every position of a list of tokens.
Plain Python 3, no packages. From a shell: python3 this_file.py '<s> 3 1 4'

A categorical head attends, from each query position, to the nearest key position
whose value the query's value matches: of two at the same distance the left one;
the query's own position only if it is the only match; position 0 if none matches.
"""

import sys

VOCABULARY = ["<pad>", "(", ")", "<s>", "{", "}"]
MAX_LENGTH = 16
CAUSAL = True
CLASSES = ["F", "P", "T"]


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

def match_attn_0_0_outputs(q_token):
    """The tokens value that a tokens value matches."""
    if q_token in {"("}:
        return "{"
    if q_token in {"<s>"}:
        return ")"
    if q_token in {"}"}:
        return "}"
    return None


def match_attn_0_1_outputs(q_position):
    """The positions value that a positions value matches."""
    if q_position in {0}:
        return 15
    if q_position in {1}:
        return 0
    if q_position in {2}:
        return 1
    if q_position in {3}:
        return 2
    if q_position in {4}:
        return 3
    if q_position in {5}:
        return 4
    if q_position in {6}:
        return 5
    if q_position in {7}:
        return 6
    if q_position in {8}:
        return 7
    if q_position in {9}:
        return 8
    if q_position in {10}:
        return 9
    if q_position in {11}:
        return 10
    if q_position in {12}:
        return 11
    if q_position in {13}:
        return 12
    if q_position in {14}:
        return 13
    if q_position in {15}:
        return 14
    return None


def match_num_attn_0_0_outputs(q_token):
    """The tokens value that a tokens value matches."""
    if q_token in {"("}:
        return "}"
    if q_token in {")", "}"}:
        return "<s>"
    if q_token in {"<s>"}:
        return "("
    return None


def match_num_attn_0_1_outputs(q_position):
    """The tokens value that a positions value matches."""
    if q_position in {2}:
        return "}"
    if q_position in {3}:
        return "("
    if q_position in {4, 5, 6, 7, 15}:
        return "<s>"
    if q_position in {8, 10, 12, 14}:
        return ")"
    return None


def mlp_mlp_0_0_outputs(attn_0_0_output, attn_0_1_output):
    key = (attn_0_0_output, attn_0_1_output)
    if key in {("(", "("), ("(", "<s>"), ("(", "{"), ("<s>", "("), ("<s>", "<s>"), ("<s>", "{"), ("{", "("), ("{", "<s>"), ("{", "{")}:
        return 14
    if key in {(")", "("), ("{", ")"), ("{", "}"), ("}", "{")}:
        return 8
    if key in {(")", "{"), ("}", "(")}:
        return 13
    return 5


def mlp_mlp_0_1_outputs(attn_0_1_output, token):
    key = (attn_0_1_output, token)
    if key in {("(", ")"), (")", "("), (")", "{"), ("}", "("), ("}", "{")}:
        return 6
    if key in {("(", "}"), ("<s>", ")"), ("<s>", "}"), ("{", ")")}:
        return 2
    if key in {(")", ")"), (")", "<s>"), (")", "}"), ("}", ")"), ("}", "<s>"), ("}", "}")}:
        return 5
    if key in {("{", "}")}:
        return 9
    return 1


# layer 1 ######################################################################

def match_attn_1_0_outputs(q_token):
    """The positions value that a tokens value matches."""
    if q_token in {"(", "<s>", "{"}:
        return 4
    if q_token in {")", "}"}:
        return 3
    return None


def match_attn_1_1_outputs(q_position):
    """The positions value that a positions value matches."""
    if q_position in {0}:
        return 11
    if q_position in {1}:
        return 1
    if q_position in {2, 3, 4}:
        return 2
    if q_position in {5}:
        return 3
    if q_position in {6, 7}:
        return 5
    if q_position in {8, 9, 10, 11, 13, 15}:
        return 6
    if q_position in {12, 14}:
        return 8
    return None


def match_num_attn_1_0_outputs(q_attn_0_0_output):
    """The mlp_0_1_outputs value that a attn_0_0_outputs value matches."""
    if q_attn_0_0_output in {"(", ")", "<s>", "{", "}"}:
        return 2
    return None


def match_num_attn_1_1_outputs(q_mlp_0_1_output):
    """The mlp_0_1_outputs value that a mlp_0_1_outputs value matches."""
    if q_mlp_0_1_output in {2, 5, 6, 9}:
        return 6
    return None


def mlp_mlp_1_0_outputs(attn_1_1_output, attn_1_0_output):
    key = (attn_1_1_output, attn_1_0_output)
    if key in {(8, 1), (13, 1), (13, 6), (13, 9), (14, 1), (14, 6)}:
        return 1
    if key in {(8, 2), (8, 5), (13, 5), (14, 5)}:
        return 9
    if key in {(13, 2), (14, 2), (14, 9)}:
        return 14
    return 5


def mlp_mlp_1_1_outputs(attn_1_1_output, attn_1_0_output):
    key = (attn_1_1_output, attn_1_0_output)
    if key in {(5, 1)}:
        return 10
    if key in {(5, 2), (5, 6), (8, 6)}:
        return 9
    if key in {(5, 5), (5, 9)}:
        return 15
    if key in {(8, 1), (8, 2)}:
        return 11
    if key in {(8, 5), (8, 9)}:
        return 5
    return 14


def mlp_num_mlp_1_0_outputs(num_attn_1_0_output):
    key = num_attn_1_0_output
    if key in {0}:
        return 13
    return 2


# layer 2 ######################################################################

def match_attn_2_0_outputs(q_position):
    """The positions value that a positions value matches."""
    if q_position in {0}:
        return 4
    if q_position in {1}:
        return 1
    if q_position in {2}:
        return 2
    if q_position in {3, 4, 5, 6, 7, 9, 11, 13, 15}:
        return 3
    if q_position in {8, 10}:
        return 5
    if q_position in {12, 14}:
        return 6
    return None


def match_attn_2_1_outputs(q_token):
    """The positions value that a tokens value matches."""
    if q_token in {"(", "{"}:
        return 3
    if q_token in {")", "<s>", "}"}:
        return 4
    return None


def match_num_attn_2_0_outputs(q_token):
    """The mlp_0_0_outputs value that a tokens value matches."""
    if q_token in {"("}:
        return 8
    if q_token in {")", "}"}:
        return 14
    return None


def match_num_attn_2_1_outputs(q_attn_1_0_output):
    """The mlp_0_1_outputs value that a attn_1_0_outputs value matches."""
    if q_attn_1_0_output in {1, 2, 5, 9}:
        return 2
    if q_attn_1_0_output in {6}:
        return 5
    return None


def mlp_mlp_2_0_outputs(attn_1_1_output, attn_2_0_output):
    key = (attn_1_1_output, attn_2_0_output)
    if key in {(5, 1)}:
        return 4
    if key in {(5, 9), (8, 5), (8, 9), (13, 9), (14, 9)}:
        return 14
    if key in {(8, 1), (13, 1), (14, 1)}:
        return 1
    return 2


def mlp_mlp_2_1_outputs(attn_2_0_output, attn_2_1_output):
    key = (attn_2_0_output, attn_2_1_output)
    if key in {(1, 1), (1, 6), (1, 9), (6, 1), (6, 6), (6, 9), (9, 1)}:
        return 5
    if key in {(1, 5), (2, 2), (2, 5), (5, 5), (6, 2), (6, 5), (9, 5)}:
        return 4
    if key in {(9, 6), (9, 9)}:
        return 0
    return 7


def mlp_num_mlp_2_0_outputs(num_attn_1_1_output, num_attn_1_0_output):
    key = (num_attn_1_1_output, num_attn_1_0_output)
    if key in {(0, 0), (0, 1), (0, 2), (0, 3), (0, 4), (0, 5), (0, 6), (0, 7), (1, 8), (1, 9)}:
        return 11
    return 13


# classifier: the weights each feature adds to each class's logit ####################

W_tokens = {
    "<pad>": (0.0, 0.0, 0.0),
    "(": (1.3055531978607178, 2.235520601272583, -6.393590450286865),
    ")": (-0.17412346601486206, -1.4345651865005493, 2.6706809997558594),
    "<s>": (1.0174006223678589, 0.33986663818359375, 0.6991937756538391),
    "{": (0.49100860953330994, 1.2289527654647827, -9.807916641235352),
    "}": (-0.892443060874939, -2.1721017360687256, 2.9992332458496094),
}
W_positions = {
    0: (-0.4699297249317169, -0.16899415850639343, 0.6376391053199768),
    1: (2.1215946674346924, 0.5106701254844666, -2.566218852996826),
    2: (-3.0833182334899902, -2.840336561203003, 7.715766906738281),
    3: (0.8788200616836548, 3.057908773422241, -9.108811378479004),
    4: (-1.6436026096343994, 1.86458420753479, 0.4130907952785492),
    5: (1.120507836341858, 3.2818331718444824, -14.501898765563965),
    6: (-1.2968159914016724, -0.5697215795516968, -0.16737449169158936),
    7: (1.4495515823364258, 2.242900848388672, -12.009002685546875),
    8: (-0.5599509477615356, 0.22909386456012726, 0.4775945842266083),
    9: (1.5843392610549927, 0.608687698841095, -8.87266731262207),
    10: (-0.27363717555999756, -0.5821332335472107, 2.676344633102417),
    11: (2.0384209156036377, 0.2287912368774414, -6.163453102111816),
    12: (-1.478710412979126, -1.9175913333892822, 2.2836625576019287),
    13: (2.1825902462005615, -0.6420003175735474, -5.291497230529785),
    14: (-1.4486795663833618, -3.0562546253204346, 4.090982437133789),
    15: (2.4224143028259277, -0.49918925762176514, -4.683226108551025),
}
W_attn_0_0_outputs = {
    "<pad>": (0.0, 0.0, 0.0),
    "(": (0.4368649125099182, -0.08677349239587784, -0.8063942193984985),
    ")": (-0.2700584828853607, 0.22392146289348602, 0.6529527306556702),
    "<s>": (-0.5485939383506775, 0.075646311044693, 0.4971420466899872),
    "{": (0.37866467237472534, 0.6325765252113342, -3.012965202331543),
    "}": (-0.29695260524749756, 0.15921887755393982, 0.5794535279273987),
}
W_attn_0_1_outputs = {
    "<pad>": (0.0, 0.0, 0.0),
    "(": (0.1812221109867096, 0.5150170922279358, 0.6779888868331909),
    ")": (1.3417696952819824, -0.14374196529388428, -0.449070543050766),
    "<s>": (-2.5403449535369873, 0.5416038036346436, 4.404972553253174),
    "{": (0.5524035692214966, 1.100631833076477, -0.40870246291160583),
    "}": (0.7017515897750854, -0.44863951206207275, -0.17906785011291504),
}
W_mlp_0_0_outputs = {
    0: (0.0, 0.0, 0.0),
    1: (0.0, 0.0, 0.0),
    2: (0.0, 0.0, 0.0),
    3: (0.0, 0.0, 0.0),
    4: (0.0, 0.0, 0.0),
    5: (-0.43244802951812744, -0.17358966171741486, -0.017096014693379402),
    6: (0.0, 0.0, 0.0),
    7: (0.0, 0.0, 0.0),
    8: (0.022597307339310646, 0.3649597764015198, 0.08976009488105774),
    9: (0.0, 0.0, 0.0),
    10: (0.0, 0.0, 0.0),
    11: (0.0, 0.0, 0.0),
    12: (0.0, 0.0, 0.0),
    13: (-0.3418410122394562, -0.7941012382507324, -1.1088014841079712),
    14: (-0.4491150975227356, -0.7001630067825317, 1.0147579908370972),
    15: (0.0, 0.0, 0.0),
}
W_mlp_0_1_outputs = {
    0: (0.0, 0.0, 0.0),
    1: (0.10044123232364655, 0.5054718852043152, -5.273871898651123),
    2: (-0.41486984491348267, -0.08565977960824966, -1.6866815090179443),
    3: (0.0, 0.0, 0.0),
    4: (0.0, 0.0, 0.0),
    5: (-0.3881182074546814, -0.4776882529258728, -0.46730732917785645),
    6: (0.830653965473175, 0.990096390247345, -0.25524863600730896),
    7: (0.0, 0.0, 0.0),
    8: (0.0, 0.0, 0.0),
    9: (-0.8172841668128967, 0.11386802047491074, 0.14893527328968048),
    10: (0.0, 0.0, 0.0),
    11: (0.0, 0.0, 0.0),
    12: (0.0, 0.0, 0.0),
    13: (0.0, 0.0, 0.0),
    14: (0.0, 0.0, 0.0),
    15: (0.0, 0.0, 0.0),
}
CONSTANT_0 = (-0.1342150717973709, -0.235981285572052, -0.7992740273475647)  # from num_mlp_0_0_outputs
CONSTANT_1 = (0.27674320340156555, 0.3129582107067108, 0.019351011142134666)  # from num_mlp_0_1_outputs
W_attn_1_0_outputs = {
    0: (0.0, 0.0, 0.0),
    1: (-1.0166785717010498, 0.43116429448127747, -0.17778606712818146),
    2: (1.1382349729537964, -0.6219693422317505, 1.1983814239501953),
    3: (0.0, 0.0, 0.0),
    4: (0.0, 0.0, 0.0),
    5: (3.250213384628296, 0.7613457441329956, -7.555119514465332),
    6: (-1.7013789415359497, -0.4542642831802368, 3.6901769638061523),
    7: (0.0, 0.0, 0.0),
    8: (0.0, 0.0, 0.0),
    9: (0.3988892138004303, -0.2964993417263031, 0.7350695729255676),
    10: (0.0, 0.0, 0.0),
    11: (0.0, 0.0, 0.0),
    12: (0.0, 0.0, 0.0),
    13: (0.0, 0.0, 0.0),
    14: (0.0, 0.0, 0.0),
    15: (0.0, 0.0, 0.0),
}
W_attn_1_1_outputs = {
    0: (0.0, 0.0, 0.0),
    1: (0.0, 0.0, 0.0),
    2: (0.0, 0.0, 0.0),
    3: (0.0, 0.0, 0.0),
    4: (0.0, 0.0, 0.0),
    5: (0.86778724193573, -0.22054336965084076, -0.22234991192817688),
    6: (0.0, 0.0, 0.0),
    7: (0.0, 0.0, 0.0),
    8: (0.12042003870010376, -0.317401260137558, -0.1263110637664795),
    9: (0.0, 0.0, 0.0),
    10: (0.0, 0.0, 0.0),
    11: (0.0, 0.0, 0.0),
    12: (0.0, 0.0, 0.0),
    13: (1.428417444229126, -0.33766910433769226, -3.133762836456299),
    14: (-0.8647376298904419, -0.1098293736577034, -0.321370005607605),
    15: (0.0, 0.0, 0.0),
}
W_mlp_1_0_outputs = {
    0: (0.0, 0.0, 0.0),
    1: (0.31177595257759094, 0.6431695818901062, 0.07211385667324066),
    2: (0.0, 0.0, 0.0),
    3: (0.0, 0.0, 0.0),
    4: (0.0, 0.0, 0.0),
    5: (-0.09352181851863861, 0.05723682790994644, 0.27095741033554077),
    6: (0.0, 0.0, 0.0),
    7: (0.0, 0.0, 0.0),
    8: (0.0, 0.0, 0.0),
    9: (0.4239482879638672, 0.11410962790250778, -0.28038886189460754),
    10: (0.0, 0.0, 0.0),
    11: (0.0, 0.0, 0.0),
    12: (0.0, 0.0, 0.0),
    13: (0.0, 0.0, 0.0),
    14: (0.6009510159492493, 0.5824226140975952, -0.9573532938957214),
    15: (0.0, 0.0, 0.0),
}
W_mlp_1_1_outputs = {
    0: (0.0, 0.0, 0.0),
    1: (0.0, 0.0, 0.0),
    2: (0.0, 0.0, 0.0),
    3: (0.0, 0.0, 0.0),
    4: (0.0, 0.0, 0.0),
    5: (-0.4478147029876709, -0.1116553470492363, -0.6927042603492737),
    6: (0.0, 0.0, 0.0),
    7: (0.0, 0.0, 0.0),
    8: (0.0, 0.0, 0.0),
    9: (-1.22457754611969, 0.183949276804924, 0.0760895237326622),
    10: (0.9771183729171753, 0.13236919045448303, 0.5202396512031555),
    11: (-0.36777663230895996, -0.1042063757777214, -0.7359671592712402),
    12: (0.0, 0.0, 0.0),
    13: (0.0, 0.0, 0.0),
    14: (0.007038516458123922, -0.4792584478855133, -0.9036871194839478),
    15: (0.41776615381240845, -0.5980211496353149, -0.8906468152999878),
}
W_num_mlp_1_0_outputs = {
    0: (0.0, 0.0, 0.0),
    1: (0.0, 0.0, 0.0),
    2: (0.5105792284011841, -0.568371057510376, -0.5434752106666565),
    3: (0.0, 0.0, 0.0),
    4: (0.0, 0.0, 0.0),
    5: (0.0, 0.0, 0.0),
    6: (0.0, 0.0, 0.0),
    7: (0.0, 0.0, 0.0),
    8: (0.0, 0.0, 0.0),
    9: (0.0, 0.0, 0.0),
    10: (0.0, 0.0, 0.0),
    11: (0.0, 0.0, 0.0),
    12: (0.0, 0.0, 0.0),
    13: (-0.2294309437274933, 0.4795323610305786, -0.1893615424633026),
    14: (0.0, 0.0, 0.0),
    15: (0.0, 0.0, 0.0),
}
CONSTANT_2 = (-0.3752550780773163, -0.2449781894683838, -0.3415224552154541)  # from num_mlp_1_1_outputs
W_attn_2_0_outputs = {
    0: (0.0, 0.0, 0.0),
    1: (-0.9409782290458679, 1.1315999031066895, -1.9081157445907593),
    2: (2.586158275604248, -1.7700368165969849, 0.19052666425704956),
    3: (0.0, 0.0, 0.0),
    4: (0.0, 0.0, 0.0),
    5: (2.676665782928467, -2.0275983810424805, -1.4677459001541138),
    6: (-1.383168339729309, -0.2769356071949005, 1.5983868837356567),
    7: (0.0, 0.0, 0.0),
    8: (0.0, 0.0, 0.0),
    9: (-1.436274528503418, 0.2898842990398407, 0.5725021958351135),
    10: (0.0, 0.0, 0.0),
    11: (0.0, 0.0, 0.0),
    12: (0.0, 0.0, 0.0),
    13: (0.0, 0.0, 0.0),
    14: (0.0, 0.0, 0.0),
    15: (0.0, 0.0, 0.0),
}
W_attn_2_1_outputs = {
    0: (0.0, 0.0, 0.0),
    1: (-1.1798900365829468, 2.1866841316223145, -0.5257132649421692),
    2: (2.9459805488586426, -1.14084792137146, -2.6207706928253174),
    3: (0.0, 0.0, 0.0),
    4: (0.0, 0.0, 0.0),
    5: (3.817742109298706, -2.4321300983428955, -0.04703352972865105),
    6: (0.07526041567325592, 0.03562153875827789, 2.403292655944824),
    7: (0.0, 0.0, 0.0),
    8: (0.0, 0.0, 0.0),
    9: (-0.38370996713638306, 0.030868224799633026, 1.5460798740386963),
    10: (0.0, 0.0, 0.0),
    11: (0.0, 0.0, 0.0),
    12: (0.0, 0.0, 0.0),
    13: (0.0, 0.0, 0.0),
    14: (0.0, 0.0, 0.0),
    15: (0.0, 0.0, 0.0),
}
W_mlp_2_0_outputs = {
    0: (0.0, 0.0, 0.0),
    1: (0.2630601227283478, 0.39158475399017334, -1.2831594944000244),
    2: (-0.4786542057991028, 0.18471483886241913, -0.3281967043876648),
    3: (0.0, 0.0, 0.0),
    4: (-0.42601311206817627, 0.2313556671142578, -0.033403027802705765),
    5: (0.0, 0.0, 0.0),
    6: (0.0, 0.0, 0.0),
    7: (0.0, 0.0, 0.0),
    8: (0.0, 0.0, 0.0),
    9: (0.0, 0.0, 0.0),
    10: (0.0, 0.0, 0.0),
    11: (0.0, 0.0, 0.0),
    12: (0.0, 0.0, 0.0),
    13: (0.0, 0.0, 0.0),
    14: (-0.1058548167347908, 0.09791024029254913, -0.04443952441215515),
    15: (0.0, 0.0, 0.0),
}
W_mlp_2_1_outputs = {
    0: (-0.026477284729480743, 0.0036359447985887527, -0.4202859401702881),
    1: (0.0, 0.0, 0.0),
    2: (0.0, 0.0, 0.0),
    3: (0.0, 0.0, 0.0),
    4: (-0.9542282223701477, 1.4444366693496704, 1.071821689605713),
    5: (0.7539021968841553, -0.3074255585670471, -2.154679775238037),
    6: (0.0, 0.0, 0.0),
    7: (-1.6031852960586548, 0.6924809813499451, 2.437727928161621),
    8: (0.0, 0.0, 0.0),
    9: (0.0, 0.0, 0.0),
    10: (0.0, 0.0, 0.0),
    11: (0.0, 0.0, 0.0),
    12: (0.0, 0.0, 0.0),
    13: (0.0, 0.0, 0.0),
    14: (0.0, 0.0, 0.0),
    15: (0.0, 0.0, 0.0),
}
W_num_mlp_2_0_outputs = {
    0: (0.0, 0.0, 0.0),
    1: (0.0, 0.0, 0.0),
    2: (0.0, 0.0, 0.0),
    3: (0.0, 0.0, 0.0),
    4: (0.0, 0.0, 0.0),
    5: (0.0, 0.0, 0.0),
    6: (0.0, 0.0, 0.0),
    7: (0.0, 0.0, 0.0),
    8: (0.0, 0.0, 0.0),
    9: (0.0, 0.0, 0.0),
    10: (0.0, 0.0, 0.0),
    11: (0.16636715829372406, 0.18837541341781616, 0.2488907128572464),
    12: (0.0, 0.0, 0.0),
    13: (-0.14878535270690918, -0.24422121047973633, -1.033939003944397),
    14: (0.0, 0.0, 0.0),
    15: (0.0, 0.0, 0.0),
}
CONSTANT_3 = (0.11620170623064041, -0.07636071741580963, -0.05514784902334213)  # from num_mlp_2_1_outputs
W_ones = (0.8713705539703369, 0.19423802196979523, -0.7537773251533508)
W_num_attn_0_0_outputs = (0.2520880699157715, 0.062764011323452, -0.07907110452651978)
W_num_attn_0_1_outputs = (-0.10001269727945328, -0.773537814617157, 0.8620769381523132)
W_num_attn_1_0_outputs = (5.669524669647217, -4.367857933044434, -6.159169673919678)
W_num_attn_1_1_outputs = (-0.8899590373039246, 0.34076163172721863, -1.050161600112915)
W_num_attn_2_0_outputs = (-0.15529778599739075, 0.14231933653354645, -0.20372305810451508)
W_num_attn_2_1_outputs = (2.6510915756225586, -0.1032722219824791, -2.1869280338287354)


def run(tokens):
    check(tokens)
    positions = list(range(len(tokens)))
    ones = [1] * len(tokens)
    attn_0_0_outputs = aggregate(select_closest(tokens, tokens, match_attn_0_0_outputs), tokens)
    attn_0_1_outputs = aggregate(select_closest(positions, positions, match_attn_0_1_outputs), tokens)
    num_attn_0_0_outputs = count_matches(tokens, tokens, match_num_attn_0_0_outputs, ones)
    num_attn_0_1_outputs = count_matches(tokens, positions, match_num_attn_0_1_outputs, ones)
    mlp_0_0_outputs = [mlp_mlp_0_0_outputs(attn_0_0_output, attn_0_1_output) for attn_0_0_output, attn_0_1_output in zip(attn_0_0_outputs, attn_0_1_outputs)]
    mlp_0_1_outputs = [mlp_mlp_0_1_outputs(attn_0_1_output, token) for attn_0_1_output, token in zip(attn_0_1_outputs, tokens)]
    attn_1_0_outputs = aggregate(select_closest(positions, tokens, match_attn_1_0_outputs), mlp_0_1_outputs)
    attn_1_1_outputs = aggregate(select_closest(positions, positions, match_attn_1_1_outputs), mlp_0_0_outputs)
    num_attn_1_0_outputs = count_matches(mlp_0_1_outputs, attn_0_0_outputs, match_num_attn_1_0_outputs, num_attn_0_0_outputs)
    num_attn_1_1_outputs = count_matches(mlp_0_1_outputs, mlp_0_1_outputs, match_num_attn_1_1_outputs, ones)
    mlp_1_0_outputs = [mlp_mlp_1_0_outputs(attn_1_1_output, attn_1_0_output) for attn_1_1_output, attn_1_0_output in zip(attn_1_1_outputs, attn_1_0_outputs)]
    mlp_1_1_outputs = [mlp_mlp_1_1_outputs(attn_1_1_output, attn_1_0_output) for attn_1_1_output, attn_1_0_output in zip(attn_1_1_outputs, attn_1_0_outputs)]
    num_mlp_1_0_outputs = [mlp_num_mlp_1_0_outputs(num_attn_1_0_output) for num_attn_1_0_output in num_attn_1_0_outputs]
    attn_2_0_outputs = aggregate(select_closest(positions, positions, match_attn_2_0_outputs), mlp_0_1_outputs)
    attn_2_1_outputs = aggregate(select_closest(positions, tokens, match_attn_2_1_outputs), mlp_0_1_outputs)
    num_attn_2_0_outputs = count_matches(mlp_0_0_outputs, tokens, match_num_attn_2_0_outputs, num_attn_0_1_outputs)
    num_attn_2_1_outputs = count_matches(mlp_0_1_outputs, attn_1_0_outputs, match_num_attn_2_1_outputs, num_attn_0_0_outputs)
    mlp_2_0_outputs = [mlp_mlp_2_0_outputs(attn_1_1_output, attn_2_0_output) for attn_1_1_output, attn_2_0_output in zip(attn_1_1_outputs, attn_2_0_outputs)]
    mlp_2_1_outputs = [mlp_mlp_2_1_outputs(attn_2_0_output, attn_2_1_output) for attn_2_0_output, attn_2_1_output in zip(attn_2_0_outputs, attn_2_1_outputs)]
    num_mlp_2_0_outputs = [mlp_num_mlp_2_0_outputs(num_attn_1_1_output, num_attn_1_0_output) for num_attn_1_1_output, num_attn_1_0_output in zip(num_attn_1_1_outputs, num_attn_1_0_outputs)]
    features = [
        [W_tokens[v] for v in tokens],
        [W_positions[v] for v in positions],
        [W_attn_0_0_outputs[v] for v in attn_0_0_outputs],
        [W_attn_0_1_outputs[v] for v in attn_0_1_outputs],
        [W_mlp_0_0_outputs[v] for v in mlp_0_0_outputs],
        [W_mlp_0_1_outputs[v] for v in mlp_0_1_outputs],
        [CONSTANT_0] * len(tokens),
        [CONSTANT_1] * len(tokens),
        [W_attn_1_0_outputs[v] for v in attn_1_0_outputs],
        [W_attn_1_1_outputs[v] for v in attn_1_1_outputs],
        [W_mlp_1_0_outputs[v] for v in mlp_1_0_outputs],
        [W_mlp_1_1_outputs[v] for v in mlp_1_1_outputs],
        [W_num_mlp_1_0_outputs[v] for v in num_mlp_1_0_outputs],
        [CONSTANT_2] * len(tokens),
        [W_attn_2_0_outputs[v] for v in attn_2_0_outputs],
        [W_attn_2_1_outputs[v] for v in attn_2_1_outputs],
        [W_mlp_2_0_outputs[v] for v in mlp_2_0_outputs],
        [W_mlp_2_1_outputs[v] for v in mlp_2_1_outputs],
        [W_num_mlp_2_0_outputs[v] for v in num_mlp_2_0_outputs],
        [CONSTANT_3] * len(tokens),
        [[w * v for w in W_ones] for v in ones],
        [[w * v for w in W_num_attn_0_0_outputs] for v in num_attn_0_0_outputs],
        [[w * v for w in W_num_attn_0_1_outputs] for v in num_attn_0_1_outputs],
        [[w * v for w in W_num_attn_1_0_outputs] for v in num_attn_1_0_outputs],
        [[w * v for w in W_num_attn_1_1_outputs] for v in num_attn_1_1_outputs],
        [[w * v for w in W_num_attn_2_0_outputs] for v in num_attn_2_0_outputs],
        [[w * v for w in W_num_attn_2_1_outputs] for v in num_attn_2_1_outputs],
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
