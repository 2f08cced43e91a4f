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
    if q_position in {0, 3}:
        return 15
    if q_position in {1}:
        return 1
    if q_position in {2}:
        return 8
    if q_position in {4}:
        return 2
    if q_position in {5, 12}:
        return 11
    if q_position in {6}:
        return 5
    if q_position in {7}:
        return 14
    if q_position in {8, 10}:
        return 7
    if q_position in {9, 14}:
        return 13
    if q_position in {11}:
        return 9
    if q_position in {13, 15}:
        return 12
    return None


def match_attn_0_1_outputs(q_token):
    """The positions value that a tokens value matches."""
    if q_token in {"("}:
        return 15
    if q_token in {")"}:
        return 8
    if q_token in {"<s>"}:
        return 1
    return None


def match_attn_0_2_outputs(q_position):
    """The positions value that a positions value matches."""
    if q_position in {0, 1}:
        return 11
    if q_position in {2}:
        return 12
    if q_position in {3, 12, 13, 14}:
        return 10
    if q_position in {4}:
        return 3
    if q_position in {5, 11}:
        return 14
    if q_position in {6}:
        return 4
    if q_position in {7}:
        return 15
    if q_position in {8}:
        return 6
    if q_position in {9}:
        return 7
    if q_position in {10}:
        return 8
    if q_position in {15}:
        return 13
    return None


def match_attn_0_3_outputs(q_token):
    """The positions value that a tokens value matches."""
    if q_token in {"("}:
        return 1
    if q_token in {")"}:
        return 6
    if q_token in {"<s>"}:
        return 11
    return None


def match_num_attn_0_0_outputs(q_position):
    """The tokens value that a positions value matches."""
    if q_position in {1, 2, 3, 5, 7, 9}:
        return ")"
    if q_position in {11, 13, 15}:
        return "<s>"
    return None


def match_num_attn_0_1_outputs(q_token):
    """The positions value that a tokens value matches."""
    if q_token in {"("}:
        return 3
    if q_token in {")"}:
        return 13
    if q_token in {"<s>"}:
        return 2
    return None


def match_num_attn_0_2_outputs(q_position):
    """The tokens value that a positions value matches."""
    if q_position in {0, 1, 3, 4}:
        return ")"
    return None


def match_num_attn_0_3_outputs(q_position):
    """The tokens value that a positions value matches."""
    if q_position in {1, 3, 5}:
        return ")"
    if q_position in {7, 10, 11, 13}:
        return "<s>"
    return None


def mlp_mlp_0_0_outputs(attn_0_2_output, attn_0_0_output):
    key = (attn_0_2_output, attn_0_0_output)
    if key in {("(", "("), ("(", "<s>"), ("<s>", "(")}:
        return 4
    return 11


def mlp_num_mlp_0_0_outputs(num_attn_0_3_output):
    key = num_attn_0_3_output
    return 11


# layer 1 ######################################################################

def match_attn_1_0_outputs(q_position):
    """The positions value that a positions value matches."""
    if q_position in {0, 12}:
        return 11
    if q_position in {1}:
        return 0
    if q_position in {2}:
        return 1
    if q_position in {3, 4}:
        return 2
    if q_position in {5}:
        return 4
    if q_position in {6}:
        return 5
    if q_position in {7}:
        return 6
    if q_position in {8}:
        return 7
    if q_position in {9, 10}:
        return 8
    if q_position in {11}:
        return 10
    if q_position in {13}:
        return 12
    if q_position in {14}:
        return 13
    if q_position in {15}:
        return 14
    return None


def match_attn_1_1_outputs(q_token):
    """The positions value that a tokens value matches."""
    if q_token in {"("}:
        return 1
    if q_token in {")"}:
        return 11
    if q_token in {"<s>"}:
        return 5
    return None


def match_attn_1_2_outputs(q_mlp_0_0_output):
    """The positions value that a mlp_0_0_outputs value matches."""
    if q_mlp_0_0_output in {4, 11}:
        return 7
    return None


def match_attn_1_3_outputs(q_token):
    """The positions value that a tokens value matches."""
    if q_token in {"("}:
        return 1
    if q_token in {")"}:
        return 10
    if q_token in {"<s>"}:
        return 13
    return None


def match_num_attn_1_0_outputs(q_num_mlp_0_0_output):
    """The attn_0_1_outputs value that a num_mlp_0_0_outputs value matches."""
    if q_num_mlp_0_0_output in {11}:
        return ")"
    return None


def match_num_attn_1_1_outputs(q_num_mlp_0_0_output):
    """The positions value that a num_mlp_0_0_outputs value matches."""
    if q_num_mlp_0_0_output in {11}:
        return 5
    return None


def match_num_attn_1_2_outputs(q_num_mlp_0_0_output):
    """The positions value that a num_mlp_0_0_outputs value matches."""
    if q_num_mlp_0_0_output in {11}:
        return 3
    return None


def match_num_attn_1_3_outputs(q_num_mlp_0_0_output):
    """The attn_0_3_outputs value that a num_mlp_0_0_outputs value matches."""
    if q_num_mlp_0_0_output in {11}:
        return ")"
    return None


def mlp_mlp_1_0_outputs(attn_1_1_output, attn_1_0_output):
    key = (attn_1_1_output, attn_1_0_output)
    if key in {(")", ")"), (")", "<s>"), ("<s>", ")"), ("<s>", "<s>")}:
        return 13
    return 3


def mlp_num_mlp_1_0_outputs(num_attn_1_0_output, num_attn_1_3_output):
    key = (num_attn_1_0_output, num_attn_1_3_output)
    if key in {(0, 0)}:
        return 8
    return 15


# layer 2 ######################################################################

def match_attn_2_0_outputs(q_attn_0_2_output):
    """The positions value that a attn_0_2_outputs value matches."""
    if q_attn_0_2_output in {"("}:
        return 4
    if q_attn_0_2_output in {")"}:
        return 11
    if q_attn_0_2_output in {"<s>"}:
        return 1
    return None


def match_attn_2_1_outputs(q_mlp_0_0_output):
    """The positions value that a mlp_0_0_outputs value matches."""
    if q_mlp_0_0_output in {4}:
        return 3
    if q_mlp_0_0_output in {11}:
        return 8
    return None


def match_attn_2_2_outputs(q_mlp_0_0_output):
    """The positions value that a mlp_0_0_outputs value matches."""
    if q_mlp_0_0_output in {4}:
        return 2
    if q_mlp_0_0_output in {11}:
        return 11
    return None


def match_attn_2_3_outputs(q_mlp_0_0_output):
    """The positions value that a mlp_0_0_outputs value matches."""
    if q_mlp_0_0_output in {4}:
        return 8
    if q_mlp_0_0_output in {11}:
        return 4
    return None


def match_num_attn_2_0_outputs(q_num_mlp_0_0_output):
    """The mlp_0_0_outputs value that a num_mlp_0_0_outputs value matches."""
    return None


def match_num_attn_2_1_outputs(q_attn_1_0_output):
    """The mlp_1_0_outputs value that a attn_1_0_outputs value matches."""
    if q_attn_1_0_output in {"(", ")", "<s>"}:
        return 13
    return None


def match_num_attn_2_2_outputs(q_attn_1_3_output):
    """The mlp_1_0_outputs value that a attn_1_3_outputs value matches."""
    if q_attn_1_3_output in {")"}:
        return 13
    return None


def match_num_attn_2_3_outputs(q_attn_0_3_output):
    """The attn_1_0_outputs value that a attn_0_3_outputs value matches."""
    if q_attn_0_3_output in {")", "<s>"}:
        return "("
    return None


def mlp_mlp_2_0_outputs(attn_2_3_output, attn_2_1_output):
    key = (attn_2_3_output, attn_2_1_output)
    if key in {("(", "("), ("(", ")"), ("(", "<s>"), ("<s>", "(")}:
        return 2
    return 13


# classifier: the weights each feature adds to each class's logit ####################

W_tokens = {
    "<pad>": (0.0, 0.0, 0.0),
    "(": (0.8125778436660767, 1.6945749521255493, -6.426547527313232),
    ")": (-2.052863597869873, -0.848371148109436, 4.234579086303711),
    "<s>": (1.7368274927139282, 0.010273818857967854, 0.12201519310474396),
}
W_positions = {
    0: (0.7880991697311401, 0.5767881274223328, 0.047306157648563385),
    1: (10.74075698852539, -8.312084197998047, -4.812503337860107),
    2: (3.8482680320739746, -17.530031204223633, 2.865002393722534),
    3: (3.93245530128479, -1.3248116970062256, -2.43513822555542),
    4: (7.158764839172363, -6.288681507110596, -1.2848001718521118),
    5: (-7.334386825561523, 9.415051460266113, -1.6160109043121338),
    6: (-4.510035037994385, 2.8805582523345947, 2.979336977005005),
    7: (-2.695058584213257, 5.629331588745117, -0.8680497407913208),
    8: (-0.9271582961082458, -0.8974370956420898, 1.2972124814987183),
    9: (-2.212312936782837, 4.780545711517334, -0.7665784358978271),
    10: (-2.9055776596069336, 1.5998460054397583, 1.227152705192566),
    11: (-2.17653751373291, 5.300348281860352, -2.4148480892181396),
    12: (-1.2847956418991089, -0.2303553819656372, 2.9871039390563965),
    13: (-1.1310654878616333, 3.5069355964660645, -1.893330693244934),
    14: (-0.2276899367570877, -0.5324564576148987, 3.4612619876861572),
    15: (0.4673715829849243, 1.774167537689209, -2.394989252090454),
}
W_attn_0_0_outputs = {
    "<pad>": (0.0, 0.0, 0.0),
    "(": (-1.5365692377090454, 1.652601718902588, -0.6008963584899902),
    ")": (0.3930908739566803, -0.30668535828590393, -0.23240377008914948),
    "<s>": (-0.06628575176000595, 0.9535845518112183, -0.35916414856910706),
}
W_attn_0_1_outputs = {
    "<pad>": (0.0, 0.0, 0.0),
    "(": (0.20241107046604156, 0.3696395754814148, 0.9479101896286011),
    ")": (-0.36657947301864624, -0.26742738485336304, -0.15527603030204773),
    "<s>": (-0.21784281730651855, 0.9555015563964844, -0.48470383882522583),
}
W_attn_0_2_outputs = {
    "<pad>": (0.0, 0.0, 0.0),
    "(": (-0.9911869764328003, 1.4636424779891968, -0.11711069196462631),
    ")": (-0.07901400327682495, -0.08419483155012131, 0.21580712497234344),
    "<s>": (0.6403453350067139, 0.005825021304190159, -0.8223246932029724),
}
W_attn_0_3_outputs = {
    "<pad>": (0.0, 0.0, 0.0),
    "(": (-1.9883426427841187, 2.122511625289917, -1.1793949604034424),
    ")": (-0.03725423663854599, -1.34822678565979, 3.8799969479441643E-4),
    "<s>": (0.35217300057411194, -1.229494571685791, 0.7488117218017578),
}
W_mlp_0_0_outputs = {
    0: (0.0, 0.0, 0.0),
    1: (0.0, 0.0, 0.0),
    2: (0.0, 0.0, 0.0),
    3: (0.0, 0.0, 0.0),
    4: (0.667057991027832, -0.06066387891769409, -0.7583604454994202),
    5: (0.0, 0.0, 0.0),
    6: (0.0, 0.0, 0.0),
    7: (0.0, 0.0, 0.0),
    8: (0.0, 0.0, 0.0),
    9: (0.0, 0.0, 0.0),
    10: (0.0, 0.0, 0.0),
    11: (-1.029809832572937, 1.5446351766586304, 0.9102903008460999),
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
    7: (0.0, 0.0, 0.0),
    8: (0.0, 0.0, 0.0),
    9: (0.0, 0.0, 0.0),
    10: (0.0, 0.0, 0.0),
    11: (-0.8830506801605225, 0.8149496912956238, -0.6391604542732239),
    12: (0.0, 0.0, 0.0),
    13: (0.0, 0.0, 0.0),
    14: (0.0, 0.0, 0.0),
    15: (0.0, 0.0, 0.0),
}
W_attn_1_0_outputs = {
    "<pad>": (0.0, 0.0, 0.0),
    "(": (0.22171834111213684, 1.1180490255355835, -0.1147204264998436),
    ")": (-0.6362137794494629, 0.43911606073379517, -0.4481419622898102),
    "<s>": (0.05777290463447571, 1.3632564544677734, 0.050001900643110275),
}
W_attn_1_1_outputs = {
    "<pad>": (0.0, 0.0, 0.0),
    "(": (-0.42443275451660156, 1.7216817140579224, -0.9058346748352051),
    ")": (-0.6399544477462769, 0.7614413499832153, 0.7304822206497192),
    "<s>": (-0.9662031531333923, 1.417784333229065, 0.9568853974342346),
}
W_attn_1_2_outputs = {
    "<pad>": (0.0, 0.0, 0.0),
    "(": (-1.5854123830795288, 3.9130494594573975, 1.0422563552856445),
    ")": (0.892798900604248, -0.5705559253692627, -0.4081918001174927),
    "<s>": (0.46951404213905334, -1.8195146322250366, -0.5344517827033997),
}
W_attn_1_3_outputs = {
    "<pad>": (0.0, 0.0, 0.0),
    "(": (-0.381843626499176, 1.4488352537155151, -0.8889333009719849),
    ")": (1.4718527793884277, -0.6188681125640869, -0.8183487057685852),
    "<s>": (-0.5425341129302979, 1.5252844095230103, 0.6479411721229553),
}
W_mlp_1_0_outputs = {
    0: (0.0, 0.0, 0.0),
    1: (0.0, 0.0, 0.0),
    2: (0.0, 0.0, 0.0),
    3: (-1.2747248411178589, 1.991808295249939, 0.933896005153656),
    4: (0.0, 0.0, 0.0),
    5: (0.0, 0.0, 0.0),
    6: (0.0, 0.0, 0.0),
    7: (0.0, 0.0, 0.0),
    8: (0.0, 0.0, 0.0),
    9: (0.0, 0.0, 0.0),
    10: (0.0, 0.0, 0.0),
    11: (0.0, 0.0, 0.0),
    12: (0.0, 0.0, 0.0),
    13: (-0.7189773321151733, 0.35935330390930176, 0.13065467774868011),
    14: (0.0, 0.0, 0.0),
    15: (0.0, 0.0, 0.0),
}
W_num_mlp_1_0_outputs = {
    0: (0.0, 0.0, 0.0),
    1: (0.0, 0.0, 0.0),
    2: (0.0, 0.0, 0.0),
    3: (0.0, 0.0, 0.0),
    4: (0.0, 0.0, 0.0),
    5: (0.0, 0.0, 0.0),
    6: (0.0, 0.0, 0.0),
    7: (0.0, 0.0, 0.0),
    8: (0.5079049468040466, 0.11359461396932602, -0.13815221190452576),
    9: (0.0, 0.0, 0.0),
    10: (0.0, 0.0, 0.0),
    11: (0.0, 0.0, 0.0),
    12: (0.0, 0.0, 0.0),
    13: (0.0, 0.0, 0.0),
    14: (0.0, 0.0, 0.0),
    15: (-0.5164312124252319, 1.0553758144378662, 0.17648255825042725),
}
W_attn_2_0_outputs = {
    "<pad>": (0.0, 0.0, 0.0),
    "(": (-1.1850868463516235, 0.706840455532074, 0.1220289096236229),
    ")": (-0.5479732155799866, 0.8670158386230469, -0.04169804975390434),
    "<s>": (-1.2082501649856567, 1.0100091695785522, 0.45732471346855164),
}
W_attn_2_1_outputs = {
    "<pad>": (0.0, 0.0, 0.0),
    "(": (-1.1605948209762573, 1.665155291557312, -0.12940850853919983),
    ")": (0.632032036781311, -0.23083773255348206, -1.5157877206802368),
    "<s>": (-0.2647821605205536, 0.8187305927276611, 0.5482383370399475),
}
W_attn_2_2_outputs = {
    "<pad>": (0.0, 0.0, 0.0),
    "(": (-1.0157126188278198, 1.8676151037216187, -0.022264886647462845),
    ")": (1.4375357627868652, -0.7147599458694458, -1.5994497537612915),
    "<s>": (-0.6314235925674438, 0.6846638321876526, -0.42784643173217773),
}
W_attn_2_3_outputs = {
    "<pad>": (0.0, 0.0, 0.0),
    "(": (-0.8979479670524597, 1.0957509279251099, 0.7228659391403198),
    ")": (4.085946083068848, -2.9803733825683594, -3.1684324741363525),
    "<s>": (-1.8994213342666626, 0.8071630597114563, -0.4634367823600769),
}
W_mlp_2_0_outputs = {
    0: (0.0, 0.0, 0.0),
    1: (0.0, 0.0, 0.0),
    2: (-0.45189395546913147, 1.5087342262268066, 0.35953426361083984),
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
    13: (-1.0459318161010742, 1.0737299919128418, 0.414429247379303),
    14: (0.0, 0.0, 0.0),
    15: (0.0, 0.0, 0.0),
}
CONSTANT_0 = (-0.5206659436225891, 0.32799795269966125, -0.48022082448005676)  # from num_mlp_2_0_outputs
W_ones = (-0.5305797457695007, 0.9565029144287109, 0.11469954997301102)
W_num_attn_0_0_outputs = (1.8515106439590454, 0.8054001331329346, -6.573970317840576)
W_num_attn_0_1_outputs = (0.6324869990348816, -0.8510057926177979, -0.6083341240882874)
W_num_attn_0_2_outputs = (0.4667963981628418, -1.2985761165618896, 1.423367977142334)
W_num_attn_0_3_outputs = (1.046069622039795, -0.930098295211792, -0.04545177146792412)
W_num_attn_1_0_outputs = (0.8396894931793213, -1.4937770366668701, -0.4583735466003418)
W_num_attn_1_1_outputs = (5.215117931365967, -5.233726501464844, -0.3992758095264435)
W_num_attn_1_2_outputs = (3.210899829864502, -2.198300838470459, -1.5816302299499512)
W_num_attn_1_3_outputs = (1.1182446479797363, -0.336492121219635, 0.39517077803611755)
W_num_attn_2_0_outputs = (0.1340309977531433, 0.0240371972322464, 0.53981614112854)
W_num_attn_2_1_outputs = (2.2446906566619873, -1.8682676553726196, -1.567399024963379)
W_num_attn_2_2_outputs = (-0.9008634686470032, 0.3602508306503296, 0.7360501289367676)
W_num_attn_2_3_outputs = (-0.31715258955955505, 1.5029386281967163, 0.14566472172737122)


def run(tokens):
    check(tokens)
    positions = list(range(len(tokens)))
    ones = [1] * len(tokens)
    attn_0_0_outputs = aggregate(select_closest(positions, positions, match_attn_0_0_outputs), tokens)
    attn_0_1_outputs = aggregate(select_closest(positions, tokens, match_attn_0_1_outputs), tokens)
    attn_0_2_outputs = aggregate(select_closest(positions, positions, match_attn_0_2_outputs), tokens)
    attn_0_3_outputs = aggregate(select_closest(positions, tokens, match_attn_0_3_outputs), tokens)
    num_attn_0_0_outputs = count_matches(tokens, positions, match_num_attn_0_0_outputs, ones)
    num_attn_0_1_outputs = count_matches(positions, tokens, match_num_attn_0_1_outputs, ones)
    num_attn_0_2_outputs = count_matches(tokens, positions, match_num_attn_0_2_outputs, ones)
    num_attn_0_3_outputs = count_matches(tokens, positions, match_num_attn_0_3_outputs, ones)
    mlp_0_0_outputs = [mlp_mlp_0_0_outputs(attn_0_2_output, attn_0_0_output) for attn_0_2_output, attn_0_0_output in zip(attn_0_2_outputs, attn_0_0_outputs)]
    num_mlp_0_0_outputs = [mlp_num_mlp_0_0_outputs(num_attn_0_3_output) for num_attn_0_3_output in num_attn_0_3_outputs]
    attn_1_0_outputs = aggregate(select_closest(positions, positions, match_attn_1_0_outputs), attn_0_3_outputs)
    attn_1_1_outputs = aggregate(select_closest(positions, tokens, match_attn_1_1_outputs), tokens)
    attn_1_2_outputs = aggregate(select_closest(positions, mlp_0_0_outputs, match_attn_1_2_outputs), tokens)
    attn_1_3_outputs = aggregate(select_closest(positions, tokens, match_attn_1_3_outputs), tokens)
    num_attn_1_0_outputs = count_matches(attn_0_1_outputs, num_mlp_0_0_outputs, match_num_attn_1_0_outputs, num_attn_0_0_outputs)
    num_attn_1_1_outputs = count_matches(positions, num_mlp_0_0_outputs, match_num_attn_1_1_outputs, num_attn_0_0_outputs)
    num_attn_1_2_outputs = count_matches(positions, num_mlp_0_0_outputs, match_num_attn_1_2_outputs, num_attn_0_0_outputs)
    num_attn_1_3_outputs = count_matches(attn_0_3_outputs, num_mlp_0_0_outputs, match_num_attn_1_3_outputs, num_attn_0_0_outputs)
    mlp_1_0_outputs = [mlp_mlp_1_0_outputs(attn_1_1_output, attn_1_0_output) for attn_1_1_output, attn_1_0_output in zip(attn_1_1_outputs, attn_1_0_outputs)]
    num_mlp_1_0_outputs = [mlp_num_mlp_1_0_outputs(num_attn_1_0_output, num_attn_1_3_output) for num_attn_1_0_output, num_attn_1_3_output in zip(num_attn_1_0_outputs, num_attn_1_3_outputs)]
    attn_2_0_outputs = aggregate(select_closest(positions, attn_0_2_outputs, match_attn_2_0_outputs), attn_1_1_outputs)
    attn_2_1_outputs = aggregate(select_closest(positions, mlp_0_0_outputs, match_attn_2_1_outputs), attn_1_3_outputs)
    attn_2_2_outputs = aggregate(select_closest(positions, mlp_0_0_outputs, match_attn_2_2_outputs), attn_1_3_outputs)
    attn_2_3_outputs = aggregate(select_closest(positions, mlp_0_0_outputs, match_attn_2_3_outputs), attn_1_3_outputs)
    num_attn_2_0_outputs = count_matches(mlp_0_0_outputs, num_mlp_0_0_outputs, match_num_attn_2_0_outputs, num_attn_0_1_outputs)
    num_attn_2_1_outputs = count_matches(mlp_1_0_outputs, attn_1_0_outputs, match_num_attn_2_1_outputs, num_attn_0_3_outputs)
    num_attn_2_2_outputs = count_matches(mlp_1_0_outputs, attn_1_3_outputs, match_num_attn_2_2_outputs, num_attn_0_3_outputs)
    num_attn_2_3_outputs = count_matches(attn_1_0_outputs, attn_0_3_outputs, match_num_attn_2_3_outputs, num_attn_0_1_outputs)
    mlp_2_0_outputs = [mlp_mlp_2_0_outputs(attn_2_3_output, attn_2_1_output) for attn_2_3_output, attn_2_1_output in zip(attn_2_3_outputs, attn_2_1_outputs)]
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
