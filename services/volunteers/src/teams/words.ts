// The teams area's words: its error messages (volunteers.<key>) and its audit labels, in both languages (the en-US
// keys are checked against zh-CN's). Messages never quote what was typed (it may be personal data).
const messages = {
  teamNameTaken: '本单位已有同名的志愿服务队',
  teamArchived: '该志愿服务队已归档，不能再加入或变更',
  membershipNotFound: '入队记录不存在或不在您的管理范围内',
  membershipNotPending: '只能审核待审核的入队申请',
  membershipNotApproved: '只能移出已在队中的成员',
  declineNeedsReason: '不同意入队时请填写原因',
  joinPending: '您已申请加入该服务队，请等待审核',
  alreadyInTeam: '已经是该服务队的成员',
  notInTeam: '您不在该服务队中，也没有待审核的申请',
  volunteerInactive: '该志愿者已停用，不能加入服务队',
};
const labels = {
  auditAction: {
    'team.create': '新建志愿服务队',
    'team.update': '修改志愿服务队',
    'team.archive': '归档志愿服务队',
    'team.decide': '审核入队申请',
    'team.addMember': '添加服务队成员',
    'team.removeMember': '移出服务队成员',
    'team.join': '申请加入服务队',
    'team.leave': '退出服务队',
  },
  auditEntity: {},
  auditField: {
    description: '简介',
    teamId: '服务队',
    teamName: '服务队名称',
    volunteerId: '志愿者',
    approve: '是否同意',
    decidedAt: '审核时间',
  },
};

export const teamsWords = {
  'zh-CN': { messages, labels },
  'en-US': {
    messages: {
      teamNameTaken: 'Your unit already has a team of this name',
      teamArchived: 'This team is archived: nobody can join it and it cannot be changed',
      membershipNotFound: 'This membership does not exist or is outside your units',
      membershipNotPending: 'Only a pending request to join can be decided',
      membershipNotApproved: 'Only a member of the team can be removed',
      declineNeedsReason: 'Give a reason for declining',
      joinPending: 'You have already asked to join this team: wait for the decision',
      alreadyInTeam: 'Already a member of this team',
      notInTeam: 'You are not in this team and have not asked to join it',
      volunteerInactive: 'This volunteer is inactive and cannot join a team',
    } satisfies Record<keyof typeof messages, string>,
    labels: {
      auditAction: {
        'team.create': 'Create a volunteer team',
        'team.update': 'Change a volunteer team',
        'team.archive': 'Archive a volunteer team',
        'team.decide': 'Decide a request to join a team',
        'team.addMember': 'Add a team member',
        'team.removeMember': 'Remove a team member',
        'team.join': 'Ask to join a team',
        'team.leave': 'Leave a team',
      } satisfies Record<keyof typeof labels.auditAction, string>,
      auditEntity: {},
      auditField: {
        description: 'Description',
        teamId: 'Team',
        teamName: 'Team name',
        volunteerId: 'Volunteer',
        approve: 'Approved',
        decidedAt: 'Decided at',
      } satisfies Record<keyof typeof labels.auditField, string>,
    },
  },
};
