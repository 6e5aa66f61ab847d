/**
 * A real corpus coded by several annotators (imported only by tests): the
 * agreement fixture's texts imported as files, and each fixture layer
 * written as that annotator's annotation file.
 */
import { fixtureSet, AGREEMENT_FIXTURE } from '../../shared/agreement/agreement.fixtures.ts'
import { Corpus } from '../../electron/backend/store/corpus.ts'
import { makeCorpus } from './backend.ts'

/** Returns the folder and the document id of each fixture key (d1…d4). */
export async function makeTeamCorpus(): Promise<{ dir: string; ids: Record<string, string> }> {
  const files = Object.fromEntries(AGREEMENT_FIXTURE.documents.map((d) => [`${d.key}.txt`, d.text]))
  const { dir, docIds } = await makeCorpus(files)
  const corpus = await Corpus.open(dir)
  const ids: Record<string, string> = {}
  try {
    for (const [i, d] of AGREEMENT_FIXTURE.documents.entries()) {
      const doc = await corpus.readDocument(docIds[i] ?? '')
      if (doc.text !== d.text) throw new Error(`fixture ${d.key}: the import changed the text`)
      ids[d.key] = doc.id
      for (const annotator of Object.keys(d.layers)) {
        const set = fixtureSet(d.key, annotator, doc.sha256)
        await corpus.writeAnnotations({ ...set, docId: doc.id })
      }
    }
  } finally {
    corpus.close()
  }
  return { dir, ids }
}
