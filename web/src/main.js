import ElementPlus from 'element-plus'
import 'element-plus/dist/index.css'
import { createApp } from 'vue'
import App from './App.vue'
import { whenUnauthorized } from './api.js'
import { i18n } from './i18n.js'
import { router } from './router.js'
import './style.css'

document.documentElement.lang = i18n.global.locale.value

whenUnauthorized(() => {
  const current = router.currentRoute.value
  if (current.meta.login) router.replace({ name: 'login', query: { redirect: current.fullPath, expired: '1' } })
})

createApp(App).use(i18n).use(router).use(ElementPlus).mount('#app')
