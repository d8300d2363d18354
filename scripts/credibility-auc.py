#!/usr/bin/env python3
"""ROC AUC of the document consistency score against credibility labels (stdlib only).

Usage: tally documents --format jsonl --db DB | scripts/credibility-auc.py LABELS.jsonl
       scripts/credibility-auc.py LABELS.jsonl DOCUMENTS.jsonl
       scripts/credibility-auc.py --duplicates LABELS.jsonl TEXT_DIR

LABELS.jsonl: one {"doc": NAME, "credible": true|false, ...} a line, matched to documents by name.
Prints the share of labelled documents that have a score and the AUC among them: the chance that a
credible document scores above a non-credible one (ties count half). Higher score = more consistent.

--duplicates checks the labels themselves: it finds pairs of labelled texts that are near copies
(over half their five-word shingles shared) and counts how often the two carry the same label. Where
copies often disagree, no score computed from the text can rank the labels well.
"""
import json
import re
import sys
from pathlib import Path


def auc(scored):
    """Mann-Whitney AUC of (score, credible) pairs, ties counted half, by ranks (O(n log n))."""
    ordered = sorted(scored, key=lambda p: p[0])
    ranks = [0.0] * len(ordered)
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and ordered[j + 1][0] == ordered[i][0]:
            j += 1
        for k in range(i, j + 1):
            ranks[k] = (i + j) / 2 + 1
        i = j + 1
    pos = sum(1 for _, y in ordered if y)
    neg = len(ordered) - pos
    if pos == 0 or neg == 0:
        return None
    rank_sum = sum(r for r, (_, y) in zip(ranks, ordered) if y)
    return (rank_sum - pos * (pos + 1) / 2) / (pos * neg)


def read_labels(path):
    with open(path, encoding="utf-8") as f:
        return {row["doc"]: bool(row["credible"]) for row in map(json.loads, filter(str.strip, f))}


def shingles(text):
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + 5]) for i in range(len(words) - 4)}


def duplicates(labels, text_dir):
    """Label agreement among near-copy texts (Jaccard of five-word shingles above one half)."""
    texts = {d: shingles((Path(text_dir) / d).read_text(encoding="utf-8", errors="replace"))
             for d in labels if (Path(text_dir) / d).is_file()}
    names = sorted(d for d in texts if texts[d])
    same = differ = 0
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            shared = len(texts[a] & texts[b])
            if shared and shared / len(texts[a] | texts[b]) > 0.5:
                same += labels[a] == labels[b]
                differ += labels[a] != labels[b]
                print(f"{a} {b} {'same' if labels[a] == labels[b] else 'differ'}")
    print(f"near-copy pairs {same + differ}: same label {same}, opposite labels {differ}")


def main(argv):
    if len(argv) == 4 and argv[1] == "--duplicates":
        duplicates(read_labels(argv[2]), argv[3])
        return
    if len(argv) not in (2, 3):
        sys.exit(__doc__)
    labels = read_labels(argv[1])
    source = open(argv[2], encoding="utf-8") if len(argv) == 3 else sys.stdin
    scores = {}
    for line in source:
        if line.strip():
            row = json.loads(line)
            scores[row["name"]] = row["consistency"]["score"]
    missing = [d for d in labels if d not in scores]
    scored = [(scores[d], y) for d, y in labels.items() if scores.get(d) is not None]
    share = len(scored) / len(labels) if labels else 0.0
    value = auc(scored)
    credible = sum(1 for _, y in scored if y)
    print(f"labelled {len(labels)}  in ledger {len(labels) - len(missing)}  scored {len(scored)} ({share:.1%})"
          f"  credible {credible}  not credible {len(scored) - credible}")
    print("AUC " + ("n/a (needs both labels among scored documents)" if value is None else f"{value:.3f}"))


if __name__ == "__main__":
    main(sys.argv)
