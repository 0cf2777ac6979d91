// The words of the dashboard's parts fetched on demand (the ranking, the export), kept beside them as the cards keep
// theirs, so the console's first chunk carries none of them.
import { widgetWords } from '@strata/contract';
import type { SheetWords } from './dashboard-sheets';

type Words = {
  rankBy: string;
  highFirst: string;
  lowFirst: string;
  noneToRank: string;
  fileName: string;
  sheet: Omit<SheetWords, 'unavailable'>;
};

const words: { 'zh-CN': Words; 'en-US': Words } = {
  'zh-CN': {
    rankBy: '排名指标',
    highFirst: '从高到低',
    lowFirst: '从低到高',
    noneToRank: '当前单位没有可排名的下级单位',
    fileName: '概览',
    sheet: {
      figuresSheet: '指标',
      unitsSheet: '下级单位',
      trendsSheet: '近 12 个月',
      card: '卡片',
      figure: '指标',
      value: '数值',
      measure: '计量单位',
      caption: '统计范围',
      unit: '单位',
      measures: { count: '', percent: '%', fen: '元', hours: '小时' },
    },
  },
  'en-US': {
    rankBy: 'Rank by',
    highFirst: 'Highest first',
    lowFirst: 'Lowest first',
    noneToRank: 'The current unit has no units below to rank',
    fileName: 'overview',
    sheet: {
      figuresSheet: 'Figures',
      unitsSheet: 'Units below',
      trendsSheet: 'Last 12 months',
      card: 'Card',
      figure: 'Figure',
      value: 'Value',
      measure: 'Measured in',
      caption: 'Covers',
      unit: 'Unit',
      measures: { count: '', percent: '%', fen: 'yuan', hours: 'hours' },
    },
  },
};

export const dashboardWords = (locale: string) => widgetWords(words, locale);
