/** Prints how well the casualty-figure parser reads the tuning and held-out phrase sets. */
import { accuracy, formatAccuracy } from '../shared/casualty/accuracy.ts'
import { PHRASE_FIXTURES, SAMPLE_FIXTURES } from '../shared/casualty/figure.fixtures.ts'
import { HELD_OUT_FIXTURES } from '../shared/casualty/heldout.fixtures.ts'
import { REAL_PHRASE_FIXTURES } from '../shared/casualty/phrases.fixtures.ts'
import { MORE_PHRASE_FIXTURES } from '../shared/casualty/phrases-more.fixtures.ts'

const tuning = [
  ...SAMPLE_FIXTURES,
  ...PHRASE_FIXTURES,
  ...REAL_PHRASE_FIXTURES,
  ...MORE_PHRASE_FIXTURES,
]
console.log(formatAccuracy('tuning set', accuracy(tuning)))
console.log()
console.log(formatAccuracy('held out', accuracy(HELD_OUT_FIXTURES)))
