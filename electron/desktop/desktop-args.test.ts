import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { corpusArgument } from './desktop-args.ts'

const electron = ['/opt/electron/electron', '/home/me/spanbench']

describe('corpusArgument', () => {
  it('reads --corpus DIR and --corpus=DIR among Chromium switches', () => {
    expect(corpusArgument([...electron, '--no-sandbox', '--corpus', '/data/c'])).toBe('/data/c')
    expect(corpusArgument([...electron, '--corpus=/data/c', '--enable-logging'])).toBe('/data/c')
  })

  it('makes a relative folder absolute from the working folder', () => {
    expect(corpusArgument([...electron, '--corpus', 'c'], '/work')).toBe(resolve('/work', 'c'))
    expect(corpusArgument(['app', '--corpus=./x/y'], '/w')).toBe(join('/w', 'x', 'y'))
  })

  it('is undefined when no corpus is named, or the value is missing', () => {
    expect(corpusArgument(electron)).toBeUndefined()
    expect(corpusArgument([...electron, '--corpus'])).toBeUndefined()
    expect(corpusArgument([...electron, '--corpus='])).toBeUndefined()
    expect(corpusArgument([...electron, '--corpus', '--no-sandbox'])).toBeUndefined()
    expect(corpusArgument([...electron, '--', '--corpus', 'x'])).toBeUndefined()
  })
})
