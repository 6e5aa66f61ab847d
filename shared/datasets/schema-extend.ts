/**
 * What an import adds to the corpus schema so every imported annotation
 * fits it: unknown labels, attributes (typed by their values), choice
 * options, relation types, and the labels a relation type links. Without
 * this, a document holding an imported relation the schema does not allow
 * could not be edited at all (every save checks the document's relations).
 */
import type { LabelDef, LabelSchema, Relation, Span } from '../contract/model.ts'
import { paletteColor } from './brat-conf.ts'
import { ATTRIBUTE_TYPES, typeOfValue } from '../corpus/attribute-types.ts'

/** The schema extended to fit the documents, and what was added, in words. */
export function extendSchema(
  schema: LabelSchema,
  documents: readonly { spans: readonly Span[]; relations: readonly Relation[] }[],
): { schema: LabelSchema; added: string[] } {
  const added: string[] = []
  const labels: LabelDef[] = schema.labels.map((l) => ({
    ...l,
    attributes: l.attributes.map((a) => ({
      ...a,
      ...(a.options ? { options: [...a.options] } : {}),
    })),
  }))
  const relationTypes = schema.relationTypes.map((r) => ({
    ...r,
    from: [...r.from],
    to: [...r.to],
  }))
  const hotkeys = new Set(labels.map((l) => l.hotkey).filter(Boolean))
  const label = (id: string): LabelDef => {
    let def = labels.find((l) => l.id === id)
    if (!def) {
      const hotkey = '123456789'.split('').find((k) => !hotkeys.has(k))
      if (hotkey) hotkeys.add(hotkey)
      def = {
        id,
        name: id,
        color: paletteColor(labels.length),
        ...(hotkey ? { hotkey } : {}),
        attributes: [],
      }
      labels.push(def)
      added.push(`label ${id}`)
    }
    return def
  }
  for (const doc of documents) {
    const byId = new Map(doc.spans.map((s) => [s.id, s]))
    for (const span of doc.spans) {
      const def = label(span.label)
      for (const [id, value] of Object.entries(span.attributes ?? {})) {
        if (value === null) continue
        const attr = def.attributes.find((a) => a.id === id)
        if (!attr) {
          def.attributes.push({ id, name: id, type: typeOfValue(value) })
          added.push(`attribute ${id} (${typeOfValue(value)}) on ${def.id}`)
        } else if (
          ATTRIBUTE_TYPES[attr.type].hasOptions &&
          typeof value === 'string' &&
          !(attr.options ?? []).includes(value)
        ) {
          attr.options = [...(attr.options ?? []), value]
          added.push(`option "${value}" of ${id} on ${def.id}`)
        }
      }
    }
    for (const r of doc.relations) {
      const from = byId.get(r.from)?.label
      const to = byId.get(r.to)?.label
      if (!from || !to) continue
      let type = relationTypes.find((t) => t.id === r.type)
      if (!type) {
        type = { id: r.type, name: r.type, from: [], to: [] }
        relationTypes.push(type)
        added.push(`relation type ${r.type}`)
      }
      if (!type.from.includes(from)) {
        type.from.push(from)
        added.push(`${r.type} from ${from}`)
      }
      if (!type.to.includes(to)) {
        type.to.push(to)
        added.push(`${r.type} to ${to}`)
      }
    }
  }
  return { schema: { labels, relationTypes }, added }
}
