"""Transformer Program hist, written by tprog.

run(tokens) returns the predicted label of every position of a list of tokens.
Plain Python 3, no packages. From a shell: python3 this_file.py '<s> 3 1 4'

A categorical head attends, from each query position, to the nearest key position
whose value the query's value matches: of two at the same distance the left one;
the query's own position only if it is the only match; position 0 if none matches.
"""

import sys

VOCABULARY = ["<pad>", "0", "1", "2", "3", "4", "5", "<s>"]
MAX_LENGTH = 8
CAUSAL = False
CLASSES = ["1", "2", "3", "4", "5", "6"]


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
    if q_token in {"0"}:
        return "2"
    if q_token in {"1", "2", "3", "4"}:
        return "<s>"
    if q_token in {"5"}:
        return "3"
    if q_token in {"<s>"}:
        return "4"
    return None


def match_attn_0_1_outputs(q_token):
    """The tokens value that a tokens value matches."""
    if q_token in {"0", "1", "2", "3", "4", "5"}:
        return "<s>"
    if q_token in {"<s>"}:
        return "2"
    return None


def match_num_attn_0_0_outputs(q_token):
    """The tokens value that a tokens value matches."""
    if q_token in {"0", "3", "4"}:
        return "2"
    if q_token in {"1"}:
        return "5"
    if q_token in {"2"}:
        return "0"
    if q_token in {"5"}:
        return "3"
    if q_token in {"<s>"}:
        return "<s>"
    return None


def match_num_attn_0_1_outputs(q_token):
    """The tokens value that a tokens value matches."""
    if q_token not in {"0", "1", "2", "3", "4", "5", "<s>"}:
        return None
    return q_token


def mlp_num_mlp_0_0_outputs(num_attn_0_1_output):
    key = num_attn_0_1_output
    if key in {0, 1}:
        return 5
    return 7


# classifier: the weights each feature adds to each class's logit ####################

W_tokens = {
    "<pad>": (0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
    "0": (1.618105411529541, 5.827615737915039, 1.0195722579956055, -2.7146992683410645, -5.435676574707031, -9.631760597229004),
    "1": (1.280181646347046, 5.342352867126465, 0.8477741479873657, -2.5692312717437744, -5.757595062255859, -8.918373107910156),
    "2": (1.886610507965088, 6.325849533081055, 1.8611230850219727, -1.5276613235473633, -4.3575520515441895, -2.928798198699951),
    "3": (1.0817971229553223, 5.416286945343018, 0.8987050652503967, -2.4784371852874756, -5.2626471519470215, -4.195790767669678),
    "4": (1.177623987197876, 5.595231056213379, 1.1374976634979248, -2.268571615219116, -5.580270767211914, -3.2872726917266846),
    "5": (1.6933772563934326, 5.950404167175293, 1.176888108253479, -2.397639036178589, -5.3767571449279785, -8.958518028259277),
    "<s>": (0.810774028301239, 0.7662101984024048, -0.4237310290336609, -0.4485154449939728, -0.8765444159507751, -0.15154503285884857),
}
W_positions = {
    0: (0.021957531571388245, 0.3553164005279541, -0.27187609672546387, -0.04969032108783722, -0.5770759582519531, -0.21647270023822784),
    1: (1.1181961297988892, 5.118656635284424, 1.3843649625778198, -4.305141925811768, -6.663193702697754, -7.785236835479736),
    2: (0.8651798367500305, 4.796979904174805, 1.0603463649749756, -4.640513896942139, -6.952477931976318, -8.040382385253906),
    3: (1.2367761135101318, 5.230363368988037, 1.4762883186340332, -4.211389064788818, -6.54095458984375, -7.503598690032959),
    4: (1.1390860080718994, 5.113887310028076, 1.3922840356826782, -4.2877116203308105, -6.621880054473877, -7.541590213775635),
    5: (1.1461787223815918, 5.291318416595459, 1.562815546989441, -4.11865234375, -6.4903883934021, -7.553276538848877),
    6: (1.679855465888977, 6.010910511016846, 2.381676197052002, -3.2169439792633057, -5.546872615814209, -6.621095657348633),
    7: (1.5364469289779663, 6.018533706665039, 2.4366023540496826, -3.0707249641418457, -5.284294605255127, -6.860456943511963),
}
W_attn_0_0_outputs = {
    0: (2.8144304752349854, 7.728804588317871, 2.008709192276001, -4.094782829284668, -5.860396385192871, -10.839288711547852),
    1: (1.225363850593567, 5.541424751281738, 0.21810521185398102, -5.6395344734191895, -8.641622543334961, -3.5941598415374756),
    2: (1.5335818529129028, 5.818656921386719, 0.5886820554733276, -5.219822406768799, -6.123945713043213, -5.428981781005859),
    3: (1.3462074995040894, 5.776432991027832, 0.5910605788230896, -5.136309623718262, -6.944121837615967, -4.573387622833252),
    4: (1.560294270515442, 5.851576805114746, 0.7377347946166992, -5.249582290649414, -6.806086540222168, -4.624252796173096),
    5: (1.464411735534668, 6.153722763061523, 0.8806717395782471, -4.768739223480225, -8.288536071777344, -2.9697437286376953),
    6: (0.9633646011352539, 5.841578960418701, 0.7579089999198914, -4.9600396156311035, -6.747372627258301, -3.8284873962402344),
    7: (0.7466568946838379, 6.392160415649414, 1.3980839252471924, -4.010013580322266, -5.045755863189697, -4.84183931350708),
}
W_attn_0_1_outputs = {
    0: (3.581880569458008, 10.518804550170898, 1.6892659664154053, -6.4044060707092285, -12.178293228149414, -17.297916412353516),
    1: (1.417796015739441, 3.0449039936065674, 0.1311076283454895, -5.262616157531738, -4.417126178741455, -1.9170821905136108),
    2: (1.5693988800048828, 3.262932062149048, -0.02933070994913578, -3.9905941486358643, -4.464233875274658, -1.5944364070892334),
    3: (1.3227779865264893, 3.289041757583618, -0.10749591141939163, -4.2562150955200195, -4.342185974121094, -1.6039296388626099),
    4: (1.5158865451812744, 3.446591377258301, -0.2730511426925659, -3.863093137741089, -3.923482656478882, -1.4667998552322388),
    5: (0.4385361969470978, 3.2002813816070557, 0.1308661699295044, -4.899701118469238, -4.219153881072998, -1.1547197103500366),
    6: (0.14021074771881104, 3.6937172412872314, 0.8366411924362183, -3.7770559787750244, -3.5459976196289062, -0.815336287021637),
    7: (-0.33469149470329285, 3.8233861923217773, 1.0210905075073242, -2.398428440093994, -2.4397876262664795, -0.27397820353507996),
}
CONSTANT_0 = (2.3453853130340576, 7.137099742889404, 2.367013692855835, -4.560617446899414, -17.001718521118164, -18.358057022094727)  # from mlp_0_0_outputs
W_num_mlp_0_0_outputs = {
    0: (0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
    1: (0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
    2: (0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
    3: (0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
    4: (0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
    5: (14.321554183959961, -12.173558235168457, -4.074276447296143, -3.8456478118896484, -1.2152950763702393, -0.6149564385414124),
    6: (0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
    7: (-4.372499942779541, 12.42673397064209, 3.5789825916290283, -4.137942314147949, -16.263071060180664, -17.661815643310547),
}
W_ones = (1.1754781007766724, 5.983769416809082, 2.065303087234497, -4.7664384841918945, -6.1980719566345215, -7.795210838317871)
W_num_attn_0_0_outputs = (1.7861323356628418, 1.469456434249878, 1.1731586456298828, 0.9104622006416321, 0.5303689241409302, -4.258610725402832)
W_num_attn_0_1_outputs = (-5.510778903961182, -19.941774368286133, -3.8599092960357666, 8.87833023071289, 17.24852180480957, 19.510299682617188)


def run(tokens):
    check(tokens)
    positions = list(range(len(tokens)))
    ones = [1] * len(tokens)
    attn_0_0_outputs = aggregate(select_closest(tokens, tokens, match_attn_0_0_outputs), positions)
    attn_0_1_outputs = aggregate(select_closest(tokens, tokens, match_attn_0_1_outputs), positions)
    num_attn_0_0_outputs = count_matches(tokens, tokens, match_num_attn_0_0_outputs, ones)
    num_attn_0_1_outputs = count_matches(tokens, tokens, match_num_attn_0_1_outputs, ones)
    num_mlp_0_0_outputs = [mlp_num_mlp_0_0_outputs(num_attn_0_1_output) for num_attn_0_1_output in num_attn_0_1_outputs]
    features = [
        [W_tokens[v] for v in tokens],
        [W_positions[v] for v in positions],
        [W_attn_0_0_outputs[v] for v in attn_0_0_outputs],
        [W_attn_0_1_outputs[v] for v in attn_0_1_outputs],
        [CONSTANT_0] * len(tokens),
        [W_num_mlp_0_0_outputs[v] for v in num_mlp_0_0_outputs],
        [[w * v for w in W_ones] for v in ones],
        [[w * v for w in W_num_attn_0_0_outputs] for v in num_attn_0_0_outputs],
        [[w * v for w in W_num_attn_0_1_outputs] for v in num_attn_0_1_outputs],
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
