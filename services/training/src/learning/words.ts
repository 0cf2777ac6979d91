// The learning area's words: its error messages and audit labels, in both languages.
export const learningWords = {
  'zh-CN': { messages: {}, labels: { auditAction: {}, auditEntity: {}, auditField: {} } },
  'en-US': { messages: {}, labels: { auditAction: {}, auditEntity: {}, auditField: {} } },
};
