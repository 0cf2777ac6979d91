// The certificates area's words: its error messages (training.<key>) and audit labels, in both languages (the en-US
// keys are checked against zh-CN's).
const messages = {
  trainingCertificateNotFound: '培训结业证书不存在或不在您的管理范围内',
  trainingCertificateRevoked: '这份证书已经作废',
  trainingCertificateUnitNotFound: '单位不存在或不在您的管理范围内',
};
const labels = {
  auditAction: { 'trainingCertificate.revoke': '作废培训结业证书' },
  auditEntity: {},
  auditField: { revokedAt: '作废时间', reason: '原因' },
};

export const certificatesWords = {
  'zh-CN': { messages, labels },
  'en-US': {
    messages: {
      trainingCertificateNotFound: 'This certificate does not exist or is outside your units',
      trainingCertificateRevoked: 'This certificate has been revoked',
      trainingCertificateUnitNotFound: 'This unit does not exist or is outside your units',
    } satisfies Record<keyof typeof messages, string>,
    labels: {
      auditAction: {
        'trainingCertificate.revoke': 'Revoke a training certificate',
      } satisfies Record<keyof typeof labels.auditAction, string>,
      auditEntity: {},
      auditField: { revokedAt: 'Revoked at', reason: 'Reason' } satisfies Record<
        keyof typeof labels.auditField,
        string
      >,
    },
  },
};
