import { describe, expect, it } from 'vitest'
import {
  blockingChecks,
  cellText,
  checkCounts,
  complianceName,
  counted,
  dataRows,
  labelled,
  exampleCsv,
  explanationOf,
  fieldColumn,
  fieldName,
  findingOpen,
  findingStatusName,
  groupChecks,
  kindName,
  locationText,
  messageText,
  monthName,
  REPORT_STATUSES,
  regionCounts,
  rowsAt,
  severityName,
  statusCounts,
  statusName,
  statusTag,
  tonnesInput,
} from './reports.js'

const check = (code, severity, facility, month, field) => ({ code, severity, message: `${code} 中文 / ${code} English`, location: { facility, month, field } })

describe('report names', () => {
  it('names every status in both languages, never as a code', () => {
    for (const s of REPORT_STATUSES) {
      expect(statusName(s)).toMatch(/[\u4e00-\u9fff]/)
      expect(statusName(s, 'en')).not.toMatch(/_/)
    }
    expect(statusName('in_verification')).toBe('核查中')
    expect(statusName('confirmed', 'en')).toBe('confirmed')
    expect(statusName('archived')).toBe('archived')
    expect(statusTag('overdue')).toBe('danger')
    expect(statusTag('unknown')).toBe('info')
    expect(kindName('permit')).toBe('排污许可执行报告')
    expect(kindName('ghg', 'en')).toBe('GHG emission report')
  })

  it('names severities, in either case, short or with what they mean', () => {
    expect(severityName('ERROR')).toBe('错误（须改正后才能提交）')
    expect(severityName('warning', 'zh-CN', true)).toBe('提示')
    expect(severityName('warning', 'en', true)).toBe('warning')
  })

  it('names fields, activities through the caller, and keeps an unknown field as it is', () => {
    const activities = (c, l) => ({ raw_coal: l === 'en' ? 'raw coal' : '原煤' })[c] ?? c
    expect(fieldName('ncv')).toBe('低位发热量')
    expect(fieldName('test_date', 'en')).toBe('test date')
    expect(fieldName('raw_coal', 'zh-CN', activities)).toBe('原煤')
    expect(fieldName('raw_coal', 'zh-CN')).toBe('raw_coal')
    expect(fieldName('mystery', 'zh-CN', activities)).toBe('mystery')
    expect(fieldName(null)).toBe('')
    // the checks' compound fields: an activity's column, a measured emission, an outlet's pollutant
    expect(fieldName('raw_coal.test_date', 'zh-CN', activities)).toBe('原煤检测日期')
    expect(fieldName('raw_coal.carbon_content', 'en', activities)).toBe('raw coal as-received carbon content')
    expect(fieldName('raw_coal.measured_SO2_t', 'zh-CN', activities)).toBe('原煤SO₂实测排放量')
    expect(fieldName('DA001.SO2')).toBe('DA001 SO₂')
    expect(fieldName('electricity_supplied')).toBe('供电量')
    expect(fieldName('permit', 'en')).toBe('discharge permit')
  })
})

describe('locations', () => {
  it('writes facility, month and field, leaving out what is not given', () => {
    expect(locationText({ facility: '#1机组', month: 3, field: 'ncv' })).toBe('#1机组 · 3月 · 低位发热量')
    expect(locationText({ facility: '#1机组', month: 12, field: 'carbon_content' }, 'en')).toBe('#1机组 · Dec · as-received carbon content')
    expect(locationText({ month: 2 })).toBe('2月')
    expect(locationText({ facility: 'G2' })).toBe('G2')
    expect(locationText({})).toBe('整份报告')
    expect(locationText(null, 'en')).toBe('whole report')
    expect(monthName(13)).toBe('')
    expect(monthName('7')).toBe('7月')
  })

  it('finds the rows a location points at: facility and month when given, none for the whole report', () => {
    const rows = [
      { row: 2, facility: '#1机组', month: 1 },
      { row: 3, facility: '#1机组', month: 2 },
      { row: 4, facility: '#2机组', month: 2 },
    ]
    expect(rowsAt({ facility: '#1机组', month: 2 }, rows).map((r) => r.row)).toEqual([3])
    expect(rowsAt({ facility: '#1机组' }, rows).map((r) => r.row)).toEqual([2, 3])
    expect(rowsAt({ month: '2', field: 'ncv' }, rows).map((r) => r.row)).toEqual([3, 4])
    expect(rowsAt({ field: 'ncv' }, rows)).toEqual([])
    expect(rowsAt({ facility: '#3机组', month: 1 }, rows)).toEqual([])
    // a field naming an activity of the data narrows to its rows; one naming none does not
    const mixed = [
      { row: 2, facility: 'G1', month: 3, activity: 'raw_coal' },
      { row: 3, facility: 'G1', month: 3, activity: 'electricity_generated' },
      { row: 4, facility: 'G1', month: 3, activity: 'electricity_supplied' },
    ]
    expect(rowsAt({ facility: 'G1', month: 3, field: 'raw_coal.test_date' }, mixed).map((r) => r.row)).toEqual([2])
    expect(rowsAt({ facility: 'G1', month: 3, field: 'electricity_supplied' }, mixed).map((r) => r.row)).toEqual([4])
    expect(rowsAt({ facility: 'G1', month: 3, field: 'diesel.ncv' }, mixed).map((r) => r.row)).toEqual([2, 3, 4])
    expect(fieldColumn('raw_coal.test_date')).toBe('test_date')
    expect(fieldColumn('electricity_supplied')).toBe('amount')
    expect(fieldColumn('ncv')).toBe('ncv')
    expect(fieldColumn(null)).toBeNull()
  })
})

describe('checks', () => {
  it('puts errors before warnings, each ordered by facility, month and code', () => {
    const checks = [
      check('W_REPEAT', 'warning', '#1机组', 5, 'ncv'),
      check('E_CARBON', 'error', '#2机组', 1, 'carbon_content'),
      check('E_CARBON', 'error', '#1机组', 11, 'carbon_content'),
      check('E_CHRONO', 'error', '#1机组', 2, 'test_date'),
      check('W_MISSING', 'WARNING', null, null, null),
    ]
    const groups = groupChecks(checks)
    expect(groups.map((g) => g.severity)).toEqual(['error', 'warning'])
    expect(groups[0].checks.map((c) => `${c.location.facility}:${c.location.month}`)).toEqual(['#1机组:2', '#1机组:11', '#2机组:1'])
    // the report-wide warning (no facility) sorts before the facility's
    expect(groups[1].checks.map((c) => c.code)).toEqual(['W_MISSING', 'W_REPEAT'])
    expect(groupChecks([check('W', 'warning', 'a', 1, 'x')]).map((g) => g.severity)).toEqual(['warning'])
    expect(groupChecks(undefined)).toEqual([])
    expect(checkCounts(checks)).toEqual({ error: 3, warning: 2 })
  })

  it('reads the blocking checks of a refused submission back into checks, with the severity the report gives them', () => {
    const body = {
      message: '有 2 项检查未通过 / 2 checks block',
      errors: [
        { row: 3, column: 'raw_coal.carbon_content', location: 'U1 · 3月 · raw_coal.carbon_content', value: 'RPT-CC-BAND', message: '偏低 / low' },
        { row: null, column: 'natural_gas.test_date', location: 'U1 · natural_gas.test_date', value: 'RPT-LAB-SAME-DATE', message: '同日 / same day' },
        { row: 5, column: null, location: '5月', value: 'RPT-MONTH-MISSING', message: '缺 / missing' },
      ],
    }
    const checks = [check('RPT-LAB-SAME-DATE', 'WARNING', 'U1', null, 'natural_gas.test_date')]
    const blocking = blockingChecks(body, checks)
    expect(blocking.map((c) => [c.code, c.severity, c.location.facility, c.location.month, c.location.field])).toEqual([
      ['RPT-CC-BAND', 'error', 'U1', 3, 'raw_coal.carbon_content'],
      ['RPT-LAB-SAME-DATE', 'warning', 'U1', null, 'natural_gas.test_date'],
      ['RPT-MONTH-MISSING', 'error', null, 5, null],
    ])
    expect(blockingChecks(null)).toEqual([])
    expect(messageText('含碳量偏低 / carbon content low', 'en')).toBe('carbon content low')
    expect(messageText({ zh: '含碳量偏低', en: 'carbon content low' })).toBe('含碳量偏低')
    expect(messageText({ zh: '含碳量偏低' }, 'en')).toBe('含碳量偏低')
  })

  it('matches an explanation to its check by code and location', () => {
    const w = check('W_REPEAT', 'warning', '#1机组', 5, 'ncv')
    const explanations = [
      { code: 'W_REPEAT', location: { facility: '#1机组', month: 6, field: 'ncv' }, text: '六月' },
      { code: 'W_REPEAT', location: { facility: '#1机组', month: 5, field: 'ncv' }, text: '同一批煤' },
    ]
    expect(explanationOf(w, explanations).text).toBe('同一批煤')
    expect(explanationOf(check('W_REPEAT', 'warning', '#2机组', 5, 'ncv'), explanations)).toBeNull()
  })
})

describe('overview and inputs', () => {
  it('lists every status in order, missing ones as 0', () => {
    expect(statusCounts({ byStatus: { draft: 3, verified: 1 } })).toEqual([
      { status: 'not_started', count: 0 },
      { status: 'draft', count: 3 },
      { status: 'submitted', count: 0 },
      { status: 'in_verification', count: 0 },
      { status: 'verified', count: 1 },
      { status: 'confirmed', count: 0 },
      { status: 'overdue', count: 0 },
    ])
    expect(statusCounts(null).every((s) => s.count === 0)).toBe(true)
  })

  it('reads a conservative estimate: blank is none, not zero; a negative or a word is NaN', () => {
    expect(tonnesInput('')).toBeNull()
    expect(tonnesInput('  ')).toBeNull()
    expect(tonnesInput('0')).toBe(0)
    expect(tonnesInput('1,234.5')).toBe(1234.5)
    expect(tonnesInput('-3')).toBeNaN()
    expect(tonnesInput('abc')).toBeNaN()
  })
})

describe('regions of the overview', () => {
  it('counts a chosen status or all reports per region, from a list or a map', () => {
    const overview = {
      regions: [
        { region: '410000', name: '河南省', byStatus: { draft: 2, verified: 3 } },
        { region: '500000', name: '重庆市', byStatus: { overdue: 1 } },
      ],
    }
    expect(regionCounts(overview).map((r) => [r.adcode, r.value])).toEqual([
      ['410000', 5],
      ['500000', 1],
    ])
    expect(regionCounts(overview, 'overdue').map((r) => r.value)).toEqual([0, 1])
    expect(regionCounts({ byRegion: { 210000: { name: '辽宁省', counts: { submitted: 4 } } } }, 'submitted')).toEqual([
      { adcode: '210000', name: '辽宁省', nameEn: null, counts: { submitted: 4 }, total: 4, value: 4 },
    ])
    expect(regionCounts(null)).toEqual([])
  })
})

describe('labels', () => {
  it('uses full-width brackets and colons in Chinese only', () => {
    expect(counted('错误', 3)).toBe('错误（3）')
    expect(counted('errors', 3, 'en')).toBe('errors (3)')
    expect(labelled('核查机构', '演示核查机构')).toBe('核查机构：演示核查机构')
    expect(labelled('Verifier', 'demo', 'en')).toBe('Verifier: demo')
  })
})

describe('findings', () => {
  it('names a finding status and tells an open one', () => {
    expect(findingStatusName('estimated')).toBe('未整改，已按保守估算')
    expect(findingStatusName('fixed', 'en')).toBe('fixed')
    expect(findingOpen({ status: 'open' })).toBe(true)
    expect(findingOpen({})).toBe(true)
    expect(findingOpen({ status: 'fixed' })).toBe(false)
    expect(findingOpen({ status: 'estimated' })).toBe(false)
  })
})

describe('the example file', () => {
  it('has the headers in the language, three rows a month, and a carbon content per GJ inside the bituminous band', () => {
    const zh = exampleCsv(2024).replace(/^\uFEFF/, '').trim().split('\r\n')
    expect(zh[0].split(',').slice(0, 6)).toEqual(['设施', '月份', '排放源', '活动类型', '活动水平', '计量单位'])
    expect(zh).toHaveLength(7)
    expect(zh[1]).toBe('#1机组,1,POWER,原煤,98000,t,20.9,GJ/t,0.5392,tC/t,某煤质检测中心,2024-001,2024-01-31,2024-02-03,2024-02-08')
    expect(zh[2].split(',').slice(3, 6)).toEqual(['发电量', '225000', 'MWh'])
    // 0.5392 / 20.9 = 0.02580 tC/GJ and 0.5465 / 21.1 = 0.02590: inside 0.024–0.030 (check_thresholds.csv)
    for (const line of [zh[1], zh[4]]) {
      const c = line.split(',')
      expect(Number(c[8]) / Number(c[6])).toBeGreaterThan(0.024)
      expect(Number(c[8]) / Number(c[6])).toBeLessThan(0.03)
    }
    // supply below generation; heat rate 98000 × 20.9 / 225000 = 9.10 GJ/MWh inside 7.5–12.5
    expect((98000 * 20.9) / 225000).toBeCloseTo(9.1031, 4)
    expect(exampleCsv(2024, 'en').split('\r\n')[0]).toBe('\uFEFFfacility,month,source,activity,amount,unit,ncv,ncv_unit,carbon_content,carbon_content_unit,lab,report_no,sample_date,test_date,report_date')
  })
})

describe('compliance in the permit view', () => {
  it('names compliance words and report statuses, and is empty when there is none', () => {
    expect(complianceName('exceeded')).toBe('超出许可排放量')
    expect(complianceName('confirmed')).toBe('已确认')
    expect(complianceName('overdue', 'en')).toBe('overdue')
    expect(complianceName(null)).toBe('')
  })
})

describe('a report\'s data rows', () => {
  it('keys the API\'s rows by the columns checks name and leaves empty values out', () => {
    const api = [
      { row: 2, facility: 'U1', month: 3, source: 'POWER', activity: 'natural_gas', amount: 1855.1, unit: '万Nm3', ncv: 385.83, ncvUnit: 'GJ/万Nm3', carbonContent: null, testDate: '2024-04-03', reportNo: 'R-3' },
      { row: 3, facility: 'U1', month: 3, activity: 'electricity_generated', amount: 99410.2, unit: 'MWh', lab: '' },
    ]
    expect(dataRows(api)).toEqual([
      { row: 2, facility: 'U1', month: 3, source: 'POWER', activity: 'natural_gas', amount: 1855.1, unit: '万Nm3', ncv: 385.83, ncv_unit: 'GJ/万Nm3', test_date: '2024-04-03', report_no: 'R-3' },
      { row: 3, facility: 'U1', month: 3, activity: 'electricity_generated', amount: 99410.2, unit: 'MWh' },
    ])
    expect(dataRows(null)).toEqual([])
  })
})

describe('data cells', () => {
  it('names sources and activities, writes months and numbers for the language', () => {
    const names = { activityName: (c, l) => ({ natural_gas: l === 'en' ? 'natural gas' : '天然气' })[c] ?? c, sourceName: (c) => ({ POWER: '火力发电及热电联产' })[c] ?? '' }
    expect(cellText('source', 'POWER', 'zh-CN', names)).toBe('火力发电及热电联产')
    expect(cellText('source', 'NEW', 'zh-CN', names)).toBe('NEW')
    expect(cellText('activity', 'natural_gas', 'en', names)).toBe('natural gas')
    expect(cellText('activity', 'electricity_supplied', 'zh-CN', names)).toBe('供电量')
    expect(cellText('month', 6, 'zh-CN')).toBe('6月')
    expect(cellText('amount', 99410.2, 'zh-CN')).toBe('99,410.2')
    expect(cellText('amount', 1855.1, 'en')).toBe('1,855.1')
    expect(cellText('test_date', '2024-07-08')).toBe('2024-07-08')
    expect(cellText('ncv', null)).toBe('')
  })
})
