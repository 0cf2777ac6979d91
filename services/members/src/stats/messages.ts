// The statistics' and annual snapshot's error messages (members.<key>), in both languages.
const zhCN = {
  snapshotTaken: '该年度统计已生成，不可更改',
};

export const statsMessages = {
  'zh-CN': zhCN,
  'en-US': {
    snapshotTaken: "That year's statistics were taken already and cannot change",
  } satisfies Record<keyof typeof zhCN, string>,
};
