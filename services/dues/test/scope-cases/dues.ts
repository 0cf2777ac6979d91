// Scope cases of the dues. In each own township where the caller keeps the books, a fresh branch of it (its own
// books, so no case meets another's closed months or assessments) has a paying member: the caller enters their base,
// assesses the month, records a payment, reads the books and the member's statement, corrects an entry, closes a
// month and verifies the chain, each with the right result. The same calls on a 东湖街道 branch or member (and on a
// township where the caller's grant gives no dues) answer exactly as a missing id and write nothing. The rules hold
// for the whole organisation: every caller reads them all; adding a version belongs to the top unit, where no caller
// of the suite holds a grant, so theirs is refused as a missing unit's, while the municipal admin's is taken.
import type { Unit } from '@strata/db';
import { expect } from 'vitest';
import { addUnit } from '../../../../tests/support/factories';
import {
  eachPlace,
  expectHidden,
  missing,
  type Place,
  type ScopeCase,
  type ScopeTest,
} from '../../../../tests/support/scope-test';
import { addMember } from '../../../members/test/support/members';
import { addPayer, requestKey } from '../support/dues';

const at = '2026-03-10T10:00:00';
/** A branch of the township with its own books. */
const freshBranch = (t: ScopeTest, p: Place) => addUnit(t.env, p.township as Unit, { kind: 'branch' });
const entriesAt = (t: ScopeTest, unitId: number) => t.env.db.duesEntry.count({ where: { unitId } });

/** A fresh branch of `p` with a paying member (base 4,000 yuan: 4,000 fen a month) and its March assessed. */
async function assessedBranch(t: ScopeTest, p: Place) {
  const branch = await freshBranch(t, p);
  const member = await addPayer(t.env, branch.id);
  const admin = await t.env.as('admin');
  await t.env.at(at, () => admin.dues.ledger.assess({ unitId: branch.id, month: '2026-03' }));
  return { branch, member };
}

const payment = (memberId: number) => ({
  memberId,
  amountFen: 4_000,
  paidOn: '2026-03-10',
  payer: 'self' as const,
  requestKey: requestKey(),
});

let ruleMonths = 0;
/** A month after every rule set the suite added so far (the rules only ever move on). */
const nextRuleMonth = () => {
  ruleMonths += 1;
  return `${2090 + Math.floor(ruleMonths / 12)}-${String((ruleMonths % 12) + 1).padStart(2, '0')}`;
};

export const scopeCases: Record<string, ScopeCase> = {
  'dues.rules.list': async (t) => {
    const rows = await t.env.db.duesRuleSet.findMany({ orderBy: { effectiveFrom: 'asc' } });
    const listed = await t.a.dues.rules.list();
    expect(listed.map((r) => [r.id, r.effectiveFrom])).toEqual(rows.map((r) => [r.id, r.effectiveFrom]));
  },

  'dues.rules.add': async (t) => {
    const [first] = await t.a.dues.rules.list();
    const version = { ...first!, effectiveFrom: nextRuleMonth(), note: '' };
    const { id: _id, createdAt: _at, ...input } = version;
    const before = await t.env.db.duesRuleSet.count();
    await expectHidden(t.a.dues.rules.add(input), t.a.dues.ledger.list({ unitId: missing }), ['NOT_FOUND']);
    expect(await t.env.db.duesRuleSet.count()).toBe(before);
    const admin = await t.env.as('admin');
    const { id } = await admin.dues.rules.add(input);
    expect(await t.env.db.duesRuleSet.findUniqueOrThrow({ where: { id } })).toMatchObject({
      effectiveFrom: input.effectiveFrom,
    });
  },

  'dues.bases.set': (t) =>
    eachPlace(
      t,
      'dues.record',
      async (p) => {
        const member = await addPayer(t.env, (await freshBranch(t, p)).id);
        const input = { memberId: member.id, effectiveFrom: '2026-04', category: 'retired' as const, baseFen: 600_000 };
        await t.env.at(at, () => t.a.dues.bases.set(input));
        const bases = await t.a.dues.bases.list({ memberId: member.id });
        expect(bases[0]).toMatchObject({
          effectiveFrom: '2026-04',
          category: 'retired',
          baseFen: 600_000,
          dueFen: 6_000,
        });
      },
      async (p) => {
        const member = await addPayer(t.env, p.branches[0]!.id);
        const set = (memberId: number) =>
          t.a.dues.bases.set({ memberId, effectiveFrom: '2026-04', category: 'salaried', baseFen: 1 });
        await t.env.at(at, () => expectHidden(set(member.id), set(missing)));
        expect(await t.env.db.duesBase.count({ where: { memberId: member.id } })).toBe(1);
      },
    ),

  'dues.bases.import': (t) =>
    eachPlace(
      t,
      'dues.record',
      async (p) => {
        const branch = await freshBranch(t, p);
        const member = await addMember(t.env, branch.id, { probationaryOn: '2021-01-15' });
        const answer = await t.env.at(at, () => t.a.dues.bases.import(sheet(branch.id, member)));
        expect(answer).toEqual({ imported: 1, errors: [] });
        expect(await t.env.db.duesBase.findMany({ where: { memberId: member.id } })).toEqual([
          expect.objectContaining({ effectiveFrom: '2026-04', baseFen: 300_000, source: 'import' }),
        ]);
      },
      async (p) => {
        const branch = await freshBranch(t, p);
        const member = await addMember(t.env, branch.id, { probationaryOn: '2021-01-15' });
        const load = (unitId: number) => t.a.dues.bases.import(sheet(unitId, member));
        await t.env.at(at, () => expectHidden(load(branch.id), load(missing)));
        // Nor does a member of 东湖街道 answer to an import into an own unit: unknown, as a missing one.
        const own = await freshBranch(t, t.places.find((o) => t.may('dues.record', o.township.path)) as Place);
        const answer = await t.env.at(at, () => t.a.dues.bases.import(sheet(own.id, member)));
        expect(answer.errors).toEqual([{ row: 2, column: 'idNumber', problem: 'memberUnknown' }]);
        expect(await t.env.db.duesBase.count({ where: { memberId: member.id } })).toBe(0);
      },
    ),

  'dues.bases.list': (t) =>
    eachPlace(
      t,
      'dues.read',
      async (p) => {
        const member = await addPayer(t.env, p.branches[0]!.id, { baseFen: 250_000 });
        expect(await t.a.dues.bases.list({ memberId: member.id })).toEqual([
          expect.objectContaining({ effectiveFrom: '2025-01', baseFen: 250_000, dueFen: 1_250 }),
        ]);
      },
      async (p) => {
        const member = await addPayer(t.env, p.branches[0]!.id);
        const list = (memberId: number) => t.a.dues.bases.list({ memberId });
        await expectHidden(list(member.id), list(missing));
      },
    ),

  'dues.ledger.assess': (t) =>
    eachPlace(
      t,
      'dues.record',
      async (p) => {
        const branch = await freshBranch(t, p);
        const member = await addPayer(t.env, branch.id);
        const done = await t.env.at(at, () => t.a.dues.ledger.assess({ unitId: branch.id, month: '2026-02' }));
        expect(done).toMatchObject({ month: '2026-02', assessed: 1, assessedFen: 4_000, already: 0, missingBase: [] });
        expect(await t.env.db.duesEntry.findMany({ where: { unitId: branch.id } })).toEqual([
          expect.objectContaining({ kind: 'assessment', memberId: member.id, month: '2026-02', amountFen: 4_000 }),
        ]);
      },
      async (p) => {
        const branch = await freshBranch(t, p);
        await addPayer(t.env, branch.id);
        const assess = (unitId: number) => t.a.dues.ledger.assess({ unitId, month: '2026-02' });
        await t.env.at(at, () => expectHidden(assess(branch.id), assess(missing)));
        expect(await entriesAt(t, branch.id)).toBe(0);
      },
    ),

  'dues.ledger.list': (t) =>
    eachPlace(
      t,
      'dues.read',
      async (p) => {
        const { branch, member } = await assessedBranch(t, p);
        const page = await t.a.dues.ledger.list({ unitId: branch.id });
        expect(page.total).toBe(1);
        expect(page.items).toEqual([
          expect.objectContaining({
            seq: 1,
            kind: 'assessment',
            memberId: member.id,
            memberName: member.name,
            amountFen: 4_000,
          }),
        ]);
      },
      async (p) => {
        const { branch } = await assessedBranch(t, p);
        const list = (unitId: number) => t.a.dues.ledger.list({ unitId });
        await expectHidden(list(branch.id), list(missing));
      },
    ),

  'dues.ledger.correct': (t) =>
    eachPlace(
      t,
      'dues.record',
      async (p) => {
        const { branch } = await assessedBranch(t, p);
        const { seq } = await t.env.at(at, () => t.a.dues.ledger.correct({ unitId: branch.id, seq: 1, note: '更正' }));
        expect(seq).toBe(2);
        expect(
          await t.env.db.duesEntry.findUniqueOrThrow({ where: { unitId_seq: { unitId: branch.id, seq } } }),
        ).toMatchObject({
          amountFen: -4_000,
          reversesSeq: 1,
        });
      },
      async (p) => {
        const { branch } = await assessedBranch(t, p);
        const correct = (unitId: number) => t.a.dues.ledger.correct({ unitId, seq: 1, note: '更正' });
        await t.env.at(at, () => expectHidden(correct(branch.id), correct(missing)));
        expect(await entriesAt(t, branch.id)).toBe(1);
      },
    ),

  'dues.ledger.close': (t) =>
    eachPlace(
      t,
      'dues.record',
      async (p) => {
        const branch = await freshBranch(t, p);
        expect(await t.env.at(at, () => t.a.dues.ledger.close({ unitId: branch.id, month: '2026-02' }))).toEqual({
          month: '2026-02',
        });
        expect(await t.env.db.duesMonthClose.count({ where: { unitId: branch.id } })).toBe(1);
      },
      async (p) => {
        const branch = await freshBranch(t, p);
        const close = (unitId: number) => t.a.dues.ledger.close({ unitId, month: '2026-02' });
        await t.env.at(at, () => expectHidden(close(branch.id), close(missing)));
        expect(await t.env.db.duesMonthClose.count({ where: { unitId: branch.id } })).toBe(0);
      },
    ),

  'dues.ledger.verify': (t) =>
    eachPlace(
      t,
      'dues.read',
      async (p) => {
        const { branch } = await assessedBranch(t, p);
        const verdict = await t.a.dues.ledger.verify({ unitId: branch.id });
        expect(verdict).toMatchObject({ units: 1, entries: 1, broken: [] });
      },
      async (p) => {
        const { branch } = await assessedBranch(t, p);
        const verify = (unitId: number) => t.a.dues.ledger.verify({ unitId, subtree: true });
        await expectHidden(verify(branch.id), verify(missing));
      },
    ),

  'dues.payments.record': (t) =>
    eachPlace(
      t,
      'dues.record',
      async (p) => {
        const { branch, member } = await assessedBranch(t, p);
        const paid = await t.env.at(at, () => t.a.dues.payments.record(payment(member.id)));
        expect(paid.receiptNo).toMatch(/-2026-000001$/);
        expect(
          await t.env.db.duesEntry.findUniqueOrThrow({ where: { unitId_seq: { unitId: branch.id, seq: 2 } } }),
        ).toMatchObject({
          kind: 'payment',
          month: '2026-03',
          amountFen: 4_000,
          receiptNo: paid.receiptNo,
        });
      },
      async (p) => {
        const { branch, member } = await assessedBranch(t, p);
        const pay = (memberId: number) => t.a.dues.payments.record(payment(memberId));
        await t.env.at(at, () => expectHidden(pay(member.id), pay(missing)));
        expect(await entriesAt(t, branch.id)).toBe(1);
      },
    ),

  'dues.statements.member': (t) =>
    eachPlace(
      t,
      'dues.read',
      async (p) => {
        const { branch, member } = await assessedBranch(t, p);
        const statement = await t.env.at(at, () => t.a.dues.statements.member({ memberId: member.id }));
        expect(statement.member).toEqual({
          id: member.id,
          name: member.name,
          unitId: branch.id,
          unitName: branch.name,
        });
        expect(statement.months).toEqual([
          { month: '2026-03', assessedFen: 4_000, reducedFen: 0, paidFen: 0, extraFen: 0, leftFen: 4_000 },
        ]);
      },
      async (p) => {
        const { member } = await assessedBranch(t, p);
        const read = (memberId: number) => t.a.dues.statements.member({ memberId });
        await expectHidden(read(member.id), read(missing));
      },
    ),

  'dues.members.list': (t) =>
    eachPlace(
      t,
      'dues.read',
      async (p) => {
        const { branch, member } = await assessedBranch(t, p);
        const page = await t.env.at(at, () => t.a.dues.members.list({ unitId: branch.id }));
        expect(page.items).toEqual([
          expect.objectContaining({
            id: member.id,
            unitId: branch.id,
            baseFen: 400_000,
            dueFen: 4_000,
            assessedFen: 4_000,
            leftFen: 4_000,
          }),
        ]);
        // Searched by name from the township, the member is found; 东湖街道's never are.
        const found = await t.env.at(at, () => t.a.dues.members.list({ unitId: p.township.id, q: member.name }));
        expect(found.items.map((r) => r.id)).toEqual([member.id]);
        // By arrears (its own read of the unsettled months), the same member and standing.
        const byArrears = await t.env.at(at, () => t.a.dues.members.list({ unitId: branch.id, sort: 'arrears' }));
        expect(byArrears.items).toEqual(page.items);
        // Behind a month by more than any other member, by arrears from the township (its members behind kept in
        // order): the member comes first, the rest follow by what they are behind, and every member listed is of the
        // township's units. (Other cases leave members behind too, by a month's dues at most.)
        const behindFen = 99_999_900;
        await t.env.db.duesUnsettledMonth.create({
          data: { memberId: member.id, unitId: branch.id, month: '2025-12', leftFen: behindFen },
        });
        try {
          const town = await t.env.at(at, () =>
            t.a.dues.members.list({ unitId: p.township.id, sort: 'arrears', order: 'descend', pageSize: 200 }),
          );
          expect(town.items[0]).toMatchObject({ id: member.id, arrearsFen: behindFen, arrearsMonths: 1 });
          const fen = town.items.map((r) => r.arrearsFen);
          expect(fen).toEqual([...fen].sort((a, b) => b - a));
          const own = await t.env.db.unit.findMany({
            where: { path: { startsWith: p.township.path } },
            select: { id: true },
          });
          const ownIds = new Set(own.map((u) => u.id));
          expect(town.items.filter((r) => !ownIds.has(r.unitId))).toEqual([]);
        } finally {
          await t.env.db.duesUnsettledMonth.deleteMany({ where: { memberId: member.id } });
        }
      },
      async (p) => {
        const { branch } = await assessedBranch(t, p);
        const list = (unitId: number) => t.a.dues.members.list({ unitId });
        await expectHidden(list(branch.id), list(missing));
        const byArrears = (unitId: number) => t.a.dues.members.list({ unitId, sort: 'arrears' });
        await expectHidden(byArrears(branch.id), byArrears(missing));
      },
    ),

  'dues.payments.get': (t) =>
    eachPlace(
      t,
      'dues.read',
      async (p) => {
        const { branch, member } = await assessedBranch(t, p);
        const admin = await t.env.as('admin');
        const { id, receiptNo } = await t.env.at(at, () => admin.dues.payments.record(payment(member.id)));
        expect(await t.a.dues.payments.get({ id })).toMatchObject({
          id,
          receiptNo,
          unitId: branch.id,
          memberName: member.name,
          lines: [{ month: '2026-03', fen: 4_000 }],
          reversed: false,
        });
      },
      async (p) => {
        const { member } = await assessedBranch(t, p);
        const admin = await t.env.as('admin');
        const { id } = await t.env.at(at, () => admin.dues.payments.record(payment(member.id)));
        await expectHidden(t.a.dues.payments.get({ id }), t.a.dues.payments.get({ id: missing }));
      },
    ),

  'dues.payments.void': (t) =>
    eachPlace(
      t,
      'dues.record',
      async (p) => {
        const { branch, member } = await assessedBranch(t, p);
        const admin = await t.env.as('admin');
        const { id } = await t.env.at(at, () => admin.dues.payments.record(payment(member.id)));
        expect(await t.env.at(at, () => t.a.dues.payments.void({ id, note: '收错了' }))).toEqual({ id, entries: 1 });
        expect(await entriesAt(t, branch.id)).toBe(3);
      },
      async (p) => {
        const { branch, member } = await assessedBranch(t, p);
        const admin = await t.env.as('admin');
        const { id } = await t.env.at(at, () => admin.dues.payments.record(payment(member.id)));
        const take = (paymentId: number) => t.a.dues.payments.void({ id: paymentId, note: '收错了' });
        await t.env.at(at, () => expectHidden(take(id), take(missing)));
        expect(await entriesAt(t, branch.id)).toBe(2);
      },
    ),

  'dues.hardship.propose': (t) =>
    eachPlace(
      t,
      'dues.record',
      async (p) => {
        const member = await addPayer(t.env, (await freshBranch(t, p)).id);
        const { id } = await t.a.dues.hardship.propose(hardship(member.id));
        expect(await t.env.db.duesHardship.findUniqueOrThrow({ where: { id } })).toMatchObject({
          memberId: member.id,
          state: 'proposed',
          payFen: 0,
        });
      },
      async (p) => {
        const member = await addPayer(t.env, (await freshBranch(t, p)).id);
        const propose = (memberId: number) => t.a.dues.hardship.propose(hardship(memberId));
        await expectHidden(propose(member.id), propose(missing));
        expect(await t.env.db.duesHardship.count({ where: { memberId: member.id } })).toBe(0);
      },
    ),

  'dues.hardship.decide': (t) =>
    eachPlace(
      t,
      'dues.approve',
      async (p) => {
        const { id } = await proposed(t, p);
        expect(await t.env.at(at, () => t.a.dues.hardship.decide({ id, approve: true }))).toMatchObject({
          id,
          state: 'approved',
        });
      },
      async (p) => {
        const { id } = await proposed(t, p);
        const decide = (hardshipId: number) => t.a.dues.hardship.decide({ id: hardshipId, approve: true });
        await expectHidden(decide(id), decide(missing));
        expect((await t.env.db.duesHardship.findUniqueOrThrow({ where: { id } })).state).toBe('proposed');
      },
    ),

  'dues.hardship.list': (t) =>
    eachPlace(
      t,
      'dues.read',
      async (p) => {
        const { id, branch } = await proposed(t, p);
        const page = await t.a.dues.hardship.list({ unitId: branch.id });
        expect(page.items.map((h) => h.id)).toEqual([id]);
        expect(page.items[0]?.canDecide).toBe(t.may('dues.approve', p.township.path));
      },
      async (p) => {
        const { branch } = await proposed(t, p);
        const list = (unitId: number) => t.a.dues.hardship.list({ unitId });
        await expectHidden(list(branch.id), list(missing));
      },
    ),

  'dues.remittances.send': (t) =>
    eachPlace(
      t,
      'dues.record',
      async (p) => {
        const branch = await freshBranch(t, p);
        const { id } = await t.env.at(at, () => t.a.dues.remittances.send(remittance(branch.id)));
        expect(await t.env.db.duesRemittance.findUniqueOrThrow({ where: { id } })).toMatchObject({
          unitId: branch.id,
          toUnitId: p.township.id,
          amountFen: 8_000,
        });
      },
      async (p) => {
        const branch = await freshBranch(t, p);
        const send = (unitId: number) => t.a.dues.remittances.send(remittance(unitId));
        await t.env.at(at, () => expectHidden(send(branch.id), send(missing)));
        expect(await entriesAt(t, branch.id)).toBe(0);
      },
    ),

  'dues.remittances.receive': (t) =>
    eachPlace(
      t,
      'dues.record',
      async (p) => {
        const { id } = await sentUp(t, p);
        await t.env.at(at, () => t.a.dues.remittances.receive({ id, receivedFen: 8_000, receivedOn: '2026-03-10' }));
        expect(await t.env.db.duesRemittance.findUniqueOrThrow({ where: { id } })).toMatchObject({
          receivedFen: 8_000,
        });
      },
      async (p) => {
        const { id } = await sentUp(t, p);
        const receive = (remittanceId: number) =>
          t.a.dues.remittances.receive({ id: remittanceId, receivedFen: 8_000, receivedOn: '2026-03-10' });
        await t.env.at(at, () => expectHidden(receive(id), receive(missing)));
        expect((await t.env.db.duesRemittance.findUniqueOrThrow({ where: { id } })).receivedFen).toBeNull();
      },
    ),

  'dues.remittances.list': (t) =>
    eachPlace(
      t,
      'dues.read',
      async (p) => {
        const { id, branch } = await sentUp(t, p);
        const sent = await t.a.dues.remittances.list({ unitId: branch.id });
        expect(sent.items).toEqual([expect.objectContaining({ id, unitId: branch.id, toUnitId: p.township.id })]);
        const received = await t.a.dues.remittances.list({
          unitId: p.township.id,
          direction: 'received',
          period: '2026-02',
        });
        expect(received.items.map((r) => r.id)).toContain(id);
      },
      async (p) => {
        const { branch } = await sentUp(t, p);
        const list = (unitId: number) => t.a.dues.remittances.list({ unitId });
        await expectHidden(list(branch.id), list(missing));
      },
    ),

  'dues.reports.summary': (t) =>
    eachPlace(
      t,
      'dues.read',
      async (p) => {
        const { branch, member } = await assessedBranch(t, p);
        const report = await t.a.dues.reports.summary({ unitId: branch.id, from: '2026-03', to: '2026-03' });
        expect(report.totals).toMatchObject({ assessedFen: 4_000, leftFen: 4_000 });
        expect(report.members).toEqual([expect.objectContaining({ memberId: member.id, assessedFen: 4_000 })]);
      },
      async (p) => {
        const { branch } = await assessedBranch(t, p);
        const read = (unitId: number) => t.a.dues.reports.summary({ unitId, from: '2026-03', to: '2026-03' });
        await expectHidden(read(branch.id), read(missing));
      },
    ),

  'dues.reports.reconciliation': (t) =>
    eachPlace(
      t,
      'dues.read',
      async (p) => {
        const { branch } = await sentUp(t, p);
        const report = await t.env.at(at, () =>
          t.a.dues.reports.reconciliation({ unitId: p.township.id, from: '2026-02', to: '2026-02' }),
        );
        expect(report.rows.find((r) => r.childId === branch.id)).toMatchObject({
          sentFen: 8_000,
          receivedFen: 0,
          unreceived: 1,
        });
      },
      async (p) => {
        await sentUp(t, p);
        const read = (unitId: number) => t.a.dues.reports.reconciliation({ unitId, from: '2026-02', to: '2026-02' });
        await expectHidden(read(p.township.id), read(missing));
      },
    ),

  'dues.statements.mine': async (t) => {
    // The caller's own account, linked to a member of a branch in its first township: the statement is that member's.
    const branch = await freshBranch(t, t.places[0] as Place);
    const member = await addPayer(t.env, branch.id);
    await t.env.db.member.update({ where: { id: member.id }, data: { accountId: t.user.id } });
    const admin = await t.env.as('admin');
    await t.env.at(at, () => admin.dues.ledger.assess({ unitId: branch.id, month: '2026-03' }));
    const mine = await t.env.at(at, () => t.a.dues.statements.mine({}));
    expect(mine.member).toEqual({ id: member.id, name: member.name, unitId: branch.id, unitName: branch.name });
    expect(mine.months.map((m) => [m.month, m.assessedFen])).toEqual([['2026-03', 4_000]]);
    await t.env.db.member.update({ where: { id: member.id }, data: { accountId: null } });
  },
};

const hardship = (memberId: number) => ({
  memberId,
  fromMonth: '2026-03',
  toMonth: '2026-05',
  payFen: 0,
  reason: '大病住院，支部讨论同意免交',
});

/** A hardship proposed by a fresh branch of `p` for a member of it (by the municipal admin). */
async function proposed(t: ScopeTest, p: Place) {
  const branch = await freshBranch(t, p);
  const member = await addPayer(t.env, branch.id);
  const admin = await t.env.as('admin');
  const { id } = await admin.dues.hardship.propose(hardship(member.id));
  return { id, branch };
}

const remittance = (unitId: number) => ({ unitId, period: '2026-02', amountFen: 8_000, sentOn: '2026-03-05' });

/** February remitted by a fresh branch of `p` to its township (by the municipal admin), not yet received. */
async function sentUp(t: ScopeTest, p: Place) {
  const branch = await freshBranch(t, p);
  const admin = await t.env.as('admin');
  const { id } = await t.env.at(at, () => admin.dues.remittances.send(remittance(branch.id)));
  return { id, branch };
}

/** A sheet of one row: the member's salaried base of 3,000 yuan from April. */
const sheet = (unitId: number, member: { name: string; clear: { idNumber: string } }) => ({
  unitId,
  rows: [
    {
      row: 2,
      idNumber: member.clear.idNumber,
      name: member.name,
      category: '在职',
      base: '3000',
      effectiveFrom: '2026-04',
    },
  ],
});
