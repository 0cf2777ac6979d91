// The scope suite: for EVERY procedure of the merged router, one case that proves both outcomes. The
// caller's own data (城关镇, and for one caller also 西山镇) is allowed with the right result; 东湖街道's data
// is refused exactly like a missing id, and stays unchanged. A procedure that refuses everything fails the
// first half, one that ignores the scope the second. Each case runs as three callers: the township admin of
// 城关镇; a user with grants in two townships (own data in both, where each grant permits it); and a user at
// home in 东湖街道 whose grant is at 城关镇 (the grant decides, not the home). A procedure without a case fails.

import { testProviders } from '@strata/db/testing';
import { appRouter } from '@strata/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../support/env';
import { addScopeCallers, type ScopeCase, scopeCallers, scopeTest } from '../support/scope-test';

// Each team keeps its cases in its own folder (services/<team>/test/scope-cases/*.ts, each exporting
// `scopeCases`); the suite gathers them all, so a team adds cases without touching this file.
const caseModules = import.meta.glob<{ scopeCases: Record<string, ScopeCase> }>(
  '../../services/*/test/scope-cases/*.ts',
  { eager: true },
);
const cases: Record<string, ScopeCase> = {};
for (const [file, module] of Object.entries(caseModules))
  for (const [procedure, scopeCase] of Object.entries(module.scopeCases)) {
    if (procedure in cases) throw new Error(`${file}: a second case for ${procedure}`);
    cases[procedure] = scopeCase;
  }

const procedures = Object.keys(appRouter._def.procedures).sort();

/**
 * Procedures about the caller's own session, or the caller's own record reached through their account (never an id
 * the browser sends): the only ones without a permission.
 */
const sessionProcedures = [
  'dues.statements.mine',
  'identity.auth.changePassword',
  'identity.auth.login',
  'identity.auth.logout',
  'identity.auth.me',
  'identity.auth.setLocale',
  'identity.notices.markRead',
  'training.certificates.mine',
  'training.learning.catalogue',
  'training.learning.completeLesson',
  'training.learning.course',
  'training.learning.enrol',
  'training.learning.lesson',
  'training.learning.mine',
  'training.learning.withdraw',
  'training.notices.list',
  'training.quizzes.attempt',
  'training.quizzes.mine',
  'training.quizzes.review',
  'training.quizzes.start',
  'training.quizzes.submit',
  'training.sessions.book',
  'training.sessions.cancelSeat',
  'training.sessions.checkIn',
  'training.sessions.upcoming',
  'volunteers.activities.browse',
  'volunteers.activities.open',
  'volunteers.certificates.mine',
  'volunteers.checkin.checkIn',
  'volunteers.checkin.checkOut',
  'volunteers.hours.appeal',
  'volunteers.hours.mine',
  'volunteers.people.mine',
  'volunteers.people.registerSelf',
  'volunteers.records.mine',
  'volunteers.signups.mine',
  'volunteers.signups.signUp',
  'volunteers.signups.withdraw',
  'volunteers.teams.browse',
  'volunteers.teams.join',
  'volunteers.teams.leave',
  'volunteers.teams.mine',
];

describe('scope suite covers the router', () => {
  it('every procedure outside the session ones requires a permission', () => {
    const defs = appRouter._def.procedures as unknown as Record<string, { _def: { meta?: { permission?: string } } }>;
    const withoutPermission = Object.keys(defs)
      .filter((path) => !defs[path]?._def.meta?.permission)
      .sort();
    expect(withoutPermission).toEqual(sessionProcedures);
  });

  it('has a case for every procedure, and no case for a procedure that does not exist', () => {
    expect(procedures.filter((p) => !(p in cases))).toEqual([]);
    expect(Object.keys(cases).filter((c) => !procedures.includes(c))).toEqual([]);
  });
});

describe.each(await testProviders())('township isolation on %s', (provider) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv(provider);
    await addScopeCallers(env);
  });
  afterAll(() => env?.drop());

  describe.each(scopeCallers)('as $label', (spec) => {
    it.each(procedures)('%s', async (procedure) => {
      const run = cases[procedure];
      if (!run) throw new Error(`no scope case for ${procedure}`);
      await run(await scopeTest(env, spec));
    });
  });
});
