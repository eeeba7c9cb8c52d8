// The synergy page's chart types, registered on the shared ECharts core (charts.js): scatter with mark lines and areas.
import { ScatterChart } from 'echarts/charts'
import { MarkAreaComponent, MarkLineComponent } from 'echarts/components'
import { echarts } from './charts.js'

echarts.use([ScatterChart, MarkLineComponent, MarkAreaComponent])

export { echarts }
