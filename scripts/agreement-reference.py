"""Writes shared/agreement/agreement.fixtures.json: a small corpus coded by
three annotators with planted disagreements, and the reference values the
agreement tests compare Spanbench's figures with (to 1e-6).

Reference implementations: scikit-learn's cohen_kappa_score (Cohen's kappa)
and NLTK's AnnotationTask.alpha (Krippendorff's alpha, nominal). Run it after
changing the fixture: pip install scikit-learn nltk; python3 scripts/agreement-reference.py
The tests themselves read only the JSON and never need Python.
"""

import json
import re
from pathlib import Path

import nltk
import sklearn
from nltk.metrics.agreement import AnnotationTask
from sklearn.metrics import cohen_kappa_score

LABELS = ["ACTOR", "PLACE", "CASUALTY_FIGURE", "ATTRIBUTION"]
ANNOTATORS = ["alice", "bob", "carol"]

CASUALTY = lambda outcome, low, best, high, qualifier: {  # noqa: E731
    "outcome": outcome, "low": low, "best": best, "high": high, "qualifier": qualifier}

# Each layer: spans as (id, label, quote, attributes or None), relations as (type, from, to).
DOCUMENTS = [
    {
        "key": "d1",
        "text": "Turkish soldiers shelled Afrin on Monday, killing 5 civilians, the Observatory said.\n",
        "layers": {
            "alice": ([("a1", "ACTOR", "Turkish soldiers", None), ("p1", "PLACE", "Afrin", None),
                       ("c1", "CASUALTY_FIGURE", "5 civilians", CASUALTY("killed", 5, 5, 5, "exact")),
                       ("t1", "ATTRIBUTION", "the Observatory said", None)],
                      [("location", "c1", "p1"), ("perpetrator", "c1", "a1")]),
            "bob": ([("a1", "ACTOR", "Turkish soldiers", None), ("p1", "PLACE", "Afrin", None),
                     ("c1", "CASUALTY_FIGURE", "killing 5 civilians", CASUALTY("killed", 5, 5, 5, "exact")),
                     ("t1", "ATTRIBUTION", "the Observatory", None)],
                    [("location", "c1", "p1"), ("perpetrator", "c1", "a1")]),
            "carol": ([("a1", "ACTOR", "soldiers", None), ("p1", "PLACE", "Afrin on Monday", None),
                       ("c1", "CASUALTY_FIGURE", "5 civilians", CASUALTY("killed", None, 5, None, "exact"))],
                      [("location", "c1", "p1"), ("victim", "c1", "a1")]),
        },
    },
    {
        "key": "d2",
        "text": "Kurdish fighters said 3 people were wounded near Manbij.\n",
        "layers": {
            "alice": ([("a1", "ACTOR", "Kurdish fighters", None),
                       ("c1", "CASUALTY_FIGURE", "3 people were wounded", CASUALTY("injured", 3, 3, 3, "exact")),
                       ("p1", "PLACE", "Manbij", None)], []),
            "bob": ([("a1", "ACTOR", "Kurdish fighters", None), ("p1", "PLACE", "Manbij", None),
                     ("c1", "CASUALTY_FIGURE", "3 people", CASUALTY("injured", 3, 3, 3, "at_least"))], []),
            "carol": ([("a1", "ACTOR", "Kurdish fighters", None), ("p1", "PLACE", "near Manbij", None),
                       ("c1", "CASUALTY_FIGURE", "3 people were wounded", CASUALTY("injured", 3, 3, 3, "exact")),
                       ("t1", "ATTRIBUTION", "Kurdish fighters said", None)], []),
        },
    },
    {
        "key": "d3",
        "text": "An airstrike hit a market in Idlib.\n",
        "layers": {"alice": ([("p1", "PLACE", "Idlib", None)], [])},
    },
    {
        "key": "d4",
        "text": "Government forces retook Saraqib.\n",
        "layers": {
            "alice": ([("a1", "ACTOR", "Government forces", None), ("p1", "PLACE", "Saraqib", None)], []),
            "bob": ([("a1", "ACTOR", "Government forces", None), ("a2", "ACTOR", "Saraqib", None)], []),
        },
    },
]


def spans_of(text, specs):
    out = []
    for sid, label, quote, attrs in specs:
        start = text.index(quote)
        span = {"id": sid, "start": start, "end": start + len(quote), "label": label, "text": quote}
        if attrs:
            span["attributes"] = attrs
        out.append(span)
    return out


def coverage(text, spans, label):
    covered = [0] * len(text)
    for s in spans:
        if s["label"] == label:
            for i in range(s["start"], s["end"]):
                covered[i] = 1
    return [covered[i] for i, ch in enumerate(text) if not re.match(r"\s", ch)]


def main():
    documents = []
    for d in DOCUMENTS:
        layers = {}
        for annotator, (specs, relations) in d["layers"].items():
            layers[annotator] = {
                "spans": spans_of(d["text"], specs),
                "relations": [{"id": f"r{i + 1}", "type": t, "from": f, "to": to}
                              for i, (t, f, to) in enumerate(relations)],
            }
        documents.append({"key": d["key"], "text": d["text"], "layers": layers})

    # Cohen's kappa per pair and label: one decision per non-whitespace code point
    # of the documents both coded; "*" pools the decisions of every label.
    kappa = {}
    for i, a in enumerate(ANNOTATORS):
        for b in ANNOTATORS[i + 1:]:
            pooled_a, pooled_b = [], []
            for label in LABELS:
                xa, xb = [], []
                for d in documents:
                    if a in d["layers"] and b in d["layers"]:
                        xa += coverage(d["text"], d["layers"][a]["spans"], label)
                        xb += coverage(d["text"], d["layers"][b]["spans"], label)
                kappa[f"{a}|{b}|{label}"] = cohen_kappa_score(xa, xb)
                pooled_a += xa
                pooled_b += xb
            kappa[f"{a}|{b}|*"] = cohen_kappa_score(pooled_a, pooled_b)

    # Krippendorff's alpha per label over the documents all three coded (d1, d2).
    alpha = {}
    pooled = []
    for label in LABELS:
        data = []
        for d in documents:
            if all(a in d["layers"] for a in ANNOTATORS):
                for a in ANNOTATORS:
                    values = coverage(d["text"], d["layers"][a]["spans"], label)
                    data += [(a, f"{d['key']}:{label}:{u}", v) for u, v in enumerate(values)]
        alpha[label] = AnnotationTask(data=data).alpha()
        pooled += data
    alpha["*"] = AnnotationTask(data=pooled).alpha()

    # Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C:
    # nominal data, four observers, twelve units, missing values ('.'). Published: 0.743.
    k2011 = {"A": "1 2 3 3 2 1 4 1 2 . . .", "B": "1 2 3 3 2 2 4 1 2 5 . 3",
             "C": ". 3 3 3 2 3 4 2 2 5 1 .", "D": "1 2 3 3 2 4 4 1 2 5 1 ."}
    k2011_data = [(c, str(u), v) for c, row in k2011.items()
                  for u, v in enumerate(row.split()) if v != "."]

    fixture = {
        "about": "Written by scripts/agreement-reference.py; edit the script, not this file.",
        "sources": {
            "kappa": f"scikit-learn {sklearn.__version__}: sklearn.metrics.cohen_kappa_score",
            "alpha": f"NLTK {nltk.__version__}: nltk.metrics.agreement.AnnotationTask(data).alpha()",
            "krippendorff2011": "Krippendorff (2011), Computing Krippendorff's Alpha-Reliability, "
                                "section C (published alpha 0.743); value from NLTK as above",
        },
        "annotators": ANNOTATORS,
        "labels": LABELS,
        "documents": documents,
        "reference": {"kappa": kappa, "alpha": alpha},
        "krippendorff2011": {
            "units": [[None if v == "." else v for v in row.split()] for row in k2011.values()],
            "published": 0.743,
            "alpha": AnnotationTask(data=k2011_data).alpha(),
        },
    }
    out = Path(__file__).resolve().parent.parent / "shared" / "agreement" / "agreement.fixtures.json"
    out.write_text(json.dumps(fixture, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
