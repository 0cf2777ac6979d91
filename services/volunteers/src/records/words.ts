// The records area's words: its error messages (volunteers.<key>) and its audit labels, in both languages (the en-US
// keys are checked against zh-CN's). Messages never quote what was typed (it may be personal data).
const messages = { dayInvalid: '请填写有效的日期（年-月-日）' };
const labels = {
  auditAction: { 'volunteerAward.add': '登记志愿服务表彰' },
  auditEntity: {},
  auditField: { volunteerId: '志愿者', title: '名称', awardedOn: '表彰日期', note: '备注' },
};

export const recordsWords = {
  'zh-CN': { messages, labels },
  'en-US': {
    messages: { dayInvalid: 'Enter a valid date (year-month-day)' } satisfies Record<keyof typeof messages, string>,
    labels: {
      auditAction: { 'volunteerAward.add': 'Record an award' } satisfies Record<
        keyof typeof labels.auditAction,
        string
      >,
      auditEntity: {},
      auditField: {
        volunteerId: 'Volunteer',
        title: 'Title',
        awardedOn: 'Awarded on',
        note: 'Note',
      } satisfies Record<keyof typeof labels.auditField, string>,
    },
  },
};
