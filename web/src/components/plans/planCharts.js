// The plans page's chart parts, registered on the shared ECharts core (charts.js): lines with mark lines, heatmaps.
import { HeatmapChart, LineChart } from 'echarts/charts'
import { MarkLineComponent, VisualMapComponent } from 'echarts/components'
import { echarts } from '../../charts.js'

echarts.use([LineChart, HeatmapChart, MarkLineComponent, VisualMapComponent])

export { echarts }
