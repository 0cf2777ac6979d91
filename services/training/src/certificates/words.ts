// The certificates area's words: its error messages and audit labels, in both languages.
export const certificatesWords = {
  'zh-CN': { messages: {}, labels: { auditAction: {}, auditEntity: {}, auditField: {} } },
  'en-US': { messages: {}, labels: { auditAction: {}, auditEntity: {}, auditField: {} } },
};
