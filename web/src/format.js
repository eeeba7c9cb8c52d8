// Number formatting for tonnes, shares and substances. Pure functions (tested in format.test.js).

const SUBSTANCE_LABELS = {
  CO2: 'CO₂',
  CH4: 'CH₄',
  N2O: 'N₂O',
  SO2: 'SO₂',
  NOX: 'NOx',
  PM: 'PM',
  PM10: 'PM₁₀',
  PM25: 'PM₂.₅',
  VOCS: 'VOCs',
  NH3: 'NH₃',
  CO: 'CO',
  CO2E: 'CO₂e',
  SF6: 'SF₆',
  NF3: 'NF₃',
  CF4: 'CF₄',
  C2F6: 'C₂F₆',
  C3F8: 'C₃F₈',
}

/** Pollutants first, then the greenhouse gases: the order of the inventory columns. */
export const SUBSTANCE_ORDER = [
  'SO2', 'NOX', 'PM', 'PM10', 'PM25', 'VOCS', 'NH3', 'CO', 'CO2', 'CH4', 'N2O',
  // the F-gases, then CO2e (refrigerant blends are accounted as their components)
  'HFC-23', 'HFC-32', 'HFC-125', 'HFC-134a', 'HFC-143a', 'HFC-152a', 'HFC-227ea', 'HFC-236fa', 'HFC-245fa', 'HFC-365mfc',
  'HFC-43-10mee', 'CF4', 'C2F6', 'C3F8', 'c-C4F8', 'SF6', 'NF3', 'CO2E',
]

/** The substances a map can be coloured by (API codes). */
export const MAP_SUBSTANCES = ['CO2', 'SO2', 'NOX', 'PM', 'VOCS']

export function substanceLabel(code) {
  if (code == null) return ''
  return SUBSTANCE_LABELS[String(code).toUpperCase()] ?? String(code)
}

/** Sorts substance codes in the inventory order; unknown codes go last, alphabetically. */
export function sortSubstances(codes) {
  const rank = (c) => {
    const i = SUBSTANCE_ORDER.indexOf(c)
    return i < 0 ? SUBSTANCE_ORDER.length : i
  }
  return [...codes].sort((a, b) => rank(a) - rank(b) || String(a).localeCompare(String(b)))
}

function grouped(value, decimals, locale) {
  return new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'zh-CN', {
    minimumFractionDigits: 0,
    maximumFractionDigits: decimals,
  }).format(value)
}

/** Decimals so that small amounts keep about four significant digits. */
function decimalsFor(abs) {
  if (abs === 0 || abs >= 100) return abs >= 1000 ? 0 : 1
  if (abs >= 1) return 2
  return Math.min(8, Math.max(2, 3 - Math.floor(Math.log10(abs))))
}

/**
 * Tonnes with thousands separators and a unit. Chinese: `t` below 1 万 t, `万t` above (two decimals).
 * English: `t`, `kt` from 10 000 t, `Mt` from 1 000 000 t. Null, undefined and NaN give an em dash.
 */
export function formatTonnes(value, locale = 'zh-CN') {
  if (value == null || Number.isNaN(Number(value))) return '—'
  const v = Number(value)
  const abs = Math.abs(v)
  if (locale === 'en') {
    if (abs >= 1e6) return `${grouped(v / 1e6, 2, locale)} Mt`
    if (abs >= 1e4) return `${grouped(v / 1e3, 1, locale)} kt`
    return `${grouped(v, decimalsFor(abs), locale)} t`
  }
  if (abs >= 1e4) return `${grouped(v / 1e4, 2, locale)} 万t`
  return `${grouped(v, decimalsFor(abs), locale)} t`
}

/** A plain number with thousands separators (for axis labels: the unit is in the axis name). */
export function formatNumber(value, decimals = 2, locale = 'zh-CN') {
  if (value == null || Number.isNaN(Number(value))) return '—'
  return grouped(Number(value), decimals, locale)
}

/**
 * A coverage share (0.9499) as a percentage rounded down (94.9%), so that a share just below a threshold never reads as
 * equal to it; the server's sentences round the same way.
 */
export function formatCoverage(share) {
  if (share == null || Number.isNaN(Number(share))) return '—'
  return `${(Math.floor(Number(share) * 1000 + 1e-9) / 10).toFixed(1)}%`
}

/** A share (0.86) as a percentage (86.1%); signed when `signed` (for changes: +4.2%, −8.3%). */
export function formatPercent(share, { signed = false, decimals = 1 } = {}) {
  if (share == null || Number.isNaN(Number(share))) return '—'
  const p = Number(share) * 100
  const text = `${Math.abs(p).toFixed(decimals)}%`
  if (!signed || p === 0) return p < 0 ? `−${text}` : text
  return (p > 0 ? '+' : '−') + text
}

/** The scale an axis of tonnes should use so its labels stay short: factor and unit label. */
export function tonnesScale(max, locale = 'zh-CN') {
  const abs = Math.abs(max ?? 0)
  if (locale === 'en') {
    if (abs >= 1e6) return { factor: 1e6, unit: 'Mt' }
    if (abs >= 1e4) return { factor: 1e3, unit: 'kt' }
    return { factor: 1, unit: 't' }
  }
  if (abs >= 1e8) return { factor: 1e8, unit: '亿t' }
  if (abs >= 1e4) return { factor: 1e4, unit: '万t' }
  return { factor: 1, unit: 't' }
}

/**
 * A provenance trail split into its parameters: `NCV=… [id@1 …; …]; CC=… […]` → one string per parameter.
 * Separators inside the square brackets (citations) do not split.
 */
export function provenanceParts(provenance) {
  if (!provenance) return []
  const parts = []
  let depth = 0
  let start = 0
  for (let i = 0; i < provenance.length; i++) {
    const c = provenance[i]
    if (c === '[') depth++
    else if (c === ']') depth = Math.max(0, depth - 1)
    else if (c === ';' && depth === 0) {
      parts.push(provenance.slice(start, i).trim())
      start = i + 1
    }
  }
  parts.push(provenance.slice(start).trim())
  return parts.filter((p) => p)
}

/** Splits an error location such as `活动数据!G3` or `line 3` into sheet and cell (absent parts are ''). */
export function splitLocation(location) {
  const m = /^(?:'?(.+?)'?!)?\$?([A-Z]{1,3})\$?(\d+)$/.exec(String(location ?? '').trim())
  return m ? { sheet: m[1] ?? '', cell: `${m[2]}${m[3]}` } : { sheet: '', cell: '' }
}

/**
 * The server writes messages as `中文 / English`. Returns the half for the locale (the whole text when it is
 * not in that form): the first ` / ` after some Chinese text separates them.
 */
export function localized(message, locale = 'zh-CN') {
  const text = String(message ?? '')
  let from = 0
  for (;;) {
    const i = text.indexOf(' / ', from)
    if (i < 0) return text
    const zh = text.slice(0, i)
    if (/[\u3400-\u9fff]/.test(zh)) return locale === 'en' ? text.slice(i + 3) : zh
    from = i + 3
  }
}

/** An API error in the current language: its message and each listed problem with where it is. */
export function apiErrorOf(e, locale) {
  const problems = (e.errors ?? []).map((p) => {
    const where = p.location ?? p.column ?? ''
    return `${where}${where ? ': ' : ''}${localized(p.message, locale)}`
  })
  return { title: localized(e.message, locale), problems }
}

/** The same as one line, for a message toast. */
export function apiErrorText(e, locale) {
  const err = apiErrorOf(e, locale)
  return [err.title, ...err.problems].join('；')
}

/**
 * A number typed into a form or a table cell: null when empty or blank, thousands separators dropped
 * ("1,200" → 1200), NaN when it is not a finite number (so the caller or the server can say so).
 */
export function parseNumber(v) {
  if (v === null || v === undefined) return null
  if (typeof v === 'number') return Number.isFinite(v) ? v : NaN
  const s = String(v).trim().replace(/,/g, '')
  if (s === '') return null
  const n = Number(s)
  return Number.isFinite(n) ? n : NaN
}

/** An ISO local date-time from the API to the minute, as the tables show it (2026-11-24T04:09:31 → 2026-11-24 04:09). */
export function formatDateTime(iso) {
  return (iso ?? '').slice(0, 16).replace('T', ' ')
}
