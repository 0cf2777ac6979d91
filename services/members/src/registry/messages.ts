// The registry's error messages (members.<key>), in both languages. None of them quotes what was typed: an ID number
// or a phone number is personal data, and an error message travels to logs and screenshots.
const zhCN = {
  memberNotFound: '党员不存在或不在您的管理范围内',
  idNumberTaken: '该身份证号码已登记',
  idNumberFormat: '身份证号码应为 18 位：前 17 位是数字，最后一位是数字或 X',
  idNumberCheckDigit: '身份证号码的校验位不对，请逐位核对',
  idNumberBirthDate: '身份证号码中的出生日期不存在或晚于今天',
  genderDisagrees: '性别与身份证号码不一致',
  birthDateDisagrees: '出生日期与身份证号码不一致',
  unitNotBranch: '党员只能登记在党支部或党小组',
  dateInvalid: '请填写存在的日期，格式为 YYYY-MM-DD',
  stageDateRequired: '请填写已经历阶段的日期',
  stageDateBeyondStage: '尚未到达这一阶段，不能填写这个日期',
  stageDateOrder: '这个日期不能早于上一阶段的日期',
  applicantTooYoung: '申请入党时须年满 {{age}} 周岁',
  memberLeft: '该党员已不在册，只能修改备注',
  memberNotCurrent: '只有在册（正常或流动）的党员才能变更状态',
  expelOnlyMembers: '只有预备党员和正式党员才能被开除党籍',
  leftBeforeJoined: '变更日期不能早于该党员已有的阶段日期',
  personalDataKeyMissing:
    '无法读取个人信息：数据使用的密钥“{{keyId}}”不在当前密钥环中。请联系系统管理员恢复密钥文件（见 README 的“Personal data”一节）',
  personalDataDamaged: '无法读取个人信息：数据已损坏或被改动。请联系系统管理员',
  exportLabel: '导出党员名册 {{count}} 人',
};

export const registryMessages = {
  'zh-CN': zhCN,
  'en-US': {
    memberNotFound: 'The member does not exist or is outside your scope',
    idNumberTaken: 'This ID number is already registered',
    idNumberFormat: 'An ID number has 18 characters: 17 digits, then a digit or X',
    idNumberCheckDigit: "The ID number's check character does not match; check it digit by digit",
    idNumberBirthDate: 'The birth date in the ID number does not exist or is after today',
    genderDisagrees: 'The gender does not agree with the ID number',
    birthDateDisagrees: 'The birth date does not agree with the ID number',
    unitNotBranch: 'Members are registered in a branch or a group',
    dateInvalid: 'Enter a date that exists, as YYYY-MM-DD',
    stageDateRequired: 'Enter the date of each stage reached',
    stageDateBeyondStage: 'This stage has not been reached yet, so it has no date',
    stageDateOrder: 'This date cannot come before the previous stage’s',
    applicantTooYoung: 'An applicant must be at least {{age}} years old on the day of application',
    memberLeft: 'This member has left the registry: only the note can still be changed',
    memberNotCurrent: 'Only members on the registry (active or floating) can change status',
    expelOnlyMembers: 'Only probationary and full members can be expelled',
    leftBeforeJoined: 'The day cannot come before the dates of the stages the member reached',
    personalDataKeyMissing:
      'Personal data cannot be read: it was sealed with key "{{keyId}}", which the key ring does not hold. Ask the system administrator to restore the key file (see "Personal data" in the README)',
    personalDataDamaged: 'Personal data cannot be read: it is damaged or was altered. Ask the system administrator',
    exportLabel: 'Export of {{count}} members',
  } satisfies Record<keyof typeof zhCN, string>,
};
