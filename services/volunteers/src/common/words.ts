// Words every area of the volunteers service uses: the answers for a volunteer, team or activity that is missing
// or outside the caller's scope (the same words for both), and the audit log's names for the team's objects.
const messages = {
  volunteerNotFound: '志愿者不存在或不在您的管理范围内',
  teamNotFound: '志愿服务队不存在或不在您的管理范围内',
  activityNotFound: '志愿活动不存在或不在您的管理范围内',
  notAVolunteer: '您的账号还没有登记为志愿者，请先登记',
};
const labels = {
  auditAction: {},
  auditEntity: {
    Volunteer: '志愿者',
    VolunteerTeam: '志愿服务队',
    VolunteerTeamMember: '服务队成员',
    Activity: '志愿活动',
    ActivitySignup: '活动报名',
    ActivityAttendance: '活动签到',
    HourEntry: '服务时长',
    VolunteerCertificate: '志愿服务证明',
    VolunteerAward: '志愿服务表彰',
  },
  auditField: {},
};

export const commonWords = {
  'zh-CN': { messages, labels },
  'en-US': {
    messages: {
      volunteerNotFound: 'This volunteer does not exist or is outside your units',
      teamNotFound: 'This volunteer team does not exist or is outside your units',
      activityNotFound: 'This activity does not exist or is outside your units',
      notAVolunteer: 'Your account is not registered as a volunteer yet: register first',
    } satisfies Record<keyof typeof messages, string>,
    labels: {
      auditAction: {},
      auditEntity: {
        Volunteer: 'Volunteer',
        VolunteerTeam: 'Volunteer team',
        VolunteerTeamMember: 'Team member',
        Activity: 'Activity',
        ActivitySignup: 'Sign-up',
        ActivityAttendance: 'Attendance',
        HourEntry: 'Service hours',
        VolunteerCertificate: 'Certificate of service',
        VolunteerAward: 'Award',
      } satisfies Record<keyof typeof labels.auditEntity, string>,
      auditField: {},
    },
  },
};
