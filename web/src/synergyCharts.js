// The synergy page's chart types, registered on the shared ECharts core (charts.js): scatter with mark lines and areas, radar.
import { RadarChart, ScatterChart } from 'echarts/charts'
import { MarkAreaComponent, MarkLineComponent, RadarComponent } from 'echarts/components'
import { echarts } from './charts.js'

echarts.use([ScatterChart, RadarChart, RadarComponent, MarkLineComponent, MarkAreaComponent])

export { echarts }
