// Words for the large fixture's letters: titles, bodies and replies as the public writes to a unit's leader and
// handlers answer, by kind (some hundreds of titles, so a search by words finds some letters and not others), and
// the submitters' names and phones before they are sealed.
import type { FixtureRandom } from '@strata/api';
import type { LetterKind } from './letters/letter-rules';

const roads = ['幸福路', '建设路', '人民路', '解放路', '和平街', '新华街', '滨河路', '中山路', '朝阳路', '光明街'];
const places = ['小区门口', '村委会旁', '菜市场附近', '学校周边', '老旧小区', '村道', '社区广场', '公交站台'];
const problems = [
  '路灯长期不亮',
  '垃圾清运不及时',
  '道路破损积水',
  '违章占道经营',
  '夜间施工噪声扰民',
  '公开栏多月未更新',
  '排水沟堵塞',
  '健身器材损坏',
  '井盖缺失',
  '停车秩序混乱',
];
const topics = [
  '入党申请',
  '组织关系转接',
  '党费缴纳',
  '流动党员组织生活',
  '发展党员流程',
  '党员档案查询',
  '困难党员帮扶政策',
  '退休党员组织关系',
  '预备党员转正',
  '入党积极分子培养',
  '党员教育培训',
  '党组织换届',
];
const questions = ['如何办理', '需要哪些材料', '有什么要求', '向哪里咨询', '办理时限是多久'];
const proposals = [
  '在社区增设党员志愿服务站',
  '在网站增加办事指南栏目',
  '定期开展政策宣讲进村入户',
  '增加老年人活动场所',
  '延长便民服务窗口时间',
  '加强青年党员培训',
  '公开村级财务明细',
  '设立党员先锋岗',
  '组织党员结对帮扶困难家庭',
  '开通线上组织关系转接',
];
const hardships = [
  '独居老人冬季取暖困难',
  '困难党员子女上学求助',
  '老党员长期卧病需要照顾',
  '低保申请遇到困难',
  '残疾人家庭住房漏雨',
  '失业人员再就业求助',
  '孤寡老人看病无人陪护',
  '因灾受损房屋需要修缮',
];
const openings = ['您好！', '尊敬的领导：', '领导您好，', '你好，'];
const details = [
  '这个情况已经持续一段时间了，周边群众反映较多。',
  '之前向有关方面反映过，但一直没有得到答复。',
  '家里人商量后，决定通过信箱向组织反映。',
  '身边不少党员群众也有同样的疑问。',
  '希望组织能够重视，尽快给予答复。',
];
const asks = ['恳请尽快协调解决。', '请组织上帮忙看一看。', '希望能给一个明确的答复。', '谢谢！', '盼复。'];
const replies = [
  '经现场核实，已协调相关部门于本周内处理完毕，感谢您的监督。',
  '您反映的情况已转交所在支部，支部已上门了解情况并落实帮扶措施。',
  '相关政策及办理材料已在网站“办事指南”栏目公布，您也可以到党群服务中心现场咨询。',
  '您的建议很好，已纳入明年工作计划，届时欢迎您参与。',
  '经研究，已明确专人负责跟进，后续进展将电话告知您。',
  '已督促整改并建立台账，将定期检查落实情况。',
];
const notes = [
  '已现场核实情况',
  '已电话联系来信人了解详情',
  '已协调相关部门共同处理',
  '已召开专题会研究',
  '已安排专人跟进',
];
const surnames = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗';
const givenNames = ['建国', '秀英', '伟', '芳', '明', '丽', '强', '敏', '军', '静', '磊', '洋', '艳', '勇', '杰', '娟'];

/** A title of the kind: what the public writes about. */
function title(random: FixtureRandom, kind: LetterKind): string {
  switch (kind) {
    case 'consultation':
      return random.pick(topics) + random.pick(questions);
    case 'complaint':
      return random.pick(roads) + random.pick(places) + random.pick(problems);
    case 'suggestion':
      return `建议${random.pick(proposals)}`;
    case 'help':
      return random.pick(hardships);
  }
}

export const fixtureLetterText = {
  title,
  body: (random: FixtureRandom, letterTitle: string, unitName: string) =>
    `${random.pick(openings)}我是${unitName}的群众，想反映“${letterTitle}”的事情。${random.pick(details)}${random.pick(asks)}`,
  reply: (random: FixtureRandom) => `您好！${random.pick(replies)}`,
  note: (random: FixtureRandom) => random.pick(notes),
  rejection: (random: FixtureRandom) =>
    random.pick([
      '不属于本单位受理范围，已告知来信人向相关部门反映',
      '内容与前信重复，已并入前信办理',
      '信件内容不完整，无法核实',
      '涉及诉讼事项，请通过司法途径解决',
    ]),
  extension: (random: FixtureRandom) => random.pick(['涉及多个部门，需协调办理', '需现场调查核实', '等待上级部门答复']),
  dissatisfied: (random: FixtureRandom) => random.pick(['问题仍未解决', '答复不具体', '处理太慢']),
  name: (random: FixtureRandom) => random.pick([...surnames]) + random.pick(givenNames),
  /** A mobile number (11 digits, 1[3-9]…), the k-th of the fixture's submitters. */
  phone: (k: number) => `1${3 + (k % 7)}${String((k * 2_654_435_761) % 1_000_000_000).padStart(9, '0')}`,
};
