import numpy as np
import pandas as pd


def select_closest(keys, queries, predicate):
    selected = []
    for i, q in enumerate(queries):
        matches = [j for j in range(len(keys)) if predicate(q, keys[j])]
        row = [False] * len(keys)
        if not matches:
            row[0] = True
        else:
            distances = [len(matches) if j == i else abs(i - j) for j in matches]
            row[matches[distances.index(min(distances))]] = True
        selected.append(row)
    return selected


def select(keys, queries, predicate):
    return [[bool(predicate(q, k)) for k in keys] for q in queries]


def aggregate(attention, values):
    return [values[row.index(True)] for row in attention]


def aggregate_sum(attention, values):
    return [sum(v for a, v in zip(row, values) if a) for row in attention]


def run(tokens):
    # classifier weights ##########################################
    classifier_weights = pd.read_csv(
        "src/test/resources/reference-import/tiny_weights.csv",
        index_col=[0, 1],
        dtype={"feature": str},
    )
    # inputs #####################################################
    token_scores = classifier_weights.loc[[("tokens", str(v)) for v in tokens]]

    positions = list(range(len(tokens)))
    position_scores = classifier_weights.loc[[("positions", str(v)) for v in positions]]

    ones = [1 for _ in range(len(tokens))]
    one_scores = classifier_weights.loc[[("ones", "_") for v in ones]].mul(ones, axis=0)

    # attn_0_0 ####################################################
    def predicate_0_0(q_token, k_token):
        if q_token in {"1"}:
            return k_token == "1"
        elif q_token in {"0", "<s>"}:
            return k_token == "2"
        elif q_token in {"2"}:
            return k_token == ""

    attn_0_0_pattern = select_closest(tokens, tokens, predicate_0_0)
    attn_0_0_outputs = aggregate(attn_0_0_pattern, positions)
    attn_0_0_output_scores = classifier_weights.loc[
        [("attn_0_0_outputs", str(v)) for v in attn_0_0_outputs]
    ]

    # num_attn_0_0 ####################################################
    def num_predicate_0_0(position, token):
        if position in {0, 3, 7}:
            return token == "1"
        elif position in {1, 2, 4}:
            return token == "0"

    num_attn_0_0_pattern = select(tokens, positions, num_predicate_0_0)
    num_attn_0_0_outputs = aggregate_sum(num_attn_0_0_pattern, ones)
    num_attn_0_0_output_scores = classifier_weights.loc[
        [("num_attn_0_0_outputs", "_") for v in num_attn_0_0_outputs]
    ].mul(num_attn_0_0_outputs, axis=0)

    # mlp_0_0 #####################################################
    def mlp_0_0(token, attn_0_0_output):
        key = (token, attn_0_0_output)
        if key in {("1", 0), ("1", 4), ("2", 3), ("1", 9)}:
            return 2
        elif key in {("0", 0), ("1", 0), ("<s>", 2)}:
            return 1
        return 0

    mlp_0_0_outputs = [mlp_0_0(k0, k1) for k0, k1 in zip(tokens, attn_0_0_outputs)]
    mlp_0_0_output_scores = classifier_weights.loc[
        [("mlp_0_0_outputs", str(v)) for v in mlp_0_0_outputs]
    ]

    # num_mlp_0_0 #################################################
    def num_mlp_0_0(num_attn_0_0_output):
        key = num_attn_0_0_output
        if key in {0}:
            return 3
        elif key in {2, 3}:
            return 1
        return 0

    num_mlp_0_0_outputs = [num_mlp_0_0(k0) for k0 in num_attn_0_0_outputs]
    num_mlp_0_0_output_scores = classifier_weights.loc[
        [("num_mlp_0_0_outputs", str(v)) for v in num_mlp_0_0_outputs]
    ]

    feature_logits = pd.concat(
        [
            df.reset_index()
            for df in [
                token_scores,
                position_scores,
                attn_0_0_output_scores,
                mlp_0_0_output_scores,
                num_mlp_0_0_output_scores,
                one_scores,
                num_attn_0_0_output_scores,
            ]
        ]
    )
    logits = feature_logits.groupby(level=0).sum(numeric_only=True).to_numpy()
    classes = classifier_weights.columns.to_numpy()
    predictions = classes[logits.argmax(-1)]
    if tokens[0] == "<s>":
        predictions[0] = "<s>"
    if tokens[-1] == "</s>":
        predictions[-1] = "</s>"
    return predictions.tolist()


examples = [(["<s>", "1", "0", "2"], ["<pad>", "2", "1", "3"])]
for x, y in examples:
    print(f"x: {x}")
    print(f"y: {y}")
    print(f"y_hat: {run(x)}")
    print()
