import { describe, expect, it } from 'vitest'
import { exampleMeasures, fromCsv, toCsv, toRequest } from './synergy.js'

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
