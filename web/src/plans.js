// 规划与考核 / Plans: the API calls of /api/v1/plans and the pure helpers the page is built from (tested in
// plans.test.js): status and kind labels, the indicator chart, reporting periods, the item tree, the compare
// matrix, the roll-up matrix and the assessment scheme form.
import { get, getText, query, request, requestBlob } from './api.js'
import { parseNumber as num } from './format.js'

const enc = encodeURIComponent

// departments and their workload are reference data: asked once per page load, by whichever tab needs them first
let departmentsOnce = null

export const planApi = {
  plans: () => get('plans'),
  plan: (id) => get(`plans/${enc(id)}`),
  indicators: (id) => get(`plans/${enc(id)}/indicators`),
  tasks: (id, theme, department) => get(`plans/${enc(id)}/tasks`, { theme, department }),
  source: (id) => getText(`plans/${enc(id)}/source`),
  compare: () => get('plans/compare'),
  departments: () =>
    (departmentsOnce ??= get('plans/departments').catch((e) => {
      departmentsOnce = null
      throw e
    })),
  statuses: (id, year, region) => get(`plans/${enc(id)}/status`, { year, region }),
  status: (id, indicatorId, year, region) => get(`plans/${enc(id)}/indicators/${enc(indicatorId)}/status`, { year, region }),
  recordValue: (id, indicatorId, body) =>
    request(`plans/${enc(id)}/indicators/${enc(indicatorId)}/values`, { method: 'POST', json: body }),
  deleteValue: (id, indicatorId, year, region) =>
    request(`plans/${enc(id)}/indicators/${enc(indicatorId)}/values/${enc(year)}${query({ region })}`, { method: 'DELETE' }),
  setTarget: (id, indicatorId, body) => request(`plans/${enc(id)}/indicators/${enc(indicatorId)}/target`, { method: 'PUT', json: body }),
  setTrajectory: (id, indicatorId, body) =>
    request(`plans/${enc(id)}/indicators/${enc(indicatorId)}/trajectory`, { method: 'PUT', json: body }),
  importValues(id, file) {
    const form = new FormData()
    form.append('file', file, file.name)
    return request(`plans/${enc(id)}/values/import`, { method: 'POST', form })
  },
  progress: (id, region) => get(`plans/${enc(id)}/progress`, { region }),
  progressSheet: (id, period, region, department) =>
    requestBlob(`plans/${enc(id)}/progress/sheet.xlsx${query({ period, region, department })}`),
  importProgress(id, file, region) {
    const form = new FormData()
    form.append('file', file, file.name)
    return request(`plans/${enc(id)}/progress/import${query({ region })}`, { method: 'POST', form })
  },
  report: (id, taskId, body) => request(`plans/${enc(id)}/tasks/${enc(taskId)}/progress`, { method: 'POST', json: body }),
  uploadEvidence(id, progressId, file) {
    const form = new FormData()
    form.append('file', file, file.name)
    return request(`plans/${enc(id)}/progress/${enc(progressId)}/evidence`, { method: 'POST', form })
  },
  evidence: (evidenceId) => requestBlob(`plans/evidence/${enc(evidenceId)}`),
  rollup: (id, year) => get(`plans/${enc(id)}/rollup`, { year }),
  assess: (id, body) => request(`plans/${enc(id)}/assessment`, { method: 'POST', json: body }),
  assessXlsx: (id, body) => requestBlob(`plans/${enc(id)}/assessment.xlsx`, { method: 'POST', json: body }),
}

// ------------------------------------------------------------------ codes

export const STATUSES = ['achieved', 'on_track', 'at_risk', 'off_track', 'no_data']
export const STATUS_TAG = { achieved: 'success', on_track: 'primary', at_risk: 'warning', off_track: 'danger', no_data: 'info' }
export const STATUS_COLORS = { achieved: '#1d6f42', on_track: '#409eff', at_risk: '#e6a23c', off_track: '#f56c6c', no_data: '#c0c4cc' }

/** Element Plus tag type and message key of an indicator status (an unknown or missing status reads as no data). */
export function statusTag(status) {
  const s = STATUSES.includes(status) ? status : 'no_data'
  return { type: STATUS_TAG[s], key: `plans.status.${s}`, color: STATUS_COLORS[s], status: s }
}

export const KINDS = ['reduction', 'at_least', 'at_most', 'absolute', 'count', 'keep_stable', 'inherited']
export const KIND_TAG = { reduction: 'success', at_least: 'primary', at_most: 'warning', absolute: '', count: '', keep_stable: 'info', inherited: 'danger' }

/** The message key of an indicator kind (较基年下降, 达到或超过 …). */
export function kindKey(kind) {
  return KINDS.includes(kind) ? `plans.kind.${kind}` : 'plans.kind.unknown'
}

export const REASONS = [
  'target_met', 'on_path', 'behind_path', 'far_behind_path', 'wrong_direction', 'deadline_passed', 'not_held', 'held',
  'no_trajectory', 'no_target', 'no_base', 'no_value',
]
export const reasonKey = (reason) => (REASONS.includes(reason) ? `plans.reason.${reason}` : null)

export const TASK_STATUSES = ['not_started', 'on_track', 'delayed', 'done']
export const TASK_STATUS_TAG = { not_started: 'info', on_track: 'primary', delayed: 'warning', done: 'success' }

export const THEMES = [
  'energy', 'industry', 'transport', 'buildings', 'agriculture', 'ecology', 'air', 'water', 'soil', 'solid_waste',
  'innovation', 'policy', 'capacity', 'organisation',
]
export const RULES = ['all_or_nothing', 'by_status', 'proportional']
export const GRADES = ['excellent', 'good', 'pass', 'fail']
export const GRADE_TAG = { excellent: 'success', good: 'primary', pass: 'warning', fail: 'danger' }

/** The year the status defaults to: the last complete year. */
export function defaultYear(now = new Date()) {
  return now.getFullYear() - 1
}

/** A plan's jurisdiction is a province (or a municipality): the roll-up over its lower regions makes sense. */
export function isProvincePlan(plan) {
  return !!plan && /^\d{2}0000$/.test(plan.jurisdiction ?? '') && !plan.parentJurisdiction
}

// ------------------------------------------------------------------ numbers and targets


/** A value with at most `decimals` decimals and no trailing zeros (4 → "4", 89.2 → "89.2"); '—' when missing. */
export function plain(v, decimals = 4) {
  if (v === null || v === undefined || Number.isNaN(Number(v))) return '—'
  return String(Number(Number(v).toFixed(decimals)))
}

/**
 * What an indicator asks for, in a few characters: −18% (2020→2025), ≥ 55 % (2025), ≤ 35 微克/立方米,
 * ≈ 1000 万吨; `inherited` (the caller's label) when the figure is set above.
 */
export function targetText(ind, { inherited = '承接上级', stable = '≈' } = {}) {
  if (!ind) return ''
  const unit = ind.unit ? (ind.unit === '%' ? '%' : ` ${ind.unit}`) : ''
  const year = ind.targetYear ? `（${ind.baseYear && ind.kind === 'reduction' ? `${ind.baseYear}→` : ''}${ind.targetYear}）` : ''
  if (ind.targetValue == null) return `${inherited}${year}`
  const v = plain(ind.targetValue)
  switch (ind.kind) {
    case 'reduction':
      return `−${v}%${year}`
    case 'at_least':
    case 'absolute':
    case 'count':
      return `≥ ${v}${unit}${year}`
    case 'at_most':
      return `≤ ${v}${unit}${year}`
    case 'keep_stable':
      return `${stable} ${v}${unit}${ind.comparison ? ` (${ind.comparison})` : ''}${year}`
    default:
      return `${ind.comparison ?? ''} ${v}${unit}${year}`.trim()
  }
}

/** The base as written: 2020: 100, 2020, or '—'. */
export function baseText(ind) {
  if (!ind || (ind.baseYear == null && ind.baseValue == null)) return '—'
  if (ind.baseValue == null) return String(ind.baseYear)
  return ind.baseYear == null ? plain(ind.baseValue) : `${ind.baseYear}: ${plain(ind.baseValue)}`
}

// ------------------------------------------------------------------ the indicator chart

/**
 * The ECharts option of one indicator's standing (a StatusView): the recorded values, the planned trajectory
 * (with the user's waypoints), the projection to the target year (dashed, from the latest value) and the target
 * level as a mark line. `labels` names the series in the page's language.
 */
export function statusChartOption(sv, labels = {}) {
  const L = { actual: '实际值', trajectory: '计划路径', projection: '趋势外推', target: '目标值', ...labels }
  const values = [...(sv?.values ?? [])].sort((a, b) => a.year - b.year)
  const trajectory = [...(sv?.trajectory ?? [])].sort((a, b) => a.year - b.year)
  const waypoints = new Set((sv?.waypoints ?? []).map((p) => p.year))
  const projection =
    sv?.projected != null && sv?.actual != null && sv?.actualYear != null && sv.targetYear > sv.actualYear
      ? [
          [sv.actualYear, sv.actual],
          [sv.targetYear, sv.projected],
        ]
      : []
  const years = [
    ...values.map((v) => v.year),
    ...trajectory.map((p) => p.year),
    ...projection.map((p) => p[0]),
    ...[sv?.baseYear, sv?.targetYear, sv?.year].filter((y) => y != null),
  ]
  const { minYear, maxYear, yearStep } = yearAxis(years)
  const series = [
    {
      name: L.trajectory,
      id: 'trajectory',
      type: 'line',
      data: trajectory.map((p) => ({ value: [p.year, p.value], symbolSize: waypoints.has(p.year) ? 9 : 5 })),
      lineStyle: { color: '#8a99a8', width: 2 },
      itemStyle: { color: '#8a99a8' },
      symbol: 'circle',
      z: 2,
    },
    {
      name: L.actual,
      id: 'actual',
      type: 'line',
      data: values.map((v) => [v.year, v.value]),
      lineStyle: { color: '#1d6f42', width: 3 },
      itemStyle: { color: '#1d6f42' },
      symbol: 'circle',
      symbolSize: 9,
      label: { show: true, position: 'top', formatter: (p) => plain(p.value[1], 2) },
      z: 4,
    },
    {
      name: L.projection,
      id: 'projection',
      type: 'line',
      data: projection,
      lineStyle: { color: '#e6a23c', type: 'dashed', width: 2 },
      itemStyle: { color: '#e6a23c' },
      symbol: 'emptyCircle',
      symbolSize: 7,
      z: 3,
    },
  ]
  if (sv?.targetLevel != null) {
    series[0].markLine = {
      silent: true,
      symbol: 'none',
      lineStyle: { color: '#f56c6c', type: 'dotted', width: 2 },
      label: { formatter: `${L.target} ${plain(sv.targetLevel, 2)}`, position: 'insideEndTop', color: '#c45656' },
      data: [{ yAxis: sv.targetLevel }],
    }
  }
  const ys = [
    ...values.map((v) => v.value),
    ...trajectory.map((p) => p.value),
    ...projection.map((p) => p[1]),
    ...(sv?.targetLevel != null ? [sv.targetLevel] : []),
  ]
  const bounds = niceBounds(ys)
  return {
    animation: false,
    grid: { left: 56, right: 24, top: 40, bottom: 32 },
    legend: { top: 4, data: [L.actual, L.trajectory, L.projection] },
    tooltip: { trigger: 'axis', valueFormatter: (v) => plain(v, 3) },
    xAxis: {
      type: 'value',
      min: minYear,
      max: maxYear,
      interval: yearStep,
      axisLabel: { formatter: (v) => String(v) },
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value',
      min: bounds.min,
      max: bounds.max,
      interval: bounds.step,
      name: sv?.unitLabel ?? '',
      splitLine: { lineStyle: { color: '#eef1f4' } },
    },
    series,
  }
}

/**
 * The year axis of an indicator chart: at least five years ending at the latest one (an indicator without a base year
 * and without values has only its target year, and a zero-width axis with a one-year interval draws its labels on top
 * of each other), whole years, and a step that keeps about ten labels at most.
 */
export function yearAxis(years) {
  const ys = years.filter((y) => Number.isFinite(y))
  const maxYear = ys.length ? Math.max(...ys) : new Date().getFullYear()
  const minYear = Math.min(ys.length ? Math.min(...ys) : maxYear, maxYear - 4)
  const yearStep = Math.max(1, Math.ceil((maxYear - minYear) / 10))
  return { minYear, maxYear, yearStep }
}

/** Round axis bounds around the values with a 1-2-5 step, about five intervals, a little room on each side. */
export function niceBounds(values) {
  const vs = (values ?? []).filter((v) => v != null && Number.isFinite(Number(v))).map(Number)
  let lo = vs.length ? Math.min(...vs) : 0
  let hi = vs.length ? Math.max(...vs) : 1
  if (hi === lo) {
    const d = Math.abs(hi) * 0.1 || 1
    lo -= d
    hi += d
  }
  const raw = (hi - lo) / 5
  const mag = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw)
  const round = (v) => Number(v.toFixed(10))
  let min = round(Math.floor(lo / step) * step)
  let max = round(Math.ceil(hi / step) * step)
  if (min === lo && lo !== 0) min = round(min - step)
  if (max === hi) max = round(max + step)
  return { min, max, step }
}

// ------------------------------------------------------------------ periods

/** Quarterly reporting periods from `toYear` Q4 back to `fromYear` Q1 (newest first): 2025Q4 … 2023Q1. */
export function quarterPeriods(fromYear, toYear) {
  const out = []
  for (let y = toYear; y >= fromYear; y--) for (let q = 4; q >= 1; q--) out.push(`${y}Q${q}`)
  return out
}

/** The quarter a date falls in: 2026-11-24 → 2026Q4. */
export function currentPeriod(now = new Date()) {
  return `${now.getFullYear()}Q${Math.floor(now.getMonth() / 3) + 1}`
}

/** A period's place in time (2024Q3, 2024H1, 2024): the year and the month it ends in; null when unreadable. */
export function periodEnd(period) {
  const m = /^(\d{4})(?:([QH])([1-4]))?$/.exec(String(period ?? '').trim())
  if (!m) return null
  const year = Number(m[1])
  if (!m[2]) return { year, month: 12 }
  const n = Number(m[3])
  if (m[2] === 'H' && n > 2) return null
  return { year, month: m[2] === 'Q' ? n * 3 : n * 6 }
}

/** Orders progress reports newest first: by the period's end, then by when they were reported. */
export function compareReports(a, b) {
  const pa = periodEnd(a.period) ?? { year: 0, month: 0 }
  const pb = periodEnd(b.period) ?? { year: 0, month: 0 }
  return pb.year - pa.year || pb.month - pa.month || String(b.reportedAt ?? '').localeCompare(String(a.reportedAt ?? ''))
}

/** The latest report per task id, from a list of ProgressView. */
export function latestByTask(reports) {
  const out = new Map()
  for (const r of [...(reports ?? [])].sort(compareReports)) if (!out.has(r.taskId)) out.set(r.taskId, r)
  return out
}

// ------------------------------------------------------------------ the document

/**
 * The items (ItemView, in document order) as a tree: each node `{ item, depth, children }`. An item whose
 * parent is missing is a root. `flat` lists the nodes in reading order.
 */
export function itemTree(items) {
  const nodes = new Map((items ?? []).map((item) => [item.id, { item, depth: 0, children: [] }]))
  const roots = []
  for (const item of items ?? []) {
    const node = nodes.get(item.id)
    const parent = item.parentId != null ? nodes.get(item.parentId) : null
    if (parent && parent !== node) parent.children.push(node)
    else roots.push(node)
  }
  const flat = []
  const walk = (list, depth) => {
    for (const n of list) {
      n.depth = depth
      flat.push(n)
      walk(n.children, depth + 1)
    }
  }
  walk(roots, 0)
  return { roots, flat }
}

/** An item's heading: number and title as written (the preamble has neither: the caller's label). */
export function itemHeading(item, preamble = '') {
  const text = `${item?.number ?? ''}${item?.title ?? ''}`.trim()
  return text || preamble
}

/** The source text as numbered lines, marking those from `first` to `last` (1-based, inclusive). */
export function sourceLines(text, first = 0, last = first) {
  return String(text ?? '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line, i) => ({ n: i + 1, text: line, hit: i + 1 >= first && i + 1 <= last }))
}

// ------------------------------------------------------------------ compare and roll-up

/**
 * The compare view's themes × plans counts for a heatmap and a table: plan ids in the view's order, themes
 * in the fixed order (then any other), heatmap cells [planIndex, themeIndex, count] and the largest count.
 */
export function compareMatrix(view) {
  const plans = (view?.plans ?? []).map((p) => p.id)
  const rows = [...(view?.themes ?? [])].sort((a, b) => rank(a.theme) - rank(b.theme) || String(a.theme).localeCompare(String(b.theme)))
  const themes = rows.map((r) => r.theme)
  const cells = []
  let max = 0
  rows.forEach((r, y) =>
    plans.forEach((p, x) => {
      const n = r.tasksByPlan?.[p] ?? 0
      max = Math.max(max, n)
      cells.push([x, y, n])
    }),
  )
  const table = rows.map((r) => ({
    theme: r.theme,
    counts: Object.fromEntries(plans.map((p) => [p, r.tasksByPlan?.[p] ?? 0])),
    total: plans.reduce((s, p) => s + (r.tasksByPlan?.[p] ?? 0), 0),
  }))
  return { plans, themes, cells, max, table }
}
function rank(theme) {
  const i = THEMES.indexOf(theme)
  return i < 0 ? THEMES.length : i
}

/** The roll-up as a matrix: columns are the lower regions, each row an indicator with its status per region. */
export function rollupMatrix(view) {
  const names = new Map()
  for (const ind of view?.indicators ?? []) for (const r of ind.regions ?? []) if (r.name) names.set(r.region, r.name)
  const columns = (view?.childRegions ?? []).map((code) => ({ code, name: names.get(code) ?? code }))
  const rows = (view?.indicators ?? []).map((ind) => {
    const byRegion = new Map((ind.regions ?? []).map((r) => [r.region, r.status]))
    return {
      indicatorId: ind.indicatorId,
      name: ind.name,
      unit: ind.unit,
      kind: ind.kind,
      counts: ind.statusCounts ?? {},
      sumActual: ind.sumActual,
      sumTarget: ind.sumTarget,
      cells: Object.fromEntries(columns.map((c) => [c.code, byRegion.get(c.code) ?? null])),
      reported: columns.filter((c) => byRegion.get(c.code)?.status && byRegion.get(c.code).status !== 'no_data').length,
    }
  })
  return { columns, rows }
}

/** Department options for a plan from the workload list: those leading or cooperating on any of its tasks. */
export function planDepartments(workload, planId) {
  return (workload ?? [])
    .filter((d) => (d.leadByPlan?.[planId] ?? 0) + (d.cooperatingByPlan?.[planId] ?? 0) > 0)
    .map((d) => ({ code: d.code, nameZh: d.nameZh, nameEn: d.nameEn, lead: d.leadByPlan?.[planId] ?? 0, cooperating: d.cooperatingByPlan?.[planId] ?? 0 }))
    .sort((a, b) => b.lead + b.cooperating - (a.lead + a.cooperating) || a.code.localeCompare(b.code))
}

// ------------------------------------------------------------------ the assessment scheme

/** The server's default scheme (core ScoringScheme.standard()), used until a run echoes the one it used. */
export function standardScheme() {
  return {
    rules: Object.fromEntries(KINDS.map((k) => [k, k === 'keep_stable' ? 'all_or_nothing' : 'proportional'])),
    indicatorWeight: 10,
    indicatorWeights: {},
    taskWeight: 5,
    taskWeights: {},
    statusCredit: { achieved: 1, on_track: 1, at_risk: 0.6, off_track: 0, no_data: 0 },
    taskCredit: { done: 1, on_track: 1, delayed: 0.5, not_started: 0 },
    vetoIndicators: [],
    vetoStatuses: ['off_track'],
    grades: [
      { code: 'excellent', minPercent: 90 },
      { code: 'good', minPercent: 80 },
      { code: 'pass', minPercent: 60 },
      { code: 'fail', minPercent: 0 },
    ],
  }
}

/** A scheme (as echoed by the server, possibly partial) → the editable form, with every field present. */
export function schemeToForm(scheme) {
  const d = standardScheme()
  const s = scheme ?? {}
  return {
    rules: { ...d.rules, ...(s.rules ?? {}) },
    indicatorWeight: s.indicatorWeight ?? d.indicatorWeight,
    indicatorWeights: { ...(s.indicatorWeights ?? {}) },
    taskWeight: s.taskWeight ?? d.taskWeight,
    taskWeights: { ...(s.taskWeights ?? {}) },
    statusCredit: { ...d.statusCredit, ...(s.statusCredit ?? {}) },
    taskCredit: { ...d.taskCredit, ...(s.taskCredit ?? {}) },
    vetoIndicators: [...(s.vetoIndicators ?? [])],
    vetoStatuses: [...(s.vetoStatuses ?? d.vetoStatuses)],
    grades: (s.grades?.length ? s.grades : d.grades).map((g) => ({ code: g.code, minPercent: g.minPercent })),
  }
}

/** The form → the request's scheme: empty per-indicator weights dropped, numbers as numbers, grades by band. */
export function formToScheme(form) {
  const weights = (m) =>
    Object.fromEntries(
      Object.entries(m ?? {})
        .map(([k, v]) => [k, num(v)])
        .filter(([, v]) => v !== null && !Number.isNaN(v)),
    )
  const shares = (m) => Object.fromEntries(Object.entries(m ?? {}).map(([k, v]) => [k, num(v)]).filter(([, v]) => v !== null))
  return {
    rules: { ...form.rules },
    indicatorWeight: num(form.indicatorWeight),
    indicatorWeights: weights(form.indicatorWeights),
    taskWeight: num(form.taskWeight),
    taskWeights: weights(form.taskWeights),
    statusCredit: shares(form.statusCredit),
    taskCredit: shares(form.taskCredit),
    vetoIndicators: [...(form.vetoIndicators ?? [])],
    vetoStatuses: [...(form.vetoStatuses ?? [])],
    grades: (form.grades ?? [])
      .filter((g) => String(g.code ?? '').trim() !== '')
      .map((g) => ({ code: String(g.code).trim(), minPercent: num(g.minPercent) }))
      .sort((a, b) => (b.minPercent ?? 0) - (a.minPercent ?? 0)),
  }
}

/** The grade's message key for the four usual bands, null for the user's own code (shown as it is). */
export const gradeKey = (code) => (GRADES.includes(code) ? `plans.grade.${code}` : null)

// ------------------------------------------------------------------ values import template

/** The import template's columns and one row per indicator (ids pre-filled, year and region suggested). */
export const TEMPLATE_COLUMNS = ['indicator_id', 'year', 'value', 'region', 'note']
export function templateRows(indicators, { year = null, region = '' } = {}) {
  return (indicators ?? []).map((i) => ({ indicator_id: i.id, year, value: null, region: region ?? '', note: '' }))
}

/** Trajectory editor rows → the request's points: complete rows only, sorted by year; problems listed by row. */
export function trajectoryPoints(rows) {
  const points = []
  const problems = []
  ;(rows ?? []).forEach((r, i) => {
    const year = num(r.year)
    const value = num(r.value)
    if (year === null && value === null) return
    if (year === null || Number.isNaN(year) || !Number.isInteger(year) || value === null || Number.isNaN(value)) {
      problems.push(i + 1)
      return
    }
    points.push({ year, value })
  })
  points.sort((a, b) => a.year - b.year)
  return { points, problems }
}
