/**
 * Helpers for the dataset writer and reader tests (imported only by tests):
 * put a writer's output in a temp folder and check it with python3, using
 * the standard library only, the way a user of the format would read it.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { WriterRun } from '../../shared/datasets/run-writer.ts'
import {
  FIXTURE_ANNOTATOR,
  FIXTURE_DOCUMENTS,
  FIXTURE_SCHEMA,
  fixtureSpans,
} from '../../shared/datasets/test-corpus.fixtures.ts'
import { canonicalText } from '../../shared/text/text.ts'
import type { Relation, Span } from '../../shared/contract/model.ts'
import {
  exportDatasetTo,
  type DatasetExportOptions,
  type DatasetExportResult,
} from '../../electron/backend/datasets/dataset-export.ts'
import { importFiles } from '../../electron/backend/article-import/import-service.ts'
import { Corpus } from '../../electron/backend/store/corpus.ts'
import { runProgram, tempDir } from './backend.ts'

/**
 * A real corpus holding the fixture: its texts imported from files with CRLF
 * line ends (cleanup off, so only the canonical form changes them), and the
 * fixture's annotations written for FIXTURE_ANNOTATOR. Returns the folder
 * and the document id of each fixture key.
 */
export async function makeFixtureCorpus(): Promise<{ dir: string; ids: Record<string, string> }> {
  const dir = join(await tempDir(), 'fixture-corpus')
  await Corpus.create(dir, 'Fixture corpus', FIXTURE_SCHEMA)
  const corpus = await Corpus.open(dir)
  const ids: Record<string, string> = {}
  try {
    const off = {
      unwrap: false,
      hyphenation: false,
      spaces: false,
      footnotes: false,
      boilerplate: false,
    }
    for (const f of FIXTURE_DOCUMENTS) {
      const [result] = await importFiles(
        corpus,
        [{ name: `${f.key}.txt`, bytes: Buffer.from(f.raw, 'utf8') }],
        { steps: off, nearDuplicate: 'keep' },
      )
      if (!result?.docId)
        throw new Error(`fixture ${f.key} was not imported: ${JSON.stringify(result)}`)
      const doc = await corpus.readDocument(result.docId)
      if (doc.text !== canonicalText(f.raw))
        throw new Error(`fixture ${f.key}: the import changed the text`)
      ids[f.key] = doc.id
      await corpus.writeAnnotations({
        format: 'spanbench.annotations',
        version: 1,
        docId: doc.id,
        annotator: FIXTURE_ANNOTATOR,
        textSha256: doc.sha256,
        status: f.status,
        revision: 1,
        updatedAt: '2024-05-02T10:00:00.000Z',
        ...(f.note ? { note: f.note } : {}),
        spans: fixtureSpans(f, doc.text),
        relations: f.relations,
      })
    }
  } finally {
    corpus.close()
  }
  return { dir, ids }
}

/** Writes an annotator's spans and relations on a document of the corpus in `dir`. */
export async function annotate(
  dir: string,
  docId: string,
  annotator: string,
  spans: (text: string) => Span[],
  relations: Relation[] = [],
): Promise<void> {
  const corpus = await Corpus.open(dir)
  try {
    const doc = await corpus.readDocument(docId)
    await corpus.writeAnnotations({
      format: 'spanbench.annotations',
      version: 1,
      docId,
      annotator,
      textSha256: doc.sha256,
      status: 'done',
      revision: 1,
      updatedAt: '2024-05-02T10:00:00.000Z',
      spans: spans(doc.text),
      relations,
    })
  } finally {
    corpus.close()
  }
}

/** Exports the corpus in `dir` to `path`, in-process. */
export async function exportCorpus(
  dir: string,
  options: DatasetExportOptions,
  path: string,
): Promise<DatasetExportResult> {
  const corpus = await Corpus.open(dir, { readOnly: true })
  try {
    return await exportDatasetTo(corpus, options, { kind: 'path', path })
  } finally {
    corpus.close()
  }
}

/** Writes a run into a new temp folder: the stream as `streamName`, the files by their paths. */
export async function writeRun(run: WriterRun, streamName: string): Promise<string> {
  const dir = await tempDir('spanbench-dataset-')
  if (run.stream) await writeFile(join(dir, streamName), run.stream)
  for (const f of run.files) {
    await mkdir(dirname(join(dir, f.path)), { recursive: true })
    await writeFile(join(dir, f.path), f.content)
  }
  return dir
}

/** Runs a Python program with arguments; fails with its stderr unless it exits 0; returns its JSON output. */
export async function python(program: string, args: string[]): Promise<unknown> {
  const result = await runProgram('python3', ['-c', program, ...args], '')
  if (result.code !== 0) throw new Error(`python3 failed (${result.code}):\n${result.stderr}`)
  return JSON.parse(result.stdout) as unknown
}

/** Sorted "doc|label|text" keys, to compare what Python read with what was expected. */
export function keys(items: readonly (readonly [string, string, string])[]): string[] {
  return items.map(([doc, label, text]) => `${doc}|${label}|${text}`).sort()
}

/**
 * Reads a CoNLL file the strict way: one token and one tag per line, a blank
 * line after -DOCSTART- and after each sentence, and only transitions the
 * scheme allows. Prints the entities it finds, per document.
 */
export const IOB_CHECK = `
import json, sys
path, scheme = sys.argv[1], sys.argv[2]
lines = open(path, encoding="utf-8").read().split("\\n")
assert lines[-1] == "" and lines[-2] == "", "the file ends with a blank line"
found, doc, sentence = [], -1, []

def entities(sentence):
    prev = "O"
    for token, tag in sentence:
        p, label = tag[:2], tag[2:]
        assert tag == "O" or p in (("B-", "I-") if scheme == "iob2" else ("B-", "I-", "E-", "S-")), tag
        inside = prev[:2] in (("B-", "I-") if scheme == "iob2" else ("B-", "I-"))
        if p in ("I-", "E-"):
            assert inside and prev[2:] == label, ("invalid transition", prev, tag)
        if scheme == "bioes" and inside:
            assert p in ("I-", "E-") and label == prev[2:], ("unfinished entity", prev, tag)
        prev = tag
    assert scheme == "iob2" or prev[:2] not in ("B-", "I-"), ("sentence ends inside an entity", prev)
    out, current = [], None
    for token, tag in sentence + [("", "O")]:
        p, label = tag[:2], tag[2:]
        if current and p not in ("I-", "E-"):
            out.append(current)
            current = None
        if p in ("B-", "S-"):
            current = [label, token]
        elif p in ("I-", "E-"):
            current[1] += token
    return out

for i, line in enumerate(lines[:-1]):
    if line == "-DOCSTART- -X- O O":
        assert not sentence and lines[i + 1] == "", "-DOCSTART- is followed by a blank line"
        doc += 1
    elif line == "":
        for label, text in entities(sentence):
            found.append([str(doc), label, text])
        sentence = []
    else:
        fields = line.split(" ")
        assert len(fields) == 2 and fields[0] and fields[1], ("one token and one tag", line)
        sentence.append((fields[0], fields[1]))
assert not sentence
print(json.dumps({"documents": doc + 1, "entities": found}, ensure_ascii=False))
`

/**
 * A brat-compatible reader of a standoff folder (standard library only): it
 * reads .ann files the way brat's server does (Python's line splitting, which
 * also breaks at U+2028 and friends), checks every T line's text against the
 * .txt slice (code points; fragments joined by one space, brat's DISCONT_SEP),
 * every reference, and every type and attribute value against
 * annotation.conf. Prints [doc, type, text] of every T line.
 */
export const BRAT_CHECK = `
import json, os, re, sys
folder = sys.argv[1]
entities, relations, attributes, section = set(), set(), {}, None
for raw in open(os.path.join(folder, "annotation.conf"), encoding="utf-8").read().splitlines():
    line = raw.strip()
    if not line or line.startswith("#"):
        continue
    m = re.match(r"^\\[(\\w+)\\]$", line)
    if m:
        section = m.group(1)
        continue
    parts = line.split(None, 1)
    name, args = parts[0], parts[1] if len(parts) > 1 else ""
    if section == "entities":
        entities.add(name)
    elif section == "relations":
        relations.add(name)
    elif section == "attributes":
        values = None
        for part in args.split(","):
            key, _, value = part.strip().partition(":")
            if key == "Value":
                values = value.split("|")
        attributes[name] = values
found = []
for root, _, names in os.walk(folder):
    for name in sorted(names):
        if not name.endswith(".ann"):
            continue
        doc = name[:-4]
        text = open(os.path.join(root, doc + ".txt"), encoding="utf-8", newline="").read()
        anns = {}
        lines = open(os.path.join(root, name), encoding="utf-8", newline="").read().splitlines()
        for line in lines:
            ident, rest = line.split("\\t", 1)
            assert re.match(r"^([A-Za-z]+|#[A-Za-z]*)[0-9]+$", ident), ident
            assert ident not in anns, ("duplicate id", ident)
            anns[ident] = rest
        for ident, rest in anns.items():
            kind = ident[0]
            if kind == "T":
                data, quote = rest.split("\\t", 1)
                label, offsets = data.split(" ", 1)
                fragments = [tuple(int(x) for x in f.split(" ")) for f in offsets.split(";")]
                assert all(0 <= s < e <= len(text) for s, e in fragments), fragments
                assert quote == " ".join(text[s:e] for s, e in fragments), (doc, ident, quote)
                assert label in entities, label
                found.append([doc, label, quote])
            elif kind == "R":
                label, arg1, arg2 = rest.split(" ")
                assert arg1.startswith("Arg1:T") and arg2.startswith("Arg2:T"), rest
                assert arg1[5:] in anns and arg2[5:] in anns, rest
                assert label in relations, label
            elif kind == "A":
                parts = rest.split(" ", 2)
                assert parts[0] in attributes and parts[1] in anns, rest
                values = attributes[parts[0]]
                assert (len(parts) == 2) == (values is None), rest
                assert values is None or parts[2] in values, rest
            elif kind == "#":
                data, _ = rest.split("\\t", 1)
                note_type, target = data.split(" ")
                assert target in anns, rest
            else:
                raise AssertionError("unexpected line " + ident)
print(json.dumps(found, ensure_ascii=False))
`

/** Python: the text between two UTF-16 offsets, as Java and JavaScript count. */
export const UTF16_SLICE = `
def utf16(text, start, end):
    units = text.encode("utf-16-le")
    assert 0 <= start <= end <= len(units) // 2, (start, end)
    return units[2 * start:2 * end].decode("utf-16-le")
`
