// The registry's error messages (members.<key>), in both languages.
const zhCN = {
  memberNotFound: '党员不存在或不在您的管理范围内',
  idNumberTaken: '该身份证号码已登记',
};

export const registryMessages = {
  'zh-CN': zhCN,
  'en-US': {
    memberNotFound: 'The member does not exist or is outside your scope',
    idNumberTaken: 'This ID number is already registered',
  } satisfies Record<keyof typeof zhCN, string>,
};
