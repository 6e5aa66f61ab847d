import { describe, expect, it } from 'vitest'
import { AnnotationSetSchema, type AnnotationSet } from '../../../shared/contract/model.ts'
import { codePoints } from '../../../shared/text/offsets.ts'
import { annotationFileText } from './annotation-file.ts'
import { serialize } from './json-file.ts'

const SHA = 'a'.repeat(64)

describe('annotationFileText', () => {
  it('writes the bytes that parsing and serializing would, keys in the schema’s order', () => {
    // Keys in another order than the schema's, as an edit leaves them (a note added last).
    const set = {
      spans: [
        { text: 'Idlib', label: 'PLACE', end: 36, start: 31, id: 'p1', note: 'town' },
        {
          sources: ['alice'],
          fragments: [
            [0, 8],
            [17, 20],
          ],
          attributes: { count: 3, civilian: true, unit: null },
          id: 'c1',
          start: 0,
          end: 20,
          label: 'CASUALTY',
          text: 'Shelling killed 3 civ',
        },
      ],
      relations: [{ to: 'p1', from: 'c1', type: 'located_in', id: 'r1' }],
      note: 'check the date',
      schemaGeneration: 2,
      updatedAt: '2026-12-06T06:00:00.000Z',
      revision: 4,
      status: 'in_progress',
      textSha256: SHA,
      annotator: 'alice',
      docId: 'd1',
      version: 1,
      format: 'spanbench.annotations',
    } as AnnotationSet
    expect(annotationFileText(set)).toBe(serialize(AnnotationSetSchema, set))
  })

  it('leaves out fields that are undefined, as serializing does', () => {
    const set: AnnotationSet = {
      format: 'spanbench.annotations',
      version: 1,
      docId: 'd1',
      annotator: 'bob',
      textSha256: SHA,
      status: 'new',
      revision: 0,
      updatedAt: '2026-12-06T06:00:00.000Z',
      note: undefined,
      spans: [
        {
          id: 's1',
          start: codePoints(0),
          end: codePoints(3),
          label: 'ACTOR',
          text: 'abc',
          note: undefined,
        },
      ],
      relations: [],
    }
    const text = annotationFileText(set)
    expect(text).toBe(serialize(AnnotationSetSchema, set))
    expect(text).not.toContain('note')
  })
})
