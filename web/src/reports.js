// Reports and verification (issue 11): the names of report statuses, kinds, severities and data fields, where a check
// or finding points (facility, month, field) and which rows of the report's data it points at. Pure functions, tested
// in reports.test.js; the page (views/ReportsView.vue) and its parts only lay them out.
import { localized, substanceLabel } from './format.js'

/** The statuses in the order a report moves through them; `overdue` is a draft or missing report past the deadline. */
export const REPORT_STATUSES = ['not_started', 'draft', 'submitted', 'in_verification', 'verified', 'confirmed', 'overdue']

const STATUSES = {
  not_started: ['未报送', 'not started'],
  draft: ['草稿', 'draft'],
  submitted: ['已提交', 'submitted'],
  in_verification: ['核查中', 'in verification'],
  verified: ['已核查', 'verified'],
  confirmed: ['已确认', 'confirmed'],
  overdue: ['逾期', 'overdue'],
}
// Element Plus tag colours: what needs someone's action is warm, what is settled is green
const STATUS_TAGS = {
  not_started: 'info',
  draft: 'info',
  submitted: 'primary',
  in_verification: 'warning',
  verified: 'success',
  confirmed: 'success',
  overdue: 'danger',
}
const KINDS = { ghg: ['温室气体排放报告', 'GHG emission report'], permit: ['排污许可执行报告', 'Permit execution report'] }
const SEVERITIES = { error: ['错误（须改正后才能提交）', 'error (blocks submission)'], warning: ['提示（须说明原因）', 'warning (needs an explanation)'] }
const SEVERITY_SHORT = { error: ['错误', 'error'], warning: ['提示', 'warning'] }

// The columns of the monthly file (the activity template's plus the report's own), as the Chinese template heads them.
const FIELDS = {
  facility: ['设施', 'facility'],
  month: ['月份', 'month'],
  source: ['排放源', 'source'],
  activity: ['活动类型', 'activity'],
  amount: ['活动水平', 'amount'],
  unit: ['计量单位', 'unit'],
  ncv: ['低位发热量', 'NCV'],
  ncv_unit: ['低位发热量单位', 'NCV unit'],
  carbon_content: ['收到基元素碳含量', 'as-received carbon content'],
  carbon_content_unit: ['含碳量单位', 'carbon content unit'],
  carbon_per_gj: ['单位热值含碳量', 'carbon per GJ'],
  oxidation: ['碳氧化率', 'oxidation'],
  sulfur_pct: ['硫分', 'sulfur'],
  ash_pct: ['灰分', 'ash'],
  lab: ['检测机构', 'lab'],
  report_no: ['化验报告编号', 'lab report number'],
  sample_date: ['采样日期', 'sampling date'],
  test_date: ['检测日期', 'test date'],
  report_date: ['报告日期', 'report date'],
  electricity_generated: ['发电量', 'electricity generated'],
  electricity_supplied: ['供电量', 'electricity supplied'],
  heat_supplied: ['供热量', 'heat supplied'],
  production: ['产品产量', 'production'],
  purchases: ['购入量', 'purchases'],
  stock_change: ['库存变化', 'stock change'],
  intensity: ['排放强度', 'emission intensity'],
  emissions: ['排放量', 'emissions'],
  permitted_t: ['许可排放量', 'permitted tonnes'],
  permit: ['排污许可证', 'discharge permit'],
}
// the columns of a data row (the rest of FIELDS are activities or derived quantities)
const ROW_COLUMNS = new Set(['facility', 'month', 'source', 'activity', 'amount', 'unit', 'ncv', 'ncv_unit', 'carbon_content', 'carbon_content_unit', 'oxidation', 'sulfur_pct', 'ash_pct', 'lab', 'report_no', 'sample_date', 'test_date', 'report_date'])
const SUBSTANCES = new Set(['CO2', 'CH4', 'N2O', 'SO2', 'NOX', 'PM', 'PM10', 'PM25', 'VOCS', 'NH3', 'CO'])

const pick = (entry, loc) => (entry ? (loc === 'en' ? entry[1] : entry[0]) : null)

/** A status's name (in_verification → 核查中); an unknown code as it is. */
export function statusName(code, loc = 'zh-CN') {
  return pick(STATUSES[code], loc) ?? code ?? ''
}

/** The Element Plus tag type of a status. */
export function statusTag(code) {
  return STATUS_TAGS[code] ?? 'info'
}

/** A report kind's name (ghg → 温室气体排放报告). */
export function kindName(code, loc = 'zh-CN') {
  return pick(KINDS[code], loc) ?? code ?? ''
}

/** A severity's name; `short` without what it means for submission. */
export function severityName(code, loc = 'zh-CN', short = false) {
  const key = String(code ?? '').toLowerCase()
  return pick((short ? SEVERITY_SHORT : SEVERITIES)[key], loc) ?? code ?? ''
}

/**
 * A data field's name. Activities named by the caller's `activityName` (raw_coal → 原煤) when the field is not one of
 * the report's own columns; an unknown field as it is (the code also stays in the tooltip).
 */
export function fieldName(field, loc = 'zh-CN', activityName = null) {
  if (!field) return ''
  const own = pick(FIELDS[field], loc)
  if (own) return own
  const measured = /^measured_(\w+)_t$/.exec(field)
  if (measured) return loc === 'en' ? `measured ${substanceLabel(measured[1])}` : `${substanceLabel(measured[1])}实测排放量`
  if (SUBSTANCES.has(field)) return substanceLabel(field)
  // the checks write a column of an activity's rows as activity.column (raw_coal.test_date), a permit limit as
  // outlet.substance (DA001.SO2)
  const dot = field.indexOf('.')
  if (dot > 0) {
    const head = fieldName(field.slice(0, dot), loc, activityName)
    const tail = fieldName(field.slice(dot + 1), loc, activityName)
    const space = loc === 'en' || (/[\x21-\x7e]$/.test(head) && /^[\x21-\x7e]/.test(tail))
    return space ? `${head} ${tail}` : `${head}${tail}`
  }
  const named = activityName ? activityName(field, loc) : ''
  return named && named !== field ? named : field
}

/** A month as the UI writes it: 3月 / Mar. */
export function monthName(month, loc = 'zh-CN') {
  const m = Number(month)
  if (!Number.isInteger(m) || m < 1 || m > 12) return ''
  return loc === 'en' ? ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1] : `${m}月`
}

/**
 * Where a check or a finding points, in words: `#1机组 · 3月 · 低位发热量`; a location with none of the three is the
 * whole report (整份报告).
 */
export function locationText(location, loc = 'zh-CN', activityName = null) {
  const l = location ?? {}
  const parts = [l.facility || '', monthName(l.month, loc), fieldName(l.field, loc, activityName)].filter(Boolean)
  if (!parts.length) return loc === 'en' ? 'whole report' : '整份报告'
  return parts.join(' · ')
}

/** A check's message in the language: a `中文 / English` string, or an object {zh, en}. */
export function messageText(message, loc = 'zh-CN') {
  if (message && typeof message === 'object') return (loc === 'en' ? message.en || message.zh : message.zh || message.en) ?? ''
  return localized(message, loc)
}

const monthOf = (l) => (l?.month == null || l.month === '' ? null : Number(l.month))

/**
 * Orders checks for reading: errors first, then warnings; inside each by facility, month and code. Returns
 * [{severity, checks}] with only the severities present.
 */
export function groupChecks(checks) {
  const bySeverity = new Map([['error', []], ['warning', []]])
  for (const c of checks ?? []) {
    const s = String(c.severity ?? '').toLowerCase()
    if (!bySeverity.has(s)) bySeverity.set(s, [])
    bySeverity.get(s).push(c)
  }
  const order = (a, b) =>
    String(a.location?.facility ?? '').localeCompare(String(b.location?.facility ?? '')) ||
    (monthOf(a.location) ?? 0) - (monthOf(b.location) ?? 0) ||
    String(a.code ?? '').localeCompare(String(b.code ?? ''))
  return [...bySeverity].filter(([, list]) => list.length).map(([severity, list]) => ({ severity, checks: [...list].sort(order) }))
}

/** How many checks of each severity: {error, warning}. */
export function checkCounts(checks) {
  const counts = { error: 0, warning: 0 }
  for (const c of checks ?? []) {
    const s = String(c.severity ?? '').toLowerCase()
    counts[s] = (counts[s] ?? 0) + 1
  }
  return counts
}

/** The activity a check's field names (raw_coal of raw_coal.test_date, electricity_supplied), else null. */
function fieldActivity(field, rows) {
  if (!field) return null
  const head = String(field).split('.')[0]
  return rows.some((r) => r.activity === head) ? head : null
}

/** The column of a row a field names (test_date of raw_coal.test_date; amount for a production activity). */
export function fieldColumn(field) {
  if (!field) return null
  const f = String(field)
  const dot = f.indexOf('.')
  if (dot > 0) return f.slice(dot + 1)
  return ROW_COLUMNS.has(f) ? f : 'amount'
}

/**
 * The data rows a location points at: same facility (when it names one), same month (when it names one) and, when
 * its field names an activity of the data (raw_coal.test_date, electricity_supplied), that activity's rows. A
 * location naming neither facility nor month points at no row in particular (the whole report): none are returned.
 */
export function rowsAt(location, rows) {
  const facility = location?.facility || null
  const month = monthOf(location)
  if (facility == null && month == null) return []
  const all = rows ?? []
  const activity = fieldActivity(location?.field, all)
  return all.filter(
    (r) =>
      (facility == null || String(r.facility) === String(facility)) &&
      (month == null || Number(r.month) === month) &&
      (activity == null || r.activity === activity),
  )
}

/** A stable key of a check (code and location), to tie an explanation to the check it explains. */
export function checkKey(check) {
  const l = check?.location ?? {}
  return [check?.code ?? '', l.facility ?? '', l.month ?? '', l.field ?? ''].join('|')
}

/** Whether a warning has been explained (the report's explanations list, matched on code and location). */
export function explanationOf(check, explanations) {
  const key = checkKey(check)
  return (explanations ?? []).find((e) => checkKey(e) === key) ?? null
}

/**
 * The checks that refused a submission (a 422): the server lists each as a problem with the month as `row`, the
 * field as `column`, `facility · 3月 · field` as `location`, the check's code as `value` and its message. Each comes
 * back as a check {code, severity, message, location}; its severity is the report's check of the same code and
 * place where there is one (an unexplained warning also blocks), else error.
 */
export function blockingChecks(body, checks = []) {
  const list = body?.errors ?? body?.checks ?? []
  return list.map((p) => {
    if (p.location && typeof p.location === 'object') return { severity: 'error', ...p }
    const month = p.row ?? null
    const field = p.column ?? null
    const first = String(p.location ?? '').split(' · ')[0]
    const facility = first && first !== `${month}月` && first !== field ? first : null
    const location = { facility, month, field }
    const code = p.value ?? p.code ?? ''
    const same = checks.find((c) => c.code === code && checkKey(c) === checkKey({ code, location }))
    return { code, severity: same ? String(same.severity).toLowerCase() : 'error', message: p.message, location }
  })
}

/**
 * The counts per status of an overview answer in the fixed order, missing statuses as 0 (the authority's page shows
 * every status, also those with none).
 */
export function statusCounts(overview) {
  const counts = overview?.byStatus ?? overview?.counts ?? overview?.statuses ?? {}
  return REPORT_STATUSES.map((status) => ({ status, count: Number(counts[status] ?? 0) }))
}

/**
 * A conservative estimate entered for an unfixed finding: null when blank, the number otherwise, NaN when it is not
 * a non-negative number (the form says so).
 */
export function tonnesInput(v) {
  if (v === null || v === undefined) return null
  const s = String(v).trim().replace(/,/g, '')
  if (s === '') return null
  const n = Number(s)
  return Number.isFinite(n) && n >= 0 ? n : NaN
}

/**
 * The per-region rows of an overview (an array of {region|adcode, name, nameEn, byStatus|counts} or an object keyed by
 * adcode), each with its count of `status` (all reports when none is chosen) as `value`; missing counts are 0.
 */
export function regionCounts(overview, status = null) {
  const raw = overview?.regions ?? overview?.byRegion ?? []
  const list = Array.isArray(raw) ? raw : Object.entries(raw).map(([adcode, r]) => ({ adcode, ...r }))
  return list.map((r) => {
    const counts = r.byStatus ?? r.counts ?? {}
    const total = Object.values(counts).reduce((a, n) => a + Number(n ?? 0), 0)
    return {
      adcode: String(r.adcode ?? r.region ?? r.code ?? ''),
      name: r.name ?? r.regionName ?? '',
      nameEn: r.nameEn ?? null,
      counts,
      total,
      value: status ? Number(counts[status] ?? 0) : total,
    }
  })
}

/** A heading with a count: 错误（3） in Chinese, `errors (3)` in English (full-width brackets only in Chinese). */
export function counted(label, n, loc = 'zh-CN') {
  return loc === 'en' ? `${label} (${n})` : `${label}（${n}）`
}

/** A label and its value: 核查机构：某某 in Chinese, `Verifier: …` in English. */
export function labelled(label, value, loc = 'zh-CN') {
  return loc === 'en' ? `${label}: ${value}` : `${label}：${value}`
}

const FINDING_STATUSES = {
  open: ['未整改', 'open'],
  fixed: ['已整改', 'fixed'],
  estimated: ['未整改，已按保守估算', 'not fixed, conservative estimate used'],
}

/** A finding's status (open, fixed, estimated) by name; an unknown one as it is. */
export function findingStatusName(code, loc = 'zh-CN') {
  return pick(FINDING_STATUSES[code], loc) ?? code ?? ''
}

/** Whether a finding still needs the enterprise's correction or the verifier's estimate. */
export function findingOpen(finding) {
  return !finding?.status || finding.status === 'open'
}

const EXAMPLE_HEADERS = {
  'zh-CN': ['设施', '月份', '排放源', '活动类型', '活动水平', '计量单位', '低位发热量', '低位发热量单位', '含碳量', '含碳量单位', '检测机构', '报告编号', '采样日期', '检测日期', '报告日期'],
  en: ['facility', 'month', 'source', 'activity', 'amount', 'unit', 'ncv', 'ncv_unit', 'carbon_content', 'carbon_content_unit', 'lab', 'report_no', 'sample_date', 'test_date', 'report_date'],
}

/**
 * An example monthly file for a coal unit (two months: coal with its lab report, generation and supply), with the
 * headers the reader accepts in the language; UTF-8 with a BOM so that Excel opens the Chinese right.
 */
export function exampleCsv(year, loc = 'zh-CN') {
  const zh = loc !== 'en'
  const coal = zh ? '原煤' : 'raw_coal'
  const gen = zh ? '发电量' : 'electricity_generated'
  const sup = zh ? '供电量' : 'electricity_supplied'
  const lab = zh ? '某煤质检测中心' : 'Coal Testing Centre'
  const lines = [EXAMPLE_HEADERS[zh ? 'zh-CN' : 'en'].join(',')]
  const months = [
    [1, 98000, 20.9, 0.5392, 225000, 212000, `${year}-01-31`, `${year}-02-03`, `${year}-02-08`],
    [2, 91000, 21.1, 0.5465, 209000, 197000, `${year}-02-28`, `${year}-03-04`, `${year}-03-09`],
  ]
  for (const [m, fc, ncv, car, g, s, sd, td, rd] of months) {
    lines.push(['#1机组', m, 'POWER', coal, fc, 't', ncv, 'GJ/t', car, 'tC/t', lab, `${year}-${String(m).padStart(3, '0')}`, sd, td, rd].join(','))
    lines.push(['#1机组', m, 'POWER', gen, g, 'MWh', '', '', '', '', '', '', '', '', ''].join(','))
    lines.push(['#1机组', m, 'POWER', sup, s, 'MWh', '', '', '', '', '', '', '', '', ''].join(','))
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

const COMPLIANCE = {
  compliant: ['按期报送并经核查确认', 'reported, verified and confirmed'],
  within: ['未超许可排放量', 'within the permitted tonnes'],
  exceeded: ['超出许可排放量', 'above the permitted tonnes'],
  not_reported: ['未报送', 'not reported'],
}

/**
 * The compliance status of a unit in its permit view, by name: one of the compliance words, or the status of its
 * annual report (submitted, verified, overdue …); empty when there is none.
 */
export function complianceName(code, loc = 'zh-CN') {
  if (!code) return ''
  return pick(COMPLIANCE[code], loc) ?? (STATUSES[code] ? statusName(code, loc) : code)
}

// The columns of a data row the API gives (GET /reports/{id}/data, camelCase) under the keys the checks' fields name
// (io Column: test_date of raw_coal.test_date, sulfur_pct …).
const API_COLUMNS = {
  row: 'row',
  facility: 'facility',
  month: 'month',
  source: 'source',
  activity: 'activity',
  amount: 'amount',
  unit: 'unit',
  ncv: 'ncv',
  ncvUnit: 'ncv_unit',
  carbonContent: 'carbon_content',
  carbonContentUnit: 'carbon_content_unit',
  oxidation: 'oxidation',
  sulfurPct: 'sulfur_pct',
  ashPct: 'ash_pct',
  lab: 'lab',
  reportNo: 'report_no',
  sampleDate: 'sample_date',
  testDate: 'test_date',
  reportDate: 'report_date',
}

/** The rows the API gives for a report's data, keyed by the columns checks name; empty values left out. */
export function dataRows(apiRows) {
  return (apiRows ?? []).map((r) => {
    const out = {}
    for (const [from, to] of Object.entries(API_COLUMNS)) {
      if (r[from] != null && r[from] !== '') out[to] = r[from]
    }
    return out
  })
}

/**
 * A cell of a data row as the page shows it: the source and the activity by name (火力发电及热电联产, 天然气, 发电量;
 * the code stays in the tooltip), a number with thousands separators, the rest as written. `names` gives
 * {activityName, sourceName}.
 */
export function cellText(key, value, loc = 'zh-CN', names = {}) {
  if (value == null) return ''
  if (key === 'activity') return fieldName(value, loc, names.activityName)
  if (key === 'source' && names.sourceName) return names.sourceName(value, loc) || value
  if (key === 'month') return monthName(value, loc) || String(value)
  if (typeof value === 'number') return value.toLocaleString(loc === 'en' ? 'en-US' : 'zh-CN', { maximumFractionDigits: 6 })
  return String(value)
}
