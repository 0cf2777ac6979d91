// The bell's dues news on both databases, read from the books and the requests against the clock the test moves, with
// no job running. In a township of its own (so the demo's books do not count), a branch's members five, six and seven
// months behind: the six and the seven are news, the five is not, and a group's member counts with the branch holding
// the group. A member whose sixth unpaid month lies 25 months back is not flagged, one whose lies 24 back is: the
// count is the collection list's own flagged total at the unit the notice opens. A payment drops a member (and a
// unit) from the news; another unpaid month, or another member falling behind, makes it news again under a new key. A
// hardship request is news for the unit above, which decides it, not for the branch nor an admin granted at the branch
// itself; decided, it is gone. A caller without dues.record is refused; a branch's secretary sees only the branch.
import { roleCatalog } from '@strata/api';
import type { Unit } from '@strata/db';
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createTestEnv, shanghai, type TestEnv } from '../../../tests/support/env';
import { addAccount, addUnit, uniqueName } from '../../../tests/support/factories';
import { monthNumber, monthText } from '../src/rules/member-month';
import { addPayer, requestKey } from './support/dues';

/** The months `from` to `to` (YYYY-MM), both included. */
const monthsFrom = (from: string, to: string) =>
  Array.from({ length: monthNumber(to) - monthNumber(from) + 1 }, (_, i) => monthText(monthNumber(from) + i));

describe.each(await testProviders())('dues notices on %s', (provider) => {
  let env: TestEnv;
  let town: Unit;
  let branch: Unit;
  let group: Unit;
  let other: Unit;
  let townAdmin: Caller;
  let secretary: Caller;
  let groupSecretary: Caller;
  const member: Record<string, { id: number }> = {};

  /** A caller holding `role` at `unit` only. */
  const holder = async (role: string, unit: Unit) =>
    env.as((await addAccount(env, { unitId: unit.id, grants: [{ role, unitId: unit.id }] })).username);

  /** Assess each month for the unit, as its books would be kept, on the test's clock. */
  const assess = async (unit: Unit, months: string[]) => {
    const admin = await env.as('admin');
    for (const month of months) await admin.dues.ledger.assess({ unitId: unit.id, month });
  };

  /** Pays the months named for the member, what their assessments say they owe. */
  const pay = async (memberId: number, months: string[], paidOn: string) => {
    const owed = await env.db.duesEntry.findMany({ where: { memberId, kind: 'assessment', month: { in: months } } });
    const admin = await env.as('admin');
    await admin.dues.payments.record({
      memberId,
      months,
      amountFen: owed.reduce((sum, e) => sum + e.amountFen, 0),
      paidOn,
      payer: 'self',
      requestKey: requestKey(),
    });
  };

  const arrearsOf = async (caller: Caller) => {
    const { items, counts } = await caller.dues.notices.list();
    return { items: items.filter((i) => i.kind === 'arrears'), count: counts.arrears };
  };
  const unitOf = (path: string) => Number(new URL(path, 'http://console').searchParams.get('at'));
  const units = ({ items }: { items: { path: string }[] }) => items.map((i) => unitOf(i.path));

  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    const chengguan = env.seed.townships.chengguan!;
    town = await addUnit(env, chengguan, { kind: 'township', name: uniqueName('测试镇') });
    branch = await addUnit(env, town, { kind: 'branch', name: uniqueName('机关支部') });
    group = await addUnit(env, branch, { kind: 'group', name: uniqueName('第一党小组') });
    other = await addUnit(env, town, { kind: 'branch', name: uniqueName('社区支部') });
    for (const name of ['seven', 'six', 'five']) member[name] = await addPayer(env, branch.id);
    member.grouped = await addPayer(env, group.id);
    member.other = await addPayer(env, other.id);
    townAdmin = await holder('township_admin', town);
    secretary = await holder('branch_secretary', branch);
    groupSecretary = await holder('branch_secretary', group);

    env.setNow(shanghai('2026-09-10T09:00:00'));
    // The branch's February to August unpaid: seven months; six once August is paid, five once July is too.
    await assess(branch, monthsFrom('2026-02', '2026-08'));
    await pay(member.six!.id, ['2026-08'], '2026-09-10');
    await pay(member.five!.id, ['2026-07', '2026-08'], '2026-09-10');
    await assess(group, monthsFrom('2026-03', '2026-08'));
    await assess(other, monthsFrom('2026-03', '2026-08'));
  });
  afterAll(async () => {
    env?.setNow(null);
    await env?.drop();
  });

  it('lists a unit whose members are six months behind or more, not five, as the collection list counts them', async () => {
    const { items, count } = await arrearsOf(townAdmin);
    expect(count).toBe(2);
    expect(items).toEqual([
      {
        // Seven, six, and the group's member (the group's own books, in the branch's subtree).
        key: `dues:arrears:${branch.id}:3:2026-08`,
        kind: 'arrears',
        title: '3 名党员欠缴党费满 6 个月',
        unitName: branch.name,
        at: '2026-08-31T16:00:00.000Z',
        path: `/dues/members?flagged=true&sort=arrears&order=desc&at=${branch.id}`,
        read: false,
      },
      expect.objectContaining({
        key: `dues:arrears:${other.id}:1:2026-08`,
        title: '1 名党员欠缴党费满 6 个月',
        unitName: other.name,
        path: `/dues/members?flagged=true&sort=arrears&order=desc&at=${other.id}`,
      }),
    ]);
    // The page the path opens lists exactly those members.
    const listed = await townAdmin.dues.members.list({ unitId: branch.id, flagged: true, pageSize: 50 });
    expect(listed.items.map((r) => r.id).sort()).toEqual([member.seven!.id, member.six!.id, member.grouped!.id].sort());
    expect(listed.items.map((r) => r.arrearsMonths).sort()).toEqual([6, 6, 7]);
    const five = await townAdmin.dues.members.list({ unitId: branch.id, pageSize: 50 });
    expect(five.items.find((r) => r.id === member.five!.id)).toMatchObject({ arrearsMonths: 5, flagged: false });
  });

  it('reads the books of the last 24 months, as the list does: a sixth month 25 back is not counted, 24 back is', async () => {
    const edge = async (oldest: string) => {
      const unit = await addUnit(env, town, { kind: 'branch', name: uniqueName('窗口支部') });
      const payer = await addPayer(env, unit.id, { from: '2024-01' });
      await assess(unit, [oldest, ...monthsFrom('2026-04', '2026-08')]);
      return { unit, payer };
    };
    const outside = await edge('2024-08');
    const inside = await edge('2024-09');
    const { items, count } = await arrearsOf(townAdmin);
    expect(count).toBe(3);
    expect(items.map((i) => unitOf(i.path))).toContain(inside.unit.id);
    expect(items.map((i) => unitOf(i.path))).not.toContain(outside.unit.id);
    // Every unit's count is its collection list's flagged total.
    for (const item of items) {
      const listed = await townAdmin.dues.members.list({ unitId: unitOf(item.path), flagged: true });
      expect(item.title, item.unitName).toBe(`${listed.total} 名党员欠缴党费满 6 个月`);
    }
    const outsideRow = await townAdmin.dues.members.list({ unitId: outside.unit.id });
    expect(outsideRow.items[0]).toMatchObject({ arrearsMonths: 5, flagged: false });
    // Paid up, the inside one leaves the news again.
    await pay(inside.payer.id, ['2026-08'], '2026-09-10');
    expect((await arrearsOf(townAdmin)).count).toBe(2);
  });

  it('shows a secretary only the own branch, and a group on its own when the branch above is out of reach', async () => {
    const own = await arrearsOf(secretary);
    expect(own.count).toBe(1);
    expect(own.items.map((i) => i.key)).toEqual([`dues:arrears:${branch.id}:3:2026-08`]);
    const grouped = await arrearsOf(groupSecretary);
    expect(grouped.items).toEqual([
      expect.objectContaining({
        key: `dues:arrears:${group.id}:1:2026-08`,
        unitName: group.name,
        path: `/dues/members?flagged=true&sort=arrears&order=desc&at=${group.id}`,
      }),
    ]);
    // Nobody who cannot act on arrears: a dues viewer, a plain member.
    await expect((await holder('dues_viewer', town)).dues.notices.list()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect((await env.as('member')).dues.notices.list()).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('drops a member who pays below six months, and is news again under a new key as more months go unpaid', async () => {
    const before = (await arrearsOf(townAdmin)).items.find((i) => unitOf(i.path) === branch.id)!;
    await townAdmin.identity.notices.markRead({ keys: [before.key] });
    expect((await arrearsOf(townAdmin)).items.find((i) => i.key === before.key)?.read).toBe(true);

    await pay(member.six!.id, ['2026-07'], '2026-09-10');
    const paid = (await arrearsOf(townAdmin)).items.find((i) => unitOf(i.path) === branch.id)!;
    expect(paid).toMatchObject({ key: `dues:arrears:${branch.id}:2:2026-08`, title: '2 名党员欠缴党费满 6 个月' });
    expect(paid.read).toBe(false);

    // A month on, September unpaid at the branch: the five and the paid-up six are six behind again, the latest
    // unpaid month moves.
    env.setNow(shanghai('2026-10-12T09:00:00'));
    await assess(branch, ['2026-09']);
    const later = (await arrearsOf(townAdmin)).items.find((i) => unitOf(i.path) === branch.id)!;
    expect(later).toMatchObject({
      key: `dues:arrears:${branch.id}:4:2026-09`,
      at: '2026-09-30T16:00:00.000Z',
      read: false,
    });

    // The other branch's member pays up to five: the unit leaves the news.
    await pay(member.other!.id, ['2026-08'], '2026-10-12');
    const { items, count } = await arrearsOf(townAdmin);
    expect(items.map((i) => unitOf(i.path))).not.toContain(other.id);
    expect(count).toBe(1);
  });

  it("tells the whole organisation's admin of the same units behind, each notice as the township's", async () => {
    const town = await arrearsOf(townAdmin);
    expect(town.count).toBe(1);
    const whole = await arrearsOf(await env.as('admin'));
    // The municipal admin's grant holds every township: their news holds the township's (other townships' branches
    // may be behind too), with the same key, so it is the same notice.
    expect(whole.items.map((i) => i.key)).toEqual(expect.arrayContaining(town.items.map((i) => i.key)));
    expect(whole.count).toBeGreaterThanOrEqual(town.count ?? 0);
    // The branch's own secretary is told too.
    expect((await arrearsOf(secretary)).items.map((i) => i.key)).toEqual(town.items.map((i) => i.key));
  });

  it('tells the unit above of hardship requests awaiting its decision, until it decides them', async () => {
    const pending = async (caller: Caller) => {
      const { items, counts } = await caller.dues.notices.list();
      return { items: items.filter((i) => i.kind === 'hardshipPending'), count: counts.hardshipPending };
    };
    const propose = (caller: Caller, memberId: number, at: string) => {
      env.setNow(shanghai(at));
      return caller.dues.hardship.propose({
        memberId,
        fromMonth: '2026-11',
        toMonth: '2026-12',
        payFen: 0,
        reason: '家庭困难，支部大会讨论同意',
      });
    };
    const first = await propose(secretary, member.seven!.id, '2026-10-13T09:00:00');
    const atBranch = await holder('township_admin', branch);
    expect(await pending(townAdmin)).toEqual({
      count: 1,
      items: [
        {
          key: `dues:hardshipPending:${branch.id}:1:${first.id}`,
          kind: 'hardshipPending',
          title: '1 项党费减免申请待审批',
          unitName: branch.name,
          at: '2026-10-13T01:00:00.000Z',
          path: `/dues/hardship?state=proposed&at=${branch.id}`,
          read: false,
        },
      ],
    });
    // Awaiting decisions come before arrears.
    expect((await townAdmin.dues.notices.list()).items[0]?.kind).toBe('hardshipPending');
    // Not the branch's news: neither its secretary nor an admin granted at the branch itself decides it.
    expect(await pending(secretary)).toEqual({ count: 0, items: [] });
    expect(await pending(atBranch)).toEqual({ count: 0, items: [] });

    // The group's request is decided by the branch above it, and shown with the branch's (the list there holds both).
    const second = await propose(groupSecretary, member.grouped!.id, '2026-10-14T09:00:00');
    expect((await pending(townAdmin)).items.map((i) => i.key)).toEqual([
      `dues:hardshipPending:${branch.id}:2:${second.id}`,
    ]);
    expect((await pending(atBranch)).items.map((i) => i.key)).toEqual([
      `dues:hardshipPending:${branch.id}:1:${second.id}`,
    ]);
    const listed = await townAdmin.dues.hardship.list({ unitId: branch.id, state: 'proposed' });
    expect(listed.items.map((h) => h.id).sort()).toEqual([first.id, second.id].sort());

    await townAdmin.dues.hardship.decide({ id: first.id, approve: false, answer: '不符合条件' });
    expect((await pending(townAdmin)).items.map((i) => i.key)).toEqual([
      `dues:hardshipPending:${branch.id}:1:${second.id}`,
    ]);
    await atBranch.dues.hardship.decide({ id: second.id, approve: true });
    expect(await pending(townAdmin)).toEqual({ count: 0, items: [] });
  });

  it('counts a transferred member at the new branch from its own books only, as its list does', async () => {
    env.setNow(shanghai('2026-10-20T09:00:00'));
    const from = await addUnit(env, town, { kind: 'branch', name: uniqueName('转出支部') });
    const to = await addUnit(env, town, { kind: 'branch', name: uniqueName('转入支部') });
    const moving = await addPayer(env, from.id);
    await assess(from, monthsFrom('2026-04', '2026-09'));
    expect(units(await arrearsOf(townAdmin))).toContain(from.id);
    // A confirmed transfer moves the member; the books stay with the branch that kept them.
    await env.db.member.update({ where: { id: moving.id }, data: { unitId: to.id } });
    const listed = await townAdmin.dues.members.list({ unitId: to.id });
    expect(listed.items).toEqual([expect.objectContaining({ id: moving.id, arrearsMonths: 0, flagged: false })]);
    const after = units(await arrearsOf(townAdmin));
    expect(after).not.toContain(from.id);
    expect(after).not.toContain(to.id);
  });

  it('asks everyone who decides hardship requests: every role holding dues.approve holds dues.record', () => {
    const catalog = roleCatalog();
    const deciding = catalog.roles().filter((r) => catalog.permissionsOf(r).includes('dues.approve'));
    expect(deciding.length).toBeGreaterThan(0);
    for (const role of deciding) expect(catalog.permissionsOf(role), role).toContain('dues.record');
  });
});
