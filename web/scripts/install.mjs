// `npm ci` only when node_modules does not match package-lock.json (npm keeps a copy of what it installed in
// node_modules/.package-lock.json). Keeps repeated Maven builds fast; the first build needs the npm registry
// (or a filled npm cache: `npm ci --prefer-offline` is what runs).
import { execSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

function lockPackages(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8')).packages ?? null
  } catch {
    return null
  }
}

const wanted = lockPackages('package-lock.json')
const installed = lockPackages('node_modules/.package-lock.json')
// Optional packages for other platforms (native bindings) are in the lock file but never installed here.
const skippable = (p) => p.optional || p.devOptional === false
const upToDate =
  wanted != null &&
  installed != null &&
  Object.entries(wanted).every(([path, p]) =>
    path === '' ? true : installed[path] ? installed[path].version === p.version && installed[path].integrity === p.integrity : skippable(p),
  )

if (upToDate) {
  console.log('node_modules matches package-lock.json: skipping npm ci')
} else {
  console.log('npm ci --prefer-offline')
  execSync('npm ci --no-audit --no-fund --prefer-offline', { stdio: 'inherit' })
}
