import { once } from 'node:events'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import iconv from 'iconv-lite'
import { afterEach, describe, expect, it } from 'vitest'
import { SpanbenchError } from '../../store/errors.ts'
import { DECODERS } from './decode-file.ts'
import { docx, notDocx, pdf, PNG, utf16le } from '../../../../tests/support/article-files.ts'
import { isProblem, type DecodedDocument, type DecodedFile } from './types.ts'

async function read(name: string, bytes: Uint8Array | string, options = {}): Promise<DecodedFile> {
  const ext = name.slice(name.lastIndexOf('.')).toLowerCase()
  const decoder = DECODERS[ext]
  if (!decoder) throw new Error(`no decoder for ${ext}`)
  return decoder(name, typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes, options)
}

function only(file: DecodedFile): DecodedDocument {
  const [doc, ...rest] = file.documents
  if (!doc || isProblem(doc) || rest.length > 0) throw new Error('expected one document')
  return doc
}

async function failure(task: Promise<unknown>): Promise<string> {
  const err = await task.then(
    () => null,
    (e: unknown) => e,
  )
  if (!(err instanceof SpanbenchError))
    throw new Error(`expected a SpanbenchError, got ${String(err)}`)
  return err.message
}

const REPORT =
  'Turkish soldier killed in Idlib.\nOne Turkish soldier was killed, the ministry said.\n'

describe('text files', () => {
  it('decode UTF-8 and say so', async () => {
    const file = await read('a.txt', REPORT)
    expect([only(file).text, file.encoding, file.note]).toEqual([REPORT, 'utf-8', 'utf-8'])
  })

  it('decode Windows-1252, curly quotes and dashes included', async () => {
    const text =
      'The minister said: “We have three martyrs” – in Idlib, Syria’s last rebel province. Café.'
    const file = await read('cp1252.txt', iconv.encode(text, 'windows-1252'))
    expect(only(file).text).toBe(text)
    expect(file.encoding).toBe('windows-1252')
    expect(file.note).toMatch(
      /^windows-1252 \((detected, \d+%|guessed, \d+%: .*--encoding NAME)\)$/,
    )
  })

  it('decode UTF-16 LE with a byte order mark and without one', async () => {
    const text = 'Three Turkish soldiers were killed in Syria’s Idlib, Erdoğan said.\n'
    const bom = await read('bom.txt', utf16le(text, true))
    const bare = await read('bare.txt', utf16le(text, false))
    expect([only(bom).text, bom.note]).toEqual([text, 'utf-16le (byte order mark)'])
    expect([only(bare).text, bare.note]).toEqual([text, 'utf-16le (detected from its zero bytes)'])
  })

  it('read Latin-1 ending in an accented letter as Windows-1252, not cut-off UTF-8', async () => {
    const file = await read('fr.txt', Buffer.from('Le rapport est arrivé', 'latin1'))
    expect([only(file).text, file.encoding]).toEqual(['Le rapport est arrivé', 'windows-1252'])
  })

  it('decode other legacy encodings the detector recognises', async () => {
    const text = 'Турецкие военные погибли в Идлибе, сообщило министерство обороны Турции.'
    const file = await read('ru.txt', iconv.encode(text, 'windows-1251'))
    expect([only(file).text, file.encoding]).toEqual([text, 'windows-1251'])
  })

  it('use the encoding the user names instead of guessing', async () => {
    const file = await read('l2.txt', iconv.encode('Zażółć gęślą jaźń', 'iso-8859-2'), {
      encoding: 'ISO-8859-2',
    })
    expect([only(file).text, file.note]).toEqual(['Zażółć gęślą jaźń', 'iso-8859-2 (chosen)'])
  })

  it('refuse empty, binary and broken files with the reason', async () => {
    expect(await failure(read('e.txt', ''))).toBe('e.txt: the file is empty')
    expect(await failure(read('p.txt', PNG))).toMatch(/^p\.txt: looks like a binary file/)
    const broken = Buffer.concat([Buffer.from('café '), Buffer.from([0xff]), Buffer.from('!')])
    expect(await failure(read('b.txt', broken))).toBe(
      'b.txt: not valid UTF-8 (invalid byte sequence at byte 6); if it is another encoding, import it with --encoding NAME (or choose it in the preview)',
    )
    const odd = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42])
    expect(await failure(read('o.txt', odd))).toBe(
      'o.txt: not valid UTF-16LE: an odd number of bytes (3)',
    )
    expect(await failure(read('x.txt', 'abc', { encoding: 'klingon' }))).toBe(
      'x.txt: unknown encoding klingon',
    )
  })
})

describe('HTML pages', () => {
  const hits: string[] = []
  let port = 0
  const server = createServer((req, res) => {
    hits.push(req.url ?? '')
    res.end('/* nothing */')
  })

  afterEach(async () => {
    if (server.listening) {
      server.close()
      await once(server, 'close')
    }
  })

  const page = (): string => `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Airstrike kills 3 Turkish soldiers | AirDrones</title>
<meta property="og:site_name" content="AirDrones">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2020-02-27T10:00:00Z">
<link rel="canonical" href="https://airdrones.example/idlib-airstrike">
<link rel="stylesheet" href="http://127.0.0.1:${port}/style.css">
<script src="http://127.0.0.1:${port}/app.js"></script>
<script>globalThis.spanbenchScriptRan = true; document.title = 'HACKED'</script>
</head>
<body onload="globalThis.spanbenchScriptRan = true">
<nav><a href="/">Home</a> <a href="/news">Latest News</a> <a href="/features">Features &amp; Expert Opinion</a></nav>
<article>
<h1>Airstrike kills 3 Turkish soldiers</h1>
<img src="http://127.0.0.1:${port}/photo.jpg" onerror="globalThis.spanbenchScriptRan = true">
<p>Three Turkish soldiers were killed in an airstrike in Syria’s northwestern province of Idlib,
Turkey’s President Recep Tayyip Erdogan said on Thursday, February 27.</p>
<p>Turkey, which supports several Syrian rebel groups in the area, immediately responded to the
attack by hitting Syrian “regime targets,” Defense Minister Hulusi Akar said on Twitter.</p>
<script>globalThis.spanbenchScriptRan = true</script>
<p>“We have three martyrs in Idlib, but the regime’s losses are very high,”<br>Erdogan said.</p>
<iframe src="http://127.0.0.1:${port}/frame.html"></iframe>
</article>
<aside><h3>Related Articles</h3><ul><li><a href="/a">Another story</a></li></ul></aside>
<footer>Back to top</footer>
</body></html>`

  it('keep the article with its headline, paragraphs and metadata, never running scripts or loading resources', async () => {
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    port = (server.address() as AddressInfo).port
    const file = await read('airstrike.html', page())
    expect(only(file)).toEqual({
      title: 'Airstrike kills 3 Turkish soldiers',
      url: 'https://airdrones.example/idlib-airstrike',
      text: [
        'Airstrike kills 3 Turkish soldiers',
        '',
        'Three Turkish soldiers were killed in an airstrike in Syria’s northwestern province of Idlib, Turkey’s President Recep Tayyip Erdogan said on Thursday, February 27.',
        '',
        'Turkey, which supports several Syrian rebel groups in the area, immediately responded to the attack by hitting Syrian “regime targets,” Defense Minister Hulusi Akar said on Twitter.',
        '',
        '“We have three martyrs in Idlib, but the regime’s losses are very high,”',
        'Erdogan said.',
      ].join('\n'),
      metadata: {
        author: 'Jane Doe',
        date: '2020-02-27T10:00:00Z',
        site: 'AirDrones',
        lang: 'en',
      },
    })
    expect(file).toMatchObject({ format: 'html', encoding: 'utf-8' })
    // Give any request a script or element might have started the time to arrive.
    await new Promise((r) => setTimeout(r, 200))
    expect((globalThis as { spanbenchScriptRan?: boolean }).spanbenchScriptRan).toBeUndefined()
    expect(hits).toEqual([])
  })

  it('decode the charset the page declares', async () => {
    const html = `<html><head><meta charset="windows-1252"><title>Café report</title></head><body><article><p>${'The café near the border was hit by shelling on Tuesday, residents said. '.repeat(3)}</p></article></body></html>`
    const file = await read('cafe.htm', iconv.encode(html, 'windows-1252'))
    expect(only(file).text).toContain('The café near the border')
    expect(file.encoding).toBe('windows-1252')
  })

  it('refuse a page with no article', async () => {
    const html =
      '<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><footer>© 2020</footer></body></html>'
    expect(await failure(read('menu.html', html))).toBe('menu.html: no article found in the page')
  })
})

describe('PDF files', () => {
  const pages = [
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

  it('give the text of every page in reading order, lines as they are printed', async () => {
    const file = await read('report.pdf', pdf({ pages, title: 'Soldier killed' }))
    expect(only(file)).toEqual({
      title: 'Soldier killed',
      text: [
        'Turkish soldier killed in southern Idlib',
        '',
        pages[0]?.slice(2).join('\n'),
        // The first page ends mid-sentence: the second continues its line.
        pages[1]?.join('\n'),
      ].join('\n'),
      metadata: { pages: '2' },
    })
    expect(file.note).toBe('2 pages, text layer extracted by pdf.js')
  })

  it('refuse a PDF without a text layer, an encrypted one and a broken one', async () => {
    expect(await failure(read('scan.pdf', pdf({ pages: [['x']], noText: true })))).toBe(
      'scan.pdf: the PDF has no text layer (scanned pages?); run OCR on it first',
    )
    const locked = pdf({ pages: [['Secret report']], userPassword: 'secret' })
    expect(await failure(read('locked.pdf', locked))).toBe(
      'locked.pdf: the PDF is encrypted (it needs a password)',
    )
    expect(await failure(read('cut.pdf', '%PDF-1.7\n1 0 obj'))).toMatch(
      /^cut\.pdf: not a valid PDF/,
    )
  })
})

describe('Word documents', () => {
  it('give one paragraph per block, title and author from the properties', async () => {
    const bytes = await docx(
      [
        'Airstrike kills 3 Turkish soldiers',
        'Three soldiers were killed in Idlib & Aleppo.',
        '',
        'Erdogan said.',
      ],
      { title: 'Airstrike', creator: 'Jane Doe' },
    )
    const file = await read('report.docx', bytes)
    expect(only(file)).toEqual({
      title: 'Airstrike',
      text: 'Airstrike kills 3 Turkish soldiers\n\nThree soldiers were killed in Idlib & Aleppo.\n\nErdogan said.',
      metadata: { author: 'Jane Doe', date: '2020-02-27T10:00:00Z' },
    })
  })

  it('refuse a file that is not a Word document', async () => {
    expect(await failure(read('zip.docx', await notDocx()))).toMatch(
      /^zip\.docx: not a valid DOCX file \(Could not find main document part/,
    )
    expect(await failure(read('junk.docx', PNG))).toMatch(/^junk\.docx: not a valid DOCX file/)
  })
})

describe('bulk files', () => {
  it('read one document per JSON line, text and title detected, the rest as metadata', async () => {
    const lines = [
      JSON.stringify({
        headline: 'Strike',
        body: 'A strike hit Idlib.',
        url: 'https://x.example/1',
        published: '2020-02-27',
        views: 12,
      }),
      '',
      '{"body": ',
      JSON.stringify({ headline: 'No text' }),
      JSON.stringify({ headline: 'Clashes', body: 'Clashes near Saraqib.', tags: ['a'] }),
    ].join('\n')
    const file = await read('feed.jsonl', lines)
    expect(file.note).toMatch(/^4 records, text from "body", title from "headline"; utf-8$/)
    expect(file.documents).toEqual([
      {
        part: 'line 1',
        title: 'Strike',
        url: 'https://x.example/1',
        text: 'A strike hit Idlib.',
        metadata: { date: '2020-02-27', views: '12' },
      },
      {
        part: 'line 3',
        message: expect.stringMatching(/^feed\.jsonl line 3: is not valid JSON/) as string,
      },
      { part: 'line 4', message: 'feed.jsonl line 4: no text in field "body"' },
      { part: 'line 5', title: 'Clashes', text: 'Clashes near Saraqib.', metadata: {} },
    ])
  })

  it('read one document per CSV row, with the fields the user names', async () => {
    const csv =
      'id;story;head;country\n1;"Shelling hit Ariha; two killed.";Ariha;Syria\n2;"Quoted ""text""\nover two lines";Second;Syria\n'
    const file = await read('rows.csv', csv, { fields: { text: 'story', title: 'head' } })
    expect(file.documents).toEqual([
      {
        part: 'row 1',
        title: 'Ariha',
        text: 'Shelling hit Ariha; two killed.',
        metadata: { id: '1', country: 'Syria' },
      },
      {
        part: 'row 2',
        title: 'Second',
        text: 'Quoted "text"\nover two lines',
        metadata: { id: '2', country: 'Syria' },
      },
    ])
  })

  it('say which fields exist when the text field is missing', async () => {
    expect(await failure(read('x.csv', 'a,b\n1,2\n'))).toBe(
      'x.csv: no text field found (fields: a, b); name one (--text-field)',
    )
    expect(await failure(read('y.csv', 'text,b\n1,2\n', { fields: { text: 'body' } }))).toBe(
      'y.csv: no field "body" for the text (fields: text, b)',
    )
  })
})

describe('files whose encoding cannot be told (issue 16.9)', () => {
  it('refuse UTF-8 with a damaged byte instead of reading it as Windows-1252, offering --encoding', async () => {
    const bytes = Buffer.concat([
      Buffer.from('Erdoğan said 33 soldiers were killed near Idlib. '),
      Buffer.from([0xe2, 0x28, 0xa1]),
      Buffer.from(' More about the attack.'),
    ])
    const err = await read('broken.txt', bytes).then(
      () => null,
      (e: unknown) => e,
    )
    expect(String(err)).toMatch(
      /broken\.txt: not valid UTF-8 \(invalid byte sequence at byte 50\).*--encoding NAME/,
    )
  })

  it('a low-confidence guess says so in the note the preview shows', async () => {
    const text = "Les forces ont bombardé la ville; trois civils ont été tués près d'Idlib."
    const file = await read('fr.txt', iconv.encode(text, 'windows-1252'))
    expect(file.note).toMatch(
      /^windows-1252 \(guessed, \d+%: if the text looks wrong, choose its encoding \(--encoding NAME\)\)$/,
    )
  })
})
