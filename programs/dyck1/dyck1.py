"""Transformer Program dyck1, written by tprog.

run(tokens) returns the predicted label of every position of a list of tokens.
Plain Python 3, no packages. From a shell: python3 this_file.py '<s> 3 1 4'

A categorical head attends, from each query position, to the nearest key position
whose value the query's value matches: of two at the same distance the left one;
the query's own position only if it is the only match; position 0 if none matches.
"""

import sys

VOCABULARY = ["<pad>", "(", ")", "<s>"]
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

def match_attn_0_0_outputs(q_position):
    """The positions value that a positions value matches."""
    if q_position in {0, 5, 9}:
        return 15
    if q_position in {1}:
        return 1
    if q_position in {2, 8}:
        return 6
    if q_position in {3, 6}:
        return 5
    if q_position in {4}:
        return 3
    if q_position in {7}:
        return 14
    if q_position in {10}:
        return 8
    if q_position in {11, 12, 13, 14, 15}:
        return 9
    return None


def match_attn_0_1_outputs(q_token):
    """The positions value that a tokens value matches."""
    if q_token in {"("}:
        return 1
    if q_token in {")"}:
        return 8
    if q_token in {"<s>"}:
        return 4
    return None


def match_attn_0_2_outputs(q_token):
    """The positions value that a tokens value matches."""
    if q_token in {"("}:
        return 9
    if q_token in {")"}:
        return 6
    if q_token in {"<s>"}:
        return 14
    return None


def match_attn_0_3_outputs(q_token):
    """The positions value that a tokens value matches."""
    if q_token in {"("}:
        return 1
    if q_token in {")"}:
        return 2
    if q_token in {"<s>"}:
        return 4
    return None


def match_num_attn_0_0_outputs(q_position):
    """The tokens value that a positions value matches."""
    if q_position in {1}:
        return "<s>"
    if q_position in {2, 3, 4, 5, 6, 7, 8}:
        return "("
    return None


def match_num_attn_0_1_outputs(q_position):
    """The tokens value that a positions value matches."""
    if q_position in {1, 11, 13, 15}:
        return "<s>"
    if q_position in {2, 3, 5, 7, 9}:
        return ")"
    return None


def match_num_attn_0_2_outputs(q_position):
    """The tokens value that a positions value matches."""
    if q_position in {1}:
        return "<s>"
    if q_position in {2, 3, 4, 5, 6, 8}:
        return ")"
    return None


def match_num_attn_0_3_outputs(q_token):
    """The tokens value that a tokens value matches."""
    if q_token in {"(", "<s>"}:
        return "("
    return None


def mlp_mlp_0_0_outputs(attn_0_2_output, attn_0_1_output):
    key = (attn_0_2_output, attn_0_1_output)
    if key in {("(", ")"), (")", "("), (")", "<s>")}:
        return 9
    if key in {(")", ")"), ("<s>", ")")}:
        return 2
    return 1


def mlp_num_mlp_0_0_outputs(num_attn_0_1_output):
    key = num_attn_0_1_output
    return 7


# layer 1 ######################################################################

def match_attn_1_0_outputs(q_mlp_0_0_output):
    """The positions value that a mlp_0_0_outputs value matches."""
    if q_mlp_0_0_output in {1}:
        return 3
    if q_mlp_0_0_output in {2, 9}:
        return 11
    return None


def match_attn_1_1_outputs(q_position):
    """The positions value that a positions value matches."""
    if q_position in {0, 10, 11}:
        return 9
    if q_position in {1, 2}:
        return 1
    if q_position in {3, 4}:
        return 2
    if q_position in {5}:
        return 3
    if q_position in {6}:
        return 4
    if q_position in {7}:
        return 5
    if q_position in {8}:
        return 7
    if q_position in {9, 14, 15}:
        return 13
    if q_position in {12, 13}:
        return 11
    return None


def match_attn_1_2_outputs(q_mlp_0_0_output):
    """The positions value that a mlp_0_0_outputs value matches."""
    if q_mlp_0_0_output in {1}:
        return 3
    if q_mlp_0_0_output in {2}:
        return 4
    if q_mlp_0_0_output in {9}:
        return 13
    return None


def match_attn_1_3_outputs(q_token):
    """The positions value that a tokens value matches."""
    if q_token in {"(", "<s>"}:
        return 1
    if q_token in {")"}:
        return 3
    return None


def match_num_attn_1_0_outputs(q_num_mlp_0_0_output):
    """The positions value that a num_mlp_0_0_outputs value matches."""
    if q_num_mlp_0_0_output in {7}:
        return 11
    return None


def match_num_attn_1_1_outputs(q_token):
    """The positions value that a tokens value matches."""
    if q_token in {"("}:
        return 3
    if q_token in {")"}:
        return 12
    if q_token in {"<s>"}:
        return 6
    return None


def match_num_attn_1_2_outputs(q_num_mlp_0_0_output):
    """The attn_0_0_outputs value that a num_mlp_0_0_outputs value matches."""
    if q_num_mlp_0_0_output in {7}:
        return ")"
    return None


def match_num_attn_1_3_outputs(q_num_mlp_0_0_output):
    """The mlp_0_0_outputs value that a num_mlp_0_0_outputs value matches."""
    if q_num_mlp_0_0_output in {7}:
        return 2
    return None


def mlp_mlp_1_0_outputs(attn_1_1_output, attn_0_3_output):
    key = (attn_1_1_output, attn_0_3_output)
    if key in {(")", ")"), (")", "<s>")}:
        return 7
    return 9


def mlp_num_mlp_1_0_outputs(num_attn_1_2_output, num_attn_1_0_output):
    key = (num_attn_1_2_output, num_attn_1_0_output)
    if key in {(0, 73), (0, 74), (0, 75), (0, 76), (0, 77), (0, 78), (0, 79), (0, 80), (0, 81), (0, 82), (0, 83), (0, 84), (0, 85), (0, 86), (0, 87), (0, 88), (0, 89), (0, 90), (0, 91), (0, 92), (0, 93), (0, 94), (0, 95), (0, 96), (0, 97), (0, 98), (0, 99), (0, 100), (0, 101), (0, 102), (0, 103), (0, 104), (0, 105), (0, 106), (0, 107), (0, 108), (0, 109), (0, 110), (0, 111), (0, 112), (1, 144), (1, 145), (1, 146), (1, 147), (1, 148), (1, 149), (1, 150), (1, 151), (1, 152), (1, 153), (1, 154), (1, 155), (1, 156), (1, 157), (1, 158), (1, 159), (1, 160), (1, 161), (1, 162), (1, 163), (1, 164), (1, 165), (1, 166), (1, 167), (1, 168), (1, 169), (1, 170), (1, 171), (1, 172), (1, 173), (1, 174), (1, 175), (1, 176), (1, 177), (1, 178), (1, 179), (1, 180), (1, 181), (1, 182), (1, 183), (1, 184), (1, 185), (1, 186), (1, 187), (1, 188), (1, 189), (1, 190), (1, 191), (1, 192), (1, 193), (1, 194), (1, 195), (1, 196), (1, 197), (1, 198), (1, 199), (1, 200), (1, 201), (2, 215), (2, 216), (2, 217), (2, 218), (2, 219), (2, 220), (2, 221), (2, 222), (2, 223), (2, 224), (2, 225), (2, 226), (2, 227), (2, 228), (2, 229), (2, 230), (2, 231), (2, 232), (2, 233), (2, 234), (2, 235), (2, 236), (2, 237), (2, 238), (2, 239), (2, 240), (2, 241), (2, 242), (2, 243), (2, 244), (2, 245), (2, 246), (2, 247), (2, 248), (2, 249), (2, 250), (2, 251), (2, 252), (2, 253), (2, 254), (2, 255), (2, 256), (3, 233), (3, 234), (3, 235), (3, 236), (3, 237), (3, 238), (3, 239), (3, 240), (3, 241), (3, 242), (3, 243), (3, 244), (3, 245), (3, 246), (3, 247), (3, 248), (3, 249), (3, 250), (3, 251), (3, 252), (3, 253), (3, 254), (3, 255), (3, 256), (4, 239), (4, 240), (4, 241), (4, 242), (4, 243), (4, 244), (4, 245), (4, 246), (4, 247), (4, 248), (4, 249), (4, 250), (4, 251), (4, 252), (4, 253), (4, 254), (4, 255), (4, 256), (5, 245), (5, 246), (5, 247), (5, 248), (5, 249), (5, 250), (5, 251), (5, 252), (5, 253), (5, 254), (5, 255), (5, 256), (6, 251), (6, 252), (6, 253), (6, 254), (6, 255), (6, 256)}:
        return 3
    if key in {(0, 113), (0, 114), (0, 115), (0, 116), (0, 117), (0, 118), (0, 119), (0, 120), (0, 121), (0, 122), (0, 123), (0, 124), (0, 125), (0, 126), (0, 127), (0, 128), (0, 129), (0, 130), (0, 131), (0, 132), (0, 133), (0, 134), (0, 135), (0, 136), (0, 137), (0, 138), (0, 139), (0, 140), (0, 141), (0, 142), (0, 143), (0, 144), (0, 145), (0, 146), (0, 147), (0, 148), (0, 149), (0, 150), (0, 151), (0, 152), (0, 153), (0, 154), (0, 155), (0, 156), (0, 157), (0, 158), (0, 159), (0, 160), (0, 161), (0, 162), (0, 163), (0, 164), (0, 165), (0, 166), (0, 167), (0, 168), (0, 169), (0, 170), (0, 171), (0, 172), (0, 173), (0, 174), (0, 175), (0, 176), (0, 177), (0, 178), (0, 179), (0, 180), (0, 181), (0, 182), (0, 183), (0, 184), (0, 185), (0, 186), (0, 187), (0, 188), (0, 189), (0, 190), (0, 191), (0, 192), (0, 193), (0, 194), (0, 195), (0, 196), (0, 197), (0, 198), (0, 199), (0, 200), (0, 201), (0, 202), (0, 203), (0, 204), (0, 205), (0, 206), (0, 207), (0, 208), (0, 209), (0, 210), (0, 211), (0, 212), (0, 213), (0, 214), (0, 215), (0, 216), (0, 217), (0, 218), (0, 219), (0, 220), (0, 221), (0, 222), (0, 223), (0, 224), (0, 225), (0, 226), (0, 227), (0, 228), (0, 229), (0, 230), (0, 231), (0, 232), (0, 233), (0, 234), (0, 235), (0, 236), (0, 237), (0, 238), (0, 239), (0, 240), (0, 241), (0, 242), (0, 243), (0, 244), (0, 245), (0, 246), (0, 247), (0, 248), (0, 249), (0, 250), (0, 251), (0, 252), (0, 253), (0, 254), (0, 255), (0, 256), (1, 202), (1, 203), (1, 204), (1, 205), (1, 206), (1, 207), (1, 208), (1, 209), (1, 210), (1, 211), (1, 212), (1, 213), (1, 214), (1, 215), (1, 216), (1, 217), (1, 218), (1, 219), (1, 220), (1, 221), (1, 222), (1, 223), (1, 224), (1, 225), (1, 226), (1, 227), (1, 228), (1, 229), (1, 230), (1, 231), (1, 232), (1, 233), (1, 234), (1, 235), (1, 236), (1, 237), (1, 238), (1, 239), (1, 240), (1, 241), (1, 242), (1, 243), (1, 244), (1, 245), (1, 246), (1, 247), (1, 248), (1, 249), (1, 250), (1, 251), (1, 252), (1, 253), (1, 254), (1, 255), (1, 256)}:
        return 9
    return 12


# layer 2 ######################################################################

def match_attn_2_0_outputs(q_token):
    """The positions value that a tokens value matches."""
    if q_token in {"(", ")"}:
        return 5
    if q_token in {"<s>"}:
        return 1
    return None


def match_attn_2_1_outputs(q_attn_1_2_output):
    """The positions value that a attn_1_2_outputs value matches."""
    if q_attn_1_2_output in {"(", ")"}:
        return 2
    if q_attn_1_2_output in {"<s>"}:
        return 1
    return None


def match_attn_2_2_outputs(q_attn_1_1_output):
    """The attn_0_0_outputs value that a attn_1_1_outputs value matches."""
    if q_attn_1_1_output in {")"}:
        return ")"
    if q_attn_1_1_output in {"<s>"}:
        return "("
    return None


def match_attn_2_3_outputs(q_attn_0_3_output):
    """The attn_0_2_outputs value that a attn_0_3_outputs value matches."""
    if q_attn_0_3_output in {"(", ")"}:
        return ")"
    if q_attn_0_3_output in {"<s>"}:
        return "("
    return None


def match_num_attn_2_0_outputs(q_num_mlp_0_0_output):
    """The positions value that a num_mlp_0_0_outputs value matches."""
    if q_num_mlp_0_0_output in {7}:
        return 10
    return None


def match_num_attn_2_1_outputs(q_attn_1_3_output):
    """The attn_1_1_outputs value that a attn_1_3_outputs value matches."""
    if q_attn_1_3_output in {"(", "<s>"}:
        return ")"
    return None


def match_num_attn_2_2_outputs(q_attn_1_1_output):
    """The tokens value that a attn_1_1_outputs value matches."""
    return None


def match_num_attn_2_3_outputs(q_attn_1_0_output):
    """The positions value that a attn_1_0_outputs value matches."""
    if q_attn_1_0_output in {"(", "<s>"}:
        return 5
    if q_attn_1_0_output in {")"}:
        return 10
    return None


def mlp_mlp_2_0_outputs(attn_2_0_output):
    key = attn_2_0_output
    if key in {"("}:
        return 4
    if key in {"<s>"}:
        return 12
    return 1


# classifier: the weights each feature adds to each class's logit ####################

W_tokens = {
    "<pad>": (0.0, 0.0, 0.0),
    "(": (1.8192683458328247, -1.5820286273956299, -3.2290236949920654),
    ")": (-2.6392273902893066, 0.7091883420944214, 2.9024856090545654),
    "<s>": (0.34848278760910034, 0.4394654333591461, -0.4523617625236511),
}
W_positions = {
    0: (-0.32812926173210144, -0.3810604214668274, -1.1386874914169312),
    1: (-0.8756036162376404, 0.8233158588409424, -4.992116451263428),
    2: (-2.522744655609131, -7.101690292358398, 6.287407875061035),
    3: (0.05888982117176056, 1.4002090692520142, -6.270381450653076),
    4: (-0.5171645879745483, -0.7681117653846741, 3.0828909873962402),
    5: (-1.9767398834228516, 3.5389404296875, -7.296761989593506),
    6: (-1.084632158279419, 0.12752486765384674, -0.025896523147821426),
    7: (4.218736171722412, -4.1237263679504395, -2.7603042125701904),
    8: (0.8710940480232239, -0.5634845495223999, -0.9764195680618286),
    9: (-4.76235294342041, 6.118534088134766, -3.732609272003174),
    10: (-0.11425042897462845, -0.49403730034828186, 1.5209840536117554),
    11: (-0.7081507444381714, 1.5862494707107544, -7.187892436981201),
    12: (0.17909500002861023, -2.0226452350616455, 1.2099254131317139),
    13: (1.1376160383224487, 0.4874795079231262, -5.465933322906494),
    14: (1.9146243333816528, -2.926274299621582, 2.142477512359619),
    15: (1.6591697931289673, -0.7763370871543884, -6.57603120803833),
}
W_attn_0_0_outputs = {
    "<pad>": (0.0, 0.0, 0.0),
    "(": (-0.3751085102558136, 0.8271920084953308, -0.8129864931106567),
    ")": (1.3010327816009521, -0.8353028893470764, -0.26926103234291077),
    "<s>": (-0.899247407913208, 1.2434922456741333, 1.1809813976287842),
}
W_attn_0_1_outputs = {
    "<pad>": (0.0, 0.0, 0.0),
    "(": (0.023147311061620712, 1.0141105651855469, -0.40366271138191223),
    ")": (0.15905719995498657, -0.12508875131607056, 0.0572005994617939),
    "<s>": (2.550459861755371, -2.6144535541534424, -0.19832482933998108),
}
W_attn_0_2_outputs = {
    "<pad>": (0.0, 0.0, 0.0),
    "(": (-0.04898691922426224, -0.4456201493740082, -1.4740456342697144),
    ")": (-0.16646160185337067, 0.008250322192907333, -0.2577867805957794),
    "<s>": (1.4848228693008423, -1.4851245880126953, -0.4844399094581604),
}
W_attn_0_3_outputs = {
    "<pad>": (0.0, 0.0, 0.0),
    "(": (-0.1938488483428955, -0.6451699137687683, 0.39775550365448),
    ")": (0.1906467229127884, -0.5723528265953064, 0.2878997325897217),
    "<s>": (-0.44787266850471497, -0.32545706629753113, -1.252577543258667),
}
W_mlp_0_0_outputs = {
    0: (0.0, 0.0, 0.0),
    1: (0.2932182848453522, 0.07541068643331528, -0.8429872989654541),
    2: (-0.4805625081062317, 1.0532079935073853, 0.017377816140651703),
    3: (0.0, 0.0, 0.0),
    4: (0.0, 0.0, 0.0),
    5: (0.0, 0.0, 0.0),
    6: (0.0, 0.0, 0.0),
    7: (0.0, 0.0, 0.0),
    8: (0.0, 0.0, 0.0),
    9: (0.15703903138637543, -0.8185815215110779, -1.6634337902069092),
    10: (0.0, 0.0, 0.0),
    11: (0.0, 0.0, 0.0),
    12: (0.0, 0.0, 0.0),
    13: (0.0, 0.0, 0.0),
    14: (0.0, 0.0, 0.0),
    15: (0.0, 0.0, 0.0),
}
W_num_mlp_0_0_outputs = {
    0: (0.0, 0.0, 0.0),
    1: (0.0, 0.0, 0.0),
    2: (0.0, 0.0, 0.0),
    3: (0.0, 0.0, 0.0),
    4: (0.0, 0.0, 0.0),
    5: (0.0, 0.0, 0.0),
    6: (0.0, 0.0, 0.0),
    7: (-0.5065008997917175, 0.24429699778556824, -0.2545838952064514),
    8: (0.0, 0.0, 0.0),
    9: (0.0, 0.0, 0.0),
    10: (0.0, 0.0, 0.0),
    11: (0.0, 0.0, 0.0),
    12: (0.0, 0.0, 0.0),
    13: (0.0, 0.0, 0.0),
    14: (0.0, 0.0, 0.0),
    15: (0.0, 0.0, 0.0),
}
W_attn_1_0_outputs = {
    "<pad>": (0.0, 0.0, 0.0),
    "(": (0.2480357587337494, 0.3582163155078888, -0.1501898318529129),
    ")": (1.7303907871246338, -2.032315254211426, -1.144865870475769),
    "<s>": (-0.15481741726398468, 0.9689509272575378, 0.22401896119117737),
}
W_attn_1_1_outputs = {
    "<pad>": (0.0, 0.0, 0.0),
    "(": (0.3744661509990692, 0.690901517868042, -0.14706994593143463),
    ")": (-0.009529724717140198, -1.3593668937683105, 0.4417549967765808),
    "<s>": (-0.3023052513599396, -0.4385281503200531, -0.8306891918182373),
}
W_attn_1_2_outputs = {
    "<pad>": (0.0, 0.0, 0.0),
    "(": (-0.9595466256141663, -0.8024640679359436, -0.9998719692230225),
    ")": (0.7478691935539246, 0.5823736786842346, 0.42570385336875916),
    "<s>": (-0.2848465144634247, 0.42325565218925476, 0.2370491921901703),
}
W_attn_1_3_outputs = {
    "<pad>": (0.0, 0.0, 0.0),
    "(": (-2.0783531665802, 3.0751466751098633, 1.5487055778503418),
    ")": (6.699676990509033, -7.834367275238037, -4.913774490356445),
    "<s>": (0.6414538621902466, -0.9977864623069763, 0.677219808101654),
}
W_mlp_1_0_outputs = {
    0: (0.0, 0.0, 0.0),
    1: (0.0, 0.0, 0.0),
    2: (0.0, 0.0, 0.0),
    3: (0.0, 0.0, 0.0),
    4: (0.0, 0.0, 0.0),
    5: (0.0, 0.0, 0.0),
    6: (0.0, 0.0, 0.0),
    7: (0.4375026524066925, 0.9392449855804443, 0.18845707178115845),
    8: (0.0, 0.0, 0.0),
    9: (0.08233817666769028, 0.9566766619682312, -0.26155567169189453),
    10: (0.0, 0.0, 0.0),
    11: (0.0, 0.0, 0.0),
    12: (0.0, 0.0, 0.0),
    13: (0.0, 0.0, 0.0),
    14: (0.0, 0.0, 0.0),
    15: (0.0, 0.0, 0.0),
}
W_num_mlp_1_0_outputs = {
    0: (0.0, 0.0, 0.0),
    1: (0.0, 0.0, 0.0),
    2: (0.0, 0.0, 0.0),
    3: (0.15955214202404022, 9.319721721112728E-5, -0.0630689412355423),
    4: (0.0, 0.0, 0.0),
    5: (0.0, 0.0, 0.0),
    6: (0.0, 0.0, 0.0),
    7: (0.0, 0.0, 0.0),
    8: (0.0, 0.0, 0.0),
    9: (-0.1856173872947693, -0.5484177470207214, -0.4036124646663666),
    10: (0.0, 0.0, 0.0),
    11: (0.0, 0.0, 0.0),
    12: (0.2822898328304291, -0.033039361238479614, -0.02647249400615692),
    13: (0.0, 0.0, 0.0),
    14: (0.0, 0.0, 0.0),
    15: (0.0, 0.0, 0.0),
}
W_attn_2_0_outputs = {
    "<pad>": (0.0, 0.0, 0.0),
    "(": (-1.5927475690841675, 1.0983444452285767, 0.3056564927101135),
    ")": (6.014497756958008, -5.863170623779297, 0.133498877286911),
    "<s>": (-1.140819787979126, 1.4227697849273682, 0.3105471432209015),
}
W_attn_2_1_outputs = {
    0: (0.0, 0.0, 0.0),
    1: (0.0, 0.0, 0.0),
    2: (0.0, 0.0, 0.0),
    3: (0.0, 0.0, 0.0),
    4: (0.0, 0.0, 0.0),
    5: (0.0, 0.0, 0.0),
    6: (0.0, 0.0, 0.0),
    7: (11.187873840332031, -12.782624244689941, -6.552385330200195),
    8: (0.0, 0.0, 0.0),
    9: (-1.2552800178527832, 0.9614496827125549, -0.008564568124711514),
    10: (0.0, 0.0, 0.0),
    11: (0.0, 0.0, 0.0),
    12: (0.0, 0.0, 0.0),
    13: (0.0, 0.0, 0.0),
    14: (0.0, 0.0, 0.0),
    15: (0.0, 0.0, 0.0),
}
W_attn_2_2_outputs = {
    "<pad>": (0.0, 0.0, 0.0),
    "(": (0.3512490689754486, 1.4386889934539795, 0.7435795664787292),
    ")": (1.432984709739685, -0.6543760299682617, 0.9714227914810181),
    "<s>": (-0.44272589683532715, 0.8583290576934814, 0.05957014858722687),
}
W_attn_2_3_outputs = {
    "<pad>": (0.0, 0.0, 0.0),
    "(": (-0.10611382871866226, 0.17261265218257904, -0.47019162774086),
    ")": (0.9315207600593567, -0.4806724786758423, -0.22741690278053284),
    "<s>": (0.4412997364997864, 0.20267333090305328, -0.43523940443992615),
}
W_mlp_2_0_outputs = {
    0: (0.0, 0.0, 0.0),
    1: (3.978447914123535, -5.503840923309326, 3.680445671081543),
    2: (0.0, 0.0, 0.0),
    3: (0.0, 0.0, 0.0),
    4: (-0.5302912592887878, 0.4814634621143341, -0.4376681447029114),
    5: (0.0, 0.0, 0.0),
    6: (0.0, 0.0, 0.0),
    7: (0.0, 0.0, 0.0),
    8: (0.0, 0.0, 0.0),
    9: (0.0, 0.0, 0.0),
    10: (0.0, 0.0, 0.0),
    11: (0.0, 0.0, 0.0),
    12: (-0.9264898300170898, 0.2646332383155823, -0.6096171140670776),
    13: (0.0, 0.0, 0.0),
    14: (0.0, 0.0, 0.0),
    15: (0.0, 0.0, 0.0),
}
CONSTANT_0 = (-0.2788119912147522, -0.6228351593017578, -0.6022791862487793)  # from num_mlp_2_0_outputs
W_ones = (0.9557878375053406, -0.47841694951057434, 0.0351262241601944)
W_num_attn_0_0_outputs = (-1.7152501344680786, 2.75211238861084, -0.6629946827888489)
W_num_attn_0_1_outputs = (2.098428726196289, -0.5521920919418335, -1.3817627429962158)
W_num_attn_0_2_outputs = (1.1671223640441895, -4.132811546325684, 1.1473430395126343)
W_num_attn_0_3_outputs = (-0.28341108560562134, 0.7959168553352356, -4.032236576080322)
W_num_attn_1_0_outputs = (-0.34183576703071594, -0.12291474640369415, -0.28244537115097046)
W_num_attn_1_1_outputs = (0.4558591842651367, 1.0579679012298584, 0.5582572817802429)
W_num_attn_1_2_outputs = (1.2627631425857544, -0.12625129520893097, 0.4043208956718445)
W_num_attn_1_3_outputs = (0.5687382221221924, -0.6466502547264099, -0.5195669531822205)
W_num_attn_2_0_outputs = (0.34034234285354614, 0.812717854976654, 0.3592909872531891)
W_num_attn_2_1_outputs = (0.6658023595809937, -1.5086631774902344, -0.5317704081535339)
W_num_attn_2_2_outputs = (0.2734038531780243, -0.12736178934574127, -0.25250059366226196)
W_num_attn_2_3_outputs = (-0.46226218342781067, 0.6909757256507874, 0.33272784948349)


def run(tokens):
    check(tokens)
    positions = list(range(len(tokens)))
    ones = [1] * len(tokens)
    attn_0_0_outputs = aggregate(select_closest(positions, positions, match_attn_0_0_outputs), tokens)
    attn_0_1_outputs = aggregate(select_closest(positions, tokens, match_attn_0_1_outputs), tokens)
    attn_0_2_outputs = aggregate(select_closest(positions, tokens, match_attn_0_2_outputs), tokens)
    attn_0_3_outputs = aggregate(select_closest(positions, tokens, match_attn_0_3_outputs), tokens)
    num_attn_0_0_outputs = count_matches(tokens, positions, match_num_attn_0_0_outputs, ones)
    num_attn_0_1_outputs = count_matches(tokens, positions, match_num_attn_0_1_outputs, ones)
    num_attn_0_2_outputs = count_matches(tokens, positions, match_num_attn_0_2_outputs, ones)
    num_attn_0_3_outputs = count_matches(tokens, tokens, match_num_attn_0_3_outputs, ones)
    mlp_0_0_outputs = [mlp_mlp_0_0_outputs(attn_0_2_output, attn_0_1_output) for attn_0_2_output, attn_0_1_output in zip(attn_0_2_outputs, attn_0_1_outputs)]
    num_mlp_0_0_outputs = [mlp_num_mlp_0_0_outputs(num_attn_0_1_output) for num_attn_0_1_output in num_attn_0_1_outputs]
    attn_1_0_outputs = aggregate(select_closest(positions, mlp_0_0_outputs, match_attn_1_0_outputs), attn_0_1_outputs)
    attn_1_1_outputs = aggregate(select_closest(positions, positions, match_attn_1_1_outputs), tokens)
    attn_1_2_outputs = aggregate(select_closest(positions, mlp_0_0_outputs, match_attn_1_2_outputs), attn_0_3_outputs)
    attn_1_3_outputs = aggregate(select_closest(positions, tokens, match_attn_1_3_outputs), attn_0_3_outputs)
    num_attn_1_0_outputs = count_matches(positions, num_mlp_0_0_outputs, match_num_attn_1_0_outputs, num_attn_0_3_outputs)
    num_attn_1_1_outputs = count_matches(positions, tokens, match_num_attn_1_1_outputs, num_attn_0_3_outputs)
    num_attn_1_2_outputs = count_matches(attn_0_0_outputs, num_mlp_0_0_outputs, match_num_attn_1_2_outputs, num_attn_0_2_outputs)
    num_attn_1_3_outputs = count_matches(mlp_0_0_outputs, num_mlp_0_0_outputs, match_num_attn_1_3_outputs, num_attn_0_1_outputs)
    mlp_1_0_outputs = [mlp_mlp_1_0_outputs(attn_1_1_output, attn_0_3_output) for attn_1_1_output, attn_0_3_output in zip(attn_1_1_outputs, attn_0_3_outputs)]
    num_mlp_1_0_outputs = [mlp_num_mlp_1_0_outputs(num_attn_1_2_output, num_attn_1_0_output) for num_attn_1_2_output, num_attn_1_0_output in zip(num_attn_1_2_outputs, num_attn_1_0_outputs)]
    attn_2_0_outputs = aggregate(select_closest(positions, tokens, match_attn_2_0_outputs), attn_1_2_outputs)
    attn_2_1_outputs = aggregate(select_closest(positions, attn_1_2_outputs, match_attn_2_1_outputs), mlp_1_0_outputs)
    attn_2_2_outputs = aggregate(select_closest(attn_0_0_outputs, attn_1_1_outputs, match_attn_2_2_outputs), attn_1_3_outputs)
    attn_2_3_outputs = aggregate(select_closest(attn_0_2_outputs, attn_0_3_outputs, match_attn_2_3_outputs), attn_1_0_outputs)
    num_attn_2_0_outputs = count_matches(positions, num_mlp_0_0_outputs, match_num_attn_2_0_outputs, num_attn_0_3_outputs)
    num_attn_2_1_outputs = count_matches(attn_1_1_outputs, attn_1_3_outputs, match_num_attn_2_1_outputs, num_attn_0_2_outputs)
    num_attn_2_2_outputs = count_matches(tokens, attn_1_1_outputs, match_num_attn_2_2_outputs, num_attn_1_3_outputs)
    num_attn_2_3_outputs = count_matches(positions, attn_1_0_outputs, match_num_attn_2_3_outputs, num_attn_0_3_outputs)
    mlp_2_0_outputs = [mlp_mlp_2_0_outputs(attn_2_0_output) for attn_2_0_output in attn_2_0_outputs]
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
