// The collection list on both databases: by name, a page at a time, the paying members of the caller's subtree (no
// applicant, no one who left) in the same order, with the same total, as Prisma reads them, up or down, for a branch,
// a township and the whole organisation; searched by name; by arrears (the whole organisation too), the member
// furthest behind first; only the flagged.
import { trustedUnit } from '@strata/api';
import type { Unit } from '@strata/db';
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createTestEnv, type TestEnv } from '../../../tests/support/env';
import { addUnit } from '../../../tests/support/factories';
import { addMember } from '../../members/test/support/members';
import { payingStages, payingStatuses } from '../src/members/dues-member';
import { memberStandingsIn } from '../src/members/member-arrears.sql';
import { addPayer } from './support/dues';

describe.each(await testProviders())('the collection list on %s', (provider) => {
  let env: TestEnv;
  let admin: Caller;
  let chengguan: Unit;
  let branches: Unit[];

  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    admin = await env.as('admin');
    chengguan = env.seed.townships.chengguan!;
    const other = Object.values(env.seed.townships).find((t) => t.id !== chengguan.id) as Unit;
    branches = [
      await addUnit(env, chengguan, { kind: 'branch' }),
      await addUnit(env, chengguan, { kind: 'branch' }),
      await addUnit(env, other, { kind: 'branch' }),
    ];
    const names = ['王芳', '李娜', '张伟', '刘洋', '陈静', '杨帆', '赵磊', '黄敏', '周杰', '吴刚', '徐丽'];
    for (const [i, name] of names.entries())
      await addPayer(env, branches[i % 3]!.id, { name, baseFen: 100_000 * (i + 1) });
    // Not paying: an applicant, and a member who has left.
    await addMember(env, branches[0]!.id, { name: '孙申请', stage: 'applicant' });
    await addMember(env, branches[0]!.id, { name: '钱离开', status: 'left' });
  });
  afterAll(() => env?.drop());

  /** What Prisma reads for the same page: the subtree's paying members by name key, then id. */
  const expected = async (unit: Unit, order: 'asc' | 'desc', skip: number, take: number) => {
    const where = {
      unit: { path: { gte: unit.path, lt: `${unit.path.slice(0, -1)}0` } },
      stage: { in: [...payingStages] },
      status: { in: [...payingStatuses] },
    };
    const [rows, total] = await Promise.all([
      env.db.member.findMany({ where, orderBy: [{ nameKey: order }, { id: order }], skip, take, select: { id: true } }),
      env.db.member.count({ where }),
    ]);
    return { ids: rows.map((r) => r.id), total };
  };

  it('pages the paying members by name as Prisma orders them, for a branch, a township and the whole tree', async () => {
    const units = [branches[0]!, chengguan, await env.db.unit.findFirstOrThrow({ where: { parentId: null } })];
    for (const unit of units)
      for (const order of ['ascend', 'descend'] as const)
        for (const page of [1, 2, 3]) {
          const got = await admin.dues.members.list({ unitId: unit.id, sort: 'name', order, page, pageSize: 3 });
          const want = await expected(unit, order === 'ascend' ? 'asc' : 'desc', (page - 1) * 3, 3);
          expect([got.items.map((r) => r.id), got.total], `${unit.name} ${order} page ${page}`).toEqual([
            want.ids,
            want.total,
          ]);
        }
    const branch = await admin.dues.members.list({ unitId: branches[0]!.id, pageSize: 50 });
    expect(branch.items.map((r) => r.name).sort()).toEqual(['王芳', '刘洋', '赵磊', '吴刚'].sort());
    expect(branch.items.every((r) => r.unitName === branches[0]!.name)).toBe(true);
  });

  it('shows the base in force on the list and the statement: a raise once begun, a later one not yet', async () => {
    const member = await addPayer(env, branches[1]!.id, { name: '郑加薪', baseFen: 300_000, from: '2026-01' });
    for (const [effectiveFrom, baseFen] of [
      ['2026-03', 350_000],
      ['2026-09', 420_000],
    ] as const)
      await env.db.duesBase.create({ data: { memberId: member.id, effectiveFrom, category: 'salaried', baseFen } });
    for (const [now, baseFen, from] of [
      ['2026-02-10T09:00:00', 300_000, '2026-01'],
      ['2026-05-10T09:00:00', 350_000, '2026-03'],
      ['2026-09-01T09:00:00', 420_000, '2026-09'],
    ] as const) {
      const [row] = (await env.at(now, () => admin.dues.members.list({ unitId: branches[1]!.id, q: '郑加薪' }))).items;
      const statement = await env.at(now, () => admin.dues.statements.member({ memberId: member.id }));
      expect([row?.baseFen, statement.base?.baseFen, statement.base?.effectiveFrom], now).toEqual([
        baseFen,
        baseFen,
        from,
      ]);
    }
    // Before the first base, none is in force.
    const early = await env.at('2025-12-10T09:00:00', () => admin.dues.statements.member({ memberId: member.id }));
    expect(early.base).toBeNull();
    await env.db.duesBase.deleteMany({ where: { memberId: member.id } });
    await env.db.member.delete({ where: { id: member.id } });
  });

  it('finds a member by part of the name, and sorts by arrears with the furthest behind first', async () => {
    const found = await admin.dues.members.list({ unitId: chengguan.id, q: '敏' });
    expect(found.items.map((r) => r.name)).toEqual(['黄敏']);
    expect(found.total).toBe(1);
    await env.at('2026-03-10T09:00:00', async () => {
      for (const b of branches.slice(0, 2)) await admin.dues.ledger.assess({ unitId: b.id, month: '2026-02' });
    });
    const behind = await env.at('2026-03-10T10:00:00', () =>
      admin.dues.members.list({ unitId: chengguan.id, sort: 'arrears', order: 'descend', pageSize: 50 }),
    );
    const arrears = behind.items.filter((r) => r.unitId !== branches[2]!.id).map((r) => r.arrearsFen);
    expect(arrears).toEqual([...arrears].sort((a, b) => b - a));
    expect(arrears[0]).toBeGreaterThan(0);
  });

  it("sums a moved member's months over the books of the units in view: a month behind in one, paid past in another", async () => {
    // Written straight into the kept months (the service's writes are held to them by the ledger's test): 2025-06 left
    // 500 in the first branch's books and paid 500 past it in the second's; 2025-07 left 300 in the first's; 2025-08
    // paid 200 past; 2022-01 before the two years looked at; the current month's row (the standing's current month
    // comes from the entries).
    const member = await addPayer(env, branches[0]!.id, { name: '迁移者', baseFen: 100_000 });
    const [a, b] = [branches[0]!.id, branches[1]!.id];
    await env.db.duesUnsettledMonth.createMany({
      data: [
        { memberId: member.id, unitId: a, month: '2025-06', leftFen: 500 },
        { memberId: member.id, unitId: b, month: '2025-06', leftFen: -500 },
        { memberId: member.id, unitId: a, month: '2025-07', leftFen: 300 },
        { memberId: member.id, unitId: b, month: '2025-08', leftFen: -200 },
        { memberId: member.id, unitId: a, month: '2022-01', leftFen: 900 },
        { memberId: member.id, unitId: a, month: '2026-03', leftFen: 700 },
      ],
    });
    try {
      const standing = async (unit: Unit) =>
        (await memberStandingsIn(env.db, trustedUnit(unit), [member.id], '2024-03', '2026-03')).get(member.id);
      // The township holds both books: June is settled across them, July is behind.
      expect(await standing(chengguan)).toMatchObject({ arrearsFen: 300, arrearsMonths: 1, flagged: false });
      // The first branch's books alone: June and July behind.
      expect(await standing(branches[0]!)).toMatchObject({ arrearsFen: 800, arrearsMonths: 2 });
      // The second branch's: paid past, nothing behind, and no current month's line: no standing (the list shows
      // nothing assessed and nothing behind).
      expect(await standing(branches[1]!)).toBeUndefined();
    } finally {
      await env.db.duesUnsettledMonth.deleteMany({ where: { memberId: member.id } });
    }
  });

  it('orders any subtree by arrears, the whole organisation too, and pages the flagged, as each member stands', async () => {
    // Two members six and seven months behind in the window (written straight into the kept months: the ledger's
    // test holds the service's writes to them), beside the month the test above assessed.
    const [six, seven] = [
      await addPayer(env, branches[1]!.id, { name: '欠六月', baseFen: 100_000 }),
      await addPayer(env, branches[2]!.id, { name: '欠七月', baseFen: 100_000 }),
    ];
    const months = (n: number) => Array.from({ length: n }, (_, i) => `2025-0${i + 1}`);
    await env.db.duesUnsettledMonth.createMany({
      data: [
        ...months(6).map((month) => ({ memberId: six.id, unitId: branches[1]!.id, month, leftFen: 100 })),
        ...months(7).map((month) => ({ memberId: seven.id, unitId: branches[2]!.id, month, leftFen: 50 })),
      ],
    });
    const top = await env.db.unit.findFirstOrThrow({ where: { parentId: null } });
    try {
      await env.at('2026-03-10T10:00:00', async () => {
        for (const unit of [top, chengguan, branches[1]!]) {
          // Each paying member's standing, in name order: what the order and the filter must follow.
          const members = (await expected(unit, 'asc', 0, 1000)).ids;
          const standings = await memberStandingsIn(env.db, trustedUnit(unit), members, '2024-03', '2026-03');
          const arrears = (id: number) => standings.get(id)?.arrearsFen ?? 0;
          const flagged = members.filter((id) => standings.get(id)?.flagged);
          const want = {
            descend: [...members].sort((a, b) => arrears(b) - arrears(a)),
            ascend: [...members].sort((a, b) => arrears(a) - arrears(b)),
          };
          for (const order of ['descend', 'ascend'] as const) {
            const got: number[] = [];
            for (let page = 1; page <= Math.ceil(members.length / 4) + 1; page++) {
              const listed = await admin.dues.members.list({
                unitId: unit.id,
                sort: 'arrears',
                order,
                page,
                pageSize: 4,
              });
              expect([listed.total, listed.totalIsBound], `${unit.name} ${order} page ${page}`).toEqual([
                members.length,
                false,
              ]);
              got.push(...listed.items.map((r) => r.id));
            }
            expect(got, `${unit.name} by arrears ${order}`).toEqual(want[order]);
          }
          const flaggedList = await admin.dues.members.list({ unitId: unit.id, flagged: true, pageSize: 50 });
          expect([flaggedList.items.map((r) => r.id), flaggedList.total], `${unit.name} flagged`).toEqual([
            flagged,
            flagged.length,
          ]);
          expect(flaggedList.items.every((r) => r.flagged && r.arrearsMonths >= 6)).toBe(true);
        }
        // The whole organisation holds both; the township only the one in its branch; the members behind first.
        const whole = await admin.dues.members.list({
          unitId: top.id,
          flagged: true,
          sort: 'arrears',
          order: 'descend',
        });
        expect(whole.items.map((r) => [r.id, r.arrearsFen, r.arrearsMonths])).toEqual([
          [six.id, 600, 6],
          [seven.id, 350, 7],
        ]);
        const town = await admin.dues.members.list({ unitId: chengguan.id, flagged: true });
        expect(town.items.map((r) => r.id)).toEqual([six.id]);
        // Found by name among the flagged; a page past the last says how many there are.
        expect(
          (await admin.dues.members.list({ unitId: top.id, flagged: true, q: '七' })).items.map((r) => r.id),
        ).toEqual([seven.id]);
        expect(await admin.dues.members.list({ unitId: top.id, flagged: true, page: 5, pageSize: 1 })).toMatchObject({
          items: [],
          total: 2,
        });
        // The order by arrears is kept between calls, and follows the books at once: a member whose months are settled
        // goes from among those behind to those behind by nothing, in name order.
        const byArrears = async () =>
          (await admin.dues.members.list({ unitId: top.id, sort: 'arrears', order: 'descend', pageSize: 100 })).items;
        const before = await byArrears();
        expect(before.find((r) => r.id === six.id)?.arrearsFen).toBe(600);
        await env.db.duesUnsettledMonth.deleteMany({ where: { memberId: six.id } });
        const after = await byArrears();
        expect(after.find((r) => r.id === six.id)?.arrearsFen).toBe(0);
        const arrearsAfter = after.map((r) => r.arrearsFen);
        expect(arrearsAfter).toEqual([...arrearsAfter].sort((x, y) => y - x));
        const settled = after.filter((r) => r.arrearsFen === 0).map((r) => r.id);
        expect(settled).toEqual((await expected(top, 'asc', 0, 1000)).ids.filter((id) => settled.includes(id)));
        expect(settled).toContain(six.id);
      });
    } finally {
      await env.db.duesUnsettledMonth.deleteMany({ where: { memberId: { in: [six.id, seven.id] } } });
    }
  });
});
