"""Transformer Program double_hist, written by tprog.

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

def match_attn_0_0_outputs(q_position):
    """The positions value that a positions value matches."""
    if q_position in {0}:
        return 3
    if q_position in {1, 2, 3, 4, 5, 6}:
        return 7
    if q_position in {7}:
        return 6
    return None


def match_attn_0_1_outputs(q_position):
    """The positions value that a positions value matches."""
    if q_position in {0}:
        return 1
    if q_position in {1, 3, 4, 5, 6}:
        return 6
    if q_position in {2, 7}:
        return 7
    return None


def match_num_attn_0_0_outputs(q_position):
    """The positions value that a positions value matches."""
    if q_position in {0}:
        return 3
    if q_position in {1, 2, 3, 4, 5, 6}:
        return 4
    if q_position in {7}:
        return 5
    return None


def match_num_attn_0_1_outputs(q_token):
    """The tokens value that a tokens value matches."""
    if q_token not in {"0", "1", "2", "3", "4", "5", "<s>"}:
        return None
    return q_token


def mlp_mlp_0_0_outputs(attn_0_1_output, attn_0_0_output):
    key = (attn_0_1_output, attn_0_0_output)
    if key in {(0, 0), (0, 1), (0, 4), (1, 0), (1, 1), (1, 4), (3, 1), (3, 4), (4, 0), (4, 1), (4, 3), (4, 4)}:
        return 2
    if key in {(0, 6), (1, 6), (2, 6), (3, 6), (4, 6), (5, 6), (6, 0), (6, 1), (6, 3), (6, 4), (6, 6)}:
        return 4
    if key in {(0, 7), (1, 7), (2, 7), (3, 2), (3, 7), (4, 7), (5, 7), (6, 2), (6, 5), (6, 7), (7, 0), (7, 1), (7, 2), (7, 3), (7, 4), (7, 5), (7, 6), (7, 7)}:
        return 0
    if key in {(3, 0), (3, 3)}:
        return 3
    return 5


def mlp_num_mlp_0_0_outputs(num_attn_0_1_output):
    key = num_attn_0_1_output
    if key in {0, 1}:
        return 6
    return 7


# layer 1 ######################################################################

def match_attn_1_0_outputs(q_token):
    """The tokens value that a tokens value matches."""
    if q_token in {"0", "4"}:
        return "5"
    if q_token in {"1", "5"}:
        return "4"
    if q_token in {"2"}:
        return "3"
    if q_token in {"3"}:
        return "1"
    return None


def match_attn_1_1_outputs(q_position):
    """The positions value that a positions value matches."""
    if q_position in {0}:
        return 6
    if q_position in {1, 3, 4}:
        return 2
    if q_position in {2, 6, 7}:
        return 3
    if q_position in {5}:
        return 1
    return None


def match_num_attn_1_0_outputs(q_num_mlp_0_0_output):
    """The num_mlp_0_0_outputs value that a num_mlp_0_0_outputs value matches."""
    if q_num_mlp_0_0_output not in {6, 7}:
        return None
    return q_num_mlp_0_0_output


def match_num_attn_1_1_outputs(q_attn_0_0_output):
    """The positions value that a attn_0_0_outputs value matches."""
    if q_attn_0_0_output in {0, 1}:
        return 1
    if q_attn_0_0_output in {2, 4}:
        return 4
    if q_attn_0_0_output in {3}:
        return 3
    if q_attn_0_0_output in {5, 6, 7}:
        return 5
    return None


def mlp_mlp_1_0_outputs(attn_1_1_output, num_mlp_0_0_output):
    key = (attn_1_1_output, num_mlp_0_0_output)
    if key in {(6, 6)}:
        return 3
    if key in {(6, 7)}:
        return 7
    if key in {(7, 6)}:
        return 5
    return 2


def mlp_num_mlp_1_0_outputs(num_attn_1_0_output):
    key = num_attn_1_0_output
    if key in {0, 1, 2}:
        return 4
    if key in {3}:
        return 2
    if key in {4}:
        return 7
    return 1


# classifier: the weights each feature adds to each class's logit ####################

W_tokens = {
    "<pad>": (0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
    "0": (0.814538836479187, -0.3653358221054077, 0.8894144892692566, 0.953399121761322, -2.2823076248168945, -4.686529159545898),
    "1": (0.5475413203239441, -0.18718796968460083, 0.8299981951713562, 0.8262365460395813, -2.2684414386749268, -4.658954620361328),
    "2": (0.7078066468238831, -0.14571918547153473, 1.0050913095474243, 1.0650748014450073, -2.1059556007385254, -4.6374053955078125),
    "3": (0.22664383053779602, -0.5408067107200623, 0.4880315959453583, 0.565039873123169, -2.5819523334503174, -5.25248908996582),
    "4": (0.32408201694488525, -0.4341774880886078, 0.473366916179657, 0.43617215752601624, -2.686929702758789, -5.213674545288086),
    "5": (0.3975985646247864, -0.25056493282318115, 0.7154125571250916, 0.8162757754325867, -2.3031139373779297, -4.828347682952881),
    "<s>": (-0.43374308943748474, -0.19601157307624817, 0.15231552720069885, 0.46593040227890015, -0.4226647615432739, -0.09749498218297958),
}
W_positions = {
    0: (-0.20208628475666046, 0.08750619739294052, -0.004890427924692631, 0.13219985365867615, -0.24526827037334442, 0.5214207172393799),
    1: (-0.037268199026584625, -0.4492446184158325, 0.030921433120965958, 0.07414732873439789, -2.6401455402374268, -6.085050106048584),
    2: (0.42455822229385376, 0.19323760271072388, 0.8172162771224976, 1.183750033378601, -1.9431430101394653, -3.261538028717041),
    3: (0.07991407811641693, -0.4353178143501282, 0.44502681493759155, 1.306733250617981, -1.2227632999420166, -3.9949748516082764),
    4: (0.7022208571434021, 0.16114068031311035, 0.8951483964920044, 1.5960696935653687, -1.1337993144989014, -5.654662609100342),
    5: (0.37906792759895325, -0.049035608768463135, 0.6053318381309509, 0.07015056163072586, -2.179065704345703, -5.899470806121826),
    6: (0.10732441395521164, -0.4859951436519623, 0.3876001238822937, 0.6540283560752869, -1.9252138137817383, -0.9362548589706421),
    7: (0.32991403341293335, 0.06343837827444077, 0.6424033641815186, 0.6495541930198669, -2.6306724548339844, -8.75994873046875),
}
W_attn_0_0_outputs = {
    0: (0.38244035840034485, -0.2775420844554901, 1.222307562828064, 1.012614369392395, -3.531242847442627, -3.104452133178711),
    1: (0.23768585920333862, -0.41478636860847473, 0.25210338830947876, 0.6982808709144592, -0.716323733329773, -2.596022367477417),
    2: (0.26787421107292175, -0.17911085486412048, 0.4583125412464142, 0.3202180862426758, -0.6789768934249878, -2.6914331912994385),
    3: (0.565719723701477, -0.03991986811161041, 0.49462422728538513, 0.8608042001724243, 1.5599300861358643, -5.6649322509765625),
    4: (0.44635188579559326, 0.06486585736274719, 0.6649128198623657, 0.9422335624694824, -1.6900975704193115, 0.08307381719350815),
    5: (0.24485671520233154, -0.5799745321273804, 0.4244846999645233, 0.39828649163246155, -0.844529926776886, -3.792910099029541),
    6: (0.3362446129322052, -0.42683473229408264, 0.4295177459716797, 0.2720806896686554, -0.7488130927085876, -5.948555946350098),
    7: (1.0124571323394775, 0.32544630765914917, 1.08278489112854, 0.22619372606277466, -1.4558905363082886, -16.575742721557617),
}
W_attn_0_1_outputs = {
    0: (0.8608306050300598, -0.37914252281188965, 1.3350329399108887, 1.3862886428833008, -1.8499611616134644, -2.7296042442321777),
    1: (0.6414560079574585, -0.3524937033653259, 0.5635563731193542, 0.4564788341522217, 0.23719188570976257, -0.06885480880737305),
    2: (-0.5815386176109314, -0.9159799218177795, 0.13134680688381195, 1.133548378944397, -1.6328375339508057, -2.5951647758483887),
    3: (0.17700836062431335, -0.19654875993728638, 0.4014570713043213, 0.8992674350738525, 0.3263532817363739, -4.639481067657471),
    4: (-0.0705193504691124, -0.4539529085159302, 0.19144316017627716, 0.7875968813896179, -0.9798808097839355, -2.573878049850464),
    5: (0.08581706136465073, -0.8216310143470764, 0.3085803985595703, 1.0823417901992798, -1.1038631200790405, -3.1208813190460205),
    6: (0.6881499290466309, -0.14134614169597626, 0.6678412556648254, 0.681074321269989, -1.8490906953811646, -4.8633809089660645),
    7: (1.0473902225494385, -0.055555395781993866, 0.8581170439720154, 0.3048555254936218, -1.8276959657669067, -12.702691078186035),
}
W_mlp_0_0_outputs = {
    0: (0.4654054045677185, -0.5234858393669128, 0.5067452788352966, 1.6203583478927612, -1.2042287588119507, -3.701392650604248),
    1: (0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
    2: (1.3920403718948364, 0.6706787943840027, 0.5942118167877197, -0.9064614772796631, -0.5158132910728455, -10.847626686096191),
    3: (0.3099444508552551, -0.7128535509109497, 0.3160841166973114, 0.30420100688934326, -0.574675440788269, -6.737797260284424),
    4: (0.4080243706703186, -0.6553857326507568, 0.4986187815666199, 2.0239717960357666, -3.6373417377471924, -1.7820889949798584),
    5: (0.9917229413986206, 0.3002847135066986, 1.3944019079208374, 0.7727911472320557, -1.0160423517227173, -8.430282592773438),
    6: (0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
    7: (0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
}
W_num_mlp_0_0_outputs = {
    0: (0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
    1: (0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
    2: (0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
    3: (0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
    4: (0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
    5: (0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
    6: (-6.280092239379883, -1.0897399187088013, 4.958008289337158, 3.219865083694458, -0.9408762454986572, -6.4235968589782715),
    7: (2.958170175552368, 0.901332676410675, -2.316950798034668, -17.31378173828125, -24.67490577697754, -14.591797828674316),
}
W_attn_1_0_outputs = {
    0: (0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
    1: (0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
    2: (0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
    3: (0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
    4: (0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
    5: (0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
    6: (1.3155579566955566, 0.5688600540161133, 0.7600033283233643, 0.971099853515625, -3.269472360610962, -2.3655731678009033),
    7: (0.7894311547279358, 0.04492221400141716, 0.722456157207489, 0.23780840635299683, -4.16192626953125, -30.621320724487305),
}
W_attn_1_1_outputs = {
    0: (0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
    1: (0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
    2: (0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
    3: (0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
    4: (0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
    5: (0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
    6: (0.29946669936180115, 1.459977626800537, 2.2565386295318604, 1.1944350004196167, -4.288846492767334, -1.7016092538833618),
    7: (0.8094959855079651, 1.0465519428253174, 0.8411104083061218, -2.18917179107666, -8.22250747680664, -25.78315544128418),
}
W_mlp_1_0_outputs = {
    0: (0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
    1: (0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
    2: (3.128556728363037, -0.2663467824459076, 0.04611273854970932, -5.351003646850586, -11.56613826751709, -2.270477533340454),
    3: (-8.097150802612305, 1.0702677965164185, 3.492666482925415, 2.6723716259002686, 1.3596746921539307, -3.0489912033081055),
    4: (0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
    5: (0.843773365020752, -1.1454424858093262, 0.9614238739013672, 0.8764702677726746, -0.5956087112426758, -1.3071650266647339),
    6: (0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
    7: (3.7334187030792236, -0.5872963070869446, -0.9753345251083374, -6.854552745819092, -6.9809675216674805, -13.566088676452637),
}
W_num_mlp_1_0_outputs = {
    0: (0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
    1: (-2.2801921367645264, -7.359979152679443, 6.013211250305176, 20.532697677612305, 0.9459764361381531, -5.8108439445495605),
    2: (7.025359153747559, 10.095500946044922, -5.293672561645508, -4.4940056800842285, 0.5752678513526917, -1.4141311645507812),
    3: (0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
    4: (7.674144268035889, 0.4872836768627167, -5.211709499359131, -6.0214762687683105, 1.7420791387557983, -1.1749355792999268),
    5: (0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
    6: (0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
    7: (-4.664936065673828, 2.696488380432129, 5.726973533630371, 2.1535332202911377, -4.264642238616943, -5.800879955291748),
}
W_ones = (0.5857465863227844, -0.007038109004497528, 1.0363982915878296, 0.8260143399238586, -2.840306520462036, -6.565634250640869)
W_num_attn_0_0_outputs = (2.245999574661255, -1.2559674978256226, -2.094585418701172, 5.132383346557617, -1.3089770078659058, -4.070451736450195)
W_num_attn_0_1_outputs = (4.874151706695557, 1.6769710779190063, -4.969211101531982, -3.771775484085083, -7.115389347076416, -9.240915298461914)
W_num_attn_1_0_outputs = (-3.8361077308654785, 0.3774213492870331, 0.8170620203018188, -0.9270212650299072, 10.388334274291992, 17.82151222229004)
W_num_attn_1_1_outputs = (0.6884443759918213, 0.5758876800537109, -0.9944643378257751, -1.8502042293548584, -2.680819272994995, -15.57833480834961)


def run(tokens):
    check(tokens)
    positions = list(range(len(tokens)))
    ones = [1] * len(tokens)
    attn_0_0_outputs = aggregate(select_closest(positions, positions, match_attn_0_0_outputs), positions)
    attn_0_1_outputs = aggregate(select_closest(positions, positions, match_attn_0_1_outputs), positions)
    num_attn_0_0_outputs = count_matches(positions, positions, match_num_attn_0_0_outputs, ones)
    num_attn_0_1_outputs = count_matches(tokens, tokens, match_num_attn_0_1_outputs, ones)
    mlp_0_0_outputs = [mlp_mlp_0_0_outputs(attn_0_1_output, attn_0_0_output) for attn_0_1_output, attn_0_0_output in zip(attn_0_1_outputs, attn_0_0_outputs)]
    num_mlp_0_0_outputs = [mlp_num_mlp_0_0_outputs(num_attn_0_1_output) for num_attn_0_1_output in num_attn_0_1_outputs]
    attn_1_0_outputs = aggregate(select_closest(tokens, tokens, match_attn_1_0_outputs), num_mlp_0_0_outputs)
    attn_1_1_outputs = aggregate(select_closest(positions, positions, match_attn_1_1_outputs), num_mlp_0_0_outputs)
    num_attn_1_0_outputs = count_matches(num_mlp_0_0_outputs, num_mlp_0_0_outputs, match_num_attn_1_0_outputs, num_attn_0_0_outputs)
    num_attn_1_1_outputs = count_matches(positions, attn_0_0_outputs, match_num_attn_1_1_outputs, num_attn_0_1_outputs)
    mlp_1_0_outputs = [mlp_mlp_1_0_outputs(attn_1_1_output, num_mlp_0_0_output) for attn_1_1_output, num_mlp_0_0_output in zip(attn_1_1_outputs, num_mlp_0_0_outputs)]
    num_mlp_1_0_outputs = [mlp_num_mlp_1_0_outputs(num_attn_1_0_output) for num_attn_1_0_output in num_attn_1_0_outputs]
    features = [
        [W_tokens[v] for v in tokens],
        [W_positions[v] for v in positions],
        [W_attn_0_0_outputs[v] for v in attn_0_0_outputs],
        [W_attn_0_1_outputs[v] for v in attn_0_1_outputs],
        [W_mlp_0_0_outputs[v] for v in mlp_0_0_outputs],
        [W_num_mlp_0_0_outputs[v] for v in num_mlp_0_0_outputs],
        [W_attn_1_0_outputs[v] for v in attn_1_0_outputs],
        [W_attn_1_1_outputs[v] for v in attn_1_1_outputs],
        [W_mlp_1_0_outputs[v] for v in mlp_1_0_outputs],
        [W_num_mlp_1_0_outputs[v] for v in num_mlp_1_0_outputs],
        [[w * v for w in W_ones] for v in ones],
        [[w * v for w in W_num_attn_0_0_outputs] for v in num_attn_0_0_outputs],
        [[w * v for w in W_num_attn_0_1_outputs] for v in num_attn_0_1_outputs],
        [[w * v for w in W_num_attn_1_0_outputs] for v in num_attn_1_0_outputs],
        [[w * v for w in W_num_attn_1_1_outputs] for v in num_attn_1_1_outputs],
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
