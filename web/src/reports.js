// Reports and verification (issue 11): the names of report statuses, kinds, severities and data fields, where a check
// or finding points (facility, month, field) and which rows of the report's data it points at. Pure functions, tested
// in reports.test.js; the page (views/ReportsView.vue) and its parts only lay them out.
import { localized } from './format.js'

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
}

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

/**
 * The data rows a location points at: same facility (when it names one) and same month (when it names one). A
 * location naming neither points at no row in particular (the whole report): none are returned.
 */
export function rowsAt(location, rows) {
  const facility = location?.facility || null
  const month = monthOf(location)
  if (facility == null && month == null) return []
  return (rows ?? []).filter((r) => (facility == null || String(r.facility) === String(facility)) && (month == null || Number(r.month) === month))
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

/** The blocking checks of a 422 answer to a submission: its `checks` (or `errors`) of severity error. */
export function blockingChecks(body) {
  const list = body?.checks ?? body?.blocking ?? body?.errors ?? []
  return list.filter((c) => String(c.severity ?? 'error').toLowerCase() === 'error')
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
