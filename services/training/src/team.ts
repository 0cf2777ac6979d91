// The training team's registration: its router, permissions and roles, its words and its cross-scope operations.
import { defineTeam } from '@strata/api';
import { trainingVerifyPages } from './certificates/verify-pages';
import { trainingLabels, trainingMessages } from './locales';
import { trainingNav, trainingPages } from './portal/training-pages';
import { trainingRouter } from './router';
import { trainingSystem } from './system';

export const trainingTeam = defineTeam({
  name: 'training',
  router: trainingRouter,
  // training.read: the training of the people of the units in scope (enrolments, progress, scores, certificates,
  // reports, coverage). training.manage: the units' courses, their versions, question banks, quizzes and classroom
  // sessions. training.teach: the learners of the units' courses, whatever their unit (class lists, attendance,
  // results): only their enrolment and progress. training.assign: assign courses to people of the units in scope.
  // A learner's own things (browsing open courses, enrolling, lessons, quizzes, checking in) need no grant: they are
  // read through the caller's account.
  permissions: ['training.read', 'training.manage', 'training.teach', 'training.assign'],
  roles: {
    trainer: ['unit.read', 'training.manage', 'training.teach'],
    training_officer: ['unit.read', 'training.read', 'training.assign'],
    branch_secretary: ['training.read', 'training.assign'],
  },
  system: trainingSystem,
  labels: trainingLabels,
  messages: trainingMessages,
  // The portal: each unit's learning corner (its published courses marked public, readable without sign-in).
  // And the public verification of training certificates.
  publicPages: (deps) => [...trainingPages(deps), ...trainingVerifyPages(deps)],
  siteNav: [trainingNav],
  // The bell's reminders of a learner's assignments (`trainingNotices`, mounted as `notices`) join the registration
  // with the remote: until the console serves the learner's pages they would lead nowhere.
  bench: () => import('./bench').then((m) => m.trainingBenchCases),
  fixture: () => import('./fixture').then((m) => m.trainingFixture),
});
