import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { activityName, departmentName, i18n, industryName, initialLocale, LOCALE_KEY, regionName, setLocale, sourceName, themeName } from './i18n.js'
import messages from './messages.js'

function keys(obj, prefix = '') {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]))
}

function files(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? files(p) : /\.(vue|js)$/.test(f) && !f.endsWith('.test.js') ? [p] : []
  })
}

function memoryStorage() {
  const m = new Map()
  return { getItem: (k) => (m.has(k) ? m.get(k) : null), setItem: (k, v) => m.set(k, String(v)) }
}

describe('messages', () => {
  it('has the same keys in Chinese and English, none empty', () => {
    const zh = keys(messages['zh-CN']).sort()
    expect(keys(messages.en).sort()).toEqual(zh)
    for (const k of zh) {
      expect(i18n.global.t(k), k).not.toBe('')
    }
  })

  it('defines every key the components use', () => {
    const src = fileURLToPath(new URL('.', import.meta.url))
    const known = new Set(keys(messages['zh-CN']))
    const used = new Set()
    for (const f of files(src)) {
      for (const m of readFileSync(f, 'utf8').matchAll(/\bt\('([a-zA-Z]+\.[a-zA-Z0-9_.]+)'/g)) used.add(m[1])
    }
    expect(used.size).toBeGreaterThan(50)
    expect([...used].filter((k) => !known.has(k))).toEqual([])
  })

  it('covers every scope and data layer the API returns', () => {
    for (const s of ['direct', 'indirect', 'exported', 'biogenic', 'own_use']) expect(messages.en.scope[s]).toBeTruthy()
    for (const l of ['top-down', 'bottom-up', 'top-down+bottom-up']) expect(messages['zh-CN'].layer[l]).toBeTruthy()
  })
})

describe('locale', () => {
  it('is Chinese by default and remembers English', () => {
    const store = memoryStorage()
    expect(initialLocale(store)).toBe('zh-CN')
    expect(setLocale('en', store)).toBe('en')
    expect(store.getItem(LOCALE_KEY)).toBe('en')
    expect(initialLocale(store)).toBe('en')
    expect(i18n.global.t('nav.enterprises')).toBe('Enterprises')
    setLocale('zh-CN', store)
    expect(i18n.global.t('nav.enterprises')).toBe('企业')
    expect(i18n.global.t('common.export')).toBe('导出 Excel')
  })

  it('ignores an unknown remembered value', () => {
    const store = memoryStorage()
    store.setItem(LOCALE_KEY, 'fr')
    expect(initialLocale(store)).toBe('zh-CN')
  })

  it('names codes in the chosen language', () => {
    expect(sourceName('POWER', 'zh-CN')).toBe('火力发电及热电联产')
    expect(sourceName('POWER', 'en')).toBe('thermal power and CHP')
    expect(sourceName('OTHER', 'zh-CN')).toBe('其他')
    expect(activityName('raw_coal', 'zh-CN')).toBe('原煤')
    expect(industryName('D4411', 'zh-CN')).toBe('火力发电')
    expect(industryName('C1440', 'zh-CN')).not.toBe('C1440')
    expect(industryName('Z9999', 'en')).toBe('Z9999')
  })

  it('names regions in English where the code list has an English name', () => {
    const henan = { adcode: '410000', name: '河南省', nameEn: 'Henan' }
    const county = { adcode: '410102', name: '中原区', nameEn: null }
    expect(regionName(henan, 'zh-CN')).toBe('河南省')
    expect(regionName(henan, 'en')).toBe('Henan')
    expect(regionName(county, 'en')).toBe('中原区')
    expect(regionName(null, 'en')).toBe('')
  })

  it('names plan themes and departments, an unknown code as it is', () => {
    expect(themeName('energy')).toBe(i18n.global.t('plans.theme.energy'))
    expect(themeName('energy')).not.toBe('energy')
    expect(themeName('no_such_theme')).toBe('no_such_theme')
    expect(themeName(null)).toBe('')
    const ecology = { code: 'ecology-environment', nameZh: '生态环境部门', nameEn: 'Ecology and environment' }
    expect(departmentName(ecology, 'zh-CN')).toBe('生态环境部门')
    expect(departmentName(ecology, 'en')).toBe('Ecology and environment')
    expect(departmentName({ ...ecology, nameEn: '' }, 'en')).toBe('生态环境部门')
  })
})
