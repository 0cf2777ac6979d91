// The lifecycle's error messages (members.<key>), in both languages. Each rule's message says which rule was broken
// and, where the rule has one, the earliest (or latest) day allowed.
const zhCN = {
  dateInvalid: '请填写有效的日期（年-月-日）',
  memberNotCurrent: '只有在册（正常或流动）的党员才能办理此项',
  stageOutOfOrder: '发展阶段须依次推进',
  dayInFuture: '日期不能晚于今天（{{latest}}）',
  beforePreviousStep: '日期不能早于上一阶段的日期（{{earliest}}）',
  previousDayMissing: '上一阶段没有登记日期，请先补全党员信息',
  applicantUnderAge: '申请入党时须年满 {{age}} 周岁，最早可于 {{earliest}} 提出申请',
  activistTooSoon: '入党积极分子须经过 {{months}} 个月以上的培养考察才能列为发展对象，最早 {{earliest}}',
  probationNotOver: '预备期满才能转为正式党员，最早 {{earliest}}',
  mentorsRequired: '列为入党积极分子时须指定两名培养联系人',
  introducersRequired: '接收为预备党员时须有两名入党介绍人',
  sponsorsNotExpected: '这一步不指定培养联系人或入党介绍人',
  sponsorsSame: '须指定两名不同的党员',
  sponsorIsMember: '不能指定本人',
  sponsorNotEligible: '培养联系人和入党介绍人须是本支部在册的正式党员',
  sponsorRoleStage: '培养联系人为入党积极分子和发展对象指定，入党介绍人为发展对象和预备党员指定',
  notProbationary: '只有预备党员才能延长预备期',
  probationAlreadyExtended: '预备期只能延长一次',
  extensionMonths: '预备期可延长 1 至 {{max}} 个月',
  candidacyOver: '已是正式党员，不能取消发展资格',
  beforeStageDay: '日期不能早于进入当前阶段的日期（{{earliest}}）',
  memberChanged: '该党员的信息刚被其他操作修改，请刷新后重试',
};

export const lifecycleMessages = {
  'zh-CN': zhCN,
  'en-US': {
    dateInvalid: 'Enter a valid date (year-month-day)',
    memberNotCurrent: 'Only members on the active registry (active or floating) can take this step',
    stageOutOfOrder: 'Stages follow one another in order',
    dayInFuture: 'The date cannot be later than today ({{latest}})',
    beforePreviousStep: "The date cannot be earlier than the previous stage's ({{earliest}})",
    previousDayMissing: 'The previous stage has no date; complete the member’s details first',
    applicantUnderAge:
      'An applicant must be at least {{age}} on the day of the application, which could be {{earliest}} at the earliest',
    activistTooSoon:
      'An activist is observed for at least {{months}} months before becoming a development candidate: {{earliest}} at the earliest',
    probationNotOver: 'Conversion to full membership comes once probation is over: {{earliest}} at the earliest',
    mentorsRequired: 'An activist is designated with two mentors',
    introducersRequired: 'A probationary member is admitted with two introducers',
    sponsorsNotExpected: 'This step names no mentors or introducers',
    sponsorsSame: 'Name two different members',
    sponsorIsMember: 'A member cannot sponsor themselves',
    sponsorNotEligible: 'Mentors and introducers are full members on the active registry of the same branch',
    sponsorRoleStage:
      'Mentors are assigned to activists and development candidates, introducers to candidates and probationary members',
    notProbationary: 'Only a probationary member’s probation can be extended',
    probationAlreadyExtended: 'Probation can be extended only once',
    extensionMonths: 'Probation is extended by 1 to {{max}} months',
    candidacyOver: 'A full member’s candidacy cannot be cancelled',
    beforeStageDay: 'The date cannot be earlier than the day the member reached the current stage ({{earliest}})',
    memberChanged: "The member's details were just changed by someone else; reload and try again",
  } satisfies Record<keyof typeof zhCN, string>,
};
