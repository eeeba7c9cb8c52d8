// ECharts with only what the UI draws (maps, bars, stacked areas), rendered as SVG: crisp, and the labels are text.
import { BarChart, LineChart, MapChart } from 'echarts/charts'
import { GeoComponent, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components'
import * as echarts from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'

echarts.use([MapChart, BarChart, LineChart, GeoComponent, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent, SVGRenderer])

export { echarts }
