/**
 * CoNLL-style token-per-line files, tagged IOB2 (`conll`) or BIOES (`bioes`):
 * `token TAG` on each line, a blank line after each sentence, and
 * `-DOCSTART- -X- O O` (CoNLL-2003's line, the delimiter spaCy's converter
 * splits documents at) before each document. Whitespace is not a token here, and
 * overlapping spans are resolved by the policy in overlap.ts.
 */
import { alignToTokens, unitExtents } from './extents.ts'
import { OVERLAP_POLICY, resolveOverlaps } from './overlap.ts'
import { tagTokens, type TagScheme } from './tags.ts'
import { sentencesOf } from './tokens.ts'
import type { DatasetWriter, DocumentOutput, ExportUnit } from './writer.ts'

/** CoNLL-2003's document line: spaCy's `convert -c ner` splits at exactly this. */
export const DOCSTART = '-DOCSTART- -X- O O'

/** The lines for one document. */
export function iobDocument(unit: ExportUnit, scheme: TagScheme): DocumentOutput {
  const { extents, notes } = unitExtents(unit)
  const resolved = resolveOverlaps(unit.doc.id, extents)
  // Only the kept spans cut tokens: a dropped one must not split a word it was inside.
  const { tokens, spans } = alignToTokens(unit.doc.text, resolved.kept)
  const tags = tagTokens(tokens, spans, scheme)
  const sentences = sentencesOf(
    unit.doc.text,
    tokens,
    spans.map((k) => [k.start, k.end] as const),
  )
  const body = sentences
    .map((s) => `${s.map((t) => `${t.text} ${tags.get(t.start) ?? 'O'}\n`).join('')}\n`)
    .join('')
  return { stream: `${DOCSTART}\n\n${body}`, notes: [...notes, ...resolved.notes] }
}

const SPACY_IOB = `
spaCy converts it with \`python -m spacy convert FILE . -c ner\` (one document per
\`-DOCSTART-\` line; add \`-n 10\` to group sentences).`

const SPACY_BIOES = `
spaCy's \`spacy convert\` reads IOB only: export \`conll\` for it. To load this file in
spaCy, BIOES is BILUO with E for L and S for U:

\`\`\`python
import spacy
from spacy.tokens import Doc
from spacy.training import biluo_tags_to_spans

nlp = spacy.blank("xx")
for tokens, tags in sentences:
    doc = Doc(nlp.vocab, words=tokens)
    doc.ents = biluo_tags_to_spans(doc, [t.replace("E-", "L-", 1).replace("S-", "U-", 1) for t in tags])
\`\`\``

export function iobWriter(scheme: TagScheme): DatasetWriter {
  const name = scheme === 'iob2' ? 'IOB2' : 'BIOES'
  return {
    folder: false,
    stream: true,
    extension: scheme === 'iob2' ? 'conll' : 'bioes',
    mediaType: 'text/plain; charset=utf-8',
    offsets: () => 'none: one token per line (the tokenizer is described in docs/datasets.md)',
    header: () => '',
    separator: '',
    footer: () => '',
    document: (unit) => iobDocument(unit, scheme),
    overlapPolicy: OVERLAP_POLICY,
    howToLoad: (
      _ctx,
      files,
    ) => `One token and its ${name} tag per line, separated by a space; a blank line
ends a sentence and \`${DOCSTART}\` (CoNLL-2003's line) starts a document.

\`\`\`python
def read_conll(path):
    sentences, tokens, tags = [], [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\\n")
        if not line or line.startswith("-DOCSTART-"):
            if tokens:
                sentences.append((tokens, tags))
            tokens, tags = [], []
            continue
        token, tag = line.rsplit(" ", 1)
        tokens.append(token)
        tags.append(tag)
    if tokens:
        sentences.append((tokens, tags))
    return sentences

sentences = read_conll("${files[0] ?? `data.${scheme === 'iob2' ? 'conll' : 'bioes'}`}")
\`\`\`

Flair reads it with \`ColumnCorpus(folder, {0: "text", 1: "ner"})\`.${
      scheme === 'iob2' ? SPACY_IOB : SPACY_BIOES
    }`,
  }
}
