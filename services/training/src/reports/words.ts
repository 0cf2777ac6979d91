// The reports area's words: its error messages (training.<key>) and audit labels, in both languages (the en-US keys are
// checked against zh-CN's). Reports change nothing, so they record no audit entries.
const messages = {
  reportUnitNotFound: '单位不存在或不在您的培训统计范围内',
};
const labels = { auditAction: {}, auditEntity: {}, auditField: {} };

export const reportsWords = {
  'zh-CN': { messages, labels },
  'en-US': {
    messages: {
      reportUnitNotFound: 'This unit does not exist or is outside the units whose training you may read',
    } satisfies Record<keyof typeof messages, string>,
    labels: { auditAction: {}, auditEntity: {}, auditField: {} },
  },
};
