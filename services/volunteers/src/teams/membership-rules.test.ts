import { describe, expect, it } from 'vitest';
import { addStep, decisionOf, joinStep, leavable } from './membership-rules';

describe('joinStep', () => {
  it('asks anew, or again after a decline or after leaving; refuses a pending or approved place', () => {
    expect(joinStep(null)).toEqual({ write: 'create' });
    expect(joinStep('declined')).toEqual({ write: 'renew' });
    expect(joinStep('left')).toEqual({ write: 'renew' });
    expect(joinStep('pending')).toEqual({ refuse: 'joinPending' });
    expect(joinStep('approved')).toEqual({ refuse: 'alreadyInTeam' });
  });
});

describe('addStep', () => {
  it('approves any place but an approved one', () => {
    expect(addStep(null)).toEqual({ write: 'create' });
    for (const s of ['pending', 'declined', 'left']) expect(addStep(s)).toEqual({ write: 'approve' });
    expect(addStep('approved')).toEqual({ refuse: 'alreadyInTeam' });
  });
});

describe('decisionOf and leavable', () => {
  it('decides only a pending request, and a decline needs its reason', () => {
    expect(decisionOf('pending', true, '')).toEqual({ status: 'approved' });
    expect(decisionOf('pending', false, '人数已满')).toEqual({ status: 'declined' });
    expect(decisionOf('pending', false, '  ')).toEqual({ refuse: 'declineNeedsReason' });
    for (const s of ['approved', 'declined', 'left'])
      expect(decisionOf(s, true, '')).toEqual({ refuse: 'membershipNotPending' });
  });

  it('leaves a pending or approved place only', () => {
    expect(leavable).toEqual(['pending', 'approved']);
  });
});
