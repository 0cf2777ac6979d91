// The demo municipality: names and accounts the README documents.
export const demoPassword = 'Strata#2026';

export const municipalityName = '江城市';

export const townships = [
  { name: '城关镇', slug: 'chengguan', road: '人民路 1 号', foundedOn: '1950-03-01' },
  { name: '东湖街道', slug: 'donghu', road: '东湖路 88 号', foundedOn: '1984-06-15' },
  { name: '西山镇', slug: 'xishan', road: '西山大道 12 号', foundedOn: '1956-09-20' },
  { name: '南岭乡', slug: 'nanling', road: '南岭街 6 号', foundedOn: '1958-11-08' },
  { name: '北塘街道', slug: 'beitang', road: '北塘路 30 号', foundedOn: '1992-04-10' },
  { name: '清河镇', slug: 'qinghe', road: '清河路 5 号', foundedOn: '1953-07-01' },
] as const;

/**
 * What the demo's units record (secretary, contact, founding date, credit code, address): made up, but in
 * the shapes real ones have. The city's area code and region code; people's names are drawn in turn from
 * these family and given names.
 */
export const demoProfile = {
  areaCode: '027',
  region: '420100',
  municipality: { road: '解放大道 100 号', foundedOn: '1949-05-16' },
  familyNames: ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙'],
  givenNames: ['建华', '秀英', '志强', '丽娟', '国庆', '海燕', '明', '静', '文博', '晓东', '桂芳', '立新', '红梅'],
};

export const branchNames = [
  '机关支部',
  '第一村支部',
  '第二村支部',
  '第三村支部',
  '社区支部',
  '学校支部',
  '卫生院支部',
  '企业联合支部',
];

export const articleTitles = [
  '学习贯彻全会精神专题会议召开',
  '基层组织建设推进会顺利举行',
  '开展主题党日活动走访困难群众',
  '党员志愿服务队清洁家园行动',
  '“三会一课”制度落实情况通报',
  '组织开展年度民主评议党员工作',
  '干部培训班开班仪式举行',
  '信息化建设调研报告发布',
  '优秀共产党员先进事迹展示',
  '网站信息员业务能力培训举办',
];

/**
 * Accounts: who holds which role where. `unit` is a township slug, or a township slug + branch index.
 */
export const demoUsers = [
  { username: 'admin', displayName: '市委组织部管理员', role: 'municipal_admin', unit: null },
  { username: 'chengguan', displayName: '城关镇管理员', role: 'township_admin', unit: 'chengguan' },
  { username: 'donghu', displayName: '东湖街道管理员', role: 'township_admin', unit: 'donghu' },
  { username: 'secretary', displayName: '城关镇机关支部书记', role: 'branch_secretary', unit: 'chengguan/0' },
  { username: 'editor', displayName: '城关镇内容编辑', role: 'content_editor', unit: 'chengguan' },
  { username: 'reviewer', displayName: '城关镇审核员', role: 'reviewer', unit: 'chengguan' },
  { username: 'mailbox', displayName: '市信箱办理员', role: 'mailbox_handler', unit: null },
  { username: 'officer', displayName: '东湖街道组织员', role: 'members_officer', unit: 'donghu' },
  { username: 'viewer', displayName: '城关镇党员信息查阅员', role: 'members_viewer', unit: 'chengguan' },
  { username: 'dues', displayName: '城关镇党费管理员', role: 'dues_officer', unit: 'chengguan' },
  { username: 'volunteer', displayName: '东湖街道志愿者协调员', role: 'volunteer_coordinator', unit: 'donghu' },
  { username: 'trainer', displayName: '市信息化培训讲师', role: 'trainer', unit: null },
  { username: 'member', displayName: '城关镇机关支部党员', role: 'member', unit: 'chengguan/0' },
] as const;
