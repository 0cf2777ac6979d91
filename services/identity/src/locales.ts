// The identity team's own words that reach the console through the manifest rather than the first visit's bundle:
// the working-day calendar's audit actions and errors (the core's words live in @strata/i18n).
import { teamMessage } from '@strata/api';

export const identityLabels = {
  'zh-CN': {
    role: {},
    auditAction: {
      'calendar.set': '设置节假日安排',
      'calendar.remove': '删除节假日安排',
      'calendar.importOfficial': '导入官方节假日安排',
      'notice.markRead': '将通知标为已读',
    },
    auditEntity: { CalendarDay: '节假日安排' },
    auditField: { date: '日期', year: '年份', entries: '条目数', marked: '标为已读条数' },
  },
  'en-US': {
    role: {},
    auditAction: {
      'calendar.set': 'Set calendar day',
      'calendar.remove': 'Removed calendar day',
      'calendar.importOfficial': 'Imported official holiday schedule',
      'notice.markRead': 'Marked notifications read',
    },
    auditEntity: { CalendarDay: 'Calendar day' },
    auditField: { date: 'Date', year: 'Year', entries: 'Entries', marked: 'Marked read' },
  },
};

const zhCN = {
  dateInvalid: '请填写存在的日期，格式为 YYYY-MM-DD',
  makeUpDayNotWeekend: '调休上班日只能是周六或周日',
  calendarYearEntered: '{{year}} 年已有节假日安排，不能再导入官方安排',
  calendarNoOfficialSchedule: '没有 {{year}} 年的官方节假日安排可供导入',
};

export const identityMessages = {
  'zh-CN': zhCN,
  'en-US': {
    dateInvalid: 'Enter a date that exists, as YYYY-MM-DD',
    makeUpDayNotWeekend: 'A make-up working day can only be a Saturday or a Sunday',
    calendarYearEntered: '{{year}} already has calendar days: the official schedule cannot be imported over them',
    calendarNoOfficialSchedule: 'There is no official schedule for {{year}} to import',
  } satisfies Record<keyof typeof zhCN, string>,
};

export const identityMessage = teamMessage('identity', zhCN);
