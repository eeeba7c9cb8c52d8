// The REST API (/api/v1). Paths are relative to the page, so the UI works under any context path.
import { i18n, regionName } from './i18n.js'
import { signOut, token } from './session.js'

export class ApiError extends Error {
  constructor(status, body) {
    super(body?.message || `HTTP ${status}`)
    this.status = status
    this.body = body
    this.errors = Array.isArray(body?.errors) ? body.errors : []
  }
}

let onUnauthorized = () => {}

/** Called when a request with a token gets 401 (the token expired or the server's key changed). */
export function whenUnauthorized(handler) {
  onUnauthorized = handler
}

export function query(params) {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') q.set(k, v)
  }
  const s = q.toString()
  return s ? `?${s}` : ''
}

/** Sends a request with the token when there is one; a non-2xx answer throws an ApiError with the body. */
async function send(path, { method = 'GET', json, form, accept = 'application/json' } = {}) {
  // Errors come back in the UI's language, not the browser's (the server answers Accept-Language).
  const headers = { Accept: accept, 'Accept-Language': i18n.global.locale.value === 'en' ? 'en' : 'zh-CN' }
  const bearer = token()
  if (bearer) headers.Authorization = `Bearer ${bearer}`
  let body
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(json)
  } else if (form) {
    body = form
  }
  const res = await fetch(`api/v1/${path}`, { method, headers, body })
  if (!res.ok) {
    const data = parse(await res.text())
    if (res.status === 401 && bearer) {
      signOut()
      onUnauthorized()
    }
    throw new ApiError(res.status, data)
  }
  return res
}

function parse(text) {
  if (!text) return null
  try {
    return JSON.parse(text)
  } catch {
    return { message: text.slice(0, 200) }
  }
}

export async function request(path, options = {}) {
  return parse(await (await send(path, options)).text())
}

export const get = (path, params = {}) => request(path + query(params))

/** A plain-text answer (a source document), with the token when there is one. */
export async function getText(path, params = {}) {
  return (await send(path + query(params), { accept: 'text/plain' })).text()
}

/** A file answer (an xlsx, an evidence file) with the token: the blob and the name the server gave it. */
export async function requestBlob(path, options = {}) {
  const res = await send(path, { accept: '*/*', ...options })
  const disposition = res.headers.get('Content-Disposition') ?? ''
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition)
  const plain = /filename="?([^";]+)"?/i.exec(disposition)
  let fileName = null
  try {
    fileName = star ? decodeURIComponent(star[1]) : plain ? plain[1] : null
  } catch {
    fileName = plain ? plain[1] : null
  }
  return { blob: await res.blob(), fileName }
}

/** Saves a file answer under the name the server gave it, else `fallback`; returns the name used. */
export function saveAnswer({ blob, fileName }, fallback) {
  const name = fileName || fallback
  saveBlob(blob, name)
  return name
}

/** Hands a blob to the browser as a download. */
export function saveBlob(blob, fileName) {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export const api = {
  login: (username, password) => request('auth/login', { method: 'POST', json: { username, password } }),
  region: (adcode) => get(`regions/${adcode}`),
  map: (parent, year, substance) => get('public/map', { parent, year, substance }),
  trend: (region, groupBy) => get('public/trend', { region, groupBy }),
  years: (region) => get('public/years', { region }),
  inventory: (region, year, groupBy = 'source', substance) => get('inventory', { region, year, groupBy, substance }),
  inventorySectors: (region, year, layout = 'ipcc2006', gwpSet) => get('inventory/sectors', { region, year, layout, gwpSet }),
  enterprises: (params) => get('enterprises', params),
  enterprise: (id) => get(`enterprises/${id}`),
  footprints: (id, year) => get(`enterprises/${id}/footprints`, { year }),
  cbam: (id, year) => get(`enterprises/${id}/cbam`, { year }),
  cbamXlsx: (id, year) => requestBlob(`enterprises/${id}/cbam${query({ year, format: 'xlsx' })}`),
  upload(file) {
    const form = new FormData()
    form.append('file', file, file.name)
    return request('activities', { method: 'POST', form })
  },
  uploads: (page, size) => get('uploads', { page, size }),
  energyBalances: () => get('energy-balances'),
  energyBalance: (region, year) => get(`energy-balances/${region}/${year}`),
  uploadEnergyBalance(file, region, year) {
    const form = new FormData()
    form.append('file', file, file.name)
    return request(`energy-balances${query({ region, year })}`, { method: 'POST', form })
  },
  withdrawUpload: (id, reason) => request(`uploads/${id}/withdraw`, { method: 'POST', json: { reason } }),
}

/** The activity template (open to everyone): a plain link, so the browser downloads it. */
export function templateUrl(lang) {
  return `api/v1/activities/template${query({ lang })}`
}

/** A region's subdivisions as cascader options named in the language; `isLeaf(child)` says where the picker stops. None when the API fails. */
export async function regionChildOptions(adcode, isLeaf) {
  try {
    const r = await api.region(adcode)
    return r.children.map((c) => ({ value: c.adcode, label: regionName(c), leaf: isLeaf(c) }))
  } catch {
    return []
  }
}

// The region pickers' cascader: each level's children are loaded from the API as the user opens it.
export const regionCascaderProps = {
  lazy: true,
  checkStrictly: true,
  emitPath: true,
  async lazyLoad(node, resolve) {
    resolve(await regionChildOptions(node.level === 0 ? '000000' : node.value, () => node.level >= 2))
  },
}
