import type { SearchHit } from '../../shared/contract/api.ts'
import type { Workbench } from '../state/workbench.ts'
import { paragraphsOf, selectMatch } from './select-match.ts'

/** Opens a search hit's document with the match selected: its span, or the words found. */
export async function openHit(workbench: Workbench, hit: SearchHit): Promise<void> {
  workbench.views.openSearch(false)
  if (workbench.getSnapshot().current?.doc.id !== hit.docId)
    await workbench.documents.open(hit.docId)
  workbench.views.show('reader')
  const store = workbench.getSnapshot().current
  if (store?.doc.id !== hit.docId) return
  // The reader of the document must be in the page to bring the match into view.
  if (!(await paragraphsOf(store))) return
  if (hit.spanId) store.select(hit.spanId)
  else if (!(await selectMatch(store, hit.start, hit.end)))
    workbench.notices.notify(
      'info',
      `Found at ${hit.start}–${hit.end}, but the text is not shown yet.`,
    )
}
