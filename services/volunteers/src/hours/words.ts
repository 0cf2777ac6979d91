// The hours area's words: its error messages (volunteers.<key>) and its audit labels, in both languages (the en-US
// keys are checked against zh-CN's). Messages never quote what was typed (it may be personal data).
const messages = {
  hourNotFound: '服务时长记录不存在或不在您的管理范围内',
  hoursNotFound: '所选记录中有 {{count}} 条不存在或不在您的管理范围内，本次没有审核任何记录',
  hoursNotDecidable: '所选记录中有 {{count}} 条已经审核（只能审核待审核或申诉中的记录），本次没有审核任何记录',
  hourNotDecidable: '这条服务时长已经审核，只能审核待审核或申诉中的记录',
  hourNotDeclined: '只有被退回的服务时长可以申诉',
  hourAlreadyAppealed: '这条服务时长已经申诉过一次，不能再次申诉',
};
const labels = {
  auditAction: {
    'hours.approve': '审核通过服务时长',
    'hours.decline': '退回服务时长',
    'hours.appeal': '申诉服务时长',
  },
  auditEntity: {},
  auditField: { count: '条数', minutes: '分钟数', entries: '记录', reason: '退回理由', appeal: '申诉理由' },
};

export const hoursWords = {
  'zh-CN': { messages, labels },
  'en-US': {
    messages: {
      hourNotFound: 'This hour entry does not exist or is outside your units',
      hoursNotFound: '{{count}} of the chosen entries do not exist or are outside your units: none was approved',
      hoursNotDecidable:
        '{{count}} of the chosen entries were already decided (only pending or appealed entries can be): none was approved',
      hourNotDecidable: 'This entry was already decided: only pending or appealed entries can be',
      hourNotDeclined: 'Only declined hours can be appealed',
      hourAlreadyAppealed: 'These hours were appealed once already: they cannot be appealed again',
    } satisfies Record<keyof typeof messages, string>,
    labels: {
      auditAction: {
        'hours.approve': 'Approve service hours',
        'hours.decline': 'Decline service hours',
        'hours.appeal': 'Appeal service hours',
      } satisfies Record<keyof typeof labels.auditAction, string>,
      auditEntity: {},
      auditField: {
        count: 'Entries',
        minutes: 'Minutes',
        entries: 'Entries',
        reason: 'Reason',
        appeal: 'Appeal',
      } satisfies Record<keyof typeof labels.auditField, string>,
    },
  },
};
