/**
 * brat's annotation.conf and visual.conf as a label schema: entity types
 * become labels (names and colors from visual.conf), relation types keep
 * their argument types, valued attributes become choices and binary ones
 * booleans. Attributes written as notes are declared in comments our
 * writer adds (`# best\tArg:CASUALTY_FIGURE, Type:number`).
 */
import type { AttributeDef, LabelDef, LabelSchema, RelationTypeDef } from '../contract/model.ts'
import { isId } from './reader-tools.ts'
import { ATTRIBUTE_TYPES, ATTRIBUTE_TYPE_IDS } from '../corpus/attribute-types.ts'

/** Colors for labels that visual.conf does not color, in order (d3's category10). */
const PALETTE = [
  '#1f77b4',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#ff7f0e',
  '#8c564b',
  '#e377c2',
  '#7f7f7f',
  '#bcbd22',
  '#17becf',
]

export function paletteColor(i: number): string {
  return PALETTE[i % PALETTE.length] ?? '#1f77b4'
}

interface Visual {
  names: Map<string, string>
  colors: Map<string, string>
}

function sections(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>()
  let current = ''
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    const head = /^\[(\w+)\]$/.exec(line)
    if (head) {
      current = head[1] ?? ''
      out.set(current, out.get(current) ?? [])
      continue
    }
    if (line) out.get(current)?.push(raw)
  }
  return out
}

/** visual.conf's display names ([labels]) and background colors ([drawing]). */
export function parseVisualConf(text: string): Visual {
  const names = new Map<string, string>()
  const colors = new Map<string, string>()
  const s = sections(text)
  for (const line of s.get('labels') ?? []) {
    if (line.trim().startsWith('#')) continue
    const [type, name] = line.split('|').map((p) => p.trim())
    if (type && name) names.set(type, name)
  }
  for (const line of s.get('drawing') ?? []) {
    const [type, rest = ''] = line.trim().split(/\s+/, 2)
    const color = /bgColor:(#[0-9a-fA-F]{6})\b/.exec(line.slice(line.indexOf(rest)))?.[1]
    if (type && color) colors.set(type, color.toLowerCase())
  }
  return { names, colors }
}

/** `Arg:A|B, Value:x|y` as a map of keys to `|`-separated lists. */
function args(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const part of text.split(',')) {
    const [key, value] = part.split(':').map((p) => p.trim())
    if (key && value !== undefined)
      out.set(
        key,
        value.split('|').map((v) => v.trim()),
      )
  }
  return out
}

export interface ConfSchema {
  schema: LabelSchema
  /** Problems with the configuration (names that are not valid ids). */
  problems: string[]
}

/** The schema annotation.conf (and visual.conf, if any) declare. */
export function parseAnnotationConf(conf: string, visualConf = ''): ConfSchema {
  const problems: string[] = []
  const visual = parseVisualConf(visualConf)
  const s = sections(conf)
  const entityIds: string[] = []
  for (const raw of s.get('entities') ?? []) {
    const line = raw.trim()
    if (line.startsWith('#') || line.startsWith('!')) continue
    const id = line.split(/\s+/)[0] ?? ''
    if (isId(id)) entityIds.push(id)
    else problems.push(`entity type ${JSON.stringify(id)} is not a valid label id`)
  }
  const attributes = new Map<string, { def: AttributeDef; labels: string[] }>()
  const declare = (
    id: string,
    type: AttributeDef['type'],
    labels: string[],
    options?: string[],
  ) => {
    if (!isId(id)) {
      problems.push(`attribute ${JSON.stringify(id)} is not a valid id`)
      return
    }
    const name = visual.names.get(id) ?? id
    // The writer gives values with spaces a display name (visual.conf) to read them back by.
    const decoded = options?.map((o) => visual.names.get(o) ?? o)
    attributes.set(`${id}\u0000${type}`, {
      def: { id, name, type, ...(decoded ? { options: decoded } : {}) },
      labels,
    })
  }
  const labelsOf = (list: string[] | undefined) =>
    (list ?? []).flatMap((l) => (l === '<ENTITY>' ? entityIds : [l]))
  for (const raw of s.get('attributes') ?? []) {
    const line = raw.trim()
    if (line.startsWith('#')) continue
    const [id = '', rest = ''] = line.split(/\s+(.*)/s)
    const a = args(rest)
    const values = a.get('Value')
    declare(id, values ? 'choice' : 'boolean', labelsOf(a.get('Arg')), values)
  }
  const noteTypes = ATTRIBUTE_TYPE_IDS.filter((t) => ATTRIBUTE_TYPES[t].brat.declared === 'note')
  const notePattern = new RegExp(`^#\\s+(\\S+)\\tArg:([^,]*), Type:(${noteTypes.join('|')})\\s*$`)
  for (const raw of conf.split(/\r?\n/)) {
    const note = notePattern.exec(raw)
    const type = noteTypes.find((t) => t === note?.[3])
    if (note && type) declare(note[1] ?? '', type, labelsOf(note[2]?.split('|')))
  }
  const labels: LabelDef[] = entityIds.map((id, i) => ({
    id,
    name: visual.names.get(id) ?? id,
    color: visual.colors.get(id) ?? paletteColor(i),
    ...(i < 9 ? { hotkey: String(i + 1) } : {}),
    attributes: [...attributes.values()].filter((a) => a.labels.includes(id)).map((a) => a.def),
  }))
  const relationTypes: RelationTypeDef[] = []
  for (const raw of s.get('relations') ?? []) {
    const line = raw.trim()
    if (line.startsWith('#') || line.startsWith('<')) continue
    const [id = '', rest = ''] = line.split(/\s+(.*)/s)
    if (!isId(id)) {
      problems.push(`relation type ${JSON.stringify(id)} is not a valid id`)
      continue
    }
    const a = [...args(rest).values()]
    relationTypes.push({
      id,
      name: visual.names.get(id) ?? id,
      from: labelsOf(a[0]).filter(isId),
      to: labelsOf(a[1]).filter(isId),
    })
  }
  return { schema: { labels, relationTypes }, problems }
}
