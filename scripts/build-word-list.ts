/**
 * Builds assets/words-en.txt, the word list hyphenation decisions fall back
 * on, from public-domain English prose plus the sample articles. The shipped
 * list was built from the team's benchmark text, the first million characters
 * of War and Peace (Maude translation, Project Gutenberg #2600):
 *
 *   npx tsx scripts/build-word-list.ts /work/shared/bench/long.txt
 *
 * A word is kept when it occurs at least twice in lower case, so names and
 * typos stay out and the list stays small (about 6,000 words, 47 KB).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const WORD = /\p{L}+(?:-\p{L}+)*/gu

const args = process.argv.slice(2)
if (args.length === 0) {
  process.stderr.write('usage: npx tsx scripts/build-word-list.ts <public-domain text files...>\n')
  process.exit(2)
}
const sample = join(root, 'assets', 'sample')
const articles = (await readdir(sample)).filter((n) => n.endsWith('.txt')).sort()
const sources = [...args, ...articles.map((n) => join(sample, n))]
const counts = new Map<string, number>()
for (const path of sources) {
  for (const [word] of (await readFile(path, 'utf8')).matchAll(WORD)) {
    // Capitalised occurrences are names or sentence starts; lower case is what a word list needs.
    if (word !== word.toLowerCase()) continue
    counts.set(word, (counts.get(word) ?? 0) + 1)
  }
}
const words = [...counts]
  .filter(([, n]) => n >= 2)
  .map(([w]) => w)
  .sort()
const header = [
  '# English words for hyphenation decisions; built by scripts/build-word-list.ts',
  '# from public-domain text (War and Peace, Project Gutenberg #2600) and the sample articles.',
]
await writeFile(join(root, 'assets', 'words-en.txt'), `${[...header, ...words].join('\n')}\n`)
process.stdout.write(`${words.length} words from ${sources.length} files\n`)
