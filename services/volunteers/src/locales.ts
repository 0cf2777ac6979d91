// The volunteers team's words on the server: its roles, audit actions, objects and fields as the console labels them,
// and the messages of the errors it throws (namespace `errors`, under `volunteers.`). Each area keeps its words in its
// own folder (`<area>/words.ts`); this file joins them.
import { teamMessage } from '@strata/api';
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

type Words = (typeof areas)[number]['zh-CN'];
type Joined<K extends 'messages'> = UnionToIntersection<Words[K]>;
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

function join(locale: 'zh-CN' | 'en-US') {
  const messages: Record<string, string> = {};
  const auditAction: Record<string, string> = {};
  const auditEntity: Record<string, string> = {};
  const auditField: Record<string, string> = {};
  for (const area of areas) {
    const words = area[locale];
    Object.assign(messages, words.messages);
    Object.assign(auditAction, words.labels.auditAction);
    Object.assign(auditEntity, words.labels.auditEntity);
    Object.assign(auditField, words.labels.auditField);
  }
  return { messages, auditAction, auditEntity, auditField };
}

const zh = join('zh-CN');
const en = join('en-US');

export const volunteersLabels = {
  'zh-CN': {
    role: { volunteer_coordinator: '志愿服务协调员', volunteers_viewer: '志愿服务查阅员' },
    auditAction: zh.auditAction,
    auditEntity: zh.auditEntity,
    auditField: zh.auditField,
  },
  'en-US': {
    role: { volunteer_coordinator: 'Volunteer coordinator', volunteers_viewer: 'Volunteers reader' },
    auditAction: en.auditAction,
    auditEntity: en.auditEntity,
    auditField: en.auditField,
  },
};

const zhCN = zh.messages as Joined<'messages'>;

export const volunteersMessages = {
  'zh-CN': zhCN,
  'en-US': en.messages as Record<keyof typeof zhCN, string>,
};

export const volunteersMessage = teamMessage('volunteers', zhCN);
