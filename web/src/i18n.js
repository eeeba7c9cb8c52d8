// Language: Chinese by default, English one click away; the choice is remembered in localStorage.
import { computed } from 'vue'
import { createI18n } from 'vue-i18n'
import { ACTIVITIES, INDUSTRIES, SOURCES } from './codes.generated.js'
import messages from './messages.js'

export const LOCALE_KEY = 'cocontrol.locale'
export const LOCALES = ['zh-CN', 'en']

function storage() {
  try {
    return globalThis.localStorage ?? null
  } catch {
    return null
  }
}

/** The remembered locale, or Chinese. */
export function initialLocale(store = storage()) {
  const saved = store?.getItem(LOCALE_KEY)
  return LOCALES.includes(saved) ? saved : 'zh-CN'
}

export const i18n = createI18n({
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: 'zh-CN',
  messages,
})

export const locale = computed(() => i18n.global.locale.value)

export function setLocale(next, store = storage()) {
  const value = LOCALES.includes(next) ? next : 'zh-CN'
  i18n.global.locale.value = value
  store?.setItem(LOCALE_KEY, value)
  if (globalThis.document) document.documentElement.lang = value
  return value
}

export function toggleLocale() {
  return setLocale(i18n.global.locale.value === 'en' ? 'zh-CN' : 'en')
}

function named(table, code, loc, fallback) {
  if (code == null || code === '') return ''
  const entry = table[code]
  if (entry) return loc === 'en' ? entry[1] : entry[0]
  return fallback ? fallback(code, loc) : code
}

const EXTRA_SOURCES = { OTHER: ['其他', 'other'] }

/** The name of a source category code (POWER → 火力发电及热电联产 / thermal power and CHP). */
/** A region's name in the language: the English name where the code list has one (provinces, cities), else Chinese. */
export function regionName(region, loc = i18n.global.locale.value) {
  return loc === 'en' && region?.nameEn ? region.nameEn : region?.name ?? ''
}

export function sourceName(code, loc = i18n.global.locale.value) {
  return named({ ...SOURCES, ...EXTRA_SOURCES }, code, loc)
}

/** The name of an activity code (raw_coal → 原煤 / raw coal). */
export function activityName(code, loc = i18n.global.locale.value) {
  return named(ACTIVITIES, code, loc)
}

/** The name of a GB/T 4754 code; a class missing from the list is named by its division (C1440 → 食品制造业). */
export function industryName(code, loc = i18n.global.locale.value) {
  return named(INDUSTRIES, code, loc, (c, l) => {
    for (let n = c.length - 1; n >= 1; n--) {
      const parent = INDUSTRIES[c.slice(0, n)]
      if (parent) return l === 'en' ? parent[1] : parent[0]
    }
    return c
  })
}

/** GB/T 4754 sections and divisions for a filter list. */
export function industryOptions(loc = i18n.global.locale.value) {
  return Object.entries(INDUSTRIES).map(([code, names]) => ({ code, label: `${code} ${loc === 'en' ? names[1] : names[0]}` }))
}

/** The name of a plan task's theme (energy → 能源); an unknown code as it is. */
export function themeName(code) {
  if (!code) return ''
  const key = `plans.theme.${code}`
  return i18n.global.te(key) ? i18n.global.t(key) : code
}

/** A department of the plans (PlanCatalog departments.csv) in the language; English falls back to Chinese. */
export function departmentName(department, loc = i18n.global.locale.value) {
  return loc === 'en' ? department?.nameEn || department?.nameZh || '' : department?.nameZh ?? ''
}

/** The name of an emission scope (direct, indirect, exported, biogenic, memo); an unknown code as it is. */
export function scopeName(code) {
  if (!code) return ''
  const key = `scope.${code}`
  return i18n.global.te(key) ? i18n.global.t(key) : code
}
