// Words for the large fixture's articles: titles built as unit news is titled (where, on which theme, who, what,
// which occasion: some 500,000 combinations before the unit's name), so search finds some rows and not others
// and a title sort has real work to do; bodies from a few sentences.
import type { FixtureRandom } from '@strata/api';

const subjects = [
  '党委',
  '党支部',
  '党员志愿服务队',
  '组织委员会',
  '纪检委员',
  '青年理论学习小组',
  '妇联',
  '团委',
  '工会',
  '驻村工作队',
  '网格员',
  '老党员',
];
const acts = [
  '召开专题学习会',
  '开展主题党日活动',
  '走访慰问困难群众',
  '举办业务培训班',
  '组织集中学习研讨',
  '推进基层治理工作',
  '部署安全生产检查',
  '开展民主评议党员',
  '落实“三会一课”制度',
  '召开组织生活会',
  '开展清洁家园行动',
  '举行入党宣誓仪式',
  '调研乡村振兴工作',
  '开展政策宣讲进村入户',
  '部署防汛抗旱工作',
  '召开年度工作总结会',
];
const themes = [
  '学习贯彻全会精神',
  '乡村振兴',
  '基层治理',
  '作风建设',
  '安全生产',
  '文明创建',
  '党史学习教育',
  '为民办实事',
  '人居环境整治',
  '志愿服务',
  '廉政教育',
  '优化营商环境',
  '防汛抗旱',
  '民生保障',
  '数字化转型',
];
const occasions = ['', '', '', '（第{n}期）', '（{n}月）', '暨{n}周年座谈会', 'Q{q} 工作简报', '2.0 版试点'];
const sentences = [
  '会议传达学习了上级有关文件精神，对下一阶段工作作出具体安排。',
  '与会党员结合自身工作实际，谈认识、谈体会、找差距。',
  '活动中，志愿者们深入村组、社区，为群众解决实际困难。',
  '大家纷纷表示，要把学习成果转化为推动工作的实际成效。',
  '此次培训内容丰富、针对性强，进一步提升了干部的业务能力。',
  '下一步，将持续完善工作机制，推动各项任务落地见效。',
  '活动现场气氛热烈，群众参与积极性高。',
  '负责同志对近期工作进行了点评，并提出明确要求。',
];

const fill = (text: string, random: FixtureRandom) =>
  text.replace('{n}', String(1 + random.int(60))).replace('{q}', String(1 + random.int(4)));

export const fixtureArticleText = {
  /** `unitName` starts about half the titles, so a search for a place finds its own news and some others'. */
  title: (random: FixtureRandom, unitName: string) =>
    (random.next() < 0.5 ? unitName : '') +
    (random.next() < 0.4 ? `围绕${random.pick(themes)}` : '') +
    random.pick(subjects) +
    random.pick(acts) +
    fill(random.pick(occasions), random),
  /** Rich HTML as the editor writes it: two or three paragraphs of two sentences each. */
  body: (random: FixtureRandom) =>
    Array.from({ length: 2 + random.int(2) }, () => `<p>${random.pick(sentences)}${random.pick(sentences)}</p>`).join(
      '',
    ),
  summary: (random: FixtureRandom) => random.pick(sentences),
};
