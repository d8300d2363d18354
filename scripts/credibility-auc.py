#!/usr/bin/env python3
"""ROC AUC of the document consistency score against credibility labels (stdlib only).

Usage: tally documents --format jsonl --db DB | scripts/credibility-auc.py LABELS.jsonl
       scripts/credibility-auc.py LABELS.jsonl DOCUMENTS.jsonl

LABELS.jsonl: one {"doc": NAME, "credible": true|false, ...} a line, matched to documents by name.
Prints the share of labelled documents that have a score and the AUC among them: the chance that a
credible document scores above a non-credible one (ties count half). Higher score = more consistent.
"""
import json
import sys


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


def main(argv):
    if len(argv) not in (2, 3):
        sys.exit(__doc__)
    with open(argv[1], encoding="utf-8") as f:
        labels = {}
        for line in f:
            if line.strip():
                row = json.loads(line)
                labels[row["doc"]] = bool(row["credible"])
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
