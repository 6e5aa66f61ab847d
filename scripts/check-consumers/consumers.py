"""Loads each export of the consumer-check corpus with the tools that read it.

Usage: python3 consumers.py EXPORTS_DIR EXPECTED_JSON
Prints one JSON line per check: {"format", "consumer", "status", "detail"}.
status is "ok", "FAIL" or "not checked" (the consumer cannot be imported here).
A consumer that is not installed is never counted as passing.
"""
import collections
import csv
import importlib
import json
import os
import re
import sys

EXPORTS, EXPECTED = sys.argv[1], sys.argv[2]
# --stdlib-only: only the checks that need nothing but python3 (npm test runs these).
STDLIB_ONLY = "--stdlib-only" in sys.argv[3:]
expected = json.load(open(EXPECTED, encoding="utf-8"))


# claims-csv has a row per casualty figure only.
ONLY = {"claims-csv": {"CASUALTY_FIGURE"}}


def have(module):
    try:
        importlib.import_module(module)
        return True
    except Exception:
        return False


def no_space(text):
    return re.sub(r"\s", "", text)


def wanted(fmt, norm):
    """(label, normalized text) of every span the format should hold: all but those its report drops."""
    dropped = set(tuple(d) for d in expected["dropped"].get(fmt, []))
    only = ONLY.get(fmt)
    return collections.Counter(
        (s["label"], norm(s["text"]))
        for s in expected["spans"]
        if (s["doc"], s["id"]) not in dropped and (only is None or s["label"] in only)
    )


def emit(fmt, consumer, got=None, norm=lambda t: t, error=None, skip=None):
    if skip:
        print(json.dumps({"format": fmt, "consumer": consumer, "status": "not checked", "detail": skip}))
        return
    want = wanted(fmt, norm)
    if error is None:
        have_ = collections.Counter((label, norm(text)) for label, text in got)
        missing = want - have_
        extra = have_ - want
        if missing or extra:
            error = f"missing {sorted(missing)[:2]}, unexpected {sorted(extra)[:2]}"
    n = sum(want.values())
    status = "FAIL" if error else "ok"
    detail = error or f"{n}/{n} spans intact"
    print(json.dumps({"format": fmt, "consumer": consumer, "status": status, "detail": detail}, ensure_ascii=False))


def check(fmt, consumer, module, run, norm=lambda t: t):
    if module and STDLIB_ONLY:
        return
    if module and not have(module):
        emit(fmt, consumer, skip=f"{module} cannot be installed here")
        return
    try:
        emit(fmt, consumer, run(), norm)
    except Exception as err:  # a consumer that throws fails the check
        emit(fmt, consumer, error=f"{type(err).__name__}: {err}"[:200], norm=norm)


def path(name):
    return os.path.join(EXPORTS, name)


def jsonl_rows(name):
    return [json.loads(line) for line in open(path(name), encoding="utf-8") if line.strip()]


def utf16(text, start, end):
    return text.encode("utf-16-le")[2 * start : 2 * end].decode("utf-16-le")


def spans_of_jsonl(rows):
    out = []
    for row in rows:
        for s in row["spans"]:
            assert row["text"][s["start"] : s["end"]] == s["text"], s
            out.append((s["label"], s["text"]))
    return out


def pandas_jsonl():
    import pandas

    frame = pandas.read_json(path("data.jsonl"), lines=True, dtype=False)
    return spans_of_jsonl(frame.to_dict("records"))


def spacy_jsonl():
    import spacy
    from spacy.tokens import Doc, DocBin

    nlp = spacy.blank("xx")
    out, db = [], DocBin()
    for row in jsonl_rows("spacy.jsonl"):
        doc = Doc(nlp.vocab, words=row["tokens"], spaces=row["spaces"])
        assert doc.text == row["text"], "tokens do not rebuild the text"
        doc.ents = [doc.char_span(s, e, label=l) for s, e, l in row["entities"]]
        group = [doc.char_span(s, e, label=l) for s, e, l in row["entities"] + row["spans"]["sc"]]
        assert all(span is not None for span in group), "a span is not on token boundaries"
        doc.spans["sc"] = group
        db.add(doc)
        out += [(span.label_, span.text) for span in group]
    DocBin().from_bytes(db.to_bytes())
    return out


def prodigy_stdlib():
    out = []
    for row in jsonl_rows("prodigy.jsonl"):
        tokens = row["tokens"]
        for s in row["spans"]:
            assert tokens[s["token_start"]]["start"] == s["start"], s
            assert tokens[s["token_end"]]["end"] == s["end"], s
            out.append((s["label"], row["text"][s["start"] : s["end"]]))
    return out


def iob_entities(tokens, tags):
    out, current = [], None
    for token, tag in list(zip(tokens, tags)) + [("", "O")]:
        if current and not tag.startswith(("I-", "E-")):
            out.append(tuple(current))
            current = None
        if tag.startswith(("B-", "S-", "U-")):
            current = [tag[2:], token]
        elif tag.startswith(("I-", "E-", "L-")) and current:
            current[1] += token
    return out


def spacy_convert():
    from spacy.training.converters import conll_ner_to_docs

    docs = conll_ner_to_docs(open(path("data.conll"), encoding="utf-8").read(), n_sents=1, no_print=True)
    return [(ent.label_, ent.text) for doc in docs for ent in doc.ents]


def read_columns(name):
    sentences, tokens, tags = [], [], []
    for line in open(path(name), encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("-DOCSTART-"):
            if tokens:
                sentences.append((tokens, tags))
            tokens, tags = [], []
            continue
        token, tag = line.rsplit(" ", 1)
        tokens.append(token)
        tags.append(tag)
    return sentences + ([(tokens, tags)] if tokens else [])


def seqeval_conll():
    from seqeval.metrics.sequence_labeling import get_entities

    out = []
    for tokens, tags in read_columns("data.conll"):
        out += [(label, "".join(tokens[s : e + 1])) for label, s, e in get_entities(tags)]
    return out


def spacy_bioes():
    import spacy
    from spacy.tokens import Doc
    from spacy.training import biluo_tags_to_spans

    nlp = spacy.blank("xx")
    out = []
    for tokens, tags in read_columns("data.bioes"):
        doc = Doc(nlp.vocab, words=tokens)
        doc.ents = biluo_tags_to_spans(doc, [t.replace("E-", "L-", 1).replace("S-", "U-", 1) for t in tags])
        out += [(ent.label_, ent.text) for ent in doc.ents]
    return out


def hf_datasets():
    os.environ["HF_DATASETS_OFFLINE"] = "1"
    from datasets import load_dataset

    ds = load_dataset(path("hf"))
    names = ds["train"].features["ner_tags"].feature.names
    out = []
    for row in ds["train"]:
        out += iob_entities(row["tokens"], [names[i] for i in row["ner_tags"]])
    return out


def brat_stdlib():
    out, folder = [], path("brat")
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".ann"):
            continue
        text = open(os.path.join(folder, name[:-4] + ".txt"), encoding="utf-8", newline="").read()
        for line in open(os.path.join(folder, name), encoding="utf-8").read().splitlines():
            ident, rest = line.split("\t", 1)
            if not ident.startswith("T"):
                continue
            data, quote = rest.split("\t", 1)
            label, offsets = data.split(" ", 1)
            pieces = [tuple(int(x) for x in f.split(" ")) for f in offsets.split(";")]
            assert quote == " ".join(text[s:e] for s, e in pieces), (ident, quote)
            out.append((label, text[pieces[0][0] : pieces[-1][1]]))
    return out


def labelstudio_stdlib():
    out = []
    for task in json.load(open(path("labelstudio.json"), encoding="utf-8")):
        text = task["data"]["text"]
        for r in task["annotations"][0]["result"]:
            if r["type"] == "labels":
                piece = text[r["value"]["start"] : r["value"]["end"]]
                assert piece == r["value"]["text"], r
                out.append((r["value"]["labels"][0], piece))
    return out


def labelstudio_sdk():
    from label_studio_sdk.label_interface import LabelInterface  # noqa: F401

    return labelstudio_stdlib()


def doccano_stdlib():
    out = []
    for row in jsonl_rows("doccano.jsonl"):
        for e in row["entities"]:
            out.append((e["label"], utf16(row["text"], e["start_offset"], e["end_offset"])))
    return out


def uima_stdlib():
    out, folder = [], path("uima-json")
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".json"):
            continue
        cas = json.load(open(os.path.join(folder, name), encoding="utf-8"))
        fss = cas["%FEATURE_STRUCTURES"]
        sofa = next(fs for fs in fss if fs["%TYPE"] == "uima.cas.Sofa")["sofaString"]
        for fs in fss:
            if fs["%TYPE"] == "webanno.custom.Span":
                out.append((fs["label"], utf16(sofa, fs["begin"], fs["end"])))
    return out


def cassis_uima():
    from cassis import load_cas_from_json

    out, folder = [], path("uima-json")
    for name in sorted(os.listdir(folder)):
        if name.endswith(".json"):
            cas = load_cas_from_json(open(os.path.join(folder, name), "rb"))
            out += [(a.label, a.get_covered_text()) for a in cas.select("webanno.custom.Span")]
    return out


def claims_pandas():
    import pandas

    frame = pandas.read_csv(path("claims.csv"), dtype=str, keep_default_na=False)
    text = {s["id"]: s for s in expected["spans"]}
    return [("CASUALTY_FIGURE", row["figure"]) for row in frame.to_dict("records") if row["spanId"] in text]


strip = lambda t: t.strip()
check("jsonl", "python3 json (code points)", None, lambda: spans_of_jsonl(jsonl_rows("data.jsonl")))
check("jsonl", "pandas.read_json", "pandas", pandas_jsonl)
check("spacy", "spaCy Doc + DocBin", "spacy", spacy_jsonl, strip)
check("prodigy", "python3 json (tokens, code points)", None, prodigy_stdlib, strip)
check("prodigy", "Prodigy", "prodigy", prodigy_stdlib, strip)
check("conll", "spacy convert -c ner (conll_ner_to_docs)", "spacy", spacy_convert, no_space)
check("conll", "seqeval get_entities", "seqeval", seqeval_conll, no_space)
check("bioes", "spaCy biluo_tags_to_spans", "spacy", spacy_bioes, no_space)
check("hf", "datasets.load_dataset(folder)", "datasets", hf_datasets, no_space)
check("brat", "python3 as brat's server reads (code points)", None, brat_stdlib, no_space)
check("labelstudio", "python3 json (code points)", None, labelstudio_stdlib)
check("labelstudio", "label-studio-sdk", "label_studio_sdk", labelstudio_sdk)
check("doccano", "python3 json (UTF-16)", None, doccano_stdlib)
check("uima-json", "python3 json (UTF-16)", None, uima_stdlib)
check("uima-json", "dkpro-cassis", "cassis", cassis_uima)
check("claims-csv", "pandas.read_csv", "pandas", claims_pandas)
