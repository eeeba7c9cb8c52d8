// Client-side xlsx export of any table on screen (write-excel-file, MIT; SheetJS left npm).
import writeExcelFile from 'write-excel-file/universal'
import { saveBlob } from './api.js'

/**
 * Rows for the workbook: a bold header row, then one row per record. Each column is
 * `{ label, value: (row) => any, width? }`; numbers stay numbers (tonnes unrounded), everything else text.
 */
export function sheetRows(columns, rows) {
  const header = columns.map((c) => ({ value: String(c.label), fontWeight: 'bold' }))
  const body = rows.map((row) =>
    columns.map((c) => {
      const v = c.value(row)
      if (v === null || v === undefined || v === '' || (typeof v === 'number' && !Number.isFinite(v))) return null
      if (typeof v === 'number') return { value: v, type: Number }
      if (typeof v === 'boolean') return { value: v, type: Boolean }
      return { value: String(v), type: String }
    }),
  )
  return [header, ...body]
}

/** A file name without characters Windows refuses, ending in .xlsx. */
export function xlsxName(base) {
  const clean = String(base || 'cocontrol').replace(/[\\/:*?"<>|]+/g, '_').trim() || 'cocontrol'
  return clean.toLowerCase().endsWith('.xlsx') ? clean : `${clean}.xlsx`
}

/** Sheet names: at most 31 characters, none of []:*?/\ . */
export function sheetName(name) {
  return (String(name || 'Sheet1').replace(/[[\]:*?/\\]+/g, ' ').trim() || 'Sheet1').slice(0, 31)
}

export async function exportXlsx(fileName, columns, rows, sheet) {
  const data = sheetRows(columns, rows)
  const widths = columns.map((c) => ({ width: c.width ?? Math.min(60, Math.max(10, String(c.label).length * 2 + 2)) }))
  const blob = await writeExcelFile(data, { columns: widths, sheet: sheetName(sheet), stickyRowsCount: 1 }).toBlob()
  const name = xlsxName(fileName)
  saveBlob(blob, name)
  return name
}
