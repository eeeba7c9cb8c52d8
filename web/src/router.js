// Hash history: the server serves only index.html at /, and every route lives after the #.
import { createRouter, createWebHashHistory } from 'vue-router'
import { session } from './session.js'
import DashboardView from './views/DashboardView.vue'
import EnergyBalanceView from './views/EnergyBalanceView.vue'
import EnterprisesView from './views/EnterprisesView.vue'
import LoginView from './views/LoginView.vue'
import PlansView from './views/PlansView.vue'
import ReportsView from './views/ReportsView.vue'
import SynergyView from './views/SynergyView.vue'
import UploadView from './views/UploadView.vue'

export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', name: 'dashboard', component: DashboardView },
    { path: '/enterprises', name: 'enterprises', component: EnterprisesView, meta: { login: true } },
    { path: '/upload', name: 'upload', component: UploadView, meta: { login: true } },
    { path: '/synergy', name: 'synergy', component: SynergyView, meta: { login: true } },
    { path: '/energy-balance', name: 'energy-balance', component: EnergyBalanceView, meta: { login: true } },
    // the plans' texts are public documents; the progress parts ask for a login themselves
    { path: '/reports', name: 'reports', component: ReportsView, meta: { login: true } },
    { path: '/plans', name: 'plans', component: PlansView, meta: { login: false } },
    { path: '/login', name: 'login', component: LoginView },
    { path: '/:rest(.*)*', redirect: '/' },
  ],
})

// Reported data, uploads and enterprise details need a login; the dashboard does not.
router.beforeEach((to) => {
  if (to.meta.login && !session.user) {
    return { name: 'login', query: { redirect: to.fullPath } }
  }
  return true
})
