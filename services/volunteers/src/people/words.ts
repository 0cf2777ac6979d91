// The people area's words: its error messages (volunteers.<key>) and its audit labels, in both languages (the en-US
// keys are checked against zh-CN's). Messages never quote what was typed (it may be personal data).
const messages = {
  idNumberFormat: '身份证号码应为 18 位：前 17 位是数字，最后一位是数字或 X',
  idNumberCheckDigit: '身份证号码的校验位不对，请逐位核对',
  idNumberBirthDate: '身份证号码中的出生日期不存在或晚于今天',
  idNumberTaken: '该身份证号码已登记为志愿者',
  volunteerAccountNotFound: '您管理的单位中没有这个用户名的账号',
  volunteerAccountTaken: '这个账号已关联另一名志愿者',
  alreadyAVolunteer: '您的账号已经登记为志愿者',
  noHomeUnit: '您的账号没有可用的所属单位，无法自行登记，请联系所在单位的志愿服务协调员',
  volunteerStatusUnchanged: '志愿者已经是这个状态',
};
const labels = {
  auditAction: {
    'volunteer.create': '登记志愿者',
    'volunteer.register': '自行登记为志愿者',
    'volunteer.update': '修改志愿者信息',
    'volunteer.status': '变更志愿者状态',
    'volunteer.account': '关联志愿者账号',
    'volunteer.reveal': '查看志愿者个人信息',
  },
  auditEntity: {},
  auditField: {
    name: '姓名',
    gender: '性别',
    idNumber: '身份证号码',
    phone: '联系电话',
    address: '住址',
    skills: '技能',
    availability: '可服务时间',
    serviceArea: '服务区域',
    status: '状态',
    reason: '原因',
    memberId: '关联党员',
    accountId: '关联账号',
    username: '用户名',
    joinedOn: '登记日期',
    revealed: '查看的字段',
    changed: '修改的字段',
  },
};

export const peopleWords = {
  'zh-CN': { messages, labels },
  'en-US': {
    messages: {
      idNumberFormat: 'An ID number has 18 characters: 17 digits, then a digit or X',
      idNumberCheckDigit: "The ID number's check character does not match; check it digit by digit",
      idNumberBirthDate: 'The birth date in the ID number does not exist or is after today',
      idNumberTaken: 'This ID number is already registered as a volunteer',
      volunteerAccountNotFound: 'No account in your units has this username',
      volunteerAccountTaken: 'This account is already linked to another volunteer',
      alreadyAVolunteer: 'Your account is already registered as a volunteer',
      noHomeUnit:
        'Your account has no unit to register you in: ask the volunteer coordinator of your unit to register you',
      volunteerStatusUnchanged: 'The volunteer already has this status',
    } satisfies Record<keyof typeof messages, string>,
    labels: {
      auditAction: {
        'volunteer.create': 'Register a volunteer',
        'volunteer.register': 'Register oneself as a volunteer',
        'volunteer.update': "Change a volunteer's details",
        'volunteer.status': "Change a volunteer's status",
        'volunteer.account': "Link a volunteer's account",
        'volunteer.reveal': "View a volunteer's personal data",
      } satisfies Record<keyof typeof labels.auditAction, string>,
      auditEntity: {},
      auditField: {
        name: 'Name',
        gender: 'Gender',
        idNumber: 'ID number',
        phone: 'Phone',
        address: 'Address',
        skills: 'Skills',
        availability: 'Availability',
        serviceArea: 'Service area',
        status: 'Status',
        reason: 'Reason',
        memberId: 'Member',
        accountId: 'Account',
        username: 'Username',
        joinedOn: 'Registered on',
        revealed: 'Fields viewed',
        changed: 'Fields changed',
      } satisfies Record<keyof typeof labels.auditField, string>,
    },
  },
};
