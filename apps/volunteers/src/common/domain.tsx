// The volunteers' codes as the pages show them: each state a tag of one of antd's preset colours (never the status
// colours, whose light text on white reads poorly), times in the organisation's zone, minutes as hours.
import type { ActivityStatus, HourStatus, SignupStatus, TeamMemberStatus, VolunteerStatus } from '@strata/contract';
import { formatMinutes } from '@strata/contract';
import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { volunteersNs } from './register-volunteers-messages';

const activityColours: Record<ActivityStatus, string> = {
  draft: 'default',
  published: 'green',
  cancelled: 'red',
  closed: 'blue',
};
const hourColours: Record<HourStatus, string> = {
  pending: 'gold',
  approved: 'green',
  declined: 'red',
  appealed: 'blue',
};
const signupColours: Record<SignupStatus, string> = {
  pending: 'gold',
  confirmed: 'green',
  waitlisted: 'blue',
  withdrawn: 'default',
  declined: 'red',
};
const memberColours: Record<TeamMemberStatus, string> = {
  pending: 'gold',
  approved: 'green',
  declined: 'red',
  left: 'default',
};
const volunteerColours: Record<VolunteerStatus, string> = { active: 'green', inactive: 'default' };

function StateTag({ kind, value, colour, testId }: { kind: string; value: string; colour: string; testId?: string }) {
  const { t } = useTranslation(volunteersNs);
  return (
    <Tag color={colour} data-testid={testId} style={{ marginInlineEnd: 0 }}>
      {t(`${kind}.${value}`)}
    </Tag>
  );
}

export const ActivityStatusTag = ({ status, testId }: { status: ActivityStatus; testId?: string }) => (
  <StateTag kind="activityStatus" value={status} colour={activityColours[status]} testId={testId} />
);
export const HourStatusTag = ({ status, testId }: { status: HourStatus; testId?: string }) => (
  <StateTag kind="hourStatus" value={status} colour={hourColours[status]} testId={testId} />
);
export const SignupStatusTag = ({ status, testId }: { status: SignupStatus; testId?: string }) => (
  <StateTag kind="signupStatus" value={status} colour={signupColours[status]} testId={testId} />
);
export const MemberStatusTag = ({ status, testId }: { status: TeamMemberStatus; testId?: string }) => (
  <StateTag kind="memberStatus" value={status} colour={memberColours[status]} testId={testId} />
);
export const VolunteerStatusTag = ({ status, testId }: { status: VolunteerStatus; testId?: string }) => (
  <StateTag kind="volunteerStatus" value={status} colour={volunteerColours[status]} testId={testId} />
);

/** Minutes as hours with one decimal and the unit ("1.5 小时"). */
export const hoursText = (t: TFunction, minutes: number) =>
  t('volunteers:hoursValue', { hours: formatMinutes(minutes) });

/** Skill keys in the reader's words, joined. */
export const skillsText = (t: TFunction, skills: readonly string[]) =>
  skills.length === 0
    ? t('volunteers:none')
    : skills.map((s) => t(`volunteers:skill.${s}`)).join(t('volunteers:separator'));

export const tabular = { fontVariantNumeric: 'tabular-nums' } as const;
