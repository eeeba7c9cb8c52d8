import { describe, expect, it } from 'vitest'
import { exampleMeasures, fromCsv, hasAnyData, isStated, leftOutSources, lowestCoverage, toCsv, toRequest } from './synergy.js'

describe('synergy measures editor', () => {
  it('sends the docs example with empty pairs left out and CO2 always', () => {
    const [m1, m2, m3] = toRequest(exampleMeasures())
    expect(m1).toEqual({
      id: 'M1',
      name: '燃煤锅炉改燃气',
      costYuan: 5000000,
      base: { SO2: 100, NOX: 80, PM: 30, CO2: 100000 },
      after: { SO2: 2, NOX: 40, PM: 3, CO2: 60000 },
    })
    expect(Object.keys(m2.base)).toEqual(['SO2', 'NOX', 'CO2'])
    expect(Object.keys(m3.after)).toEqual(['SO2', 'CO2'])
  })

  it('round-trips through CSV and reports cells that are not numbers', () => {
    const rows = exampleMeasures()
    expect(fromCsv(toCsv(rows))).toEqual({ rows, problems: [] })
    const pasted = fromCsv('ID\tname\tbase_CO2_t\tafter_CO2_t\tbase_SO2_t\tafter_SO2_t\nA\t"x, y"\t10\tabc\t\t\n')
    expect(pasted.rows[0].id).toBe('A')
    expect(pasted.rows[0].name).toBe('x, y')
    expect(pasted.rows[0].base.CO2).toBe('10')
    expect(pasted.problems).toEqual([{ line: 2, column: 'after_CO2_t', value: 'abc' }])
  })
})

describe('coverage of a comparison between years', () => {
  const coverage = {
    baseUnits: 3,
    laterUnits: 1,
    shares: [
      { basis: 'CO2', baseShare: 0.9, laterShare: 1 },
      { basis: 'APEQ', baseShare: 0.5, laterShare: null },
    ],
    baseOnly: { year: 2022, units: 2, largest: [{ entity: 'E1', region: null, source: 'IND_BOILER', amounts: { CO2: 50 } }] },
    laterOnly: { year: 2023, units: 0, largest: [] },
  }

  it('gives the lowest share defined, which decides the status', () => {
    expect(lowestCoverage(coverage)).toBe(0.5)
    expect(lowestCoverage({ shares: [{ baseShare: null, laterShare: null }] })).toBeNull()
    expect(lowestCoverage(null)).toBeNull()
  })

  it('tells insufficient data from a comparison and from no data at all', () => {
    expect(isStated({ status: 'insufficient_data' })).toBe(false)
    expect(isStated({ status: 'comparable' })).toBe(true)
    expect(hasAnyData(coverage)).toBe(true)
    expect(hasAnyData({ baseUnits: 0, laterUnits: 0 })).toBe(false)
  })

  it('lists the sources of one year only with their year', () => {
    expect(leftOutSources(coverage)).toEqual([{ year: 2022, entity: 'E1', region: null, source: 'IND_BOILER', amounts: { CO2: 50 } }])
  })
})
