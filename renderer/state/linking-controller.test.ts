import { describe, expect, it } from 'vitest'
import type { LabelSchema } from '../../shared/contract/model.ts'
import { LinkingController } from './linking-controller.ts'
import { openDocument, workbenchWith, type TestSpan } from './open-document.fixtures.ts'

const TEXT = 'Amina joined the Red Cross in Gaza.'
const SCHEMA: LabelSchema = {
  labels: [
    { id: 'PER', name: 'Person', color: '#aa0000', attributes: [] },
    { id: 'ORG', name: 'Organisation', color: '#00aa00', attributes: [] },
    { id: 'LOC', name: 'Place', color: '#0000aa', attributes: [] },
  ],
  relationTypes: [{ id: 'member', name: 'member of', from: ['PER'], to: ['ORG'] }],
}
const span = (id: string, label: string, quote: string): TestSpan => {
  const start = TEXT.indexOf(quote)
  return { id, label, start, end: start + quote.length, text: quote }
}
const SPANS = [
  span('p', 'PER', 'Amina'),
  span('o', 'ORG', 'the Red Cross'),
  span('l', 'LOC', 'Gaza'),
]

function linkingIn(schema = SCHEMA, readOnly = false) {
  const { store, sent } = openDocument(TEXT, SPANS)
  const { state, notices } = workbenchWith(store, schema, readOnly)
  return { store, sent, state, linking: new LinkingController(state, notices) }
}

describe('LinkingController', () => {
  it('links the selected span to the target Enter would choose, once', async () => {
    const { store, sent, state, linking } = linkingIn()
    store.select('p')
    linking.start()
    expect(linking.active).toBe(true)
    expect(state.getSnapshot().notice?.text).toMatch(
      /^Link “Amina” \(PER\) to “the Red Cross” \(ORG\)\? Enter links/,
    )
    linking.chooseTarget()
    expect(linking.active).toBe(false)
    expect(state.getSnapshot().notice).toBeNull()
    expect(store.allRelations()).toMatchObject([{ type: 'member', from: 'p', to: 'o' }])

    store.select('p')
    linking.start()
    linking.chooseTarget('o')
    expect(store.allRelations()).toHaveLength(1)
    await store.flush()
    expect(sent.flat().map((op) => op.op)).toEqual(['addRelation'])
  })

  it('says what to do when no span is selected or none can be linked', () => {
    const { store, state, linking } = linkingIn()
    linking.start()
    expect(state.getSnapshot().notice?.text).toMatch(/^Select a span first/)
    store.select('l')
    linking.start()
    expect(linking.active).toBe(false)
    expect(state.getSnapshot().notice?.text).toBe(
      'No relation type goes from LOC to any span in this document.',
    )
  })

  it('asks for the relation type when several fit, and links with the one chosen', () => {
    const schema: LabelSchema = {
      ...SCHEMA,
      relationTypes: [
        ...SCHEMA.relationTypes,
        { id: 'founder', name: 'founded', from: ['PER'], to: ['ORG'] },
      ],
    }
    const { store, linking } = linkingIn(schema)
    store.select('p')
    linking.start()
    linking.chooseTarget()
    expect(linking.choosingType).toBe(true)
    linking.chooseRelationType(1)
    expect(linking.active).toBe(false)
    expect(store.allRelations()).toMatchObject([{ type: 'founder', from: 'p', to: 'o' }])
  })

  it('cancels with the banner cleared, and starts nothing in a read-only corpus', () => {
    const { store, state, linking } = linkingIn()
    store.select('p')
    linking.start()
    linking.cancel()
    expect(linking.active).toBe(false)
    expect(state.getSnapshot().notice).toBeNull()

    const readOnly = linkingIn(SCHEMA, true)
    readOnly.store.select('p')
    readOnly.linking.start()
    expect(readOnly.linking.active).toBe(false)
    expect(readOnly.state.getSnapshot().notice).toBeNull()
  })
})
