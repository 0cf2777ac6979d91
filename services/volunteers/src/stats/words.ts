// The stats area's words: its error messages (volunteers.<key>) and its audit labels, in both languages (the en-US
// keys are checked against zh-CN's). Messages never quote what was typed (it may be personal data).
const messages = {};
const labels = { auditAction: {}, auditEntity: {}, auditField: {} };

export const statsWords = {
  'zh-CN': { messages, labels },
  'en-US': {
    messages: {} satisfies Record<keyof typeof messages, string>,
    labels: { auditAction: {}, auditEntity: {}, auditField: {} },
  },
};
