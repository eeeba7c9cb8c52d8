// The reporting and verification API (issue 11): reports and their lifecycle, verifiers, facilities and permits.
// Kept apart from api.js so the page's calls read as one list; the transport (token, language, errors) is api.js's.
import { get, query, request, requestBlob } from './api.js'

function fileForm(file) {
  const form = new FormData()
  form.append('file', file, file.name)
  return form
}

export const reportsApi = {
  list: (params) => get('reports', params),
  get: (id) => get(`reports/${id}`),
  create: (entityId, year, kind) => request('reports', { method: 'POST', json: { entityId, year, kind } }),
  data: (id) => get(`reports/${id}/data`),
  uploadData: (id, file) => request(`reports/${id}/data`, { method: 'POST', form: fileForm(file) }),
  submit: (id) => request(`reports/${id}/submit`, { method: 'POST' }),
  versions: (id) => get(`reports/${id}/versions`),
  version: (id, n) => get(`reports/${id}/versions/${n}`),
  explain: (id, code, location, text) => request(`reports/${id}/explanations`, { method: 'POST', json: { code, location, text } }),
  tablesXlsx: (id) => requestBlob(`reports/${id}/tables.xlsx`),
  assign: (id, verifier) => request(`reports/${id}/assignment`, { method: 'POST', json: { verifier } }),
  addFinding: (id, finding) => request(`reports/${id}/findings`, { method: 'POST', json: finding }),
  conclude: (id, body) => request(`reports/${id}/conclusion`, { method: 'POST', json: body }),
  confirm: (id) => request(`reports/${id}/confirmation`, { method: 'POST' }),
  sample: (body) => request('reports/sample', { method: 'POST', json: body }),
  samples: () => get('reports/sample'),
  overview: (year, region) => get('reports/overview', { year, region }),
  verifiers: () => get('verifiers'),
  addConflict: (username, entityId) => request(`verifiers/${encodeURIComponent(username)}/conflicts`, { method: 'POST', json: { entityId } }),
  removeConflict: (username, entityId) => request(`verifiers/${encodeURIComponent(username)}/conflicts${query({ entityId })}`, { method: 'DELETE' }),
  facilities: (entityId) => get(`enterprises/${entityId}/facilities`),
  saveFacilities: (entityId, facilities) => request(`enterprises/${entityId}/facilities`, { method: 'PUT', json: facilities }),
  permit: (entityId, year) => get(`enterprises/${entityId}/permit`, { year }),
  savePermit: (entityId, permit) => request(`enterprises/${entityId}/permit`, { method: 'PUT', json: permit }),
  permitView: (entityId) => get(`enterprises/${entityId}/permit/view`),
}
