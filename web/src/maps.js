// Boundary files in public/maps (served as maps/<adcode>.json; china.json for the nation). The China map is
// registered as 'china' and matched by feature name (ECharts adds the South China Sea islands only for that
// name); the others are registered under their adcode and matched on the feature property `adcode`.
import available from 'virtual:map-index'
import { echarts } from './charts.js'

export const NATION = '000000'
const cache = new Map()

export function hasMap(adcode) {
  return adcode === NATION || available.includes(adcode)
}

export function mapName(adcode) {
  return adcode === NATION ? 'china' : adcode
}

/**
 * Loads and registers the map of a region's subdivisions; resolves to { name, nameProperty, key(adcode), adcode(key), codes }:
 * `key` gives the feature name ECharts knows a region by, `adcode` the way back.
 */
export function loadMap(adcode) {
  if (!hasMap(adcode)) return Promise.resolve(null)
  if (!cache.has(adcode)) {
    const name = mapName(adcode)
    const p = fetch(`maps/${name}.json`)
      .then((r) => {
        if (!r.ok) throw new Error(`maps/${name}.json: HTTP ${r.status}`)
        return r.json()
      })
      .then((geo) => {
        echarts.registerMap(name, geo)
        const byCode = new Map(geo.features.map((f) => [String(f.properties.adcode), f.properties.name]))
        const byName = new Map([...byCode].map(([code, n]) => [n, code]))
        return adcode === NATION
          ? { name, nameProperty: 'name', key: (code) => byCode.get(code) ?? null, adcode: (n) => byName.get(n) ?? null, codes: byCode }
          : { name, nameProperty: 'adcode', key: (code) => (byCode.has(code) ? code : null), adcode: (n) => (byCode.has(n) ? n : null), codes: byCode }
      })
    p.catch(() => cache.delete(adcode))
    cache.set(adcode, p)
  }
  return cache.get(adcode)
}
