// The parts of ECharts the console draws with: loaded only by a page that shows a chart (through `Chart`'s dynamic
// import), never with the shell or a remote's first page. They are registered inside `createChart`, not at the
// module's top: @strata/ui is free of side effects for the bundler, which drops a bare top-level `use([...])` (and
// with it every chart type and the SVG renderer).
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

let registered = false;

/** An ECharts instance drawing SVG into `dom`. */
export function createChart(dom: HTMLElement) {
  if (!registered) {
    use([BarChart, LineChart, PieChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);
    registered = true;
  }
  return init(dom, null, { renderer: 'svg' });
}
