"""Writes the reference implementation's datasets in tprog's JSONL layout, for comparison.

Usage: python3 reference_datasets.py TP_REFERENCE_DIR OUT_DIR TASK VOCAB MIN MAX SIZE SEED

Imports get_dataset from a checkout of princeton-nlp/TransformerPrograms. Its module also
imports libraries that only the NLP tasks and the model need (datasets, gensim, nltk, torch);
they are stubbed here, since the generators use numpy, pandas and sklearn alone.
Needs Debian's python3-numpy, python3-pandas and python3-sklearn.
"""
import json
import os
import sys
import types


def stub_unused_modules():
    for name in ["datasets", "gensim", "gensim.downloader", "nltk", "nltk.tokenize", "torch", "torch.nn",
                 "torch.nn.functional"]:
        if name in sys.modules:
            continue
        try:
            __import__(name)
        except ImportError:
            module = types.ModuleType(name)
            module.word_tokenize = None
            module.functional = None
            module.nn = module
            sys.modules[name] = module


def write_split(frame, path):
    with open(path, "w") as out:
        for sent, tags in zip(frame["sent"], frame["tags"]):
            labels = [None if t == "<pad>" else t for t in tags]
            out.write(json.dumps({"input": list(sent), "output": labels}, separators=(",", ":")) + "\n")


def main():
    reference, out_dir, task, vocab, lo, hi, size, seed = sys.argv[1:9]
    sys.path.insert(0, reference)
    stub_unused_modules()
    from src.utils import data_utils

    vocab = {"dyck1": 1, "dyck2": 2}.get(task, int(vocab))  # run.py overrides it for dyck
    train, test, val, idx_w, _, idx_t, *_ = data_utils.get_dataset(name=task, vocab_size=vocab, dataset_size=int(size),
                                                   min_length=int(lo), max_length=int(hi), seed=int(seed),
                                                   get_val=True, unique=1)
    os.makedirs(out_dir, exist_ok=True)
    for name, frame in (("train", train), ("val", val), ("test", test)):
        write_split(frame, os.path.join(out_dir, name + ".jsonl"))
    with open(os.path.join(out_dir, "vocab.json"), "w") as out:
        json.dump({"input_vocab": list(idx_w), "output_vocab": list(idx_t)}, out)


if __name__ == "__main__":
    main()
