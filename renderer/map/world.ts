/** Country boundaries for the offline map: Natural Earth 1:110m from the world-atlas package, shipped in the app (no tiles fetched). */
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import countries from 'world-atlas/countries-110m.json'

type World = Topology<{ countries: GeometryCollection; land: GeometryCollection }>

export const COUNTRIES = feature(
  countries as unknown as World,
  (countries as unknown as World).objects.countries,
)
