// The volunteers team's words on the server: its roles, audit actions, objects and fields as the console labels them,
// and the messages of the errors it throws (namespace `errors`, under `volunteers.`). Each area keeps its words in its
// own folder (`<area>/words.ts`); this file joins them.
import { joinAreaWords, teamMessage } from '@strata/api';
import { activitiesWords } from './activities/words';
import { certificatesWords } from './certificates/words';
import { checkinWords } from './checkin/words';
import { commonWords } from './common/words';
import { hoursWords } from './hours/words';
import { peopleWords } from './people/words';
import { recordsWords } from './records/words';
import { signupsWords } from './signups/words';
import { statsWords } from './stats/words';
import { teamsWords } from './teams/words';

const areas = [
  commonWords,
  peopleWords,
  teamsWords,
  activitiesWords,
  signupsWords,
  checkinWords,
  hoursWords,
  recordsWords,
  certificatesWords,
  statsWords,
] as const;

const words = joinAreaWords(areas);

export const volunteersLabels = {
  'zh-CN': {
    role: { volunteer_coordinator: '志愿服务协调员', volunteers_viewer: '志愿服务查阅员' },
    ...words['zh-CN'].labels,
  },
  'en-US': {
    role: { volunteer_coordinator: 'Volunteer coordinator', volunteers_viewer: 'Volunteers reader' },
    ...words['en-US'].labels,
  },
};

export const volunteersMessages = { 'zh-CN': words['zh-CN'].messages, 'en-US': words['en-US'].messages };

export const volunteersMessage = teamMessage('volunteers', words['zh-CN'].messages);
