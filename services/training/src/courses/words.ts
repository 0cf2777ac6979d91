// The courses area's words: its error messages and audit labels, in both languages.
export const coursesWords = {
  'zh-CN': { messages: {}, labels: { auditAction: {}, auditEntity: {}, auditField: {} } },
  'en-US': { messages: {}, labels: { auditAction: {}, auditEntity: {}, auditField: {} } },
};
