// The lifecycle's error messages (members.<key>), in both languages.
const zhCN = {
  stageOutOfOrder: '发展阶段须依次推进',
};

export const lifecycleMessages = {
  'zh-CN': zhCN,
  'en-US': {
    stageOutOfOrder: 'Stages follow one another in order',
  } satisfies Record<keyof typeof zhCN, string>,
};
