"""Writes the PyTorch fixtures that tprog's models are checked against (docs/model.md, "Checks against PyTorch").

Usage (Debian's interpreter, with its python3-torch and python3-numpy):

    /usr/bin/python3 bench/torch_crosscheck.py [--reference TP_DIR] [--out DIR]

* standard-transformer.json, always: the standard-transformer baseline built from torch's own
  nn.TransformerEncoder of nn.TransformerEncoderLayer(norm_first=True), with learned token and
  position embeddings and an unembedding, as the reference's models/transformers.py builds it;
* program-model.json and program-model-learned-embedding.json, with --reference: the reference's
  own TransformerProgramModel (src/models/programs.py, imported from a checkout of
  princeton-nlp/TransformerPrograms) with the noise-free `softmax` sample_fn, with the one-hot
  token embedding and with a learned one of two variables.

Each fixture holds one set of parameter values, in tprog's order and layout (the order of
TrainableModel.parameters(); weights as tprog multiplies them, x W), a small padded batch, and
for a bidirectional and a causal mask what torch computes from them: the logits of every
position, the training loss (run.py's per_token loss: per sequence the mean over its scored
positions, then the mean over the batch) and every parameter's gradient. The JUnit tests
StandardTransformerTorchTest and ProgramModelTorchTest rebuild the models in tprog and compare.
Parameters come from torch.manual_seed and one thread computes, so a rerun writes the same files.
"""
import argparse
import json
import math
import os
import re
import sys
import types

import numpy as np
import torch
from torch import nn

OUT = "src/test/resources/dev/tprog/model"

# Three sequences padded to N (token 0 is <pad>); the first token plays the BOS. Targets are
# tprog's class ids, -1 where a position is not scored (the BOS, padding, and one inner position).
STANDARD_TOKENS = [[4, 1, 2, 3, 2, 1], [4, 2, 1, 3, 0, 0], [4, 3, 0, 0, 0, 0]]
STANDARD_TARGETS = [[-1, 0, 2, 1, -1, 2], [-1, 1, 1, 0, -1, -1], [-1, 2, -1, -1, -1, -1]]
PROGRAM_TOKENS = [[4, 1, 2, 3, 1], [4, 3, 3, 0, 0], [4, 2, 0, 0, 0]]
PROGRAM_TARGETS = [[-1, 0, 2, 1, 2], [-1, 1, 0, -1, -1], [-1, 2, -1, -1, -1]]


def values(tensor):
    """A tensor's float32 values, flattened, as Python floats (their shortest round-trip form)."""
    return [float(str(v)) for v in tensor.detach().to(torch.float32).reshape(-1).numpy()]


def visible_keys(tokens, causal):
    """run.py's mask: query and key both real tokens, the key not to the right when causal."""
    real = (tokens != 0).float()
    visible = (real.unsqueeze(-1) @ real.unsqueeze(-2)).bool()
    return torch.tril(visible) if causal else visible


def per_token_loss(logits, targets, pad):
    """run.py's run_training with loss_agg per_token: token NLL, mean per sequence, mean over the
    batch. (The gather reads class 0 where the target is pad, for a pad that is no class: -1.)"""
    log_probs = logits.log_softmax(-1)
    all_losses = -log_probs.gather(2, targets.clamp(min=0).unsqueeze(-1)).squeeze(-1)
    masked_losses = all_losses.masked_fill(targets == pad, 0.0)
    lengths = (targets != pad).sum(-1)
    return (masked_losses.sum(-1) / lengths).mean()


def parameter(name, get):
    """A fixture parameter: tprog's name, and `get` applied to torch's values and to their gradients,
    `get(f)` picking tprog's tensor out of f(torch parameter) (a slice, a transpose)."""
    return name, lambda: get(lambda p: p.data), lambda: get(lambda p: p.grad)


def fixture(config, tokens, targets, model, forward, parameters):
    """The fixture of one parameter set: `forward(causal)` gives (logits in tprog's classes, loss)."""
    cases = []
    for causal in (False, True):
        model.zero_grad()
        logits, loss = forward(causal)
        loss.backward()
        cases.append({"causal": causal, "logits": values(logits), "loss": loss.item(),
                      "gradients": [values(gradient()) for _, _, gradient in parameters]})
    return {
        "generator": "bench/torch_crosscheck.py",
        "torch": torch.__version__,
        "config": config,
        "tokens": tokens,
        "targets": targets,
        "parameters": [{"name": name, "shape": list(value().shape), "values": values(value())}
                       for name, value, _ in parameters],
        "cases": cases,
    }


# --- the standard transformer ---------------------------------------------------------------


class StandardTransformer(nn.Module):
    """The reference's models/transformers.py Transformer, minus dropout and pooling, with the
    attention mask laid out as torch's MultiheadAttention reads it (see forward)."""

    def __init__(self, vocabulary, length, classes, d_model, heads, d_mlp, layers):
        super().__init__()
        self.heads = heads
        self.W_E = nn.Parameter(torch.randn(vocabulary, d_model) / math.sqrt(d_model))  # rows: token ids
        self.W_pos = nn.Parameter(torch.randn(length, d_model) / math.sqrt(d_model))
        layer = nn.TransformerEncoderLayer(d_model=d_model, nhead=heads, dim_feedforward=d_mlp, dropout=0.0,
                                           activation="relu", batch_first=True, norm_first=True)
        self.encoder = nn.TransformerEncoder(layer, layers)
        self.W_U = nn.Parameter(torch.randn(d_model, classes) / math.sqrt(classes))

    def forward(self, tokens, causal):
        x = self.W_E[tokens] * math.sqrt(self.W_E.shape[1]) + self.W_pos[: tokens.shape[1]]
        visible = visible_keys(tokens, causal)
        visible[:, :, 0] = True  # the reference's mask[:, :, 0] = True: the BOS is always visible
        # A 3-D mask is indexed batch * heads + head, so each sequence's mask is repeated per head
        # (repeat_interleave). The reference's torch.cat([mask] * n_heads) lays it out head-major,
        # which gives head h of sequence b the mask of sequence (b * heads + h) mod batch.
        blocked = ~visible.repeat_interleave(self.heads, 0)
        return self.encoder(x, mask=blocked) @ self.W_U


def randomise(encoder):
    """Every encoder parameter drawn anew: layers unlike one another (the encoder deep-copies one),
    biases away from 0 and layer-norm weights away from 1, so that every term is exercised."""
    with torch.no_grad():
        for name, p in encoder.named_parameters():
            if "norm" in name and name.endswith("weight"):
                p.copy_(1 + 0.2 * torch.randn_like(p))
            elif name.endswith("bias"):
                p.copy_(0.2 * torch.randn_like(p))
            else:
                p.copy_(torch.randn_like(p) / math.sqrt(p.shape[1]))


def standard_parameters(model):
    """StandardTransformer.parameters() order: W_E, W_pos, each layer (LN1, each head's W_q b_q
    W_k b_k W_v b_v, W_O b_O, LN2, W_1 b_1 W_2 b_2), W_U."""
    d = model.W_E.shape[1]
    width = d // model.heads
    out = [parameter("W_E", lambda f: f(model.W_E)), parameter("W_pos", lambda f: f(model.W_pos))]
    for l, layer in enumerate(model.encoder.layers):
        attention = layer.self_attn
        out.append(parameter(f"layer{l}.norm1.weight", lambda f, n=layer.norm1: f(n.weight)))
        out.append(parameter(f"layer{l}.norm1.bias", lambda f, n=layer.norm1: f(n.bias)))
        for h in range(model.heads):
            for part, offset in (("q", 0), ("k", d), ("v", 2 * d)):
                rows = slice(offset + h * width, offset + (h + 1) * width)  # the head's rows of the packed in-projection
                out.append(parameter(f"layer{l}.head{h}.W_{part}", lambda f, a=attention, r=rows: f(a.in_proj_weight)[r].T))
                out.append(parameter(f"layer{l}.head{h}.b_{part}", lambda f, a=attention, r=rows: f(a.in_proj_bias)[r]))
        out.append(parameter(f"layer{l}.W_O", lambda f, a=attention: f(a.out_proj.weight).T))
        out.append(parameter(f"layer{l}.b_O", lambda f, a=attention: f(a.out_proj.bias)))
        out.append(parameter(f"layer{l}.norm2.weight", lambda f, n=layer.norm2: f(n.weight)))
        out.append(parameter(f"layer{l}.norm2.bias", lambda f, n=layer.norm2: f(n.bias)))
        out.append(parameter(f"layer{l}.W_1", lambda f, m=layer.linear1: f(m.weight).T))
        out.append(parameter(f"layer{l}.b_1", lambda f, m=layer.linear1: f(m.bias)))
        out.append(parameter(f"layer{l}.W_2", lambda f, m=layer.linear2: f(m.weight).T))
        out.append(parameter(f"layer{l}.b_2", lambda f, m=layer.linear2: f(m.bias)))
    out.append(parameter("W_U", lambda f: f(model.W_U)))
    return out


def standard_fixture():
    config = {"vocabulary": 5, "length": 6, "classes": 3, "modelWidth": 16, "heads": 4, "mlpWidth": 24, "layers": 2}
    torch.manual_seed(0)
    model = StandardTransformer(config["vocabulary"], config["length"], config["classes"], config["modelWidth"],
                                config["heads"], config["mlpWidth"], config["layers"])
    randomise(model.encoder)
    model.train()  # dropout is 0 anyway; training mode keeps torch off its inference fast path
    tokens, targets = torch.tensor(STANDARD_TOKENS), torch.tensor(STANDARD_TARGETS)

    def forward(causal):
        logits = model(tokens, causal)
        return logits, per_token_loss(logits, targets, pad=-1)

    return fixture(config, STANDARD_TOKENS, STANDARD_TARGETS, model, forward, standard_parameters(model))


# --- the Transformer Program model ----------------------------------------------------------


def import_reference(reference):
    """The reference's programs module. Where einops is not installed (Debian does not package
    it) a stand-in does the one thing programs.py asks of it: rearrange with plain axes on the
    left and groups such as (i h) on the right."""
    try:
        import einops  # noqa: F401
    except ImportError:
        def rearrange(t, pattern):
            axes, right = pattern.split("->")
            axes = axes.split()
            groups = [g.strip("()").split() for g in re.findall(r"\([^)]*\)|\S+", right)]
            out = t.permute(*[axes.index(a) for g in groups for a in g])
            return out.reshape(*[math.prod(t.shape[axes.index(a)] for a in g) for g in groups])
        sys.modules["einops"] = types.SimpleNamespace(rearrange=rearrange)
    sys.path.insert(0, reference)
    from src.models import programs
    return programs


def program_parameters(model):
    """ProgramModel.parameters() order: the learned embedding's tables, then each layer's
    categorical heads and numerical heads (query, key and value reads, predicate), categorical
    MLPs and numerical MLPs (reads, W_in, b_in, W_out, b_out), then the classifier."""
    out = []
    k = model.d_var
    if model.embed.W_E.requires_grad:  # a learned embedding: one [V, k] table per block of k rows
        for v in range(model.n_vars_cat):
            out.append(parameter(f"embedding{v}", lambda f, v=v: f(model.embed.W_E)[v * k:(v + 1) * k].T))
    for l, block in enumerate(model.blocks):
        for kind, attention in (("cat_attn", block.cat_attn), ("num_attn", block.num_attn)):
            for h in range(attention.n_heads):
                for read, module in (("query", attention.W_Q), ("key", attention.W_K), ("value", attention.W_V)):
                    out.append(parameter(f"layer{l}.{kind}.head{h}.{read}.phi", lambda f, m=module, h=h: f(m.W)[h]))
                # rows are query values, sampled over key values: tprog's psi as it is
                out.append(parameter(f"layer{l}.{kind}.head{h}.psi", lambda f, a=attention, h=h: f(a.W_pred.W)[h]))
        for kind, mlps in (("cat_mlp", block.cat_mlp), ("num_mlp", block.num_mlp)):
            for m, mlp in enumerate(mlps.mlps):
                for r in range(mlp.mlp_vars_in):
                    out.append(parameter(f"layer{l}.{kind}{m}.read{r}.phi", lambda f, p=mlp, r=r: f(p.W_read.W)[r]))
                out.append(parameter(f"layer{l}.{kind}{m}.W_in", lambda f, p=mlp: f(p.W_in).T))
                out.append(parameter(f"layer{l}.{kind}{m}.b_in", lambda f, p=mlp: f(p.b_in)))
                out.append(parameter(f"layer{l}.{kind}{m}.W_out", lambda f, p=mlp: f(p.W_out).T))
                out.append(parameter(f"layer{l}.{kind}{m}.b_out", lambda f, p=mlp: f(p.b_out)))
    # the reference's class 0 is <pad>, masked to -1e30; tprog's classes are the others
    out.append(parameter("W_U", lambda f: f(model.unembed.W_U)[:, 1:]))
    return out


def program_fixture(programs, token_variables):
    """Two layers of one categorical and one numerical head and one categorical and one numerical
    MLP; token_variables None for the one-hot embedding, else a learned one of that many variables."""
    config = {"vocabulary": 5, "length": 5, "classes": 3, "valuesPerVariable": 5, "layers": 2,
              "categoricalHeads": 1, "numericalHeads": 1, "categoricalMlps": 1, "numericalMlps": 1,
              "mlpVarsIn": 2, "mlpWidth": 8, "temperature": 0.8, "tokenVariables": token_variables}
    torch.manual_seed(0)
    # The reference's labels hold <pad> as class 0, masked (--unembed_mask 1): tprog's class c is its c + 1.
    model = programs.TransformerProgramModel(
        d_vocab=config["vocabulary"], d_vocab_out=config["classes"] + 1, n_vars_cat=token_variables or 1,
        n_vars_num=1, d_var=config["valuesPerVariable"], n_heads_cat=1, n_heads_num=1, d_mlp=config["mlpWidth"],
        n_cat_mlps=1, n_num_mlps=1, mlp_vars_in=2, n_layers=config["layers"], n_ctx=config["length"],
        sample_fn=programs.softmax, attention_type="cat", rel_pos_bias="fixed",
        unembed_mask=np.array([True] + [False] * config["classes"]), one_hot_embed=token_variables is None,
        count_only=True, selector_width=0)
    with torch.no_grad():  # the MLP biases start at 0: make them count
        for name, p in model.named_parameters():
            if name.endswith(("b_in", "b_out")):
                p.copy_(0.3 * torch.randn_like(p))
    model.set_temp(config["temperature"])
    model.train()
    tokens = torch.tensor(PROGRAM_TOKENS)
    targets = torch.tensor(PROGRAM_TARGETS) + 1  # not scored (-1) becomes the reference's <pad>, 0

    def forward(causal):
        logits = model(tokens, mask=visible_keys(tokens, causal))
        return logits[:, :, 1:], per_token_loss(logits, targets, pad=0)

    return fixture(config, PROGRAM_TOKENS, PROGRAM_TARGETS, model, forward, program_parameters(model))


def write(content, folder, name):
    path = os.path.join(folder, name)
    with open(path, "w") as out:
        json.dump(content, out, separators=(",", ":"))
        out.write("\n")
    print(f"wrote {path}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reference", help="a checkout of princeton-nlp/TransformerPrograms: also write the program fixtures")
    parser.add_argument("--out", default=OUT, help=f"the fixtures' folder (default {OUT})")
    args = parser.parse_args()
    torch.set_num_threads(1)
    os.makedirs(args.out, exist_ok=True)
    write(standard_fixture(), args.out, "standard-transformer.json")
    if args.reference:
        programs = import_reference(args.reference)
        write(program_fixture(programs, None), args.out, "program-model.json")
        write(program_fixture(programs, 2), args.out, "program-model-learned-embedding.json")


if __name__ == "__main__":
    main()
