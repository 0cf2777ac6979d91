// Check-in with one-time codes, for any kind of gathering (volunteer activities, classroom sessions): the codes, what
// a code row answers to an attempt, lateness and attended minutes, and the link a QR code carries. No database here:
// callers store the codes and consume them with a conditional update. The screen that shows a code is the subpath
// `@strata/checkin/screen` (React), loaded only where it is drawn.
export {
  type AttendanceTimes,
  attendanceFlags,
  attendanceGraceMs,
  attendedMinutes,
  meetsAttendance,
  scheduledMinutes,
} from './attendance';
export {
  type CodeAttempt,
  type CodeVerdict,
  checkinCodePattern,
  checkinWindowMs,
  judgeCode,
  newCheckinCode,
  type StoredCode,
} from './codes';
export { checkinLink, type LinkParts } from './link';
