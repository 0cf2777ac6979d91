// The transfers' and floating attachments' error messages (members.<key>), in both languages.
const zhCN = {
  transferNotFound: '介绍信不存在或不在您的管理范围内',
  floatingNotFound: '流动党员登记不存在或不在您的管理范围内',
  destinationRequired: '请填写接收单位或系统外的接收组织，二者选一',
  destinationInvalid: '接收单位须是本系统中另一个未归档的党支部或党小组',
  hostInvalid: '流入支部须是本系统中另一个未归档的党支部或党小组',
  crossProvinceOutside: '本系统的单位同在一省，只有转往系统外组织的介绍信才可能跨省',
  transferOpen: '该党员已有未办结的介绍信（{{letterNo}}），请先撤销',
  letterNoTaken: '本支部已有这个编号的介绍信',
  transferClosed: '介绍信已办结，不能再办理',
  transferExpired: '介绍信已于 {{expiresOn}} 过期，不能再确认接收；请由转出支部撤销后重新开具',
  floatingOpen: '该党员已登记为流动党员，请先结束原登记',
  floatingEnded: '该流动党员登记已结束',
  untilBeforeStart: '预计返回日期须晚于外出日期（{{after}}）',
  endBeforeStart: '结束日期不能早于外出日期（{{earliest}}）',
};

export const transferMessages = {
  'zh-CN': zhCN,
  'en-US': {
    transferNotFound: 'The transfer letter does not exist or is outside your scope',
    floatingNotFound: 'The floating attachment does not exist or is outside your scope',
    destinationRequired: 'Give either a receiving unit or an outside organisation, not both',
    destinationInvalid: 'The receiving unit must be another branch or group of the system that is not archived',
    hostInvalid: 'The host must be another branch or group of the system that is not archived',
    crossProvinceOutside:
      "The system's units are all in one province: only a letter to an organisation outside it can cross provinces",
    transferOpen: 'The member already has a letter in progress ({{letterNo}}); cancel it first',
    letterNoTaken: 'The branch already issued a letter with this number',
    transferClosed: 'The letter is closed and can no longer be acted on',
    transferExpired:
      'The letter expired on {{expiresOn}} and can no longer be confirmed; the sending branch can cancel it and issue a new one',
    floatingOpen: 'The member is already registered as floating; end that attachment first',
    floatingEnded: 'The floating attachment has already ended',
    untilBeforeStart: 'The expected return must come after the day of leaving ({{after}})',
    endBeforeStart: 'The end cannot be earlier than the day of leaving ({{earliest}})',
  } satisfies Record<keyof typeof zhCN, string>,
};
