// Types flow from the AppRouter; nothing here is hand-copied from the server.
import type { RouterInputs, RouterOutputs } from '../trpc';

type V = RouterOutputs['volunteers'];
type VIn = RouterInputs['volunteers'];

export type ActivityListInput = VIn['activities']['list'];
export type ActivitySort = NonNullable<ActivityListInput['sort']>;
export type ActivityRow = V['activities']['list']['items'][number];
export type ActivityDetail = V['activities']['get'];
export type ActivityInput = VIn['activities']['create'];
export type CloseResult = V['activities']['close'];
export type OpenActivity = V['activities']['open'];
export type BrowsedActivity = V['activities']['browse']['items'][number];

export type SignupRow = V['signups']['list']['items'][number];
export type MySignup = V['signups']['mine'][number];
export type SignUpResult = V['signups']['signUp'];

export type AttendanceRow = V['checkin']['list'][number];
export type IssuedCode = V['checkin']['code'];
export type ScreenState = V['checkin']['current'];

export type VolunteerListInput = VIn['people']['list'];
export type VolunteerSort = NonNullable<VolunteerListInput['sort']>;
export type VolunteerRow = V['people']['list']['items'][number];
export type VolunteerProfile = V['people']['get'];
export type RevealedPii = V['people']['reveal'];
export type OwnProfile = NonNullable<V['people']['mine']>;

export type TeamListInput = VIn['teams']['list'];
export type TeamRow = V['teams']['list']['items'][number];
export type TeamDetail = V['teams']['get'];
export type TeamMemberRow = TeamDetail['members'][number];
export type BrowsedTeam = V['teams']['browse']['items'][number];
export type OwnMembership = V['teams']['mine'][number];

export type HourListInput = VIn['hours']['list'];
export type HourRow = V['hours']['list']['items'][number];
export type HourDecisionRow = V['hours']['history'][number];
export type MyHour = V['hours']['mine']['items'][number];
export type ApproveResult = V['hours']['approve'];

export type ServiceRecord = V['records']['get'];

export type CertificateListInput = VIn['certificates']['list'];
export type CertificateRow = V['certificates']['list']['items'][number];
export type OwnCertificate = V['certificates']['mine'][number];

export type StatsSummary = V['stats']['summary'];
