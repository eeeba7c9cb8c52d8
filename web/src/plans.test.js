import { describe, expect, it } from 'vitest'
import messages from './messages.js'
import {
  baseText,
  compareMatrix,
  compareReports,
  currentPeriod,
  defaultYear,
  formToScheme,
  isProvincePlan,
  itemHeading,
  itemTree,
  KINDS,
  kindKey,
  latestByTask,
  niceBounds,
  periodEnd,
  planDepartments,
  quarterPeriods,
  REASONS,
  reasonKey,
  rollupMatrix,
  schemeToForm,
  sourceLines,
  standardScheme,
  STATUSES,
  statusChartOption,
  yearAxis,
  statusTag,
  targetText,
  TASK_STATUSES,
  templateRows,
  THEMES,
  trajectoryPoints,
} from './plans.js'

const lookup = (obj, key) => key.split('.').reduce((o, k) => o?.[k], obj)

// LN-02 after a base of 100 was set and 2023 = 88 recorded (the server's StatusView).
const LN02 = {
  status: 'on_track',
  expected: 82,
  actual: 88,
  projected: 80,
  reason: 'on_path',
  year: 2025,
  actualYear: 2023,
  targetLevel: 82,
  progressRatio: 1.11,
  region: '210000',
  indicatorId: 'LN-02',
  kind: 'reduction',
  effectiveKind: 'reduction',
  comparison: '<=',
  baseYear: 2020,
  baseValue: 100,
  targetYear: 2025,
  targetValue: 18,
  targetCompleted: true,
  values: [{ year: 2023, value: 88, origin: 'manual', note: '', enteredBy: 'authority', enteredAt: '2026-11-24T02:00:00Z' }],
  trajectory: [
    { year: 2020, value: 100 },
    { year: 2025, value: 82 },
  ],
  waypoints: [],
}

describe('status and kind labels', () => {
  it('gives every status a tag type and a label in both languages', () => {
    expect(statusTag('on_track')).toMatchObject({ type: 'primary', key: 'plans.status.on_track' })
    expect(statusTag('off_track').type).toBe('danger')
    expect(statusTag('achieved').type).toBe('success')
    expect(statusTag(undefined).key).toBe('plans.status.no_data')
    expect(statusTag('nonsense').status).toBe('no_data')
    for (const s of STATUSES) {
      expect(lookup(messages['zh-CN'], statusTag(s).key), s).toBeTruthy()
      expect(lookup(messages.en, statusTag(s).key), s).toBeTruthy()
    }
    expect(lookup(messages['zh-CN'], 'plans.status.on_track')).toBe('正常推进')
    expect(lookup(messages['zh-CN'], 'plans.status.off_track')).toBe('严重滞后')
  })

  it('names every kind, reason, theme and task status', () => {
    expect(KINDS.map((k) => lookup(messages['zh-CN'], kindKey(k)))).toEqual(['较基年下降', '达到或超过', '不超过', '总量', '数量', '保持稳定', '承接上级'])
    expect(kindKey('what')).toBe('plans.kind.unknown')
    for (const r of REASONS) expect(lookup(messages.en, reasonKey(r)), r).toBeTruthy()
    expect(reasonKey('x')).toBeNull()
    for (const th of THEMES) expect(messages.en.plans.theme[th], th).toBeTruthy()
    for (const s of TASK_STATUSES) expect(messages['zh-CN'].plans.taskStatus[s], s).toBeTruthy()
  })
})

describe('targets as text', () => {
  it('reads each kind the way the plan states it', () => {
    expect(targetText({ kind: 'reduction', unit: '%', baseYear: 2020, targetYear: 2025, targetValue: 18 })).toBe('−18%（2020→2025）')
    expect(targetText({ kind: 'at_least', unit: '%', targetYear: 2025, targetValue: 55 })).toBe('≥ 55%（2025）')
    expect(targetText({ kind: 'absolute', unit: '万千瓦', targetYear: 2025, targetValue: 3700 })).toBe('≥ 3700 万千瓦（2025）')
    expect(targetText({ kind: 'at_most', unit: '微克/立方米', targetValue: 35 })).toBe('≤ 35 微克/立方米')
    expect(targetText({ kind: 'keep_stable', unit: '万吨', comparison: '>=', targetValue: 1000 })).toBe('≈ 1000 万吨 (>=)')
    expect(targetText({ kind: 'inherited', unit: '%', targetYear: 2025, targetValue: null }, { inherited: 'from above' })).toBe('from above（2025）')
    expect(baseText({ baseYear: 2020, baseValue: null })).toBe('2020')
    expect(baseText({ baseYear: 2020, baseValue: 100 })).toBe('2020: 100')
    expect(baseText({})).toBe('—')
  })
})

describe('the indicator chart', () => {
  it('draws the values, the straight path, the dashed projection and the target level', () => {
    const o = statusChartOption(LN02, { actual: 'A', trajectory: 'T', projection: 'P', target: 'G' })
    const [trajectory, actual, projection] = o.series
    expect(actual.name).toBe('A')
    expect(actual.data).toEqual([[2023, 88]])
    expect(trajectory.data.map((d) => d.value)).toEqual([
      [2020, 100],
      [2025, 82],
    ])
    expect(projection.data).toEqual([
      [2023, 88],
      [2025, 80],
    ])
    expect(projection.lineStyle.type).toBe('dashed')
    expect(trajectory.markLine.data).toEqual([{ yAxis: 82 }])
    expect(o.xAxis.min).toBe(2020)
    expect(o.xAxis.max).toBe(2025)
    expect(o.yAxis).toMatchObject({ min: 75, max: 105, interval: 5 })
  })

  it('keeps the year axis at least five years wide and about ten labels at most', () => {
    expect(yearAxis([2025, 2025])).toEqual({ minYear: 2021, maxYear: 2025, yearStep: 1 })
    expect(yearAxis([2020, 2025])).toEqual({ minYear: 2020, maxYear: 2025, yearStep: 1 })
    expect(yearAxis([2005, 2025])).toEqual({ minYear: 2005, maxYear: 2025, yearStep: 2 })
  })

  it('rounds the value axis', () => {
    expect(niceBounds([88, 100, 82, 80])).toEqual({ min: 75, max: 105, step: 5 })
    expect(niceBounds([55])).toEqual({ min: 47.5, max: 62.5, step: 2.5 })
    expect(niceBounds([])).toEqual({ min: 0, max: 1.2, step: 0.2 })
    const b = niceBounds([0.31, 0.42])
    expect(b.min).toBeLessThan(0.31)
    expect(b.max).toBeGreaterThan(0.42)
  })

  it('copes with no values, no path and no target', () => {
    const o = statusChartOption({ status: 'no_data', year: 2025, targetYear: 2025, values: [], trajectory: [], waypoints: [] })
    expect(o.series.map((s) => s.data.length)).toEqual([0, 0, 0])
    expect(o.series[0].markLine).toBeUndefined()
    // only the target year known (LN-04 without a base year): five years ending there, not a zero-width axis
    expect(o.xAxis).toMatchObject({ min: 2021, max: 2025, interval: 1 })
    const waypointed = statusChartOption({ ...LN02, trajectory: [...LN02.trajectory, { year: 2023, value: 90 }], waypoints: [{ year: 2023, value: 90 }] })
    expect(waypointed.series[0].data.map((d) => d.value[0])).toEqual([2020, 2023, 2025])
    expect(waypointed.series[0].data[1].symbolSize).toBeGreaterThan(waypointed.series[0].data[0].symbolSize)
  })
})

describe('periods', () => {
  it('lists quarters newest first and knows the current one', () => {
    expect(quarterPeriods(2024, 2025)).toEqual(['2025Q4', '2025Q3', '2025Q2', '2025Q1', '2024Q4', '2024Q3', '2024Q2', '2024Q1'])
    expect(currentPeriod(new Date(2026, 10, 24))).toBe('2026Q4')
    expect(currentPeriod(new Date(2026, 0, 1))).toBe('2026Q1')
    expect(defaultYear(new Date(2026, 10, 24))).toBe(2025)
  })

  it('orders reports by period end, then by when they were reported', () => {
    expect(periodEnd('2024Q3')).toEqual({ year: 2024, month: 9 })
    expect(periodEnd('2024H1')).toEqual({ year: 2024, month: 6 })
    expect(periodEnd('2024')).toEqual({ year: 2024, month: 12 })
    expect(periodEnd('2024H3')).toBeNull()
    expect(periodEnd('Q3')).toBeNull()
    const reports = [
      { id: 1, taskId: '3.4', period: '2024Q3', status: 'on_track', reportedAt: '2024-10-01' },
      { id: 2, taskId: '3.4', period: '2024', status: 'done', reportedAt: '2025-01-05' },
      { id: 3, taskId: '3.5', period: '2024H1', status: 'delayed', reportedAt: '2024-07-01' },
      { id: 4, taskId: '3.5', period: '2024Q2', status: 'on_track', reportedAt: '2024-07-09' },
    ]
    expect([...reports].sort(compareReports).map((r) => r.id)).toEqual([2, 1, 4, 3])
    const latest = latestByTask(reports)
    expect(latest.get('3.4').status).toBe('done')
    expect(latest.get('3.5').id).toBe(4)
  })
})

describe('the document', () => {
  const items = [
    { id: '0', number: '', parentId: null, title: '', text: '为深入贯彻…', firstLine: 47, lastLine: 47, task: false },
    { id: '2', number: '二、', parentId: null, title: '总体要求', text: '', firstLine: 55, lastLine: 55 },
    { id: '2.3', number: '（三）', parentId: '2', title: '主要目标', text: '到2025年…', firstLine: 73, lastLine: 79 },
    { id: '3', number: '三、', parentId: null, title: '加强源头防控' },
    { id: '3.4', number: '（四）', parentId: '3', title: '强化生态环境分区管控', task: true },
    { id: '3.4.1', number: '1.', parentId: '3.4', title: '细则' },
    { id: 'x', number: '（九）', parentId: 'missing', title: '孤立' },
  ]

  it('builds the outline in document order with depths', () => {
    const { roots, flat } = itemTree(items)
    expect(roots.map((n) => n.item.id)).toEqual(['0', '2', '3', 'x'])
    expect(flat.map((n) => `${n.item.id}:${n.depth}`)).toEqual(['0:0', '2:0', '2.3:1', '3:0', '3.4:1', '3.4.1:2', 'x:0'])
    expect(itemHeading(items[4])).toBe('（四）强化生态环境分区管控')
    expect(itemHeading(items[0], '（前言）')).toBe('（前言）')
  })

  it('numbers the source lines and marks the item', () => {
    const lines = sourceLines('a\r\nb\nc\nd', 2, 3)
    expect(lines.map((l) => l.n)).toEqual([1, 2, 3, 4])
    expect(lines.filter((l) => l.hit).map((l) => l.text)).toEqual(['b', 'c'])
  })
})

describe('compare and roll-up', () => {
  it('shapes the themes × plans matrix', () => {
    const view = {
      plans: [{ id: 'liaoning-2023' }, { id: 'henan-2023' }],
      themes: [
        { theme: 'policy', tasksByPlan: { 'liaoning-2023': 4, 'henan-2023': 4 } },
        { theme: 'energy', tasksByPlan: { 'liaoning-2023': 1, 'henan-2023': 3 } },
        { theme: 'capacity', tasksByPlan: { 'henan-2023': 5 } },
      ],
      topics: [],
    }
    const m = compareMatrix(view)
    expect(m.themes).toEqual(['energy', 'policy', 'capacity'])
    expect(m.max).toBe(5)
    expect(m.cells).toContainEqual([1, 0, 3])
    expect(m.cells).toContainEqual([0, 2, 0])
    expect(m.table[2]).toEqual({ theme: 'capacity', counts: { 'liaoning-2023': 0, 'henan-2023': 5 }, total: 5 })
    expect(compareMatrix(null)).toMatchObject({ plans: [], themes: [], cells: [], max: 0 })
  })

  it('shapes the roll-up and the plan departments', () => {
    const view = {
      planId: 'liaoning-2023',
      region: '210000',
      year: 2025,
      childRegions: ['210100', '210200'],
      indicators: [
        {
          indicatorId: 'LN-03',
          name: '风电、太阳能发电总装机容量',
          unit: '万千瓦',
          kind: 'absolute',
          statusCounts: { on_track: 1, no_data: 1 },
          sumActual: 500,
          sumTarget: 1000,
          regions: [{ region: '210100', name: '沈阳市', status: { status: 'on_track' } }],
        },
      ],
    }
    const m = rollupMatrix(view)
    expect(m.columns).toEqual([
      { code: '210100', name: '沈阳市' },
      { code: '210200', name: '210200' },
    ])
    expect(m.rows[0].cells['210100'].status).toBe('on_track')
    expect(m.rows[0].cells['210200']).toBeNull()
    expect(m.rows[0].reported).toBe(1)
    const deps = planDepartments(
      [
        { code: 'finance', nameZh: '财政部门', nameEn: 'Finance', leadByPlan: { 'henan-2023': 2 }, cooperatingByPlan: {} },
        { code: 'ecology-environment', nameZh: '生态环境部门', nameEn: 'Ecology', leadByPlan: { 'liaoning-2023': 20 }, cooperatingByPlan: { 'liaoning-2023': 1 } },
        { code: 'water', nameZh: '水利部门', nameEn: 'Water', leadByPlan: {}, cooperatingByPlan: { 'liaoning-2023': 3 } },
      ],
      'liaoning-2023',
    )
    expect(deps.map((d) => d.code)).toEqual(['ecology-environment', 'water'])
    expect(isProvincePlan({ jurisdiction: '210000', parentJurisdiction: null })).toBe(true)
    expect(isProvincePlan({ jurisdiction: '350400', parentJurisdiction: '350000' })).toBe(false)
  })
})

describe('the assessment scheme form', () => {
  it('starts from the standard scheme and completes a partial echo', () => {
    const f = schemeToForm(null)
    expect(f).toEqual(standardScheme())
    const echoed = schemeToForm({ rules: { reduction: 'by_status' }, indicatorWeight: 20, grades: [{ code: 'pass', minPercent: 50 }] })
    expect(echoed.rules.reduction).toBe('by_status')
    expect(echoed.rules.count).toBe('proportional')
    expect(echoed.indicatorWeight).toBe(20)
    expect(echoed.taskWeight).toBe(5)
    expect(echoed.grades).toEqual([{ code: 'pass', minPercent: 50 }])
  })

  it('sends numbers, drops empty weights and sorts the grade bands', () => {
    const f = schemeToForm(null)
    f.indicatorWeights = { 'LN-01': '15', 'LN-02': '', 'LN-03': null }
    f.indicatorWeight = '8'
    f.vetoIndicators = ['LN-02']
    f.grades = [
      { code: 'fail', minPercent: 0 },
      { code: 'excellent', minPercent: '95' },
      { code: ' ', minPercent: 10 },
    ]
    const s = formToScheme(f)
    expect(s.indicatorWeights).toEqual({ 'LN-01': 15 })
    expect(s.indicatorWeight).toBe(8)
    expect(s.vetoIndicators).toEqual(['LN-02'])
    expect(s.grades).toEqual([
      { code: 'excellent', minPercent: 95 },
      { code: 'fail', minPercent: 0 },
    ])
    expect(s.rules.keep_stable).toBe('all_or_nothing')
    expect(s.statusCredit.at_risk).toBe(0.6)
  })
})

describe('values import and trajectory editor', () => {
  it('pre-fills the template with the indicator ids', () => {
    const rows = templateRows([{ id: 'LN-01' }, { id: 'LN-02' }], { year: 2025, region: '210000' })
    expect(rows).toEqual([
      { indicator_id: 'LN-01', year: 2025, value: null, region: '210000', note: '' },
      { indicator_id: 'LN-02', year: 2025, value: null, region: '210000', note: '' },
    ])
  })

  it('keeps complete trajectory rows and names the broken ones', () => {
    expect(
      trajectoryPoints([
        { year: '2024', value: '85' },
        { year: 2022, value: 95.5 },
        { year: '', value: '' },
        { year: '2023.5', value: '1' },
        { year: '2021', value: 'x' },
      ]),
    ).toEqual({
      points: [
        { year: 2022, value: 95.5 },
        { year: 2024, value: 85 },
      ],
      problems: [4, 5],
    })
  })
})
