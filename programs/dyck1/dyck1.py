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

def match_attn_0_0_outputs(q_token):
    """The positions value that a tokens value matches."""
    if q_token in {"("}:
        return 1
    if q_token in {")"}:
        return 2
    if q_token in {"<s>"}:
        return 12
    return None


def match_attn_0_1_outputs(q_position):
    """The positions value that a positions value matches."""
    if q_position in {0, 15}:
        return 14
    if q_position in {1}:
        return 1
    if q_position in {2, 3, 10, 11, 13}:
        return 8
    if q_position in {4}:
        return 3
    if q_position in {5, 7, 14}:
        return 12
    if q_position in {6}:
        return 5
    if q_position in {8}:
        return 7
    if q_position in {9}:
        return 15
    if q_position in {12}:
        return 11
    return None


def match_attn_0_2_outputs(q_token):
    """The positions value that a tokens value matches."""
    if q_token in {"("}:
        return 1
    if q_token in {")", "<s>"}:
        return 6
    return None


def match_attn_0_3_outputs(q_token):
    """The positions value that a tokens value matches."""
    if q_token in {"("}:
        return 1
    if q_token in {")"}:
        return 10
    if q_token in {"<s>"}:
        return 2
    return None


def match_num_attn_0_0_outputs(q_position):
    """The tokens value that a positions value matches."""
    if q_position in {1, 3, 5, 7}:
        return ")"
    if q_position in {2, 9, 11, 13, 15}:
        return "<s>"
    return None


def match_num_attn_0_1_outputs(q_position):
    """The tokens value that a positions value matches."""
    if q_position in {3, 4, 5, 6, 12}:
        return ")"
    if q_position in {8}:
        return "<s>"
    if q_position in {11}:
        return "("
    return None


def match_num_attn_0_2_outputs(q_position):
    """The tokens value that a positions value matches."""
    if q_position in {0, 1, 2, 3, 4, 6, 8}:
        return ")"
    return None


def match_num_attn_0_3_outputs(q_token):
    """The positions value that a tokens value matches."""
    if q_token in {"("}:
        return 3
    if q_token in {")"}:
        return 14
    if q_token in {"<s>"}:
        return 2
    return None


def mlp_mlp_0_0_outputs(attn_0_3_output, attn_0_2_output):
    key = (attn_0_3_output, attn_0_2_output)
    return 5


def mlp_num_mlp_0_0_outputs(num_attn_0_2_output, num_attn_0_1_output):
    key = (num_attn_0_2_output, num_attn_0_1_output)
    if key in {(0, 0)}:
        return 6
    return 8


# layer 1 ######################################################################

def match_attn_1_0_outputs(q_token):
    """The positions value that a tokens value matches."""
    if q_token in {"("}:
        return 1
    if q_token in {")"}:
        return 4
    if q_token in {"<s>"}:
        return 5
    return None


def match_attn_1_1_outputs(q_token):
    """The positions value that a tokens value matches."""
    if q_token in {"("}:
        return 1
    if q_token in {")"}:
        return 10
    if q_token in {"<s>"}:
        return 3
    return None


def match_attn_1_2_outputs(q_token):
    """The positions value that a tokens value matches."""
    if q_token in {"("}:
        return 1
    if q_token in {")"}:
        return 9
    if q_token in {"<s>"}:
        return 5
    return None


def match_attn_1_3_outputs(q_mlp_0_0_output):
    """The positions value that a mlp_0_0_outputs value matches."""
    if q_mlp_0_0_output in {5}:
        return 3
    return None


def match_num_attn_1_0_outputs(q_position):
    """The attn_0_1_outputs value that a positions value matches."""
    if q_position in {1, 3, 4, 5, 6, 7, 9}:
        return ")"
    if q_position in {2, 8}:
        return "<s>"
    return None


def match_num_attn_1_1_outputs(q_num_mlp_0_0_output):
    """The mlp_0_0_outputs value that a num_mlp_0_0_outputs value matches."""
    return None


def match_num_attn_1_2_outputs(q_num_mlp_0_0_output):
    """The mlp_0_0_outputs value that a num_mlp_0_0_outputs value matches."""
    if q_num_mlp_0_0_output in {6, 8}:
        return 5
    return None


def match_num_attn_1_3_outputs(q_num_mlp_0_0_output):
    """The positions value that a num_mlp_0_0_outputs value matches."""
    if q_num_mlp_0_0_output in {6, 8}:
        return 3
    return None


def mlp_mlp_1_0_outputs(token):
    key = token
    if key in {"("}:
        return 11
    if key in {")"}:
        return 12
    return 1


def mlp_num_mlp_1_0_outputs(num_attn_0_2_output):
    key = num_attn_0_2_output
    return 6


# layer 2 ######################################################################

def match_attn_2_0_outputs(q_attn_0_1_output):
    """The attn_0_3_outputs value that a attn_0_1_outputs value matches."""
    if q_attn_0_1_output not in {")"}:
        return None
    return q_attn_0_1_output


def match_attn_2_1_outputs(q_mlp_0_0_output):
    """The positions value that a mlp_0_0_outputs value matches."""
    if q_mlp_0_0_output in {5}:
        return 3
    return None


def match_attn_2_2_outputs(q_mlp_0_0_output):
    """The positions value that a mlp_0_0_outputs value matches."""
    if q_mlp_0_0_output in {5}:
        return 4
    return None


def match_attn_2_3_outputs(q_mlp_0_0_output):
    """The positions value that a mlp_0_0_outputs value matches."""
    if q_mlp_0_0_output not in {5}:
        return None
    return q_mlp_0_0_output


def match_num_attn_2_0_outputs(q_attn_1_3_output):
    """The attn_1_0_outputs value that a attn_1_3_outputs value matches."""
    if q_attn_1_3_output in {"(", ")"}:
        return ")"
    if q_attn_1_3_output in {"<s>"}:
        return "<s>"
    return None


def match_num_attn_2_1_outputs(q_attn_1_3_output):
    """The mlp_0_0_outputs value that a attn_1_3_outputs value matches."""
    return None


def match_num_attn_2_2_outputs(q_mlp_1_0_output):
    """The attn_1_3_outputs value that a mlp_1_0_outputs value matches."""
    if q_mlp_1_0_output in {1, 11, 12}:
        return ")"
    return None


def match_num_attn_2_3_outputs(q_num_mlp_1_0_output):
    """The mlp_0_0_outputs value that a num_mlp_1_0_outputs value matches."""
    return None


def mlp_mlp_2_0_outputs(attn_2_3_output, attn_1_3_output):
    key = (attn_2_3_output, attn_1_3_output)
    if key in {(")", ")"), (")", "<s>")}:
        return 1
    return 8


# classifier: the weights each feature adds to each class's logit ####################

W_tokens = {
    "<pad>": (0.0, 0.0, 0.0),
    "(": (0.5259335041046143, 1.3027640581130981, -4.78428840637207),
    ")": (-0.7755002975463867, 0.20294490456581116, 2.9072046279907227),
    "<s>": (0.41364070773124695, 0.056123293936252594, -0.18813371658325195),
}
W_positions = {
    0: (0.18345904350280762, 0.7441354393959045, -0.02762772887945175),
    1: (-0.6426576375961304, 7.109295845031738, -7.416324138641357),
    2: (-4.779907703399658, 1.4139595031738281, 2.4549412727355957),
    3: (-13.547321319580078, 17.527690887451172, -4.0316481590271),
    4: (-13.428424835205078, 15.226163864135742, 4.5330071449279785),
    5: (-7.2811174392700195, 10.420016288757324, -5.396929740905762),
    6: (-16.518329620361328, 14.500605583190918, 4.244476795196533),
    7: (-9.348169326782227, 11.14604663848877, -5.518645763397217),
    8: (-16.643342971801758, 15.384557723999023, 5.8025898933410645),
    9: (1.6043299436569214, 0.9717613458633423, -7.541231155395508),
    10: (4.882235050201416, -5.007174015045166, 0.903304934501648),
    11: (2.756903886795044, 0.18079228699207306, -5.152523994445801),
    12: (6.876295566558838, -7.7278642654418945, 2.3672170639038086),
    13: (5.2570319175720215, -3.794029712677002, -4.974636077880859),
    14: (8.270798683166504, -12.484221458435059, 2.71213436126709),
    15: (8.89896297454834, -7.819451808929443, -2.4384655952453613),
}
W_attn_0_0_outputs = {
    "<pad>": (0.0, 0.0, 0.0),
    "(": (-0.28883129358291626, 0.5664951801300049, -0.16226845979690552),
    ")": (-1.1859018802642822, -3.733634948730469E-4, 1.1213082075119019),
    "<s>": (2.449892044067383, -2.2534759044647217, -1.5708320140838623),
}
W_attn_0_1_outputs = {
    "<pad>": (0.0, 0.0, 0.0),
    "(": (1.0371633768081665, 0.21623411774635315, -0.6035872101783752),
    ")": (0.5526158213615417, -0.24537396430969238, 0.8456966280937195),
    "<s>": (-1.1820300817489624, 2.4767942428588867, -0.936573326587677),
}
W_attn_0_2_outputs = {
    "<pad>": (0.0, 0.0, 0.0),
    "(": (-1.1477898359298706, 0.5001932978630066, 0.41723519563674927),
    ")": (0.5200998783111572, -0.5844659805297852, 0.4501346945762634),
    "<s>": (1.0243335962295532, -2.804069757461548, 0.12133308500051498),
}
W_attn_0_3_outputs = {
    "<pad>": (0.0, 0.0, 0.0),
    "(": (-0.006316651590168476, 0.42241549491882324, -0.6792767643928528),
    ")": (0.22144442796707153, 0.07608729600906372, -0.13228154182434082),
    "<s>": (0.04925519600510597, -0.43362122774124146, 0.09740885347127914),
}
W_mlp_0_0_outputs = {
    0: (0.0, 0.0, 0.0),
    1: (0.0, 0.0, 0.0),
    2: (0.0, 0.0, 0.0),
    3: (0.0, 0.0, 0.0),
    4: (0.0, 0.0, 0.0),
    5: (1.7816810607910156, -0.6941376328468323, 0.5934827923774719),
    6: (0.0, 0.0, 0.0),
    7: (0.0, 0.0, 0.0),
    8: (0.0, 0.0, 0.0),
    9: (0.0, 0.0, 0.0),
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
    6: (0.8354628682136536, -1.0610425472259521, 1.0496325492858887),
    7: (0.0, 0.0, 0.0),
    8: (0.23014628887176514, 0.9995959401130676, -1.2933911085128784),
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
    "(": (-0.4194992482662201, 0.32030630111694336, -0.5225080847740173),
    ")": (-0.6999126076698303, 0.5775784254074097, 0.003553689457476139),
    "<s>": (0.735926628112793, -1.6817779541015625, -0.4580099582672119),
}
W_attn_1_1_outputs = {
    "<pad>": (0.0, 0.0, 0.0),
    "(": (0.3517466187477112, 0.4987808167934418, -1.162576675415039),
    ")": (0.3917214572429657, 0.6644694209098816, -0.1971372812986374),
    "<s>": (-0.646827757358551, -0.7295505404472351, 0.2658236026763916),
}
W_attn_1_2_outputs = {
    "<pad>": (0.0, 0.0, 0.0),
    "(": (0.03495623916387558, -0.835195004940033, -1.5641533136367798),
    ")": (0.9509719014167786, -0.41844332218170166, -0.0349777527153492),
    "<s>": (-3.410533905029297, 3.794370651245117, 1.295395851135254),
}
W_attn_1_3_outputs = {
    "<pad>": (0.0, 0.0, 0.0),
    "(": (-1.911845326423645, 0.3085887134075165, 0.018404312431812286),
    ")": (3.0403921604156494, -2.94661021232605, -0.6040562391281128),
    "<s>": (-0.28450852632522583, 1.2162542343139648, 0.06947058439254761),
}
W_mlp_1_0_outputs = {
    0: (0.0, 0.0, 0.0),
    1: (0.5293106436729431, 0.07939569652080536, 0.529270589351654),
    2: (0.0, 0.0, 0.0),
    3: (0.0, 0.0, 0.0),
    4: (0.0, 0.0, 0.0),
    5: (0.0, 0.0, 0.0),
    6: (0.0, 0.0, 0.0),
    7: (0.0, 0.0, 0.0),
    8: (0.0, 0.0, 0.0),
    9: (0.0, 0.0, 0.0),
    10: (0.0, 0.0, 0.0),
    11: (1.0914027690887451, 0.45132550597190857, -2.925785779953003),
    12: (0.923406183719635, -0.2917848229408264, 1.23150634765625),
    13: (0.0, 0.0, 0.0),
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
    6: (-0.2439035177230835, -0.04978112131357193, -0.21705883741378784),
    7: (0.0, 0.0, 0.0),
    8: (0.0, 0.0, 0.0),
    9: (0.0, 0.0, 0.0),
    10: (0.0, 0.0, 0.0),
    11: (0.0, 0.0, 0.0),
    12: (0.0, 0.0, 0.0),
    13: (0.0, 0.0, 0.0),
    14: (0.0, 0.0, 0.0),
    15: (0.0, 0.0, 0.0),
}
W_attn_2_0_outputs = {
    "<pad>": (0.0, 0.0, 0.0),
    "(": (-0.658980667591095, 0.3291773796081543, -0.606834352016449),
    ")": (1.0067907571792603, 0.13213026523590088, -1.0966323614120483),
    "<s>": (0.3408331573009491, 0.8795073628425598, 1.0487473011016846),
}
W_attn_2_1_outputs = {
    "<pad>": (0.0, 0.0, 0.0),
    "(": (0.16684512794017792, 0.40244731307029724, 0.07591402530670166),
    ")": (2.969003677368164, -3.3370468616485596, -3.09456205368042),
    "<s>": (-2.705573797225952, 2.2652781009674072, 0.5671663284301758),
}
W_attn_2_2_outputs = {
    "<pad>": (0.0, 0.0, 0.0),
    "(": (-0.7020466327667236, 0.9791246056556702, 0.6085695028305054),
    ")": (2.9305810928344727, -1.9815280437469482, 0.5892243385314941),
    "<s>": (-0.7342644333839417, -0.7880704998970032, -0.46741873025894165),
}
W_attn_2_3_outputs = {
    "<pad>": (0.0, 0.0, 0.0),
    "(": (-2.5107314586639404, 1.4364339113235474, -0.39689919352531433),
    ")": (2.956709384918213, -2.3342201709747314, -0.31389522552490234),
    "<s>": (0.04908505454659462, 0.28104299306869507, -0.1787962168455124),
}
W_mlp_2_0_outputs = {
    0: (0.0, 0.0, 0.0),
    1: (0.3653768002986908, -0.9756718873977661, -0.563555121421814),
    2: (0.0, 0.0, 0.0),
    3: (0.0, 0.0, 0.0),
    4: (0.0, 0.0, 0.0),
    5: (0.0, 0.0, 0.0),
    6: (0.0, 0.0, 0.0),
    7: (0.0, 0.0, 0.0),
    8: (-0.33338284492492676, -0.16271628439426422, -0.010507744736969471),
    9: (0.0, 0.0, 0.0),
    10: (0.0, 0.0, 0.0),
    11: (0.0, 0.0, 0.0),
    12: (0.0, 0.0, 0.0),
    13: (0.0, 0.0, 0.0),
    14: (0.0, 0.0, 0.0),
    15: (0.0, 0.0, 0.0),
}
CONSTANT_0 = (0.45836564898490906, 0.4420613646507263, 0.26312124729156494)  # from num_mlp_2_0_outputs
W_ones = (-0.3415084779262543, -1.5877002477645874, -0.4856266975402832)
W_num_attn_0_0_outputs = (4.2524638175964355, -3.8163392543792725, -1.5316646099090576)
W_num_attn_0_1_outputs = (0.1222178041934967, -0.5405740141868591, 0.1485946923494339)
W_num_attn_0_2_outputs = (6.074857234954834, -6.0824079513549805, -1.3439582586288452)
W_num_attn_0_3_outputs = (2.3041534423828125, -1.6706717014312744, -1.0532796382904053)
W_num_attn_1_0_outputs = (-0.01965188980102539, -0.39135417342185974, -0.7322076559066772)
W_num_attn_1_1_outputs = (0.9614436030387878, -0.4997405707836151, -0.036365631967782974)
W_num_attn_1_2_outputs = (-2.4529764652252197, 1.9900426864624023, -1.1634769439697266)
W_num_attn_1_3_outputs = (4.862067699432373, -4.475963115692139, -1.59837007522583)
W_num_attn_2_0_outputs = (0.6034354567527771, -0.2446589320898056, -0.0563240721821785)
W_num_attn_2_1_outputs = (-0.8742595314979553, 1.6795059442520142, 1.5323270559310913)
W_num_attn_2_2_outputs = (0.715713381767273, -1.8231385946273804, -1.2433815002441406)
W_num_attn_2_3_outputs = (1.4702142477035522, -0.9695023894309998, 0.8228337168693542)


def run(tokens):
    check(tokens)
    positions = list(range(len(tokens)))
    ones = [1] * len(tokens)
    attn_0_0_outputs = aggregate(select_closest(positions, tokens, match_attn_0_0_outputs), tokens)
    attn_0_1_outputs = aggregate(select_closest(positions, positions, match_attn_0_1_outputs), tokens)
    attn_0_2_outputs = aggregate(select_closest(positions, tokens, match_attn_0_2_outputs), tokens)
    attn_0_3_outputs = aggregate(select_closest(positions, tokens, match_attn_0_3_outputs), tokens)
    num_attn_0_0_outputs = count_matches(tokens, positions, match_num_attn_0_0_outputs, ones)
    num_attn_0_1_outputs = count_matches(tokens, positions, match_num_attn_0_1_outputs, ones)
    num_attn_0_2_outputs = count_matches(tokens, positions, match_num_attn_0_2_outputs, ones)
    num_attn_0_3_outputs = count_matches(positions, tokens, match_num_attn_0_3_outputs, ones)
    mlp_0_0_outputs = [mlp_mlp_0_0_outputs(attn_0_3_output, attn_0_2_output) for attn_0_3_output, attn_0_2_output in zip(attn_0_3_outputs, attn_0_2_outputs)]
    num_mlp_0_0_outputs = [mlp_num_mlp_0_0_outputs(num_attn_0_2_output, num_attn_0_1_output) for num_attn_0_2_output, num_attn_0_1_output in zip(num_attn_0_2_outputs, num_attn_0_1_outputs)]
    attn_1_0_outputs = aggregate(select_closest(positions, tokens, match_attn_1_0_outputs), tokens)
    attn_1_1_outputs = aggregate(select_closest(positions, tokens, match_attn_1_1_outputs), tokens)
    attn_1_2_outputs = aggregate(select_closest(positions, tokens, match_attn_1_2_outputs), tokens)
    attn_1_3_outputs = aggregate(select_closest(positions, mlp_0_0_outputs, match_attn_1_3_outputs), attn_0_0_outputs)
    num_attn_1_0_outputs = count_matches(attn_0_1_outputs, positions, match_num_attn_1_0_outputs, num_attn_0_2_outputs)
    num_attn_1_1_outputs = count_matches(mlp_0_0_outputs, num_mlp_0_0_outputs, match_num_attn_1_1_outputs, num_attn_0_0_outputs)
    num_attn_1_2_outputs = count_matches(mlp_0_0_outputs, num_mlp_0_0_outputs, match_num_attn_1_2_outputs, num_attn_0_3_outputs)
    num_attn_1_3_outputs = count_matches(positions, num_mlp_0_0_outputs, match_num_attn_1_3_outputs, num_attn_0_2_outputs)
    mlp_1_0_outputs = [mlp_mlp_1_0_outputs(token) for token in tokens]
    num_mlp_1_0_outputs = [mlp_num_mlp_1_0_outputs(num_attn_0_2_output) for num_attn_0_2_output in num_attn_0_2_outputs]
    attn_2_0_outputs = aggregate(select_closest(attn_0_3_outputs, attn_0_1_outputs, match_attn_2_0_outputs), attn_1_2_outputs)
    attn_2_1_outputs = aggregate(select_closest(positions, mlp_0_0_outputs, match_attn_2_1_outputs), attn_1_2_outputs)
    attn_2_2_outputs = aggregate(select_closest(positions, mlp_0_0_outputs, match_attn_2_2_outputs), attn_1_1_outputs)
    attn_2_3_outputs = aggregate(select_closest(positions, mlp_0_0_outputs, match_attn_2_3_outputs), attn_1_1_outputs)
    num_attn_2_0_outputs = count_matches(attn_1_0_outputs, attn_1_3_outputs, match_num_attn_2_0_outputs, num_attn_0_0_outputs)
    num_attn_2_1_outputs = count_matches(mlp_0_0_outputs, attn_1_3_outputs, match_num_attn_2_1_outputs, num_attn_1_0_outputs)
    num_attn_2_2_outputs = count_matches(attn_1_3_outputs, mlp_1_0_outputs, match_num_attn_2_2_outputs, num_attn_0_0_outputs)
    num_attn_2_3_outputs = count_matches(mlp_0_0_outputs, num_mlp_1_0_outputs, match_num_attn_2_3_outputs, num_attn_1_0_outputs)
    mlp_2_0_outputs = [mlp_mlp_2_0_outputs(attn_2_3_output, attn_1_3_output) for attn_2_3_output, attn_1_3_output in zip(attn_2_3_outputs, attn_1_3_outputs)]
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
