/** The values a casualty figure is coded with (DESIGN.md §6); shared by the parser's modules. */

export type Qualifier = 'exact' | 'at_least' | 'more_than' | 'up_to' | 'about' | 'vague'
export type Outcome =
  | 'killed'
  | 'injured'
  | 'captured'
  | 'missing'
  | 'displaced'
  | 'neutralised'
  | 'materiel'
  | 'unknown'

export interface CasualtyParse {
  low: number | null
  best: number | null
  high: number | null
  qualifier: Qualifier | null
  outcome: Outcome | null
}
