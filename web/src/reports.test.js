import { describe, expect, it } from 'vitest'
import {
  blockingChecks,
  checkCounts,
  counted,
  labelled,
  explanationOf,
  fieldName,
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

  it('takes the blocking checks of a refused submission, and messages in either form', () => {
    const body = { message: '有 2 项错误 / 2 errors', checks: [check('E1', 'error', 'a', 1, 'ncv'), check('W1', 'warning', 'a', 1, 'ncv'), check('E2', 'ERROR', 'b', 2, 'ncv')] }
    expect(blockingChecks(body).map((c) => c.code)).toEqual(['E1', 'E2'])
    expect(blockingChecks({ errors: [{ code: 'E3', location: {} }] }).map((c) => c.code)).toEqual(['E3'])
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
