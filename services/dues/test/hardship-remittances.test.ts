// Hardship, remittances and reports on both databases. A branch proposes a reduction that only the unit above decides
// (not the branch, not an admin granted at the branch itself); approved, it reduces the months already assessed at
// once and each month assessed later, once. The branch remits a month up, once; the township confirms a different
// amount and the reconciliation shows the difference, and the other branches' missing month. The summary adds the
// children to the whole; a member reads their own statement through their account, and no one else's.
import type { Unit } from '@strata/db';
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createTestEnv, type TestEnv } from '../../../tests/support/env';
import { addAccount, addUnit } from '../../../tests/support/factories';
import { addPayer, requestKey } from './support/dues';

describe.each(await testProviders())('hardship, remittances and reports on %s', (provider) => {
  let env: TestEnv;
  let secretary: Caller;
  let township: Caller;
  let branch: Unit;
  let chengguan: Unit;

  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    chengguan = env.seed.townships.chengguan!;
    branch = await addUnit(env, chengguan, { kind: 'branch' });
    const officer = await addAccount(env, {
      unitId: branch.id,
      grants: [{ role: 'branch_secretary', unitId: branch.id }],
    });
    secretary = await env.as(officer.username);
    township = await env.as('chengguan');
  });
  afterAll(() => env?.drop());

  const lines = (memberId: number) =>
    env.db.duesEntry.findMany({
      where: { memberId },
      orderBy: { seq: 'asc' },
      select: { kind: true, month: true, amountFen: true },
    });

  it('reduces assessed months once a unit above approves, and each month assessed later', async () => {
    const member = await addPayer(env, branch.id, { baseFen: 400_000 });
    await env.at('2026-02-03T09:00:00', () => secretary.dues.ledger.assess({ unitId: branch.id, month: '2026-01' }));
    const { id } = await env.at('2026-02-04T09:00:00', () =>
      secretary.dues.hardship.propose({
        memberId: member.id,
        fromMonth: '2026-01',
        toMonth: '2026-03',
        payFen: 1_000,
        reason: '家庭困难，支部大会讨论同意',
      }),
    );
    // The branch cannot decide its own request, nor can an admin whose grant sits at the branch itself.
    await expect(secretary.dues.hardship.decide({ id, approve: true })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const local = await addAccount(env, { unitId: branch.id, grants: [{ role: 'township_admin', unitId: branch.id }] });
    await expect((await env.as(local.username)).dues.hardship.decide({ id, approve: true })).rejects.toMatchObject({
      key: 'dues.approveOneLevelUp',
    });
    const listed = await township.dues.hardship.list({ unitId: chengguan.id, state: 'proposed' });
    expect(listed.items.find((h) => h.id === id)).toMatchObject({ memberName: member.name, canDecide: true });
    expect((await secretary.dues.hardship.list({ unitId: branch.id })).items[0]).toMatchObject({
      id,
      canDecide: false,
    });

    const decided = await env.at('2026-02-05T09:00:00', () =>
      township.dues.hardship.decide({ id, approve: true, answer: '同意' }),
    );
    expect(decided).toEqual({ id, state: 'approved', reduced: 1 });
    await expect(township.dues.hardship.decide({ id, approve: false })).rejects.toMatchObject({
      key: 'dues.hardshipDecided',
    });
    const feb = await env.at('2026-03-02T09:00:00', () =>
      secretary.dues.ledger.assess({ unitId: branch.id, month: '2026-02' }),
    );
    expect(feb).toMatchObject({ assessed: 1, reduced: 1 });
    await env.at('2026-03-02T09:05:00', () => secretary.dues.ledger.assess({ unitId: branch.id, month: '2026-02' }));
    expect(await lines(member.id)).toEqual([
      { kind: 'assessment', month: '2026-01', amountFen: 4_000 },
      { kind: 'reduction', month: '2026-01', amountFen: 3_000 },
      { kind: 'assessment', month: '2026-02', amountFen: 4_000 },
      { kind: 'reduction', month: '2026-02', amountFen: 3_000 },
    ]);
    // An overlapping request is refused while this one holds.
    await expect(
      secretary.dues.hardship.propose({
        memberId: member.id,
        fromMonth: '2026-03',
        toMonth: '2026-04',
        payFen: 0,
        reason: '再次申请',
      }),
    ).rejects.toMatchObject({ key: 'dues.hardshipOverlaps' });
    const statement = await env.at('2026-03-02T10:00:00', () =>
      secretary.dues.statements.member({ memberId: member.id }),
    );
    expect(statement.arrears).toEqual({
      months: [
        { month: '2026-01', leftFen: 1_000 },
        { month: '2026-02', leftFen: 1_000 },
      ],
      totalFen: 2_000,
      flagged: false,
    });
  });

  it('remits a month up once, and reconciles what the township received with what each branch sent', async () => {
    const send = () =>
      env.at('2026-02-06T09:00:00', () =>
        secretary.dues.remittances.send({
          unitId: branch.id,
          period: '2026-01',
          amountFen: 5_000,
          sentOn: '2026-02-06',
        }),
      );
    const { id } = await send();
    await expect(send()).rejects.toMatchObject({ key: 'dues.remittanceTaken' });
    await expect(
      env.at('2026-02-06T09:00:00', () =>
        secretary.dues.remittances.send({
          unitId: branch.id,
          period: '2026-02',
          amountFen: 5_000,
          sentOn: '2026-02-06',
        }),
      ),
    ).rejects.toMatchObject({ key: 'dues.periodAhead' });
    // The branch's own grant does not reach the township's books: confirming is not its to do.
    await expect(
      secretary.dues.remittances.receive({ id, receivedFen: 5_000, receivedOn: '2026-02-07' }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const receive = () =>
      env.at('2026-02-08T09:00:00', () =>
        township.dues.remittances.receive({ id, receivedFen: 4_900, receivedOn: '2026-02-08' }),
      );
    await receive();
    await expect(receive()).rejects.toMatchObject({ key: 'dues.remittanceReceived' });
    const received = await township.dues.remittances.list({ unitId: chengguan.id, direction: 'received' });
    expect(received.items.find((r) => r.id === id)).toMatchObject({
      amountFen: 5_000,
      receivedFen: 4_900,
      differenceFen: -100,
    });
    // Each side's books name the other unit of the pair.
    const [sent] = (await secretary.dues.ledger.list({ unitId: branch.id, kind: 'remittanceOut' })).items;
    expect(sent).toMatchObject({ amountFen: 5_000, counterpartUnitId: chengguan.id, counterpartName: chengguan.name });
    const [came] = (await township.dues.ledger.list({ unitId: chengguan.id, kind: 'remittanceIn' })).items;
    expect(came).toMatchObject({ amountFen: 4_900, counterpartUnitId: branch.id, counterpartName: branch.name });

    const report = await env.at('2026-03-01T09:00:00', () =>
      township.dues.reports.reconciliation({ unitId: chengguan.id, from: '2026-01', to: '2026-01' }),
    );
    expect(report.rows.find((r) => r.childId === branch.id)).toMatchObject({
      sentFen: 5_000,
      receivedFen: 4_900,
      differenceFen: -100,
      unreceived: 0,
      missing: [],
    });
    expect(report.differing).toEqual([branch.id]);
    const other = env.seed.townships.chengguan!.branches[0]!;
    expect(report.rows.find((r) => r.childId === other.id)).toMatchObject({ sentFen: 0, missing: ['2026-01'] });
    expect([report.sentFen, report.receivedFen]).toEqual([5_000, 4_900]);
  });

  it('sums the children to the whole, and gives a branch its member lines', async () => {
    const whole = await township.dues.reports.summary({ unitId: chengguan.id, from: '2026-01', to: '2026-02' });
    const keys = Object.keys(whole.totals) as (keyof typeof whole.totals)[];
    for (const key of keys)
      if (key !== 'receivedFen')
        expect(
          whole.children.reduce((sum, c) => sum + c[key], 0),
          key,
        ).toBe(whole.totals[key]);
    expect(whole.children.find((c) => c.unitId === branch.id)).toMatchObject({
      assessedFen: 8_000,
      reducedFen: 6_000,
      remittedFen: 5_000,
    });
    expect(whole.totals.receivedFen).toBe(4_900);
    const own = await secretary.dues.reports.summary({ unitId: branch.id, from: '2026-01', to: '2026-02' });
    expect(own.children).toEqual([]);
    expect(own.members).toEqual([
      expect.objectContaining({ assessedFen: 8_000, reducedFen: 6_000, paidFen: 0, leftFen: 2_000 }),
    ]);
  });

  it('counts what was collected month by month as booked, extras in, a payment taken back netted out', async () => {
    const member = await addPayer(env, branch.id, { baseFen: 300_000 });
    for (const month of ['2025-05', '2025-06'])
      await env.at(`${month}-03T09:00:00`, () => secretary.dues.ledger.assess({ unitId: branch.id, month }));
    const pay = (paidOn: string, amountFen: number, months: string[]) =>
      env.at(`${paidOn}T10:00:00`, () =>
        secretary.dues.payments.record({
          memberId: member.id,
          amountFen,
          paidOn,
          payer: 'self',
          requestKey: requestKey(),
          months,
          over: 'extra',
        }),
      );
    await pay('2025-05-20', 1_500, ['2025-05']);
    // June's dues paid in July with 500 fen over; a payment in July taken back the same month.
    await pay('2025-07-02', 2_000, ['2025-06']);
    const wrong = await pay('2025-07-05', 1_500, ['2025-06']);
    await env.at('2025-07-06T10:00:00', () => secretary.dues.payments.void({ id: wrong.id, note: '收错了人' }));
    const read = await secretary.dues.reports.summary({ unitId: branch.id, from: '2025-04', to: '2025-08' });
    expect(read.collected).toEqual([
      { month: '2025-04', fen: 0 },
      { month: '2025-05', fen: 1_500 },
      { month: '2025-06', fen: 0 },
      { month: '2025-07', fen: 2_000 },
      { month: '2025-08', fen: 0 },
    ]);
    expect(read.totals).toMatchObject({ collectedFen: 3_000, extraFen: 500 });
    // The figures are kept while nothing is written: a payment after them shows at once; another period is its own.
    await pay('2025-08-10', 700, ['2025-06']);
    const again = await secretary.dues.reports.summary({ unitId: branch.id, from: '2025-04', to: '2025-08' });
    expect(again.collected.at(-1)).toEqual({ month: '2025-08', fen: 700 });
    expect(
      (await secretary.dues.reports.summary({ unitId: branch.id, from: '2025-05', to: '2025-05' })).collected,
    ).toEqual([{ month: '2025-05', fen: 1_500 }]);
    // The township's whole subtree books the branch's months with its other branches'.
    const whole = await township.dues.reports.summary({ unitId: chengguan.id, from: '2025-07', to: '2025-07' });
    expect(whole.collected).toEqual([{ month: '2025-07', fen: whole.totals.collectedFen + whole.totals.extraFen }]);
    expect(whole.collected[0]?.fen).toBeGreaterThanOrEqual(2_000);
    // Kept figures answer only after the caller's scope: the branch's secretary asking for the township just read is
    // refused as for a unit that does not exist.
    await expect(
      secretary.dues.reports.summary({ unitId: chengguan.id, from: '2025-07', to: '2025-07' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('gives a member their own statement through their account, and an account without a member none', async () => {
    const member = await addPayer(env, branch.id, { baseFen: 200_000 });
    await env.at('2026-03-05T09:00:00', () => secretary.dues.ledger.assess({ unitId: branch.id, month: '2026-03' }));
    const account = await addAccount(env, { unitId: branch.id, grants: [{ role: 'member', unitId: branch.id }] });
    // Linked in the registry by the township, as its officer would; the account is one person's, so no second member.
    await township.members.registry.linkAccount({ id: member.id, username: account.username });
    const other = await addPayer(env, branch.id);
    await expect(
      township.members.registry.linkAccount({ id: other.id, username: account.username }),
    ).rejects.toMatchObject({ key: 'members.accountTaken', field: 'username' });
    const self = await env.as(account.username);
    const mine = await env.at('2026-03-05T10:00:00', () => self.dues.statements.mine({}));
    expect(mine.member.id).toBe(member.id);
    expect(mine.months).toEqual([expect.objectContaining({ month: '2026-03', assessedFen: 1_000, leftFen: 1_000 })]);
    // A member holds no dues grant: another member's statement is not theirs to read.
    await expect(self.dues.statements.member({ memberId: member.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const stranger = await addAccount(env, { unitId: branch.id, grants: [{ role: 'member', unitId: branch.id }] });
    await expect((await env.as(stranger.username)).dues.statements.mine({})).rejects.toMatchObject({
      key: 'dues.noMemberAccount',
    });
  });
});
