// The REST API (/api/v1). Paths are relative to the page, so the UI works under any context path.
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

export async function request(path, { method = 'GET', json, form } = {}) {
  const headers = { Accept: 'application/json' }
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
  const text = await res.text()
  let data = null
  if (text) {
    try {
      data = JSON.parse(text)
    } catch {
      data = { message: text.slice(0, 200) }
    }
  }
  if (!res.ok) {
    if (res.status === 401 && bearer) {
      signOut()
      onUnauthorized()
    }
    throw new ApiError(res.status, data)
  }
  return data
}

export const get = (path, params = {}) => request(path + query(params))

export const api = {
  login: (username, password) => request('auth/login', { method: 'POST', json: { username, password } }),
  region: (adcode) => get(`regions/${adcode}`),
  map: (parent, year, substance) => get('public/map', { parent, year, substance }),
  trend: (region, groupBy) => get('public/trend', { region, groupBy }),
  years: (region) => get('public/years', { region }),
  inventory: (region, year, groupBy = 'source', substance) => get('inventory', { region, year, groupBy, substance }),
  enterprises: (params) => get('enterprises', params),
  enterprise: (id) => get(`enterprises/${id}`),
  upload(file) {
    const form = new FormData()
    form.append('file', file, file.name)
    return request('activities', { method: 'POST', form })
  },
}

/** The activity template (open to everyone): a plain link, so the browser downloads it. */
export function templateUrl(lang) {
  return `api/v1/activities/template${query({ lang })}`
}

// The region pickers' cascader: each level's children are loaded from the API as the user opens it.
export const regionCascaderProps = {
  lazy: true,
  checkStrictly: true,
  emitPath: true,
  async lazyLoad(node, resolve) {
    try {
      const r = await api.region(node.level === 0 ? '000000' : node.value)
      resolve(r.children.map((c) => ({ value: c.adcode, label: c.name, leaf: node.level >= 2 })))
    } catch {
      resolve([])
    }
  },
}
