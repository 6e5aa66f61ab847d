/**
 * The kinds of phrase the casualty parser used to miss (issue 14, item 1), one
 * block per kind. Each sentence is the wording of real reporting.
 */
import { describe, expect, it } from 'vitest'
import { parseCasualtyFigure, type CasualtyParse } from './figure.ts'
import { findPart } from './accuracy.ts'
import { p } from './figure.fixtures.ts'

function read(sentence: string, span: string, nth = 0): CasualtyParse {
  const [a, b] = findPart(sentence, span, nth)
  return parseCasualtyFigure(sentence, a, b)
}

type Case = readonly [sentence: string, span: string, expected: CasualtyParse, nth?: number]

function check(cases: readonly Case[]): void {
  it.each(cases.map((c) => [`"${c[1]}" in "${c[0]}"`, c] as const))('%s', (_n, c) => {
    expect(read(c[0], c[1], c[3])).toEqual(c[2])
  })
}

describe('several figures in one sentence each take their own harm', () => {
  check([
    ['2 killed 8 injured in the shelling of the market.', '8', p(8, 8, 8, 'exact', 'injured')],
    ['2 killed 8 injured in the shelling of the market.', '2', p(2, 2, 2, 'exact', 'killed')],
    [
      'More than 30 people were injured, at least three killed and dozens arrested.',
      'at least three',
      p(3, 3, null, 'at_least', 'killed'),
    ],
    [
      'More than 30 people were injured, at least three killed and dozens arrested.',
      'More than 30 people',
      p(30, 30, null, 'more_than', 'injured'),
    ],
    ['The toll has risen to 13 and 106 injured.', '13', p(13, 13, 13, 'exact', 'killed')],
    ['The toll has risen to 13 and 106 injured.', '106', p(106, 106, 106, 'exact', 'injured')],
    ['The death toll rose to 45, with 80 wounded.', '45', p(45, 45, 45, 'exact', 'killed')],
  ])
})

describe('coordinated figures are counted together', () => {
  check([
    [
      'Shelling killed two women and two children.',
      'two women and two children',
      p(4, 4, 4, 'exact', 'killed'),
    ],
    [
      'Five policemen and two civilians were wounded when a roadside bomb exploded.',
      'Five policemen and two civilians',
      p(7, 7, 7, 'exact', 'injured'),
    ],
    [
      'The strike killed three soldiers, two officers and a child.',
      'three soldiers, two officers and a child',
      p(6, 6, 6, 'exact', 'killed'),
    ],
  ])
})

describe('qualifiers after the number or its noun', () => {
  check([
    [
      'The strike killed 20 civilians at least.',
      '20 civilians at least',
      p(20, 20, null, 'at_least', 'killed'),
    ],
    [
      'The strike killed 20 civilians at least.',
      '20 civilians',
      p(20, 20, null, 'at_least', 'killed'),
    ],
    [
      '100 or more were killed in the attack.',
      '100 or more',
      p(100, 100, null, 'at_least', 'killed'),
    ],
    ['The raid killed 40 fighters or more.', '40 fighters', p(40, 40, null, 'at_least', 'killed')],
  ])
})

describe('numbers glued to their noun', () => {
  check([
    [
      'The war has killed 100000people.',
      '100000people',
      p(100_000, 100_000, 100_000, 'exact', 'killed'),
    ],
    ['Shelling killed 12civilians in Douma.', '12civilians', p(12, 12, 12, 'exact', 'killed')],
  ])
})

describe('harm said with other words', () => {
  check([
    [
      'Islamic State fighters executed 12 men in the square.',
      '12 men',
      p(12, 12, 12, 'exact', 'killed'),
    ],
    ['Twelve men were beheaded in Raqqa.', 'Twelve men', p(12, 12, 12, 'exact', 'killed')],
    ['Four protesters were shot dead in Deraa.', 'Four protesters', p(4, 4, 4, 'exact', 'killed')],
    ['Hundreds were gassed in Ghouta.', 'Hundreds', p(100, 100, null, 'vague', 'killed')],
    ['40 villagers were massacred.', '40 villagers', p(40, 40, 40, 'exact', 'killed')],
    ['30 men were rounded up and executed.', '30 men', p(30, 30, 30, 'exact', 'killed')],
    [
      'The rebels took 20 soldiers at the checkpoint.',
      '20 soldiers',
      p(20, 20, 20, 'exact', 'captured'),
    ],
    [
      'Militants seized 15 workers from the plant.',
      '15 workers',
      p(15, 15, 15, 'exact', 'captured'),
    ],
    ['Gunmen abducted 15 workers.', '15 workers', p(15, 15, 15, 'exact', 'captured')],
    [
      '5,000 people became refugees in a week.',
      '5,000 people',
      p(5000, 5000, 5000, 'exact', 'displaced'),
    ],
    ['5,000 people fled the town.', '5,000 people', p(5000, 5000, 5000, 'exact', 'displaced')],
  ])
})

describe('materiel of every kind is never read as people', () => {
  check([
    ['They seized 5 SUVs and killed 3.', '5 SUVs', p(5, 5, 5, 'exact', 'materiel')],
    ['The army destroyed 3 technicals.', '3 technicals', p(3, 3, 3, 'exact', 'materiel')],
    ['Rebels captured 4 pickups.', '4 pickups', p(4, 4, 4, 'exact', 'materiel')],
    ['Air defences shot down 2 drones.', '2 drones', p(2, 2, 2, 'exact', 'materiel')],
    ['The navy sank 3 boats.', '3 boats', p(3, 3, 3, 'exact', 'materiel')],
    [
      'Strikes destroyed six aircraft on the ground.',
      'six aircraft',
      p(6, 6, 6, 'exact', 'materiel'),
    ],
    [
      'They destroyed two rocket launchers.',
      'two rocket launchers',
      p(2, 2, 2, 'exact', 'materiel'),
    ],
    [
      'Fighters seized 7 armoured personnel carriers.',
      '7 armoured personnel carriers',
      p(7, 7, 7, 'exact', 'materiel'),
    ],
  ])
})

describe('large, ranged and vague amounts', () => {
  check([
    [
      'Half a million people have been killed.',
      'Half a million',
      p(500_000, 500_000, 500_000, 'exact', 'killed'),
    ],
    [
      'Over half a million people have been killed.',
      'Over half a million',
      p(500_000, 500_000, null, 'more_than', 'killed'),
    ],
    [
      'Between 3,000 to 5,000 people were killed.',
      '3,000 to 5,000',
      p(3000, null, 5000, 'about', 'killed'),
    ],
    ['Tens of civilians were killed.', 'Tens of', p(10, 10, null, 'vague', 'killed')],
  ])
})
