"""Builds bench/suggest-eval/corpus.jsonl: real reporting annotated with PLACE and ACTOR.

Documents: the body paragraphs of the sample articles 000, 002, 003 and 004 (001 repeats 000),
and the sourced sentences of the casualty fixtures grouped by the article they come from.
Spans: every occurrence of the names below, longest first, never overlapping; a compass word
directly before a place is part of it ("southern Idlib"); a country that acts is an ACTOR, one
that is a location a PLACE (the CONTEXT overrides below). Offsets are code points.
Run: python3 bench/suggest-eval/build.py (reads assets/sample and sentences.json beside it: the
sourced sentences of shared/casualty-phrases.fixtures.ts and shared/casualty-heldout.fixtures.ts).
"""
import json, re, sys, pathlib, hashlib

ROOT = pathlib.Path(__file__).resolve().parents[2]
PLACES = """Idlib|Syria|Jisr al-Shughur|Moscow|al-Gassaneyah|Palmyra-Deir Ezzor highway|Raqqa|M4 highway area|
Greater Idlib|Fleifel|Saraqib|Hama|al-Enkawi|Kafr Taal|Aleppo|Kafr Nabl|Fatterah|Sufuhon|Kafar Aweed|Kinsafra|
Kafar Takharim|Ariha|Deir Ezzor|Mayadin|Hamimah|T3 station|Itriyah|Iran|Homs|Homs-Deir Ezzor desert|Turkey|Ankara|
Saraqeb|M5 highway|M5 motorway|Istanbul|Greece|Europe|Russia|Iraq|Türkiye|Raqqa city|Raqqa Post Office|Deir ez-Zor|
al-Jura neighborhood|Deraa|Daraa|Baghdad|Adhamiyah|Nahrawan|Sadr City|New Baghdad|Mansour district|Bayaa|Jihad|
Khazimiya|Tabqa|Idlib de-escalation zone|Palmyra|Mosul|Kareem|Gara|Metina|Manbij|Mardin""".replace('\n', '').split('|')
ACTORS = """Turkish Army|Sham Legion|Turkish Defense Ministry|Turkistan Islamic Party|TIP|Russian Aerospace Forces|al-Qaeda|
Syrian Army|National Defense Forces|Liwa al-Quds|ISIS|Turkish Armed Forces|Damascus government|Hayat Tahrir al-Sham|
Hananu Brigade|Erdogan regime|Syrian Military Intelligence Directorate|Iranian Islamic Revolutionary Guard Corps|
Recep Tayyip Erdogan|Erdogan|Hulusi Akar|Akar|Bashar al-Assad|Assad regime|Assad government|Assad|Anadolu|AFP|NATO|
Jens Stoltenberg|Stephane Dujarric|Fahrettin Altun|Directorate of Communications|UN|PKK/YPG|YPG/PKK|PKK|YPG|
Syrian Democratic Forces|SDF|Coalition|Syrian Observatory for Human Rights|ISIL|Islamic State|Iraqi police|
Interior Ministry|Saad Maan|Abdel Rahman|Qasim Modalal|Ahmad Muhammad Ali|Mohammed Abdelaziz|Abdullah Saheb|
National Defense Ministry|National Defence Ministry|Turkish National Defense Ministry|Turkish Ministry of Defense|
Turkey’s Defense Ministry|The New York Times|Syrian air force|Syrian Air Force|Turkish security forces|
Syrian Arab Army|Canbert Tatar|Russian military|Turkish military|Syrian government|Syrian troops|
Turkish Armed Forces|Russian Aerospace Forces|Hayat Tahrir al-Sham security forces|US department|
Iraqi security forces|Interior Ministry spokesman|EU""".replace('\n', '').split('|')
# A country named as the one acting: (words right after it) that make it an ACTOR.
ACTING = re.compile(r"^(?:,? which| has| had| set| should| is| was| warned| urged| continue| hosts| sought| stands|"
                    r" and Syria| and the Syrian| together|’s action|’s key ally| for the casualties)")
ACTING_BEFORE = re.compile(r"(?:blamed|ally|against|Therefore,|urged|warned) $")
COMPASS = re.compile(r"(?:north|south|east|west|northwest|northeast|southeast|southwest|central|"
                     r"northwestern|northeastern|southeastern|southwestern|northern|southern|eastern|western) $", re.I)
COUNTRIES = {'Turkey', 'Russia', 'Iran', 'Syria', 'Türkiye', 'Iraq', 'Greece'}


def annotate(text):
    names = [(n, 'PLACE') for n in PLACES] + [(n, 'ACTOR') for n in ACTORS]
    names.sort(key=lambda x: -len(x[0]))
    taken = [False] * len(text)
    spans = []
    for name, label in names:
        for m in re.finditer(r'(?<![\w-])' + re.escape(name) + r'(?![\w])', text):
            s, e = m.start(), m.end()
            if any(taken[s:e]):
                continue
            lab = label
            if name in COUNTRIES and (ACTING.match(text[e:e + 25]) or ACTING_BEFORE.search(text[max(0, s - 12):s])):
                lab = 'ACTOR'
            if lab == 'PLACE':
                c = COMPASS.search(text[max(0, s - 14):s])
                if c and not any(taken[s - len(c.group(0)):s]):
                    s -= len(c.group(0))
            for k in range(s, e):
                taken[k] = True
            spans.append((s, e, lab))
    spans.sort()
    return spans


def documents():
    for prefix in ['000', '002', '003', '004']:
        path = next((ROOT / 'assets' / 'sample').glob(prefix + '_*.txt'))
        paragraphs = [p.strip() for p in path.read_text().split('\n\n')]
        body = [p for p in paragraphs if len(p) > 60 and not re.match(r'^(\[\d+\]|Disclaimer|Note to readers|Support|www\.|Home /)', p)]
        for k, p in enumerate(body):
            yield f'sample-{prefix}-{k:02d}', p, f'assets/sample/{path.name}'
    by_source = {}
    for x in json.load(open(ROOT / 'bench' / 'suggest-eval' / 'sentences.json')):
        by_source.setdefault(x['source'], []).append(x['sentence'])
    for source, sentences in by_source.items():
        text = ' '.join(dict.fromkeys(sentences))
        yield 'news-' + hashlib.sha1(source.encode()).hexdigest()[:10], text, source


out = []
for doc_id, text, source in documents():
    cps = list(text)  # Python str indexes are code points
    spans = [{'id': f's{i}', 'start': s, 'end': e, 'label': l, 'text': text[s:e]} for i, (s, e, l) in enumerate(annotate(text))]
    out.append({'id': doc_id, 'title': doc_id, 'text': text, 'source': source, 'spans': spans, 'relations': []})
with open(ROOT / 'bench' / 'suggest-eval' / 'corpus.jsonl', 'w') as f:
    for d in out:
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
print(len(out), 'documents', sum(len(d['spans']) for d in out), 'spans')
