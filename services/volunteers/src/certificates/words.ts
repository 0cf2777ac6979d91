// The certificates area's words: its error messages (volunteers.<key>) and its audit labels, in both languages (the en-US
// keys are checked against zh-CN's). Messages never quote what was typed (it may be personal data).
const messages = {
  certificateNotFound: '志愿服务证明不存在或不在您的管理范围内',
  certificateNoHours: '这位志愿者在所选期间没有审核通过的服务时长，不能出具证明',
  certificateRevoked: '这份证明已经作废',
  periodInvalid: '结束日期不能早于开始日期',
};
const labels = {
  auditAction: { 'certificate.issue': '出具志愿服务证明', 'certificate.revoke': '作废志愿服务证明' },
  auditEntity: {},
  auditField: { number: '证明编号', fromOn: '起始日期', toOn: '截止日期', revokedAt: '作废时间' },
};

export const certificatesWords = {
  'zh-CN': { messages, labels },
  'en-US': {
    messages: {
      certificateNotFound: 'This certificate does not exist or is outside your units',
      certificateNoHours: 'This volunteer has no approved hours in the period: no certificate can be issued',
      certificateRevoked: 'This certificate has been revoked',
      periodInvalid: 'The end cannot come before the start',
    } satisfies Record<keyof typeof messages, string>,
    labels: {
      auditAction: {
        'certificate.issue': 'Issue a certificate of service',
        'certificate.revoke': 'Revoke a certificate of service',
      } satisfies Record<keyof typeof labels.auditAction, string>,
      auditEntity: {},
      auditField: {
        number: 'Number',
        fromOn: 'From',
        toOn: 'To',
        revokedAt: 'Revoked at',
      } satisfies Record<keyof typeof labels.auditField, string>,
    },
  },
};
