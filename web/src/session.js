// Who is logged in: the bearer token and what the login answer said about the user, kept in localStorage.
import { computed, reactive } from 'vue'

const KEY = 'cocontrol.session'

function load() {
  try {
    const s = JSON.parse(globalThis.localStorage?.getItem(KEY) ?? 'null')
    return s && s.token && !expired(s.token) ? s : null
  } catch {
    return null
  }
}

/** True when the JWT's exp claim is in the past (a token that cannot be read counts as expired). */
export function expired(token, now = Date.now()) {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')))
    return typeof payload.exp === 'number' && payload.exp * 1000 <= now
  } catch {
    return true
  }
}

export const session = reactive({ user: load() })

export const loggedIn = computed(() => session.user != null)

/**
 * Whether the user may read and record plan progress (values, statuses, task reports, assessment, roll-up): the
 * server answers those to authorities only, so an enterprise or public login sees the plan texts and a note instead.
 */
export const mayTrackPlans = computed(() => session.user?.role === 'authority')

export function signIn(answer) {
  session.user = { ...answer }
  globalThis.localStorage?.setItem(KEY, JSON.stringify(session.user))
}

export function signOut() {
  session.user = null
  globalThis.localStorage?.removeItem(KEY)
}

export function token() {
  return session.user?.token ?? null
}
