import { describe, expect, it } from 'vitest'
import { apiErrorOf, apiErrorText, formatCoverage, formatDateTime, formatPercent, formatTonnes, localized, parseNumber, provenanceParts, sortSubstances, splitLocation, substanceLabel, tonnesScale } from './format.js'

describe('formatTonnes', () => {
  it('uses t below 1 万t and 万t above, with thousands separators', () => {
    expect(formatTonnes(1234.5)).toBe('1,235 t')
    expect(formatTonnes(460630819.266)).toBe('46,063.08 万t')
    expect(formatTonnes(12000)).toBe('1.2 万t')
    expect(formatTonnes(-25000)).toBe('-2.5 万t')
  })

  it('keeps about four significant digits for small amounts', () => {
    expect(formatTonnes(0.0842)).toBe('0.0842 t')
    expect(formatTonnes(5.473)).toBe('5.47 t')
    expect(formatTonnes(0.000123456)).toBe('0.0001235 t')
    expect(formatTonnes(0)).toBe('0 t')
  })

  it('uses t, kt and Mt in English', () => {
    expect(formatTonnes(950, 'en')).toBe('950 t')
    expect(formatTonnes(23305.68, 'en')).toBe('23.3 kt')
    expect(formatTonnes(460630819.266, 'en')).toBe('460.63 Mt')
  })

  it('shows a dash for missing values', () => {
    expect(formatTonnes(null)).toBe('—')
    expect(formatTonnes(undefined)).toBe('—')
    expect(formatTonnes(Number.NaN)).toBe('—')
  })
})

describe('tonnesScale', () => {
  it('picks an axis unit from the largest value', () => {
    expect(tonnesScale(5e8)).toEqual({ factor: 1e8, unit: '亿t' })
    expect(tonnesScale(5e5)).toEqual({ factor: 1e4, unit: '万t' })
    expect(tonnesScale(50)).toEqual({ factor: 1, unit: 't' })
    expect(tonnesScale(5e8, 'en')).toEqual({ factor: 1e6, unit: 'Mt' })
  })
})

describe('formatPercent', () => {
  it('formats shares and signed changes', () => {
    expect(formatPercent(0.8608)).toBe('86.1%')
    expect(formatPercent(-0.083, { signed: true })).toBe('−8.3%')
    expect(formatPercent(0.042, { signed: true })).toBe('+4.2%')
    expect(formatPercent(null)).toBe('—')
  })
})

describe('substances', () => {
  it('labels codes and orders pollutants before greenhouse gases', () => {
    expect(substanceLabel('NOX')).toBe('NOx')
    expect(substanceLabel('PM25')).toBe('PM₂.₅')
    expect(substanceLabel('VOCS')).toBe('VOCs')
    expect(sortSubstances(['CO2', 'N2O', 'SO2', 'XYZ', 'NOX'])).toEqual(['SO2', 'NOX', 'CO2', 'N2O', 'XYZ'])
    expect(sortSubstances(['CO2E', 'SF6', 'HFC-125', 'CO2', 'HFC-32'])).toEqual(['CO2', 'HFC-32', 'HFC-125', 'SF6', 'CO2E'])
  })
})

describe('provenanceParts', () => {
  it('splits parameters but not the citations inside brackets', () => {
    const p = 'NCV=389.31 GJ/万Nm3 [cn.ncv@1 U: guidelines (试行; 2013); annex]; CC=0.0153 tC/GJ [cn.cc@1 U: x]; record:ncv'
    expect(provenanceParts(p)).toEqual(['NCV=389.31 GJ/万Nm3 [cn.ncv@1 U: guidelines (试行; 2013); annex]', 'CC=0.0153 tC/GJ [cn.cc@1 U: x]', 'record:ncv'])
    expect(provenanceParts(null)).toEqual([])
  })
})

describe('error locations and messages', () => {
  it('finds the sheet and cell of an xlsx location', () => {
    expect(splitLocation('活动数据!G3')).toEqual({ sheet: '活动数据', cell: 'G3' })
    expect(splitLocation("'Activity data'!AB12")).toEqual({ sheet: 'Activity data', cell: 'AB12' })
    expect(splitLocation('line 3')).toEqual({ sheet: '', cell: '' })
  })

  it('picks the half of a bilingual message', () => {
    const m = '数量不是数字 / amount is not a number'
    expect(localized(m, 'zh-CN')).toBe('数量不是数字')
    expect(localized(m, 'en')).toBe('amount is not a number')
    expect(localized('t / 万t mixed', 'en')).toBe('t / 万t mixed')
    expect(localized('2 处错误, 未保存任何数据 / error(s), nothing stored', 'en')).toBe('error(s), nothing stored')
  })
})

describe('apiErrorOf', () => {
  it('gives the message in the chosen language and each problem with its place', () => {
    const e = { message: '导入被拒绝 / import rejected', errors: [{ location: 'Sheet1!C3', message: '数值无效 / value is not a number' }, { column: 'year', message: '年份 / year' }, { message: '无位置 / nowhere' }] }
    const zh = apiErrorOf(e, 'zh-CN')
    expect(zh.title).toBe('导入被拒绝')
    expect(zh.problems).toEqual(['Sheet1!C3: 数值无效', 'year: 年份', '无位置'])
    expect(apiErrorText(e, 'en')).toBe('import rejected；Sheet1!C3: value is not a number；year: year；nowhere')
  })
})

describe('parseNumber', () => {
  it('reads typed numbers: blank is null, separators dropped, anything else NaN', () => {
    expect(parseNumber('1,200.5')).toBe(1200.5)
    expect(parseNumber(' 88 ')).toBe(88)
    expect(parseNumber(0)).toBe(0)
    expect(parseNumber('')).toBeNull()
    expect(parseNumber('   ')).toBeNull()
    expect(parseNumber(null)).toBeNull()
    expect(parseNumber(undefined)).toBeNull()
    expect(parseNumber('abc')).toBeNaN()
    expect(parseNumber('Infinity')).toBeNaN()
    expect(parseNumber(Number.POSITIVE_INFINITY)).toBeNaN()
  })
})

describe('formatDateTime', () => {
  it('shows an API time to the minute', () => {
    expect(formatDateTime('2026-11-24T04:09:31.913171')).toBe('2026-11-24 04:09')
    expect(formatDateTime(null)).toBe('')
  })
})

describe('formatCoverage', () => {
  it('rounds down so that a share below a threshold never shows as the threshold', () => {
    expect(formatCoverage(0.9499)).toBe('94.9%')
    expect(formatCoverage(0.95)).toBe('95.0%')
    expect(formatCoverage(1)).toBe('100.0%')
    expect(formatCoverage(0)).toBe('0.0%')
    expect(formatCoverage(null)).toBe('—')
  })
})
