import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { afterEach, describe, expect, it } from 'vitest'
import type { ImportOptions, ImportResult } from '../../../shared/contract/import-api.ts'
import { DocumentRecordSchema, type DocumentRecord } from '../../../shared/contract/model.ts'
import { docx, notDocx, pdf, PNG, utf16le } from '../../../tests/support/article-files.ts'
import {
  cleanup,
  findCodePoints,
  listFiles,
  makeCorpus,
  openBackend,
  ROOT,
  spanAt,
  invokeOk,
} from '../../../tests/support/backend.ts'
import type { Backend } from '../services/backend.ts'
import { sha256 } from './import-sources.ts'

afterEach(cleanup)

type File = { name: string; base64: string }

function file(name: string, bytes: Uint8Array | string): File {
  const buffer = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : Buffer.from(bytes)
  return { name, base64: buffer.toString('base64') }
}

const call = invokeOk

async function seeds(): Promise<File[]> {
  const folder = join(ROOT, 'assets', 'sample')
  const names = (await readdir(folder)).filter((n) => n.endsWith('.txt')).sort()
  return Promise.all(names.map(async (n) => file(n, await readFile(join(folder, n)))))
}

async function setup(): Promise<{ dir: string; backend: Backend }> {
  const { dir } = await makeCorpus()
  return { dir, backend: await openBackend(dir) }
}

async function stored(dir: string, docId: string | undefined): Promise<DocumentRecord> {
  const raw = await readFile(join(dir, 'documents', `${docId ?? ''}.json`), 'utf8')
  return DocumentRecordSchema.parse(JSON.parse(raw))
}

function byFile(results: readonly ImportResult[], name: string): ImportResult {
  const found = results.find((r) => r.file === name)
  if (!found) throw new Error(`no result for ${name}`)
  return found
}

const [S000, S001, S002, S003, S004] = [
  '000_a9fb279703f33800.txt',
  '001_45a219f9f37d8a06.txt',
  '002_99a2495ee20e7a0a.txt',
  '003_abe915b96aa40300.txt',
  '004_a0d7ec6cbebb710d.txt',
]

describe('importing the sample articles with the default cleanup', () => {
  it('mends the PDF copy, drops the boilerplate, and flags the near-duplicate', async () => {
    const { dir, backend } = await setup()
    const results = await call(backend, 'import.files', { files: await seeds() })
    expect(results.map((r) => r.status)).toEqual(Array(5).fill('imported'))
    const [d000, d001, d002, d003, d004] = await Promise.all(
      [S000, S001, S002, S003, S004].map((n) => stored(dir, byFile(results, n).docId)),
    )

    // 001, extracted from a PDF: readable paragraphs, de-escalation intact, no double spaces.
    const paragraphs = d001?.text.trim().split('\n\n') ?? []
    expect(paragraphs).toHaveLength(7)
    expect(paragraphs.every((p) => !p.includes('\n'))).toBe(true)
    expect(d001?.text).toContain(
      'since the signing of the March 5 de-escalation agreement in Moscow.',
    )
    expect(d001?.text).not.toMatch(/ {2}|deescalation|de- escalation/)
    expect(paragraphs[0]).toBe(
      'One Turkish soldier died and another was injured in an IED attack in Syria’s southern Idlib, the Turkish Defense Ministry reported late on May 27. The incident happened while units of the Turkish Army and the Turkish-backed militant group Sham Legion were passing near Jisr al-Shughur. The killed soldier was identified as lieutenant Canbert Tatar. He become the second Turkish soldier killed in the M4 highway area since the signing of the March 5 de-escalation agreement in Moscow.',
    )
    expect(d001?.source.cleanup).toEqual([
      'hyphenation: 1 word split by a line break mended (de-escalation)',
      'unwrap: 6 hard-wrapped paragraphs joined',
      'spaces: collapsed 32 runs of spaces; trimmed spaces at 1 line end; collapsed 1 run of blank lines',
    ])

    // The publisher's disclaimer and furniture are left out of 000 and 002; the reports stay.
    for (const doc of [d000, d002]) {
      expect(doc?.text).not.toMatch(/Disclaimer|copyrighted material|media inquiries|Articles by/)
    }
    expect(d000?.text).not.toMatch(/Note to readers|PayPal/)
    expect(d000?.text.trimEnd().endsWith('still hiding in the desert.')).toBe(true)
    expect(
      d002?.text
        .trimEnd()
        .endsWith(
          'a more serious security problem for government forces.'.replace(
            'a more',
            'an even more',
          ),
        ),
    ).toBe(true)
    expect(byFile(results, S000).removed).toBe(5)

    // 003 loses its navigation debris; its title is now the headline.
    expect(d003?.title).toBe('Airstrike kills 3 Turkish soldiers in Syria’s Idlib offensive')
    expect(d003?.text).not.toMatch(/AirDrones|Related Articles|Back to top/)
    expect(d003?.text.trimEnd().endsWith('With reporting from AFP')).toBe(true)

    // 004 keeps its footnotes (stripped only when asked) but not the comment form.
    expect(d004?.text).toContain('[12] https://www.theguardian.com')
    expect(d004?.text).not.toMatch(/Leave a Reply|Send this to a friend|shutterstock/)

    // 001 mostly repeats 000: flagged with the similarity and linked.
    expect(byFile(results, S001).nearDuplicate).toMatchObject({
      docId: d000?.id,
      title: 'Video: Turkish Army Suffers Casualties in Southern Idlib',
      action: 'link',
    })
    expect(byFile(results, S001).nearDuplicate?.similarity).toBeGreaterThan(0.9)
    expect(d001?.metadata['near_duplicate_of']).toBe(d000?.id)
    for (const r of [S000, S002, S003, S004])
      expect(byFile(results, r).nearDuplicate).toBeUndefined()
  })

  it('keeps every original, byte for byte, named by its sha256', async () => {
    const { dir, backend } = await setup()
    const files = await seeds()
    const results = await call(backend, 'import.files', { files })
    for (const [i, f] of files.entries()) {
      const doc = await stored(dir, results[i]?.docId)
      const bytes = Buffer.from(f.base64, 'base64')
      expect(doc.source.bytesSha256).toBe(sha256(bytes))
      expect(doc.source.original).toBe(`originals/${sha256(bytes)}.txt`)
      expect(await readFile(join(dir, doc.source.original ?? ''))).toEqual(bytes)
    }
  })

  it('copies annotations from 000 onto 001 through the alignment, listing what has no place', async () => {
    const { dir, backend } = await setup()
    const results = await call(backend, 'import.files', { files: await seeds() })
    const from = await stored(dir, byFile(results, S000).docId)
    const to = await stored(dir, byFile(results, S001).docId)
    const quotes: [string, string][] = [
      ['Turkish Army Suffers Casualties', 'ACTOR'], // in the headline, which 001 lacks
      ['One Turkish soldier', 'CASUALTY_FIGURE'],
      ['the Turkish Defense Ministry reported', 'ATTRIBUTION'],
      ['Jisr al-Shughur', 'PLACE'],
      ['de-escalation agreement', 'ACTOR'],
      ['At least 6 members', 'CASUALTY_FIGURE'],
      ['Russian Aerospace Forces', 'ACTOR'],
      ['over 20 militants', 'CASUALTY_FIGURE'],
    ]
    const spans = quotes.map(([q, label], i) => {
      const [start, end] = findCodePoints(from.text, q)
      return spanAt(from.text, start, end, label, `s${i}`)
    })
    await call(backend, 'annotations.apply', {
      docId: from.id,
      revision: 0,
      ops: spans.map((span) => ({ op: 'addSpan' as const, span })),
    })
    const copied = await call(backend, 'annotations.copyFrom', {
      fromDocId: from.id,
      toDocId: to.id,
    })
    expect(copied.copied).toBe(7)
    expect(copied.unplaced).toEqual([
      {
        spanId: 's0',
        label: 'ACTOR',
        text: 'Turkish Army Suffers Casualties',
        start: spans[0]?.start,
        end: spans[0]?.end,
        reason: 'its words are not in the other text',
      },
    ])
    const got = await call(backend, 'documents.get', { id: to.id })
    const landed = got.annotations.spans.map((s) => [
      s.text,
      s.label,
      s.text === to.text.slice(...utf16(to.text, s.start, s.end)),
    ])
    expect(landed.sort()).toEqual(
      quotes
        .slice(1)
        .map(([q, label]) => [q, label, true])
        .sort(),
    )
    // Copying again adds nothing twice.
    const again = await call(backend, 'annotations.copyFrom', {
      fromDocId: from.id,
      toDocId: to.id,
    })
    expect(again.copied).toBe(0)
  })
})

/** UTF-16 offsets of a code point range (the seeds have no astral characters: equal). */
function utf16(_text: string, start: number, end: number): [number, number] {
  return [start, end]
}

describe('import.stage and import.preview', () => {
  it('shows per file the proposed text and every decision, and stores nothing', async () => {
    const { dir, backend } = await setup()
    const { preview } = await call(backend, 'import.stage', { files: await seeds() })
    expect(await listFiles(join(dir, 'documents'))).toEqual([])
    const f000 = preview.files[0]
    const doc = f000?.documents[0]
    expect(f000).toMatchObject({ file: S000, format: 'txt', encoding: 'utf-8', problems: [] })
    expect(doc?.steps).toEqual({
      hyphenation: true,
      unwrap: true,
      spaces: true,
      footnotes: false,
      boilerplate: true,
    })
    const flags = doc?.decisions.filter((d) => d.step === 'boilerplate') ?? []
    expect(flags.map((d) => [d.applied, d.reason])).toEqual([
      [true, 'share prompt: matches a common site pattern'],
      [true, 'donation request: matches a common site pattern'],
      [true, 'author box: matches a common site pattern'],
      [true, `recurs in “${preview.files[2]?.documents[0]?.title ?? ''}”`],
      [true, 'contact line: matches a common site pattern'],
    ])
    const f001 = preview.files[1]?.documents[0]
    expect(f001?.nearDuplicates).toEqual([
      { docId: doc?.docId, key: S000, title: doc?.title, similarity: expect.any(Number) as number },
    ])
    const hyphen = f001?.decisions.find((d) => d.step === 'hyphenation')
    expect(hyphen).toMatchObject({
      id: 'hyphenation:de-escalation:1',
      applied: true,
      after: 'de-escalation',
      alternative: 'deescalation',
      reason: '“de-escalation” occurs 4×, “deescalation” 0× in the corpus',
    })
    // Ranges point into the proposed text.
    const [[start, end] = [0, 0]] = hyphen?.ranges ?? []
    expect(f001?.text.slice(start - 2, end + 10)).toBe('de-escalation')
  })

  it('gives the same text as the import, and the import honours a decision turned off', async () => {
    const { dir, backend } = await setup()
    const files = await seeds()
    const { stage, preview } = await call(backend, 'import.stage', { files })
    const doc = preview.files[0]?.documents[0]
    const disclaimer = doc?.decisions.find((d) => d.before.startsWith('Disclaimer:'))
    const options: ImportOptions = {
      documents: { [S000]: { decisions: { [disclaimer?.id ?? '']: false } } },
    }
    const again = await call(backend, 'import.preview', { stage, options })
    const kept = again.files[0]?.documents[0]
    expect(kept?.text).toContain('Disclaimer: The contents of this article')
    expect(kept?.decisions.find((d) => d.id === disclaimer?.id)?.applied).toBe(false)
    const results = await call(backend, 'import.commit', { stage, options })
    expect((await stored(dir, results[0]?.docId)).text).toBe(kept?.text)
    expect(results[0]?.docId).toBe(kept?.docId)
    expect((await stored(dir, results[2]?.docId)).text).toBe(again.files[2]?.documents[0]?.text)
  })

  it('applies a decision chosen in a preview even when the import sees fewer files', async () => {
    const { dir, backend } = await setup()
    const files = await seeds()
    const { preview } = await call(backend, 'import.stage', { files })
    const disclaimer = preview.files[2]?.documents[0]?.decisions.find((d) =>
      d.before.startsWith('www.globalresearch.ca'),
    )
    // 002 alone: nothing to compare with, but the preview's choice still stands.
    const [result] = await call(backend, 'import.files', {
      files: [files[2] as File],
      options: { documents: { [S002]: { decisions: { [disclaimer?.id ?? '']: true } } } },
    })
    const text = (await stored(dir, result?.docId)).text
    expect(text).not.toContain('www.globalresearch.ca contains copyrighted material')
    expect(text).toContain('Disclaimer: The contents')
  })

  it('strips footnotes only when asked, and keeps boilerplate when asked', async () => {
    const { backend } = await setup()
    const files = await seeds()
    const { preview } = await call(backend, 'import.stage', {
      files,
      options: { steps: { footnotes: true, boilerplate: false } },
    })
    const t004 = preview.files[4]?.documents[0]?.text ?? ''
    expect(t004).not.toMatch(/\[\d+\]/)
    expect(t004).toContain('this morning. Whilst'.replace(' Whilst', ''))
    expect(t004).toContain('Leave a Reply')
    expect(preview.files[0]?.documents[0]?.text).toContain('Disclaimer:')
  })
})

describe('import.commit', () => {
  it('stores staged files by index without their bytes again, each once, then forgets the stage', async () => {
    const { dir, backend } = await setup()
    const files = await seeds()
    const { stage, preview } = await call(backend, 'import.stage', { files })
    const first = await call(backend, 'import.commit', { stage, files: [0, 1] })
    expect(first.map((r) => [r.file, r.status, r.docId])).toEqual([
      [S000, 'imported', preview.files[0]?.documents[0]?.docId],
      [S001, 'imported', preview.files[1]?.documents[0]?.docId],
    ])
    const again = await backend.invoke('import.commit', { stage, files: [1] })
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: `${S001}: stored from this import already` },
    })
    const rest = await call(backend, 'import.commit', { stage, files: [2, 3, 4] })
    expect(rest.map((r) => r.file)).toEqual([S002, S003, S004])
    expect(await listFiles(join(dir, 'documents'))).toHaveLength(5)
    const gone = await backend.invoke('import.preview', { stage })
    expect(gone).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })

  it('says to choose the files again when the stage is unknown or expired', async () => {
    const { backend } = await setup()
    const result = await backend.invoke('import.commit', { stage: 'no-such-stage' })
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(result.ok ? '' : result.error.message).toMatch(
      /^the files of this import are no longer held \(staged imports are kept 30 minutes after their last use.*\): choose the files again$/,
    )
  })
})

describe('near-duplicates', () => {
  it('can be skipped or kept unlinked', async () => {
    const { dir, backend } = await setup()
    const files = await seeds()
    const skip = await call(backend, 'import.files', {
      files: files.slice(0, 2),
      options: { documents: { [S001]: { nearDuplicate: 'skip' } } },
    })
    expect(skip[1]).toMatchObject({ status: 'skipped', nearDuplicate: { action: 'skip' } })
    expect(skip[1]?.message).toMatch(
      /^001_45a219f9f37d8a06\.txt: skipped, a near-duplicate of “Video: Turkish Army/,
    )
    expect(await listFiles(join(dir, 'documents'))).toHaveLength(1)
    const keep = await call(backend, 'import.files', {
      files: [files[1] as File],
      options: { nearDuplicate: 'keep' },
    })
    expect(keep[0]).toMatchObject({ status: 'imported', nearDuplicate: { action: 'keep' } })
    expect((await stored(dir, keep[0]?.docId)).metadata).toEqual({})
  })
})

describe('two imports at once', () => {
  it('store a text once and call the other a duplicate', async () => {
    const { dir, backend } = await setup()
    const files = [file('a.txt', 'Shelling hit Ariha on Monday, residents said.\n')]
    const [first, second] = await Promise.all([
      call(backend, 'import.files', { files }),
      call(backend, 'import.files', { files }),
    ])
    expect([first[0]?.status, second[0]?.status].sort()).toEqual(['duplicate', 'imported'])
    expect(await listFiles(join(dir, 'documents'))).toHaveLength(1)
    expect(await listFiles(join(dir, 'originals'))).toHaveLength(1)
  })
})

describe('documents already in the corpus', () => {
  it('never change; recurring lines are only flagged', async () => {
    const files = await seeds()
    const text000 = Buffer.from(files[0]?.base64 ?? '', 'base64').toString('utf8')
    const { dir, docIds } = await makeCorpus({ [S000]: text000 })
    const backend = await openBackend(dir)
    const id000 = docIds[0] ?? ''
    const before = await readFile(join(dir, 'documents', `${id000}.json`), 'utf8')
    const [start, end] = findCodePoints(text000, 'One Turkish soldier')
    await call(backend, 'annotations.apply', {
      docId: id000,
      revision: 0,
      ops: [{ op: 'addSpan', span: spanAt(text000, start, end, 'CASUALTY_FIGURE', 'a') }],
    })
    const [r002] = await call(backend, 'import.files', { files: [files[2] as File] })
    expect((await stored(dir, r002?.docId)).text).not.toContain('Disclaimer')
    expect(await readFile(join(dir, 'documents', `${id000}.json`), 'utf8')).toBe(before)
    const flags = await call(backend, 'documents.flags', { id: id000 })
    expect(flags.annotated).toBe(true)
    const flagged = flags.boilerplate.map((b) => [
      text000.slice(b.start, b.end).slice(0, 20),
      b.reason,
    ])
    expect(flagged).toEqual([
      ['Note to readers: ple', 'share prompt: matches a common site pattern'],
      ['Support South Front ', 'donation request: matches a common site pattern'],
      ['Articles by: South F', 'author box: matches a common site pattern'],
      [
        'Disclaimer: The cont',
        expect.stringMatching(/^recurs in “Turkish Military Strikes/) as string,
      ],
      ['For media inquiries:', 'contact line: matches a common site pattern'],
    ])
  })
})

describe('real files of every kind', () => {
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>Clashes near Saraqib</title>
<script>window.location = 'http://example.invalid/'</script></head><body>
<header><nav><a href="/">Home</a> | <a href="/news">Latest News</a> | <a href="/about">About</a></nav></header>
<main><article><h1>Clashes near Saraqib</h1>
<p>Heavy clashes between Syrian troops and Turkish-backed militants broke out near the town of Saraqib on September 5, according to pro-militant sources.</p>
<p>At least 5 Syrian Army troops were killed or injured in the confrontation, the sources said.</p>
<p>Share this article</p>
</article></main><footer>Back to top</footer></body></html>`

  const pdfPages = [
    [
      'Turkish soldier killed in southern Idlib',
      '',
      'One Turkish soldier died and another was injured in an IED attack in the south-',
      'ern province of Idlib, the Turkish Defense Ministry reported late on May 27. The',
      'incident happened while units of the Turkish Army were passing near the town of',
      'Jisr al-Shughur. He became the second Turkish soldier killed since the March 5 de-',
    ],
    [
      'escalation agreement in Moscow. The Syrian govern-',
      'ment said the attack was conducted by militants of the Turkistan Islamic Party.',
    ],
  ]

  it('import with exactly the expected text', async () => {
    const { dir, backend } = await setup()
    const cp1252 =
      'The minister said: “We have three martyrs in Idlib” – Syria’s last rebel province.\r\n'
    const utf16 = 'Three Turkish soldiers were killed in Syria’s Idlib, Erdoğan said.\n'
    const results = await call(backend, 'import.files', {
      files: [
        file('page.html', html),
        file('report.pdf', pdf({ pages: pdfPages })),
        file(
          'report.docx',
          await docx(['Shelling in Ariha', 'Two civilians were killed in Ariha, residents said.'], {
            creator: 'Jane Doe',
          }),
        ),
        file('cp1252.txt', iconv.encode(cp1252, 'windows-1252')),
        file('utf16-bom.txt', utf16le(utf16, true)),
        file('utf16-bare.txt', utf16le(utf16.replace('Three', 'Four'), false)),
      ],
    })
    expect(results.map((r) => [r.file, r.status, r.message])).toEqual(
      [
        'page.html',
        'report.pdf',
        'report.docx',
        'cp1252.txt',
        'utf16-bom.txt',
        'utf16-bare.txt',
      ].map((n) => [n, 'imported', undefined]),
    )
    const docs = await Promise.all(results.map((r) => stored(dir, r.docId)))
    expect(docs[0]?.text).toBe(
      'Clashes near Saraqib\n\nHeavy clashes between Syrian troops and Turkish-backed militants broke out near the town of Saraqib on September 5, according to pro-militant sources.\n\nAt least 5 Syrian Army troops were killed or injured in the confrontation, the sources said.',
    )
    expect(docs[0]?.source).toMatchObject({ format: 'html', encoding: 'utf-8' })
    expect(docs[1]?.text).toBe(
      'Turkish soldier killed in southern Idlib\n\nOne Turkish soldier died and another was injured in an IED attack in the southern province of Idlib, the Turkish Defense Ministry reported late on May 27. The incident happened while units of the Turkish Army were passing near the town of Jisr al-Shughur. He became the second Turkish soldier killed since the March 5 de-escalation agreement in Moscow. The Syrian government said the attack was conducted by militants of the Turkistan Islamic Party.',
    )
    expect(docs[1]?.metadata).toEqual({ pages: '2' })
    expect(docs[2]).toMatchObject({
      title: 'Shelling in Ariha',
      text: 'Shelling in Ariha\n\nTwo civilians were killed in Ariha, residents said.',
      metadata: { author: 'Jane Doe', date: '2020-02-27T10:00:00Z' },
    })
    expect(docs[3]?.text).toBe(cp1252.replace('\r\n', '\n'))
    expect(docs[3]?.source.encoding).toBe('windows-1252')
    expect([docs[4]?.text, docs[4]?.source.encoding]).toEqual([utf16, 'utf-16le'])
    expect([docs[5]?.text, docs[5]?.source.encoding]).toEqual([
      utf16.replace('Three', 'Four'),
      'utf-16le',
    ])
  })

  it('a broken batch reports each problem by file, imports the good ones, and leaves nothing half-imported', async () => {
    const { dir, backend } = await setup()
    const good = 'Airstrikes on Ariha killed 5 civilians, a monitor said.\n'
    const results = await call(backend, 'import.files', {
      files: [
        file('empty.txt', ''),
        file('image.txt', PNG),
        file('huge.txt', 'x'.repeat(5000)),
        file('broken.txt', Buffer.concat([Buffer.from('café '), Buffer.from([0xc3, 0x28])])),
        file('scan.pdf', pdf({ pages: [['x']], noText: true })),
        file('locked.pdf', pdf({ pages: [['Secret report on Idlib']], userPassword: 'secret' })),
        file('broken.docx', await notDocx()),
        file('menu.html', '<html><body><nav><a href="/">Home</a></nav></body></html>'),
        file('good.txt', good),
        file('rows.csv', 'title,text\nOne,Shelling hit Ariha.\nTwo,\n'),
      ],
      options: { maxBytes: 4096 },
    })
    expect(results.map((r) => [r.file, r.part ?? '', r.status, r.message ?? ''])).toEqual([
      ['empty.txt', '', 'error', 'empty.txt: the file is empty'],
      [
        'image.txt',
        '',
        'error',
        'image.txt: looks like a binary file (it contains NUL bytes), not text',
      ],
      ['huge.txt', '', 'error', 'huge.txt: 5000 bytes is over the 4096-byte limit'],
      [
        'broken.txt',
        '',
        'error',
        'broken.txt: not valid UTF-8 (invalid byte sequence at byte 6); if it is another encoding, import it with --encoding NAME (or choose it in the preview)',
      ],
      [
        'scan.pdf',
        '',
        'error',
        'scan.pdf: the PDF has no text layer (scanned pages?); run OCR on it first',
      ],
      ['locked.pdf', '', 'error', 'locked.pdf: the PDF is encrypted (it needs a password)'],
      [
        'broken.docx',
        '',
        'error',
        expect.stringMatching(/^broken\.docx: not a valid DOCX file/) as string,
      ],
      ['menu.html', '', 'error', 'menu.html: no article found in the page'],
      ['good.txt', '', 'imported', ''],
      ['rows.csv', 'row 2', 'error', 'rows.csv row 2: no text in field "text"'],
      ['rows.csv', 'row 1', 'imported', ''],
    ])
    const imported = results.filter((r) => r.status === 'imported')
    expect(await listFiles(join(dir, 'documents'))).toEqual(
      imported.map((r) => `${r.docId ?? ''}.json`).sort(),
    )
    const originals = await listFiles(join(dir, 'originals'))
    expect(originals.sort()).toEqual(
      [
        `${sha256(Buffer.from(good))}.txt`,
        `${sha256(Buffer.from('title,text\nOne,Shelling hit Ariha.\nTwo,\n'))}.csv`,
      ].sort(),
    )
    expect(await listFiles(dir)).not.toContainEqual(expect.stringMatching(/\.tmp$/))
    const row = await stored(dir, results[10]?.docId)
    expect(row).toMatchObject({
      title: 'One',
      text: 'Shelling hit Ariha.',
      source: { part: 'row 1', format: 'csv' },
    })
  })
})
