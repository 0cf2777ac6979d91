// A chart drawn by ECharts (SVG), which loads with the first chart a page shows. The options are ECharts' own; the
// chart follows its box's width, says what it shows to screen readers in the page's language (`label`, also
// ECharts' aria description: left to itself, ECharts wrote its own English sentence over the box's name once it
// loaded, "This is a chart…" on a Chinese page; the figures are in the table each chart stands beside) and shows a
// skeleton until the library is in, or the error if it cannot load.
import { Alert, Skeleton } from 'antd';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { useEffect, useRef, useState } from 'react';
import { usePrefersReducedMotion } from '../reduced-motion';

type ChartProps = {
  option: EChartsCoreOption;
  /** What the chart shows, for screen readers and as the box's title. */
  label: string;
  height?: number;
  testId?: string;
};

const loadECharts = () => import('./echarts');

export function Chart({ option, label, height = 280, testId }: ChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const [state, setState] = useState<'loading' | 'ready' | Error>('loading');
  const still = usePrefersReducedMotion();

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | undefined;
    loadECharts().then(
      ({ createChart }) => {
        if (disposed || !box.current) return;
        chart.current = createChart(box.current);
        observer = new ResizeObserver(() => chart.current?.resize());
        observer.observe(box.current);
        setState('ready');
      },
      (error: unknown) => !disposed && setState(error instanceof Error ? error : new Error(String(error))),
    );
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    if (state === 'ready')
      chart.current?.setOption(
        { ...option, ...(still ? { animation: false } : {}), aria: { enabled: true, label: { description: label } } },
        { notMerge: true },
      );
  }, [state, option, label, still]);

  return (
    <div style={{ position: 'relative', width: '100%', height }} data-testid={testId}>
      {state === 'loading' && <Skeleton active style={{ position: 'absolute', inset: 0 }} />}
      {state instanceof Error && <Alert type="error" showIcon title={state.message} />}
      <div ref={box} role="img" aria-label={label} title={label} style={{ width: '100%', height: '100%' }} />
    </div>
  );
}
