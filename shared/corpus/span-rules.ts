/**
 * Two rules every span and relation keeps, applied the same way by the
 * dataset import, `spanbench validate` and every export:
 *
 * - a span covers at least one character that is not whitespace (as Python's
 *   `str.isspace()` sees it): brat refuses a T line of whitespace, spaCy an
 *   entity of it, and no reader of a dataset has a use for one;
 * - a relation links two different spans.
 *
 * Import and export leave out what breaks a rule (a relation with a span
 * left out goes too) and say so; validate reports it.
 */
import { isPythonSpace } from '../datasets/tokens.ts'
import type { Relation, Span } from '../contract/model.ts'

export function blankSpanProblem(span: Pick<Span, 'id' | 'label' | 'text'>): string | null {
  for (const ch of span.text) if (!isPythonSpace(ch)) return null
  return `${span.label} span ${span.id} covers only whitespace`
}

export function selfRelationProblem(relation: Relation): string | null {
  return relation.from === relation.to
    ? `relation ${relation.id} links a span to itself (${relation.from})`
    : null
}

export interface RuleBreak {
  spanId?: string
  message: string
}

/** The spans and relations that keep the rules, and a line for each left out. */
export function applySpanRules(
  spans: readonly Span[],
  relations: readonly Relation[],
): { spans: Span[]; relations: Relation[]; left: RuleBreak[] } {
  const left: RuleBreak[] = []
  const kept = spans.filter((s) => {
    const problem = blankSpanProblem(s)
    if (problem) left.push({ spanId: s.id, message: problem })
    return !problem
  })
  const ids = new Set(kept.map((s) => s.id))
  const dropped = new Set(spans.map((s) => s.id).filter((id) => !ids.has(id)))
  const keptRelations = relations.filter((r) => {
    const self = selfRelationProblem(r)
    const gone = [r.from, r.to].find((id) => dropped.has(id))
    if (self) left.push({ message: self })
    else if (gone)
      left.push({ message: `relation ${r.id} (${r.type}) links span ${gone}, which is left out` })
    return !self && !gone
  })
  return { spans: kept, relations: keptRelations, left }
}
