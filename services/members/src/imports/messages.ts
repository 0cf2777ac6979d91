// The import's words, in both languages: its error messages (members.<key>), among them the problems a row can have,
// which the console lists and writes into the error sheet; the template's column headings and example row; and the
// labels by which a sheet may name a code. None of the messages quotes a cell: an ID number or a phone number is
// personal data, and a message travels to logs and screenshots.
import type {
  MemberEducation,
  MemberGender,
  MemberImportColumn,
  MemberOccupation,
  MemberStage,
} from '@strata/contract';

const zhCN = {
  importNotFound: '导入批次不存在或不在您的管理范围内',
  importNotStaging: '该导入已经提交或放弃，不能再更改',
  importHasErrors: '文件中有错误的行，全部改正后请重新导入',
  importIncomplete: '文件还没有全部上传核对（已核对 {{done}} 行，共 {{total}} 行）',
  importTooManyRows: '上传的行数超过了开始导入时说明的 {{total}} 行',
  importRowsRepeated: '同一行号在上传的数据中出现了两次',
  importRowsStaged: '这些行已经上传过了',
  importOutOfStep: '导入的进度与服务器不一致（服务器已核对 {{checked}} 行），请重新导入',
  importLabel: '{{unit}}导入党员 {{count}} 人',
  // The problems of a row, each on its column.
  importRequired: '此项必填',
  importTooLong: '内容超出本列允许的长度',
  importValueUnknown: '不是本列可填的值：请填写模板列出的中文名称、英文名称或代码',
  importBranchUnknown: '找不到这个党支部或党小组：请填写本单位下属党支部或党小组的名称或网站代码',
  importBranchAmbiguous: '有多个同名的党支部或党小组，请改填其网站代码',
  importDuplicateInFile: '文件中有多行填写了同一个身份证号码',
};

export const importMessages = {
  'zh-CN': zhCN,
  'en-US': {
    importNotFound: 'The import does not exist or is outside your scope',
    importNotStaging: 'This import was committed or discarded already and cannot change',
    importHasErrors: 'The file has rows with errors: correct them all, then import it again',
    importIncomplete: 'The file has not been checked in full yet ({{done}} of {{total}} rows)',
    importTooManyRows: 'More rows were sent than the {{total}} the import was started with',
    importRowsRepeated: 'A row number appears twice in the rows sent',
    importRowsStaged: 'These rows were sent already',
    importOutOfStep: 'The import is out of step with the server (it has checked {{checked}} rows): start it again',
    importLabel: 'Import of {{count}} members at {{unit}}',
    importRequired: 'Required',
    importTooLong: 'Longer than this column allows',
    importValueUnknown: 'Not a value of this column: use a Chinese or English name or a code the template lists',
    importBranchUnknown: 'No such branch or group: name a branch or group under this unit, or give its site code',
    importBranchAmbiguous: 'Several branches or groups have this name: give its site code instead',
    importDuplicateInFile: 'Several rows of the file have this ID number',
  } satisfies Record<keyof typeof zhCN, string>,
};

type Words = Record<MemberImportColumn, string>;

/** The template's column headings. */
export const importColumnLabels: Record<'zh-CN' | 'en-US', Words> = {
  'zh-CN': {
    name: '姓名',
    idNumber: '身份证号码',
    gender: '性别',
    birthDate: '出生日期',
    ethnicity: '民族',
    education: '学历',
    occupation: '职业类别',
    branch: '所在党支部（名称或网站代码）',
    stage: '发展阶段',
    appliedOn: '申请入党日期',
    activistOn: '确定为入党积极分子日期',
    candidateOn: '确定为发展对象日期',
    probationaryOn: '接收为预备党员日期',
    fullOn: '转为正式党员日期',
    phone: '联系电话',
    address: '家庭住址',
    workplace: '工作单位及职务',
    note: '备注',
  },
  'en-US': {
    name: 'Name',
    idNumber: 'ID number',
    gender: 'Gender',
    birthDate: 'Birth date',
    ethnicity: 'Ethnicity',
    education: 'Education',
    occupation: 'Occupation',
    branch: 'Branch (name or site code)',
    stage: 'Stage',
    appliedOn: 'Applied on',
    activistOn: 'Activist since',
    candidateOn: 'Candidate since',
    probationaryOn: 'Admitted on',
    fullOn: 'Full member since',
    phone: 'Phone',
    address: 'Address',
    workplace: 'Workplace and position',
    note: 'Note',
  },
};

/** The template's example row, a full member (the ID number and the days are the template's own, computed). */
export const importExampleWords: Record<
  'zh-CN' | 'en-US',
  Record<'name' | 'branch' | 'address' | 'workplace', string>
> = {
  'zh-CN': {
    name: '王建华',
    branch: '机关支部',
    address: '湖北省武汉市江岸区沿江大道 188 号',
    workplace: '江城市第一中学 教师',
  },
  'en-US': {
    name: 'Wang Jianhua',
    branch: 'Office branch',
    address: '188 Yanjiang Avenue, Jiang’an, Wuhan, Hubei',
    workplace: 'Jiangcheng No. 1 Middle School, teacher',
  },
};

/**
 * The names by which a sheet may give a code, in each language (the ethnic groups' are the contract's own). A sheet
 * may also give the code itself.
 */
export const importValueLabels = {
  gender: { male: ['男', 'Male'], female: ['女', 'Female'] },
  education: {
    postgraduate: ['研究生', 'Postgraduate'],
    undergraduate: ['大学本科', 'Undergraduate'],
    college: ['大学专科', 'College'],
    secondary: ['中专及高中', 'Secondary'],
    primary: ['初中及以下', 'Primary'],
  },
  occupation: {
    salaried: ['在职人员', 'Salaried'],
    retired: ['离退休人员', 'Retired'],
    farmer: ['农牧渔民', 'Farmer'],
    student: ['学生', 'Student'],
    other: ['其他', 'Other'],
  },
  stage: {
    applicant: ['入党申请人', 'Applicant'],
    activist: ['入党积极分子', 'Activist'],
    candidate: ['发展对象', 'Development candidate'],
    probationary: ['预备党员', 'Probationary member'],
    full: ['正式党员', 'Full member'],
  },
} as const satisfies {
  gender: Record<MemberGender, readonly [string, string]>;
  education: Record<MemberEducation, readonly [string, string]>;
  occupation: Record<MemberOccupation, readonly [string, string]>;
  stage: Record<MemberStage, readonly [string, string]>;
};
