// The synergy page's API calls, its worked example and its CSV round trip (pure functions tested in synergy.test.js).
import { get, request } from './api.js'
import { parseNumber as num } from './format.js'

export const synergyApi = {
  measures: (measures, rankBy) => request('synergy/measures', { method: 'POST', json: { measures, rankBy } }),
  region: (region, baseYear, year) => get('synergy/region', { region, baseYear, year }),
  coupling: (u1, u2, alpha, model) => get('synergy/coupling', { u1, u2, alpha, model }),
  carbonEfficiency: (co2T, valueAdded, industryAverage) => get('synergy/carbon-efficiency', { co2T, valueAdded, industryAverage }),
  index: (body) => request('synergy/index', { method: 'POST', json: body }),
  system: (type) => get(`synergy/systems/${encodeURIComponent(type)}`),
  regionMap: (parent, baseYear, year) => get('synergy/region-map', { parent, baseYear, year }),
}

/** The shipped indicator systems (GET /synergy/systems/{type}) and the weighting methods of POST /synergy/index. */
export const INDEX_SYSTEMS = ['region', 'park', 'enterprise']
export const WEIGHTINGS = ['equal', 'entropy', 'critic', 'expert']

/** Three illustrative entities per shipped system (indicator code → value); any other indicator gets a spread of values. */
const INDEX_EXAMPLES = {
  region: [
    ['郑州市', { pm25_reduction_rate: 12, co2_intensity_reduction_rate: 4.5, co_reduction_share: 62, non_fossil_share: 16, coal_share: 58, nev_sales_share: 32, joint_inventory: 1, joint_monitoring_coverage: 80, synergy_in_assessment: 1 }],
    ['洛阳市', { pm25_reduction_rate: 8, co2_intensity_reduction_rate: 3.1, co_reduction_share: 41, non_fossil_share: 12, coal_share: 66, nev_sales_share: 24, joint_inventory: 1, joint_monitoring_coverage: 55, synergy_in_assessment: 0 }],
    ['开封市', { pm25_reduction_rate: 10, co2_intensity_reduction_rate: 2.2, co_reduction_share: 35, non_fossil_share: 18, coal_share: 61, nev_sales_share: 19, joint_inventory: 0, joint_monitoring_coverage: 40, synergy_in_assessment: 1 }],
  ],
  park: [
    ['园区A', { co2_per_iva: 0.55, energy_per_iva: 0.3, non_fossil_share: 22, so2_per_iva: 0.4, nox_per_iva: 0.9, pm_per_iva: 0.3, vocs_per_iva: 0.6, solid_waste_utilisation: 97, water_reuse: 88 }],
    ['园区B', { co2_per_iva: 0.9, energy_per_iva: 0.42, non_fossil_share: 12, so2_per_iva: 0.7, nox_per_iva: 1.4, pm_per_iva: 0.5, vocs_per_iva: 1.1, solid_waste_utilisation: 90, water_reuse: 80 }],
    ['园区C', { co2_per_iva: 0.7, energy_per_iva: 0.36, non_fossil_share: 17, so2_per_iva: 0.3, nox_per_iva: 1.1, pm_per_iva: 0.2, vocs_per_iva: 1.6, solid_waste_utilisation: 93, water_reuse: 86 }],
  ],
  enterprise: [
    ['企业A', { co2_intensity_ratio: 0.85, energy_intensity_ratio: 0.9, so2_intensity_ratio: 0.7, nox_intensity_ratio: 1.1, pm_intensity_ratio: 0.8 }],
    ['企业B', { co2_intensity_ratio: 1.4, energy_intensity_ratio: 1.3, so2_intensity_ratio: 1.6, nox_intensity_ratio: 1.2, pm_intensity_ratio: 1.5 }],
    ['企业C', { co2_intensity_ratio: 1.05, energy_intensity_ratio: 0.95, so2_intensity_ratio: 2.1, nox_intensity_ratio: 0.9, pm_intensity_ratio: 1.0 }],
  ],
}

/** Editor rows ({ entity, values: { code: string } }) for a system's indicators, prefilled with three example entities. */
export function exampleEntities(type, indicators) {
  const examples = INDEX_EXAMPLES[type] ?? []
  return [0, 1, 2].map((n) => {
    const [entity, given] = examples[n] ?? [`${String.fromCharCode(65 + n)}`, {}]
    const values = {}
    indicators.forEach((ind, k) => {
      const v = given[ind.indicator] ?? (ind.reference ?? 1) * (0.8 + 0.2 * ((n + k) % 3))
      values[ind.indicator] = String(v)
    })
    return { entity, values }
  })
}

export function emptyEntity(n, indicators) {
  return { entity: `${n}`, values: Object.fromEntries(indicators.map((i) => [i.indicator, ''])) }
}

/** Editor rows → the values of POST /synergy/index (empty or non-numeric cells are null: the server reports them). */
export function toIndexValues(rows) {
  return rows.map((r) => {
    const values = {}
    for (const [k, v] of Object.entries(r.values)) {
      const n = num(v)
      values[k] = n === null || Number.isNaN(n) ? null : n
    }
    return { entity: String(r.entity ?? '').trim(), values }
  })
}

/** The substances the measures editor has columns for (API codes), CO2 last as in the docs. */
export const MEASURE_SUBSTANCES = ['SO2', 'NOX', 'PM', 'VOCS', 'CO2']

/** The quadrants in chart-rank order, with their colours. */
export const QUADRANTS = ['synergy', 'pollutant_only', 'carbon_only', 'no_effect', 'both_increase']
export const QUADRANT_COLORS = {
  synergy: '#1d6f42',
  pollutant_only: '#e6a23c',
  carbon_only: '#409eff',
  both_increase: '#f56c6c',
  no_effect: '#909399',
}
export const QUADRANT_TAG = {
  synergy: 'success',
  pollutant_only: 'warning',
  carbon_only: 'primary',
  both_increase: 'danger',
  no_effect: 'info',
}

/** The status of a comparison between two years that states no change (the server's `insufficient_data`). */
export const INSUFFICIENT = 'insufficient_data'
export const INSUFFICIENT_COLOR = '#c0a16b'

/** A row, a map entry or a comparison whose change may be shown (not insufficient data). */
export const isStated = (r) => r?.status !== INSUFFICIENT

/** The lowest share of any year and basis a comparison covers (what decides its status); null when none is defined. */
export function lowestCoverage(coverage) {
  const shares = (coverage?.shares ?? []).flatMap((s) => [s.baseShare, s.laterShare]).filter((v) => v != null)
  return shares.length ? Math.min(...shares) : null
}

/** Whether a map child has any data in either year (else it is shown as “no data”, not as insufficient data). */
export const hasAnyData = (coverage) => Boolean(coverage && (coverage.baseUnits > 0 || coverage.laterUnits > 0))

/** The sources reported in one year only, both years together, as listed by the server (largest first on each side). */
export function leftOutSources(coverage) {
  if (!coverage) return []
  return [coverage.baseOnly, coverage.laterOnly].flatMap((u) => (u?.largest ?? []).map((x) => ({ year: u.year, ...x })))
}

function row(id, name, cost, base, after) {
  const r = { id, name, cost: cost == null ? '' : String(cost), base: {}, after: {} }
  for (const s of MEASURE_SUBSTANCES) {
    r.base[s] = base[s] == null ? '' : String(base[s])
    r.after[s] = after[s] == null ? '' : String(after[s])
  }
  return r
}

/**
 * The three measures of docs/synergy.md §1 (coal boilers to gas, SCR, rooftop PV), as editor rows (strings), named in
 * the language of the page.
 */
export function exampleMeasures(loc = 'zh-CN') {
  const en = loc === 'en'
  return [
    row('M1', en ? 'Coal boilers to gas' : '燃煤锅炉改燃气', 5000000, { SO2: 100, NOX: 80, PM: 30, CO2: 100000 }, { SO2: 2, NOX: 40, PM: 3, CO2: 60000 }),
    row('M2', en ? 'SCR retrofit' : '加装SCR', 2000000, { SO2: 50, NOX: 200, CO2: 500000 }, { SO2: 50, NOX: 40, CO2: 501000 }),
    row('M3', en ? 'Rooftop PV' : '屋顶光伏', 400000, { SO2: 5, CO2: 20000 }, { SO2: 5, CO2: 16000 }),
  ]
}

export function emptyMeasure(n) {
  return row(`M${n}`, '', null, {}, {})
}


/** Editor rows → the API body's measures. Empty cells are null (the server checks the pairs and reports them). */
export function toRequest(rows) {
  return rows.map((r) => {
    const base = {}
    const after = {}
    for (const s of MEASURE_SUBSTANCES) {
      const b = num(r.base[s])
      const a = num(r.after[s])
      if (b !== null || a !== null || s === 'CO2') {
        base[s] = Number.isNaN(b) ? null : b
        after[s] = Number.isNaN(a) ? null : a
      }
    }
    const cost = num(r.cost)
    return { id: String(r.id ?? '').trim(), name: String(r.name ?? '').trim(), costYuan: Number.isNaN(cost) ? null : cost, base, after }
  })
}

function csvCell(v) {
  const s = String(v ?? '')
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export const CSV_HEADER = ['id', 'name', 'cost_yuan', ...MEASURE_SUBSTANCES.flatMap((s) => [`base_${s}_t`, `after_${s}_t`])]

/** Editor rows → CSV in the CLI's column names. */
export function toCsv(rows) {
  const lines = [CSV_HEADER.join(',')]
  for (const r of rows) {
    lines.push([r.id, r.name, r.cost, ...MEASURE_SUBSTANCES.flatMap((s) => [r.base[s], r.after[s]])].map(csvCell).join(','))
  }
  return lines.join('\n')
}

function parseLine(line) {
  const out = []
  let cur = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const c = line[i]
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"'
        i++
      } else if (c === '"') quoted = false
      else cur += c
    } else if (c === '"') quoted = true
    else if (c === ',' || c === '\t') {
      out.push(cur)
      cur = ''
    } else cur += c
  }
  out.push(cur)
  return out.map((s) => s.trim())
}

/**
 * CSV (comma or tab separated, as pasted from a spreadsheet) → editor rows. Columns are matched by name,
 * case-insensitively; unknown columns are ignored. Returns { rows, problems: [{ line, column, value }] }.
 */
export function fromCsv(text) {
  const lines = String(text ?? '').replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '')
  if (!lines.length) return { rows: [], problems: [] }
  const header = parseLine(lines[0]).map((h) => h.toLowerCase())
  const col = (name) => header.indexOf(name.toLowerCase())
  const rows = []
  const problems = []
  lines.slice(1).forEach((line, i) => {
    const cells = parseLine(line)
    const at = (name) => (col(name) >= 0 ? cells[col(name)] ?? '' : '')
    const r = row(at('id'), at('name'), at('cost_yuan') || null, {}, {})
    for (const s of MEASURE_SUBSTANCES) {
      r.base[s] = at(`base_${s}_t`)
      r.after[s] = at(`after_${s}_t`)
    }
    for (const [name, v] of [['cost_yuan', r.cost], ...MEASURE_SUBSTANCES.flatMap((s) => [[`base_${s}_t`, r.base[s]], [`after_${s}_t`, r.after[s]]])]) {
      if (v !== '' && Number.isNaN(Number(v))) problems.push({ line: i + 2, column: name, value: v })
    }
    rows.push(r)
  })
  return { rows, problems }
}
