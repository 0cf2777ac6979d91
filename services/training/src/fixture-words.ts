// The words the training fixture draws from: course topics (with their category and their lessons' subjects), the
// places classroom sessions meet, and what a question asks. Plain lists: the generators pick with ctx.random.
import type { TrainingCategory } from '@strata/contract';

export type Topic = { title: string; category: TrainingCategory; subjects: readonly string[] };

export const topics: readonly Topic[] = [
  {
    title: '党章党规学习',
    category: 'member',
    subjects: ['党章总纲', '党员的义务和权利', '党的纪律', '党内监督条例', '问责条例'],
  },
  {
    title: '发展党员工作流程',
    category: 'member',
    subjects: ['入党申请', '积极分子的确定和培养', '发展对象的确定和考察', '预备党员的接收', '预备党员的转正'],
  },
  {
    title: '三会一课组织规范',
    category: 'member',
    subjects: ['支部党员大会', '支部委员会', '党小组会', '党课的准备', '会议记录'],
  },
  {
    title: '主题党日活动策划',
    category: 'member',
    subjects: ['选题与计划', '活动组织', '志愿服务结合', '活动记录与宣传'],
  },
  {
    title: '党费收缴使用管理',
    category: 'office',
    subjects: ['交纳基数的核定', '交纳比例', '收缴与上缴', '党费使用范围', '台账管理'],
  },
  {
    title: '基层党组织换届选举',
    category: 'member',
    subjects: ['换届提醒', '候选人预备人选', '选举大会', '选举结果报批'],
  },
  {
    title: '组织生活会与民主评议',
    category: 'member',
    subjects: ['谈心谈话', '对照检查', '批评与自我批评', '民主评议党员', '整改落实'],
  },
  { title: '党组织关系转接', category: 'office', subjects: ['转接的情形', '系统内转接', '跨系统转接', '流动党员管理'] },
  {
    title: '保密工作基本知识',
    category: 'safety',
    subjects: ['保密法律法规', '涉密载体管理', '计算机保密', '会议保密', '泄密案例警示'],
  },
  {
    title: '网络安全与个人信息保护',
    category: 'safety',
    subjects: ['口令与账号安全', '钓鱼邮件识别', '个人信息的收集和使用', '数据泄露的处置'],
  },
  { title: '消防安全知识', category: 'safety', subjects: ['火灾的预防', '灭火器的使用', '疏散逃生', '消防设施的检查'] },
  { title: '安全生产基础', category: 'safety', subjects: ['安全生产责任制', '隐患排查', '有限空间作业', '事故报告'] },
  {
    title: '应急处置与疏散演练',
    category: 'safety',
    subjects: ['应急预案', '信息报告', '人员疏散', '演练的组织和评估'],
  },
  { title: '急救常识', category: 'safety', subjects: ['心肺复苏', '自动体外除颤器', '止血与包扎', '中暑与烫伤'] },
  {
    title: '防范电信网络诈骗',
    category: 'safety',
    subjects: ['常见诈骗手法', '老年人防骗', '资金被骗后的处置', '宣传进社区'],
  },
  {
    title: '公文写作规范',
    category: 'office',
    subjects: ['公文种类', '格式要素', '请示与报告', '通知与纪要', '常见错误'],
  },
  { title: '档案管理实务', category: 'office', subjects: ['归档范围', '整理与编号', '电子档案', '借阅与保管'] },
  { title: '办公软件应用', category: 'office', subjects: ['文字处理', '电子表格', '演示文稿', '文件共享与协作'] },
  { title: '会议组织与记录', category: 'office', subjects: ['会前准备', '议程与主持', '会议记录', '决议的落实'] },
  {
    title: '党务信息系统操作',
    category: 'office',
    subjects: ['登录与权限', '党员信息维护', '组织关系转接办理', '统计报表', '常见问题'],
  },
  { title: '财务报销制度', category: 'office', subjects: ['报销范围', '票据要求', '审批流程', '公务接待'] },
  { title: '党群服务中心运行', category: 'site', subjects: ['阵地功能布局', '服务事项', '开放时间与值守', '服务台账'] },
  { title: '社区网格化管理', category: 'site', subjects: ['网格划分', '网格员职责', '走访与登记', '问题上报与办结'] },
  { title: '群众工作方法', category: 'site', subjects: ['入户走访', '矛盾纠纷调解', '民情记录', '为民办实事'] },
  { title: '信访接待规范', category: 'site', subjects: ['接待礼仪', '登记与转办', '答复时限', '重复信访的处理'] },
  { title: '政务服务礼仪', category: 'site', subjects: ['仪容仪表', '窗口服务用语', '电话礼仪', '投诉处理'] },
  { title: '志愿服务组织实务', category: 'site', subjects: ['志愿者招募', '活动策划', '服务时长记录', '激励与保障'] },
  { title: '垃圾分类与环境保护', category: 'site', subjects: ['分类标准', '投放点管理', '宣传动员', '检查与考核'] },
  { title: '廉洁自律教育', category: 'member', subjects: ['中央八项规定精神', '廉洁从政', '警示案例', '家风建设'] },
  {
    title: '党史学习',
    category: 'member',
    subjects: ['建党初心', '新民主主义革命时期', '社会主义建设时期', '改革开放新时期', '新时代'],
  },
  { title: '意识形态工作责任制', category: 'member', subjects: ['责任清单', '阵地管理', '舆情研判', '考核与追责'] },
  { title: '新媒体宣传实务', category: 'other', subjects: ['选题策划', '图文编辑', '短视频拍摄', '发布审核'] },
  { title: '突发事件舆情应对', category: 'other', subjects: ['舆情监测', '信息发布', '回应口径', '复盘'] },
  { title: '统计工作基础', category: 'other', subjects: ['统计制度', '数据采集', '数据质量', '统计分析'] },
  { title: '数据安全管理', category: 'safety', subjects: ['数据分类分级', '访问控制', '备份与恢复', '数据共享的审批'] },
];

/** Sets of a course that runs more than once: its edition or year after the title. */
export const editions = ['', '', '', '（基础班）', '（提高班）', '（新任骨干班）', '（2025年）', '（2026年）'] as const;

export const lessonKinds = [
  ['text', 3],
  ['link', 1],
] as const;

export const sessionPlaces = [
  '党群服务中心一楼会议室',
  '镇政府三楼多功能厅',
  '新时代文明实践站',
  '社区活动室',
  '市委党校第二教室',
  '党员教育基地',
  '应急管理培训中心',
  '图书馆报告厅',
] as const;

/** A stem for a question about `subject`, by kind. */
export const stems = {
  single: ['关于“{s}”，下列说法正确的是', '“{s}”中首先要做的是', '下列哪一项属于“{s}”的要求'],
  multiple: ['关于“{s}”，下列说法正确的有', '“{s}”包括下列哪些内容', '下列做法中，符合“{s}”要求的有'],
  truefalse: [
    '“{s}”可以由个人自行决定，无需报告。',
    '“{s}”的相关记录应当及时整理归档。',
    '“{s}”只在年底集中开展即可。',
  ],
  blank: ['“{s}”的记录应当由____签字确认。', '“{s}”一般每____开展一次。'],
} as const;

export const optionTexts = [
  '按规定程序办理并做好记录',
  '由经办人自行决定',
  '报上级党组织备案',
  '在规定时限内完成',
  '可以事后补办手续',
  '应当集体研究决定',
  '仅口头告知即可',
  '公开并接受监督',
] as const;

export const blankAnswers = [
  ['支部书记', '书记'],
  ['季度', '一季度', '每季度'],
  ['月', '一个月'],
] as const;
