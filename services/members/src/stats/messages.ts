// The statistics' and annual snapshot's error messages (members.<key>), in both languages.
const zhCN = {
  snapshotTaken: '该年度统计已生成，不可更改',
  snapshotYearOpen: '{{year}} 年尚未结束，年度统计自次年 1 月 1 日起方可生成',
  snapshotMissing: '{{year}} 年度统计尚未生成',
};

export const statsMessages = {
  'zh-CN': zhCN,
  'en-US': {
    snapshotTaken: "That year's statistics were taken already and cannot change",
    snapshotYearOpen: '{{year}} is not over yet: its annual statistics can be taken from 1 January of the next year',
    snapshotMissing: 'The annual statistics of {{year}} have not been taken',
  } satisfies Record<keyof typeof zhCN, string>,
};
