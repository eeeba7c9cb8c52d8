// The synergy page's API calls, its worked example and its CSV round trip (pure functions tested in synergy.test.js).
import { get, request } from './api.js'

export const synergyApi = {
  measures: (measures, rankBy) => request('synergy/measures', { method: 'POST', json: { measures, rankBy } }),
  region: (region, baseYear, year) => get('synergy/region', { region, baseYear, year }),
  coupling: (u1, u2, alpha, model) => get('synergy/coupling', { u1, u2, alpha, model }),
  carbonEfficiency: (co2T, valueAdded, industryAverage) => get('synergy/carbon-efficiency', { co2T, valueAdded, industryAverage }),
  index: (body) => request('synergy/index', { method: 'POST', json: body }),
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

function row(id, name, cost, base, after) {
  const r = { id, name, cost: cost == null ? '' : String(cost), base: {}, after: {} }
  for (const s of MEASURE_SUBSTANCES) {
    r.base[s] = base[s] == null ? '' : String(base[s])
    r.after[s] = after[s] == null ? '' : String(after[s])
  }
  return r
}

/** The three measures of docs/synergy.md §1 (coal boilers to gas, SCR, rooftop PV), as editor rows (strings). */
export function exampleMeasures() {
  return [
    row('M1', '燃煤锅炉改燃气', 5000000, { SO2: 100, NOX: 80, PM: 30, CO2: 100000 }, { SO2: 2, NOX: 40, PM: 3, CO2: 60000 }),
    row('M2', '加装SCR', 2000000, { SO2: 50, NOX: 200, CO2: 500000 }, { SO2: 50, NOX: 40, CO2: 501000 }),
    row('M3', '屋顶光伏', 400000, { SO2: 5, CO2: 20000 }, { SO2: 5, CO2: 16000 }),
  ]
}

export function emptyMeasure(n) {
  return row(`M${n}`, '', null, {}, {})
}

const num = (v) => {
  const s = String(v ?? '').trim()
  return s === '' ? null : Number(s)
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
