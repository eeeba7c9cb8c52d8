import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'

const mapsDir = fileURLToPath(new URL('./public/maps', import.meta.url))

/** `import maps from 'virtual:map-index'`: the adcodes that have a boundary file in public/maps (plus 'china'). */
function mapIndex() {
  const id = 'virtual:map-index'
  return {
    name: 'cocontrol-map-index',
    resolveId: (source) => (source === id ? '\0' + id : null),
    load(source) {
      if (source !== '\0' + id) return null
      const codes = readdirSync(mapsDir).filter((f) => /^\d{6}\.json$/.test(f)).map((f) => f.slice(0, 6)).sort()
      return `export default ${JSON.stringify(codes)}`
    },
  }
}

// The build lands in the Maven module's classes as META-INF/resources, so the jar serves it from the
// classpath and Spring Boot answers `/` with index.html. Paths are relative: the UI works under any context path.
export default defineConfig({
  base: './',
  plugins: [vue(), mapIndex()],
  build: {
    outDir: 'target/classes/META-INF/resources',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)/ },
            { name: 'element-plus', test: /node_modules[\\/](element-plus|@element-plus)/ },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': 'http://localhost:18081',
      '/v3': 'http://localhost:18081',
      '/swagger-ui': 'http://localhost:18081',
    },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.js'],
  },
})
