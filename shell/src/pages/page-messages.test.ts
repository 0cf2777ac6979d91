import { wordGaps } from '@strata/ui/testing';
import { describe, expect, it } from 'vitest';
import { auditMessages } from './audit/audit-messages';
import { unitsMessages } from './units/units-messages';
import { usersMessages } from './users/users-messages';

describe("the shell pages' own words", () => {
  it.each([
    ['units', unitsMessages],
    ['users', usersMessages],
    ['audit', auditMessages],
  ] as const)('%s: English names every Chinese key, and nothing more', (_, messages) => {
    expect(wordGaps(messages['zh-CN'], messages['en-US'])).toEqual({ missingInEnglish: [], onlyInEnglish: [] });
  });
});
