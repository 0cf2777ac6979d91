// Words for the large fixture's members' board: what members raise about their branch's life, how they chime in, how
// the unit answers; the notices moderators pin, the posts a warn word holds and the off-topic ones moderators hide.
import type { FixtureRandom } from '@strata/api';

const subjects = [
  '主题党日活动',
  '组织生活会',
  '三会一课',
  '党费交纳',
  '党员积分管理',
  '志愿服务',
  '困难党员慰问',
  '流动党员管理',
  '发展党员',
  '支部换届',
  '党员活动室',
  '理论学习',
  '红色教育',
  '结对帮扶',
  '党员示范岗',
  '学习资料',
];
const asks = ['时间安排', '能否调整', '的几点建议', '有关问题', '怎么参加', '相关规定咨询', '如何落实', '经费使用'];
const proposals = [
  '建议把主题党日安排在周末',
  '建议增加线上学习方式',
  '建议组织一次红色教育基地参观',
  '建议学习资料提供电子版',
  '建议开通党费手机交纳',
  '建议为老党员送学上门',
  '建议定期公开党费使用情况',
  '建议组建党员志愿服务队',
];
const openings = ['各位同志：', '支部领导好，', '大家好！', ''];
const details = [
  '不少党员平时上班，工作日参加活动有困难。',
  '外出务工的党员回来一趟不方便。',
  '年纪大的党员反映看材料比较吃力。',
  '上次活动大家反响不错，希望能形成常态。',
  '身边几位党员也有同样的疑问。',
];
const closings = ['请支部研究。', '希望尽快答复。', '谢谢！', '大家看看是否可行。'];
const replies = [
  '赞成，这个建议很好。',
  '同意楼上的意见。',
  '希望尽快落实。',
  '我们小组也有同样的问题。',
  '支持，可以先试行一段时间。',
  '补充一点：最好提前一周通知。',
  '工作日白天确实不方便参加。',
  '上次的安排挺好，建议继续。',
];
const answers = [
  '已经支委会研究，下月起按大家的意见调整。',
  '感谢建议，已纳入支部年度工作计划。',
  '已向上级党组织反映，有结果后在此答复。',
  '相关规定已在公告栏公布，也可以直接联系支部书记咨询。',
  '经支委会讨论，本月内组织落实，具体安排另行通知。',
];
const followUps = ['补充说明：具体时间已确定，请留意通知。', '已落实，感谢大家的参与。'];
const notices = ['议事园地使用须知', '本年度学习计划', '关于规范议事发言的提示', '组织生活安排'];
const noticeBodies = [
  '欢迎大家在这里提出问题和建议。请文明发言，支部会在规定的工作日内答复。',
  '全年学习安排如下，请大家按时参加，有困难的提前请假。',
];
/** What a warn word holds for a moderator (the demo's held topic is about the same). */
const warned = ['上次会议发的内部资料可以拍照发到群里吗？', '内部资料能否发一份电子版给外出党员？'];
const offTopic = ['转让二手家电', '代办各类证件', '出售自家土特产', '招聘周末兼职'];
const offTopicBodies = ['有意者私聊。', '加我微信详谈，价格优惠。'];

export const fixtureBoardText = {
  title: (random: FixtureRandom) =>
    random.next() < 0.3 ? random.pick(proposals) : random.pick(subjects) + random.pick(asks),
  body: (random: FixtureRandom, title: string) =>
    `${random.pick(openings)}关于“${title}”，${random.pick(details)}${random.pick(closings)}`,
  reply: (random: FixtureRandom) => random.pick(replies),
  answer: (random: FixtureRandom) => random.pick(answers),
  followUp: (random: FixtureRandom) => random.pick(followUps),
  notice: (random: FixtureRandom) => ({ title: random.pick(notices), body: random.pick(noticeBodies) }),
  warnedTitle: () => '关于内部资料的疑问',
  warned: (random: FixtureRandom) => random.pick(warned),
  offTopic: (random: FixtureRandom) => ({ title: random.pick(offTopic), body: random.pick(offTopicBodies) }),
  offTopicReply: (random: FixtureRandom) =>
    `${random.pick(['加我微信，', '私聊，'])}${random.pick(offTopic)}。${random.pick(offTopicBodies)}`,
};
