import type { CasualtyFixture } from './casualty-figure.fixtures.ts'
export const REAL_PHRASE_FIXTURES: readonly CasualtyFixture[] = []
