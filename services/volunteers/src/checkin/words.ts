// The checkin area's words: its error messages (volunteers.<key>) and its audit labels, in both languages (the en-US
// keys are checked against zh-CN's). Messages never quote what was typed (it may be personal data).
const messages = {
  codeUnknown: '签到码不正确，请核对屏幕上的六位数字',
  codeExpired: '签到码已过期，请使用屏幕上的新签到码',
  codeUsed: '此签到码已被其他志愿者使用，请使用屏幕上的新签到码',
  codeOtherActivity: '此签到码属于另一场活动',
  codeIsCheckOut: '这是签退码，签到请使用签到码',
  codeIsCheckIn: '这是签到码，签退请使用签退码',
  alreadyCheckedIn: '您已签到，不能重复签到',
  alreadyCheckedOut: '已签退，不能重复签退',
  notCheckedIn: '还没有签到，不能签退',
  notConfirmed: '您没有此活动已确认的报名，不能签到',
  checkinClosed: '不在签到时间内：活动开始前 30 分钟至活动结束可以签到',
  checkoutClosed: '不在签退时间内：活动开始前 30 分钟至活动结束后 2 小时可以签退',
  screenClosed: '活动开始前 30 分钟至结束后 2 小时才能显示签到码',
  activityNotRunning: '活动未发布或已结束，不能签到',
  checkOutBeforeIn: '签退时间须晚于签到时间',
  attendanceOutsideTime: '签到、签退时间须在活动开始前 30 分钟至结束后 2 小时之间',
  attendanceNotFound: '签到记录不存在或不在您的管理范围内',
  checkOutRequired: '已签到，请填写签退时间',
};
const labels = {
  auditAction: {
    'checkin.code': '显示签到码',
    'attendance.checkIn': '扫码签到',
    'attendance.checkOut': '扫码签退',
    'attendance.record': '补录签到',
    'attendance.evaluate': '评价志愿者',
  },
  auditEntity: {},
  auditField: {
    checkedInAt: '签到时间',
    checkedOutAt: '签退时间',
    manualReason: '补录原因',
    rating: '评分',
    comment: '评语',
  },
};

export const checkinWords = {
  'zh-CN': { messages, labels },
  'en-US': {
    messages: {
      codeUnknown: 'This code is not right: check the six digits on the screen',
      codeExpired: 'This code has expired: use the new code on the screen',
      codeUsed: 'Another volunteer has used this code: use the new code on the screen',
      codeOtherActivity: 'This code belongs to another activity',
      codeIsCheckOut: 'This is a check-out code: check in with a check-in code',
      codeIsCheckIn: 'This is a check-in code: check out with a check-out code',
      alreadyCheckedIn: 'You have already checked in',
      alreadyCheckedOut: 'Already checked out',
      notCheckedIn: 'Not checked in yet: nothing to check out of',
      notConfirmed: 'You have no confirmed sign-up for this activity: you cannot check in',
      checkinClosed: 'Check-in is open from 30 minutes before the start until the end',
      checkoutClosed: 'Check-out is open from 30 minutes before the start until 2 hours after the end',
      screenClosed: 'Codes are shown from 30 minutes before the start until 2 hours after the end',
      activityNotRunning: 'The activity is not published or is over: no check-in',
      checkOutBeforeIn: 'Check-out must come after check-in',
      attendanceOutsideTime:
        'Check-in and check-out must fall between 30 minutes before the start and 2 hours after the end',
      attendanceNotFound: 'This attendance does not exist or is outside your units',
      checkOutRequired: 'Already checked in: enter the check-out time',
    } satisfies Record<keyof typeof messages, string>,
    labels: {
      auditAction: {
        'checkin.code': 'Show a check-in code',
        'attendance.checkIn': 'Check in with a code',
        'attendance.checkOut': 'Check out with a code',
        'attendance.record': 'Record attendance by hand',
        'attendance.evaluate': 'Evaluate a volunteer',
      } satisfies Record<keyof typeof labels.auditAction, string>,
      auditEntity: {},
      auditField: {
        checkedInAt: 'Checked in',
        checkedOutAt: 'Checked out',
        manualReason: 'Reason recorded by hand',
        rating: 'Rating',
        comment: 'Comment',
      } satisfies Record<keyof typeof labels.auditField, string>,
    },
  },
};
