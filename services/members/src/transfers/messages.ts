// The transfers' and floating attachments' error messages (members.<key>), in both languages.
const zhCN = {
  transferNotFound: '介绍信不存在或不在您的管理范围内',
};

export const transferMessages = {
  'zh-CN': zhCN,
  'en-US': {
    transferNotFound: 'The transfer letter does not exist or is outside your scope',
  } satisfies Record<keyof typeof zhCN, string>,
};
