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
    if q_position in {0, 2}:
        return 5
    if q_position in {1}:
        return 6
    if q_position in {3}:
        return 4
    if q_position in {4}:
        return 3
    if q_position in {5}:
        return 2
    if q_position in {6, 7}:
        return 1
    return None


def match_attn_0_1_outputs(q_position):
    """The positions value that a positions value matches."""
    if q_position in {0, 3}:
        return 2
    if q_position in {1}:
        return 6
    if q_position in {2}:
        return 4
    if q_position in {4}:
        return 7
    if q_position in {5, 6, 7}:
        return 1
    return None


def match_attn_0_2_outputs(q_position):
    """The positions value that a positions value matches."""
    if q_position in {0}:
        return 6
    if q_position in {1}:
        return 5
    if q_position in {2}:
        return 4
    if q_position in {3}:
        return 0
    if q_position in {4}:
        return 2
    if q_position in {5, 6, 7}:
        return 1
    return None


def match_attn_0_3_outputs(q_position):
    """The positions value that a positions value matches."""
    if q_position in {0, 1, 6}:
        return 6
    if q_position in {2}:
        return 5
    if q_position in {3}:
        return 3
    if q_position in {4, 7}:
        return 1
    if q_position in {5}:
        return 0
    return None


def match_num_attn_0_0_outputs(q_token):
    """The positions value that a tokens value matches."""
    if q_token in {"0"}:
        return 0
    if q_token in {"1", "3", "</s>"}:
        return 7
    if q_token in {"2"}:
        return 3
    if q_token in {"4"}:
        return 6
    if q_token in {"<s>"}:
        return 2
    return None


def match_num_attn_0_1_outputs(q_token):
    """The positions value that a tokens value matches."""
    if q_token in {"0", "2", "</s>"}:
        return 7
    if q_token in {"1", "3", "4"}:
        return 6
    if q_token in {"<s>"}:
        return 1
    return None


def match_num_attn_0_2_outputs(q_token):
    """The positions value that a tokens value matches."""
    if q_token in {"0", "1", "</s>"}:
        return 7
    if q_token in {"2", "3", "4"}:
        return 6
    if q_token in {"<s>"}:
        return 1
    return None


def match_num_attn_0_3_outputs(q_token):
    """The positions value that a tokens value matches."""
    if q_token in {"0", "2"}:
        return 2
    if q_token in {"1"}:
        return 6
    if q_token in {"3", "4", "</s>"}:
        return 7
    if q_token in {"<s>"}:
        return 5
    return None


def mlp_mlp_0_0_outputs(attn_0_1_output, attn_0_0_output):
    key = (attn_0_1_output, attn_0_0_output)
    if key in {("0", "</s>"), ("1", "0"), ("1", "1"), ("1", "2"), ("1", "3"), ("1", "4"), ("1", "<s>"), ("2", "</s>"), ("3", "</s>"), ("4", "0"), ("4", "1"), ("4", "2"), ("4", "3"), ("4", "4"), ("4", "<s>"), ("</s>", "1"), ("</s>", "</s>"), ("<s>", "</s>")}:
        return 3
    if key in {("0", "<s>"), ("2", "<s>"), ("3", "<s>"), ("</s>", "0"), ("</s>", "2"), ("</s>", "<s>"), ("<s>", "<s>")}:
        return 0
    if key in {("</s>", "3"), ("</s>", "4")}:
        return 1
    return 4


def mlp_num_mlp_0_0_outputs(num_attn_0_0_output):
    key = num_attn_0_0_output
    if key in {0}:
        return 7
    return 5


# layer 1 ######################################################################

def match_attn_1_0_outputs(q_position):
    """The positions value that a positions value matches."""
    if q_position in {0, 1}:
        return 6
    if q_position in {2}:
        return 5
    if q_position in {3}:
        return 4
    if q_position in {4}:
        return 3
    if q_position in {5}:
        return 2
    if q_position in {6, 7}:
        return 1
    return None


def match_attn_1_1_outputs(q_position):
    """The tokens value that a positions value matches."""
    if q_position in {0}:
        return "1"
    if q_position in {1}:
        return "0"
    if q_position in {2, 4, 6}:
        return "<s>"
    if q_position in {3, 5}:
        return "3"
    if q_position in {7}:
        return "2"
    return None


def match_attn_1_2_outputs(q_position):
    """The positions value that a positions value matches."""
    if q_position in {0}:
        return 2
    if q_position in {1}:
        return 4
    if q_position in {2}:
        return 3
    if q_position in {3, 4, 5, 6, 7}:
        return 1
    return None


def match_attn_1_3_outputs(q_position):
    """The positions value that a positions value matches."""
    if q_position in {0, 5}:
        return 2
    if q_position in {1, 2}:
        return 5
    if q_position in {3}:
        return 3
    if q_position in {4}:
        return 0
    if q_position in {6, 7}:
        return 1
    return None


def match_num_attn_1_0_outputs(q_attn_0_0_output):
    """The attn_0_0_outputs value that a attn_0_0_outputs value matches."""
    if q_attn_0_0_output in {"0"}:
        return "1"
    if q_attn_0_0_output in {"1", "2", "4"}:
        return "</s>"
    if q_attn_0_0_output in {"3"}:
        return "2"
    if q_attn_0_0_output in {"</s>", "<s>"}:
        return "0"
    return None


def match_num_attn_1_1_outputs(q_attn_0_0_output):
    """The attn_0_0_outputs value that a attn_0_0_outputs value matches."""
    if q_attn_0_0_output in {"0", "2", "3"}:
        return "4"
    if q_attn_0_0_output in {"1", "4"}:
        return "</s>"
    if q_attn_0_0_output in {"</s>"}:
        return "0"
    if q_attn_0_0_output in {"<s>"}:
        return "3"
    return None


def match_num_attn_1_2_outputs(q_attn_0_0_output):
    """The attn_0_3_outputs value that a attn_0_0_outputs value matches."""
    if q_attn_0_0_output in {"0", "3"}:
        return "</s>"
    if q_attn_0_0_output in {"1", "2"}:
        return "4"
    if q_attn_0_0_output in {"4", "</s>", "<s>"}:
        return "1"
    return None


def match_num_attn_1_3_outputs(q_attn_0_0_output):
    """The attn_0_3_outputs value that a attn_0_0_outputs value matches."""
    if q_attn_0_0_output in {"0"}:
        return "0"
    if q_attn_0_0_output in {"1", "2", "3"}:
        return "</s>"
    if q_attn_0_0_output in {"4"}:
        return "1"
    if q_attn_0_0_output in {"</s>", "<s>"}:
        return "4"
    return None


def mlp_mlp_1_0_outputs(attn_1_2_output, attn_1_3_output):
    key = (attn_1_2_output, attn_1_3_output)
    if key in {("0", "0"), ("0", "</s>"), ("1", "0"), ("1", "</s>"), ("2", "0"), ("4", "0"), ("</s>", "0"), ("<s>", "0"), ("<s>", "</s>")}:
        return 7
    if key in {("0", "3"), ("0", "<s>"), ("3", "3"), ("3", "</s>"), ("3", "<s>"), ("</s>", "3"), ("</s>", "</s>"), ("</s>", "<s>"), ("<s>", "3"), ("<s>", "<s>")}:
        return 6
    if key in {("2", "</s>")}:
        return 3
    if key in {("4", "</s>")}:
        return 1
    return 0


def mlp_num_mlp_1_0_outputs(num_attn_0_2_output):
    key = num_attn_0_2_output
    if key in {0}:
        return 3
    return 0


# layer 2 ######################################################################

def match_attn_2_0_outputs(q_position):
    """The positions value that a positions value matches."""
    if q_position in {0, 2, 7}:
        return 1
    if q_position in {1}:
        return 4
    if q_position in {3}:
        return 2
    if q_position in {4}:
        return 6
    if q_position in {5}:
        return 7
    if q_position in {6}:
        return 0
    return None


def match_attn_2_1_outputs(q_position):
    """The tokens value that a positions value matches."""
    if q_position in {0, 6}:
        return "2"
    if q_position in {1}:
        return "</s>"
    if q_position in {2, 4}:
        return "0"
    if q_position in {3, 5, 7}:
        return "1"
    return None


def match_attn_2_2_outputs(q_position):
    """The positions value that a positions value matches."""
    if q_position in {0, 5, 7}:
        return 7
    if q_position in {1, 3}:
        return 3
    if q_position in {2}:
        return 1
    if q_position in {4}:
        return 6
    if q_position in {6}:
        return 0
    return None


def match_attn_2_3_outputs(q_position):
    """The positions value that a positions value matches."""
    if q_position in {0, 5, 7}:
        return 7
    if q_position in {1}:
        return 4
    if q_position in {2, 6}:
        return 2
    if q_position in {3}:
        return 3
    if q_position in {4}:
        return 6
    return None


def match_num_attn_2_0_outputs(q_attn_1_0_output):
    """The attn_1_0_outputs value that a attn_1_0_outputs value matches."""
    if q_attn_1_0_output in {"0"}:
        return "2"
    if q_attn_1_0_output in {"1"}:
        return "3"
    if q_attn_1_0_output in {"2", "3"}:
        return "</s>"
    if q_attn_1_0_output in {"</s>", "<s>"}:
        return "0"
    return None


def match_num_attn_2_1_outputs(q_attn_1_0_output):
    """The attn_0_3_outputs value that a attn_1_0_outputs value matches."""
    if q_attn_1_0_output in {"0", "2"}:
        return "3"
    if q_attn_1_0_output in {"1", "3", "4"}:
        return "</s>"
    if q_attn_1_0_output in {"</s>", "<s>"}:
        return "<s>"
    return None


def match_num_attn_2_2_outputs(q_attn_1_0_output):
    """The attn_1_0_outputs value that a attn_1_0_outputs value matches."""
    if q_attn_1_0_output in {"0"}:
        return "0"
    if q_attn_1_0_output in {"1", "4", "</s>", "<s>"}:
        return "</s>"
    if q_attn_1_0_output in {"2"}:
        return "2"
    if q_attn_1_0_output in {"3"}:
        return "1"
    return None


def match_num_attn_2_3_outputs(q_attn_1_0_output):
    """The attn_0_3_outputs value that a attn_1_0_outputs value matches."""
    if q_attn_1_0_output in {"0", "1", "3", "<s>"}:
        return "0"
    if q_attn_1_0_output in {"2", "4"}:
        return "</s>"
    if q_attn_1_0_output in {"</s>"}:
        return "1"
    return None


def mlp_mlp_2_0_outputs(attn_0_1_output, attn_1_0_output):
    key = (attn_0_1_output, attn_1_0_output)
    if key in {("0", "0"), ("0", "1"), ("0", "2"), ("0", "3"), ("0", "4"), ("0", "<s>"), ("4", "0"), ("4", "2"), ("4", "3"), ("4", "4"), ("4", "<s>"), ("</s>", "4"), ("<s>", "2"), ("<s>", "4"), ("<s>", "<s>")}:
        return 5
    if key in {("0", "</s>")}:
        return 6
    if key in {("1", "1"), ("1", "2"), ("1", "4"), ("1", "<s>"), ("2", "4"), ("3", "1"), ("3", "2"), ("3", "4"), ("3", "<s>"), ("4", "1"), ("<s>", "1")}:
        return 1
    if key in {("1", "</s>"), ("2", "</s>"), ("3", "</s>"), ("4", "</s>"), ("<s>", "</s>")}:
        return 7
    return 3


def mlp_num_mlp_2_0_outputs(num_attn_2_2_output, num_attn_2_1_output):
    key = (num_attn_2_2_output, num_attn_2_1_output)
    if key in {(0, 0)}:
        return 5
    return 1


# classifier: the weights each feature adds to each class's logit ####################

W_tokens = {
    "<pad>": (0.0, 0.0, 0.0, 0.0, 0.0),
    "0": (0.4903085231781006, -0.20585303008556366, -0.34446191787719727, 2.3503034114837646, 0.07052963227033615),
    "1": (-0.11227728426456451, 0.0834982842206955, 0.20287291705608368, -0.8242836594581604, 0.48046547174453735),
    "2": (-0.6075441241264343, 0.9366127252578735, -0.20558659732341766, 0.9431764483451843, 1.346437692642212),
    "3": (0.6825791001319885, -0.5332503318786621, 0.28183335065841675, 0.1167854517698288, -0.31369173526763916),
    "4": (-1.3188141584396362, 0.34898635745048523, 0.650987982749939, -0.8530216217041016, 0.6944616436958313),
    "</s>": (-0.3583572208881378, 0.31595176458358765, 0.43361371755599976, 0.35595065355300903, 0.059434134513139725),
    "<s>": (-0.05593269690871239, -0.10004673898220062, 0.27938422560691833, -0.547711968421936, -0.08372890204191208),
}
W_positions = {
    0: (0.34247761964797974, 0.11829917877912521, 0.5619372725486755, 0.1660948395729065, 0.16610443592071533),
    1: (0.8294070959091187, 0.8456822633743286, -0.6082953810691833, 0.8476870059967041, -0.5539653301239014),
    2: (0.22723865509033203, -0.20134268701076508, -0.4016527533531189, -0.16090549528598785, 0.09686969220638275),
    3: (-0.7693339586257935, -0.3617071211338043, -0.10147599875926971, 0.40880286693573, 1.0050324201583862),
    4: (-0.4119098484516144, 0.3009366989135742, 0.7189918160438538, -0.22750964760780334, 0.05176786705851555),
    5: (0.8363068103790283, -0.8152497410774231, 0.292359322309494, 0.09611726552248001, 0.3649301826953888),
    6: (-0.47870829701423645, 0.23174656927585602, 0.04686523228883743, 0.46405497193336487, -0.3300737738609314),
    7: (0.5889445543289185, 0.5934114456176758, -0.06789763271808624, 0.5854575037956238, -0.21027281880378723),
}
W_attn_0_0_outputs = {
    "<pad>": (0.0, 0.0, 0.0, 0.0, 0.0),
    "0": (1.4718348979949951, -0.45028209686279297, -1.0934957265853882, 0.009634476155042648, 0.2822912037372589),
    "1": (-0.7790451645851135, 1.3023347854614258, -0.05878612771630287, -0.6125571727752686, -0.6007691621780396),
    "2": (-0.8117121458053589, -0.6249039769172668, 1.6212329864501953, -1.3861709833145142, 0.3231504559516907),
    "3": (0.25204235315322876, -0.3447827994823456, 0.09346705675125122, 1.5060092210769653, -0.34889522194862366),
    "4": (-1.2304123640060425, -0.17942295968532562, 0.4223342835903168, -2.497728109359741, 1.4781169891357422),
    "</s>": (0.304272323846817, -2.2294185161590576, 1.1891021728515625, 0.47439733147621155, 0.828044593334198),
    "<s>": (-0.1756366491317749, 0.6381123661994934, -2.0768792629241943, 0.7409070730209351, -1.2543610334396362),
}
W_attn_0_1_outputs = {
    "<pad>": (0.0, 0.0, 0.0, 0.0, 0.0),
    "0": (2.621237277984619, 0.6601518988609314, -0.5653818845748901, -1.266684651374817, -0.11126722395420074),
    "1": (-0.4499666690826416, 0.6525057554244995, -0.09573313593864441, 0.18259957432746887, -1.4672484397888184),
    "2": (-1.6597174406051636, 0.08407619595527649, 1.4510306119918823, -0.3074195981025696, 0.18339300155639648),
    "3": (-0.09545545279979706, 0.10809621214866638, -1.304805874824524, 1.879105567932129, -1.053529143333435),
    "4": (-0.6250683665275574, -2.1007983684539795, 1.5355819463729858, 0.2583046555519104, 2.2122960090637207),
    "</s>": (-0.047561533749103546, 0.9970490336418152, -1.238843560218811, -0.4456915259361267, -0.5622752904891968),
    "<s>": (-0.6002789735794067, 1.0513250827789307, -0.04813631251454353, -0.3155710697174072, 0.8795629739761353),
}
W_attn_0_2_outputs = {
    "<pad>": (0.0, 0.0, 0.0, 0.0, 0.0),
    "0": (9.620354652404785, -2.2874903678894043, -1.58187997341156, -2.014465808868408, -4.30574893951416),
    "1": (-4.106027126312256, 6.6387786865234375, -3.466151475906372, -2.7180681228637695, -1.282879114151001),
    "2": (-1.1883594989776611, -3.835500955581665, 7.723787784576416, -3.493420362472534, -3.070462226867676),
    "3": (-2.3713979721069336, -2.341254711151123, -2.0090012550354004, 6.626789093017578, -2.3295671939849854),
    "4": (-5.065582275390625, -0.7546767592430115, -3.3740925788879395, -2.9955766201019287, 6.8145647048950195),
    "</s>": (-1.8182209730148315, 0.4897628724575043, -0.6842896938323975, 1.3504960536956787, 1.3307050466537476),
    "<s>": (0.7276647090911865, 0.33029869198799133, -0.8857173919677734, 0.15489643812179565, -0.7536863684654236),
}
W_attn_0_3_outputs = {
    "<pad>": (0.0, 0.0, 0.0, 0.0, 0.0),
    "0": (7.327544689178467, -3.6141083240509033, -0.21935395896434784, -3.187175750732422, -3.065497875213623),
    "1": (-2.5224578380584717, 4.2943315505981445, -2.3220245838165283, -1.4063694477081299, -1.4710359573364258),
    "2": (-1.1119139194488525, -2.284775495529175, 6.39574670791626, -2.1948418617248535, -2.271044969558716),
    "3": (-2.9362308979034424, -0.27871572971343994, -2.4618349075317383, 5.052908897399902, -1.4259858131408691),
    "4": (-4.569764137268066, -0.6918509602546692, -2.703937530517578, -2.1890125274658203, 5.608928203582764),
    "</s>": (-0.906225860118866, 0.4406534731388092, -0.8697314858436584, 0.2693358361721039, 0.7845771312713623),
    "<s>": (-0.4070918560028076, 0.5159978866577148, -1.6766022443771362, 0.838356077671051, -0.1268821507692337),
}
W_mlp_0_0_outputs = {
    0: (2.44380521774292, -1.3591994047164917, 4.033195972442627, -2.7839646339416504, -0.7191680669784546),
    1: (-4.763565540313721, -2.949941635131836, -4.070277214050293, 6.158534049987793, 4.787667274475098),
    2: (0.0, 0.0, 0.0, 0.0, 0.0),
    3: (-1.168900966644287, 3.6937854290008545, -2.665893316268921, -0.8054578304290771, 1.0404090881347656),
    4: (-0.8350429534912109, 0.44079238176345825, -0.5703798532485962, 1.0588936805725098, -0.16521337628364563),
    5: (0.0, 0.0, 0.0, 0.0, 0.0),
    6: (0.0, 0.0, 0.0, 0.0, 0.0),
    7: (0.0, 0.0, 0.0, 0.0, 0.0),
}
W_num_mlp_0_0_outputs = {
    0: (0.0, 0.0, 0.0, 0.0, 0.0),
    1: (0.0, 0.0, 0.0, 0.0, 0.0),
    2: (0.0, 0.0, 0.0, 0.0, 0.0),
    3: (0.0, 0.0, 0.0, 0.0, 0.0),
    4: (0.0, 0.0, 0.0, 0.0, 0.0),
    5: (0.6618212461471558, 0.4627171754837036, -0.7792474627494812, -0.3805943727493286, 1.7334508895874023),
    6: (0.0, 0.0, 0.0, 0.0, 0.0),
    7: (-0.35705068707466125, -6.846580654382706E-4, 0.40345823764801025, 0.2613457143306732, -0.2449144572019577),
}
W_attn_1_0_outputs = {
    "<pad>": (0.0, 0.0, 0.0, 0.0, 0.0),
    "0": (3.8148093223571777, -1.7161070108413696, -1.4616751670837402, -1.0891319513320923, 0.5109001398086548),
    "1": (-2.897390604019165, 3.2366530895233154, -0.526373565196991, -0.26412898302078247, -1.485206127166748),
    "2": (-2.4015777111053467, -0.7755290865898132, 3.401482582092285, -1.7014527320861816, 0.6923398375511169),
    "3": (-1.0333784818649292, -0.361776202917099, -1.274661898612976, 4.020937442779541, -1.2076458930969238),
    "4": (-0.8898532390594482, 0.010553641244769096, 1.7655715942382812, -2.773932456970215, 3.6695058345794678),
    "</s>": (0.08108147978782654, -1.3698205947875977, 0.6526787877082825, 0.5597355961799622, 0.40997955203056335),
    "<s>": (-0.028730634599924088, 0.7998854517936707, -1.9841035604476929, 1.2959364652633667, -0.8902871608734131),
}
W_attn_1_1_outputs = {
    "<pad>": (0.0, 0.0, 0.0, 0.0, 0.0),
    "0": (0.7827907204627991, -0.5946263670921326, 1.1810319423675537, -1.3169106245040894, 1.01295006275177),
    "1": (1.0513112545013428, 0.3802211880683899, 0.4783937633037567, -1.3825007677078247, -0.7001393437385559),
    "2": (0.17509891092777252, 0.3713672161102295, -0.0411992110311985, -0.7444177269935608, 0.09661784768104553),
    "3": (-0.28806689381599426, -0.12671636044979095, 0.16636119782924652, -0.5715920925140381, 0.5745821595191956),
    "4": (0.8773016333580017, -0.33021193742752075, 0.1579144299030304, -0.7871562242507935, 0.6058905124664307),
    "</s>": (-1.6481379270553589, -0.4239134192466736, -1.1664185523986816, 2.1636135578155518, 0.035001564770936966),
    "<s>": (-1.6111807823181152, 0.11471962928771973, -0.3598696291446686, 1.4377458095550537, 0.2828642427921295),
}
W_attn_1_2_outputs = {
    "<pad>": (0.0, 0.0, 0.0, 0.0, 0.0),
    "0": (3.0754282474517822, -1.0174238681793213, -0.4640921950340271, -1.492436170578003, -0.7603995203971863),
    "1": (-1.9435126781463623, 1.980685830116272, -0.6086615920066833, -0.7987073063850403, -0.4694826304912567),
    "2": (-0.5727506875991821, -0.104379802942276, 1.2793766260147095, -0.49125754833221436, -0.8862196803092957),
    "3": (0.1258179247379303, -0.06372734904289246, -0.8581028580665588, 1.0943049192428589, -0.456646591424942),
    "4": (-0.01487893145531416, -0.25405681133270264, -0.9630241394042969, 0.4914080798625946, 1.034853219985962),
    "</s>": (-1.2844210863113403, 0.7215191721916199, 1.0114614963531494, -0.5985130667686462, 1.3415424823760986),
    "<s>": (-1.0335601568222046, -1.5439993143081665, 2.3837971687316895, -0.2049630731344223, 2.5886430740356445),
}
W_attn_1_3_outputs = {
    "<pad>": (0.0, 0.0, 0.0, 0.0, 0.0),
    "0": (1.2358815670013428, -1.4819306135177612, 0.967557430267334, 2.626910924911499, 1.1089986562728882),
    "1": (-0.06645449250936508, 2.5700104236602783, -0.2302219569683075, -1.0296121835708618, -0.6434940099716187),
    "2": (-1.3554319143295288, -1.6388099193572998, 3.9523608684539795, -2.1229231357574463, -1.441792368888855),
    "3": (-1.8087443113327026, 0.6769718527793884, -0.3962908387184143, 1.1634018421173096, 0.41406509280204773),
    "4": (-1.3366869688034058, -0.1232958659529686, -0.14328572154045105, -1.3284238576889038, 2.694167137145996),
    "</s>": (0.26369911432266235, 1.2477730512619019, -2.7490439414978027, 3.3384206295013428, -3.106987476348877),
    "<s>": (1.116860032081604, -0.11380110681056976, -0.7710692286491394, -0.6298640966415405, 0.11915182322263718),
}
W_mlp_1_0_outputs = {
    0: (1.492265224456787, 0.07456617057323456, -1.6294387578964233, 2.306206464767456, -1.3365155458450317),
    1: (-5.421844959259033, -2.6271162033081055, -1.7001060247421265, -3.9741547107696533, 9.807696342468262),
    2: (0.0, 0.0, 0.0, 0.0, 0.0),
    3: (-4.650728225708008, -3.2477800846099854, 10.131092071533203, -5.458889007568359, -1.3965858221054077),
    4: (0.0, 0.0, 0.0, 0.0, 0.0),
    5: (0.0, 0.0, 0.0, 0.0, 0.0),
    6: (-0.9119112491607666, 0.016066109761595726, -1.622897982597351, 2.5679824352264404, -1.0506047010421753),
    7: (1.4043855667114258, 1.9304547309875488, -2.104031801223755, -1.9083263874053955, -1.8127387762069702),
}
W_num_mlp_1_0_outputs = {
    0: (-1.0041911602020264, -0.9490895867347717, 1.3459885120391846, 0.9964553117752075, -0.9210561513900757),
    1: (0.0, 0.0, 0.0, 0.0, 0.0),
    2: (0.0, 0.0, 0.0, 0.0, 0.0),
    3: (-0.43404853343963623, -0.24724043905735016, -0.664794385433197, -0.6827912330627441, 0.9008433818817139),
    4: (0.0, 0.0, 0.0, 0.0, 0.0),
    5: (0.0, 0.0, 0.0, 0.0, 0.0),
    6: (0.0, 0.0, 0.0, 0.0, 0.0),
    7: (0.0, 0.0, 0.0, 0.0, 0.0),
}
W_attn_2_0_outputs = {
    0: (-0.2596791684627533, -0.16040977835655212, 0.49360793828964233, -0.13386224210262299, 0.5639669895172119),
    1: (1.4250869750976562, 0.6313663721084595, -0.6911720037460327, 1.6044336557388306, -3.4893736839294434),
    2: (0.0, 0.0, 0.0, 0.0, 0.0),
    3: (0.48667576909065247, 0.5335034728050232, -4.854403972625732, 2.409867525100708, 0.7301426529884338),
    4: (0.0, 0.0, 0.0, 0.0, 0.0),
    5: (0.0, 0.0, 0.0, 0.0, 0.0),
    6: (-1.019882082939148, -0.5802124738693237, 0.868968665599823, -3.3186147212982178, 1.636508584022522),
    7: (-1.5515347719192505, -1.1581653356552124, 1.5030473470687866, 0.3736705780029297, 1.3065900802612305),
}
W_attn_2_1_outputs = {
    "<pad>": (0.0, 0.0, 0.0, 0.0, 0.0),
    "0": (0.11117106676101685, -1.1810389757156372, 0.6845061779022217, -1.0041086673736572, 0.19402244687080383),
    "1": (0.5409060716629028, 0.09272100031375885, -0.10125849395990372, -0.12689101696014404, 0.16558466851711273),
    "2": (-0.005380386486649513, -0.6353530883789062, 0.8634206652641296, -0.4886952042579651, 0.3840188682079315),
    "3": (0.09390891343355179, -0.5132687091827393, -0.6934403777122498, 0.23989781737327576, 0.3523407280445099),
    "4": (0.5610499382019043, -0.8102180361747742, -0.07474854588508606, -0.256279319524765, 0.3794320523738861),
    "</s>": (-0.9842910170555115, 0.8198501467704773, -0.4236184060573578, -0.47139230370521545, 0.3728991746902466),
    "<s>": (-0.4503334164619446, 1.1080068349838257, -0.19431085884571075, 0.3163517713546753, -0.5971107482910156),
}
W_attn_2_2_outputs = {
    "<pad>": (0.0, 0.0, 0.0, 0.0, 0.0),
    "0": (-2.1836094856262207, 0.9927908778190613, 0.3277451992034912, 0.6681936383247375, 1.0551729202270508),
    "1": (1.16169011592865, -1.4845168590545654, 0.142052561044693, -0.13886024057865143, 0.353077232837677),
    "2": (-0.963322639465332, 0.6683042645454407, -0.8455735445022583, 0.2733422815799713, 1.053736925125122),
    "3": (0.08792433142662048, 1.3910725116729736, 0.3249201476573944, -0.44999322295188904, 0.8147938847541809),
    "4": (0.30040884017944336, 0.4962950050830841, 0.7320077419281006, -0.5956528186798096, -0.5805516242980957),
    "</s>": (1.4202196598052979, -0.9677721261978149, -0.038124874234199524, 0.4503217041492462, 0.7021484375),
    "<s>": (1.3074605464935303, -1.3657338619232178, -0.30622947216033936, 1.6406195163726807, -2.2262213230133057),
}
W_attn_2_3_outputs = {
    "<pad>": (0.0, 0.0, 0.0, 0.0, 0.0),
    "0": (-4.798126220703125, 2.525038003921509, -0.28473779559135437, 0.702170729637146, 2.3494346141815186),
    "1": (1.5200188159942627, -3.5996527671813965, 2.3816308975219727, 0.8401698470115662, 1.70882248878479),
    "2": (0.1578073799610138, 2.2737057209014893, -5.009570121765137, 1.0356864929199219, 3.2035539150238037),
    "3": (3.6013247966766357, -0.2942758798599243, 1.927491545677185, -3.0440142154693604, 0.20384466648101807),
    "4": (3.8594839572906494, -0.5557326078414917, 3.1505441665649414, 1.2151235342025757, -4.488153457641602),
    "</s>": (1.0152690410614014, 0.4393242597579956, 0.31273117661476135, -0.678452730178833, -1.4929287433624268),
    "<s>": (-1.562342643737793, 0.19590473175048828, 0.054638560861349106, 0.7953211069107056, 1.8644906282424927),
}
W_mlp_2_0_outputs = {
    0: (0.0, 0.0, 0.0, 0.0, 0.0),
    1: (-0.5020038485527039, -0.6292868256568909, 1.5473155975341797, -0.2170497328042984, -0.007404150441288948),
    2: (0.0, 0.0, 0.0, 0.0, 0.0),
    3: (0.023748595267534256, 0.11502227187156677, 2.7074103355407715, -1.511975646018982, -0.6451675891876221),
    4: (0.0, 0.0, 0.0, 0.0, 0.0),
    5: (0.7289161682128906, 0.12268456071615219, 0.5185317993164062, -0.39165186882019043, 0.3474300503730774),
    6: (-5.854483604431152, 1.0859229564666748, -1.6293151378631592, 3.502887487411499, -1.9131050109863281),
    7: (3.548419713973999, 0.8531265258789062, -1.8505481481552124, 0.04132244735956192, -0.4705839157104492),
}
W_num_mlp_2_0_outputs = {
    0: (0.0, 0.0, 0.0, 0.0, 0.0),
    1: (0.8455521464347839, -2.0716707706451416, 2.33947491645813, 0.7173129320144653, -1.068488359451294),
    2: (0.0, 0.0, 0.0, 0.0, 0.0),
    3: (0.0, 0.0, 0.0, 0.0, 0.0),
    4: (0.0, 0.0, 0.0, 0.0, 0.0),
    5: (-1.9596431255340576, 2.2161574363708496, -4.05684232711792, 0.6679346561431885, 2.7884292602539062),
    6: (0.0, 0.0, 0.0, 0.0, 0.0),
    7: (0.0, 0.0, 0.0, 0.0, 0.0),
}
W_ones = (-0.04042311757802963, 0.5246522426605225, 0.05980223789811134, -0.3639436364173889, 0.3766220211982727)
W_num_attn_0_0_outputs = (0.6899615526199341, -0.6401856541633606, -0.40241873264312744, -1.460270643234253, 1.0567456483840942)
W_num_attn_0_1_outputs = (-2.364858865737915, 1.9917235374450684, -3.3494858741760254, 1.773760199546814, 2.3701772689819336)
W_num_attn_0_2_outputs = (-1.016592025756836, -0.9720407128334045, 1.1023012399673462, 1.2580277919769287, -0.48355209827423096)
W_num_attn_0_3_outputs = (-1.51689612865448, 1.147199273109436, 2.5011303424835205, 0.9147725701332092, -2.5067577362060547)
W_num_attn_1_0_outputs = (2.0685577392578125, 0.1907002478837967, -0.4085328280925751, 1.4569371938705444, -0.2477542757987976)
W_num_attn_1_1_outputs = (1.6985714435577393, -1.017222285270691, 0.2670844793319702, 0.661504328250885, -1.100372552871704)
W_num_attn_1_2_outputs = (-1.6777799129486084, 1.4496976137161255, 0.804036557674408, -0.8389206528663635, 0.11765578389167786)
W_num_attn_1_3_outputs = (0.8134425282478333, -0.9271278977394104, -0.8180822730064392, -1.0324257612228394, 2.000810384750366)
W_num_attn_2_0_outputs = (1.9591375589370728, 1.003659725189209, -1.0141886472702026, -0.8241811990737915, -0.8522473573684692)
W_num_attn_2_1_outputs = (2.254786968231201, -1.0394980907440186, 1.4446138143539429, -1.7504246234893799, -0.8843932151794434)
W_num_attn_2_2_outputs = (0.19881485402584076, -0.35614725947380066, 0.5548742413520813, 1.0429898500442505, -0.714207112789154)
W_num_attn_2_3_outputs = (0.23543892800807953, 1.1978347301483154, -1.8428524732589722, 0.978984534740448, -1.638340711593628)


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
    num_attn_0_2_outputs = count_matches(positions, tokens, match_num_attn_0_2_outputs, ones)
    num_attn_0_3_outputs = count_matches(positions, tokens, match_num_attn_0_3_outputs, ones)
    mlp_0_0_outputs = [mlp_mlp_0_0_outputs(attn_0_1_output, attn_0_0_output) for attn_0_1_output, attn_0_0_output in zip(attn_0_1_outputs, attn_0_0_outputs)]
    num_mlp_0_0_outputs = [mlp_num_mlp_0_0_outputs(num_attn_0_0_output) for num_attn_0_0_output in num_attn_0_0_outputs]
    attn_1_0_outputs = aggregate(select_closest(positions, positions, match_attn_1_0_outputs), tokens)
    attn_1_1_outputs = aggregate(select_closest(tokens, positions, match_attn_1_1_outputs), attn_0_3_outputs)
    attn_1_2_outputs = aggregate(select_closest(positions, positions, match_attn_1_2_outputs), tokens)
    attn_1_3_outputs = aggregate(select_closest(positions, positions, match_attn_1_3_outputs), tokens)
    num_attn_1_0_outputs = count_matches(attn_0_0_outputs, attn_0_0_outputs, match_num_attn_1_0_outputs, num_attn_0_3_outputs)
    num_attn_1_1_outputs = count_matches(attn_0_0_outputs, attn_0_0_outputs, match_num_attn_1_1_outputs, num_attn_0_1_outputs)
    num_attn_1_2_outputs = count_matches(attn_0_3_outputs, attn_0_0_outputs, match_num_attn_1_2_outputs, ones)
    num_attn_1_3_outputs = count_matches(attn_0_3_outputs, attn_0_0_outputs, match_num_attn_1_3_outputs, ones)
    mlp_1_0_outputs = [mlp_mlp_1_0_outputs(attn_1_2_output, attn_1_3_output) for attn_1_2_output, attn_1_3_output in zip(attn_1_2_outputs, attn_1_3_outputs)]
    num_mlp_1_0_outputs = [mlp_num_mlp_1_0_outputs(num_attn_0_2_output) for num_attn_0_2_output in num_attn_0_2_outputs]
    attn_2_0_outputs = aggregate(select_closest(positions, positions, match_attn_2_0_outputs), mlp_1_0_outputs)
    attn_2_1_outputs = aggregate(select_closest(tokens, positions, match_attn_2_1_outputs), attn_1_0_outputs)
    attn_2_2_outputs = aggregate(select_closest(positions, positions, match_attn_2_2_outputs), attn_1_2_outputs)
    attn_2_3_outputs = aggregate(select_closest(positions, positions, match_attn_2_3_outputs), attn_1_3_outputs)
    num_attn_2_0_outputs = count_matches(attn_1_0_outputs, attn_1_0_outputs, match_num_attn_2_0_outputs, num_attn_0_2_outputs)
    num_attn_2_1_outputs = count_matches(attn_0_3_outputs, attn_1_0_outputs, match_num_attn_2_1_outputs, num_attn_0_3_outputs)
    num_attn_2_2_outputs = count_matches(attn_1_0_outputs, attn_1_0_outputs, match_num_attn_2_2_outputs, ones)
    num_attn_2_3_outputs = count_matches(attn_0_3_outputs, attn_1_0_outputs, match_num_attn_2_3_outputs, ones)
    mlp_2_0_outputs = [mlp_mlp_2_0_outputs(attn_0_1_output, attn_1_0_output) for attn_0_1_output, attn_1_0_output in zip(attn_0_1_outputs, attn_1_0_outputs)]
    num_mlp_2_0_outputs = [mlp_num_mlp_2_0_outputs(num_attn_2_2_output, num_attn_2_1_output) for num_attn_2_2_output, num_attn_2_1_output in zip(num_attn_2_2_outputs, num_attn_2_1_outputs)]
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
