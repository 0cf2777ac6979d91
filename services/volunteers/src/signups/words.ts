// The signups area's words: its error messages (volunteers.<key>) and its audit labels, in both languages (the en-US
// keys are checked against zh-CN's). Messages never quote what was typed (it may be personal data).
const messages = {
  signupVolunteerInactive: '志愿者登记已停用，不能报名或签到',
  signupNotRecruiting: '此活动无需报名，活动时到场签到即可',
  signupClosed: '此活动的报名已截止',
  skillsMissing: '此活动要求的技能您还未登记（缺少 {{count}} 项），不能报名',
  alreadySignedUp: '已报名此活动，不能重复报名',
  signupDeclined: '此活动的报名未获通过，不能再次报名',
  signupNotFound: '报名记录不存在或不在您的管理范围内',
  withdrawTooLate: '活动已开始，不能再取消报名',
  signupNotPending: '此报名已审核过',
  signupNotLive: '此报名已取消或未获通过',
  activityNotOpen: '活动未发布或已结束，不能报名',
};
const labels = {
  auditAction: {
    'signup.create': '报名志愿活动',
    'signup.withdraw': '取消活动报名',
    'signup.decide': '审核活动报名',
    'signup.enrol': '代为报名活动',
    'signup.remove': '移出活动报名',
  },
  auditEntity: {},
  auditField: {},
};

export const signupsWords = {
  'zh-CN': { messages, labels },
  'en-US': {
    messages: {
      signupVolunteerInactive: 'This volunteer registration is inactive: no sign-ups or check-ins',
      signupNotRecruiting: 'This activity takes no sign-ups: check in when you come',
      signupClosed: 'Sign-ups for this activity have closed',
      skillsMissing: 'This activity requires skills you have not registered ({{count}} missing): you cannot sign up',
      alreadySignedUp: 'Already signed up for this activity',
      signupDeclined: 'The sign-up for this activity was declined: it cannot be made again',
      signupNotFound: 'This sign-up does not exist or is outside your units',
      withdrawTooLate: 'The activity has started: the sign-up can no longer be withdrawn',
      signupNotPending: 'This sign-up has already been decided',
      signupNotLive: 'This sign-up was withdrawn or declined',
      activityNotOpen: 'The activity is not published or has ended: no sign-ups',
    } satisfies Record<keyof typeof messages, string>,
    labels: {
      auditAction: {
        'signup.create': 'Sign up for an activity',
        'signup.withdraw': 'Withdraw a sign-up',
        'signup.decide': 'Decide a sign-up',
        'signup.enrol': 'Enrol a volunteer',
        'signup.remove': 'Remove a sign-up',
      } satisfies Record<keyof typeof labels.auditAction, string>,
      auditEntity: {},
      auditField: {},
    },
  },
};
