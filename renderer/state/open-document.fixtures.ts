/**
 * An open document for the renderer's unit tests (imported only by tests): a
 * real DocumentStore over `text` with the given spans, whose saves are kept in
 * `sent` instead of going to a backend, and the workbench state around it.
 */
import type { CorpusInfo } from '../../shared/contract/api.ts'
import type { LabelSchema, Span } from '../../shared/contract/model.ts'
import type { AnnotationOp } from '../../shared/corpus/ops.ts'
import { codePoints } from '../../shared/text/offsets.ts'
import { DocumentStore } from './document-store.ts'
import { Notices } from './notices.ts'
import { WorkbenchState } from './workbench-state.ts'

/** A span as tests write it: offsets as plain code point numbers. */
export type TestSpan = Omit<Span, 'start' | 'end'> & { start: number; end: number }

export function openDocument(
  text: string,
  spans: TestSpan[] = [],
): {
  store: DocumentStore
  sent: AnnotationOp[][]
} {
  const sent: AnnotationOp[][] = []
  const store = new DocumentStore(
    {
      format: 'spanbench.document',
      version: 1,
      id: 'doc-1',
      title: 'Test document',
      source: { fileName: 'test.txt', format: 'txt', importedAt: '2024-05-02T10:00:00.000Z' },
      metadata: {},
      sha256: '0'.repeat(64),
      text,
    },
    {
      format: 'spanbench.annotations',
      version: 1,
      docId: 'doc-1',
      annotator: 'amal',
      textSha256: '0'.repeat(64),
      status: 'in_progress',
      revision: 1,
      updatedAt: '2024-05-02T10:00:00.000Z',
      spans: spans.map((s) => ({ ...s, start: codePoints(s.start), end: codePoints(s.end) })),
      relations: [],
    },
    (_docId, revision, ops) => {
      sent.push(ops)
      return Promise.resolve({ revision: revision + 1 })
    },
  )
  return { store, sent }
}

/** The workbench state with `store` open in a corpus of `schema`. */
export function workbenchWith(
  store: DocumentStore,
  schema: LabelSchema,
  readOnly = false,
): { state: WorkbenchState; notices: Notices } {
  const state = new WorkbenchState()
  const info: CorpusInfo = {
    name: 'test',
    path: '/corpus',
    formatVersion: 1,
    annotator: 'amal',
    readOnly,
    schema,
    documentCount: 1,
  }
  state.set({ info, current: store, loading: false })
  return { state, notices: new Notices(state) }
}
