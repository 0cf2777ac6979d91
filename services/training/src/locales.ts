// The training team's words on the server: its roles, audit actions, objects and fields as the console labels them,
// and the messages of the errors it throws (namespace `errors`, under `training.`). Each area keeps its words in its
// own folder (`<area>/words.ts`); this file joins them.
import { joinAreaWords, teamMessage } from '@strata/api';
import { certificatesWords } from './certificates/words';
import { commonWords } from './common/words';
import { coursesWords } from './courses/words';
import { enrolmentsWords } from './enrolments/words';
import { learningWords } from './learning/words';
import { quizzesWords } from './quizzes/words';
import { reportsWords } from './reports/words';
import { sessionsWords } from './sessions/words';

const words = joinAreaWords([
  commonWords,
  coursesWords,
  learningWords,
  enrolmentsWords,
  sessionsWords,
  quizzesWords,
  certificatesWords,
  reportsWords,
] as const);

export const trainingLabels = {
  'zh-CN': { role: { trainer: '培训讲师', training_officer: '培训专员' }, ...words['zh-CN'].labels },
  'en-US': { role: { trainer: 'Trainer', training_officer: 'Training officer' }, ...words['en-US'].labels },
};

export const trainingMessages = { 'zh-CN': words['zh-CN'].messages, 'en-US': words['en-US'].messages };

export const trainingMessage = teamMessage('training', words['zh-CN'].messages);
