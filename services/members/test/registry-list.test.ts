// The registry's list on both databases: every filter, every sort in both directions page after page (walking the whole
// scope in order, and unit by unit), exact lookups by ID number and by phone however they are typed, masked values on
// every row, a name search that never reaches another township, and an export page that shows personal data only
// where the caller holds members.pii, with one audit entry per page.
import type { Unit } from '@strata/db';
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../tests/support/env';
import { addAccount, addUnit, uniqueName } from '../../../tests/support/factories';
import { addMember } from './support/members';

type Listed = { id: number };

describe.each(await testProviders())('the registry’s list on %s', (provider) => {
  let env: TestEnv;
  let group: Unit;
  let tag: string;
  const made: Record<string, Awaited<ReturnType<typeof addMember>>> = {};

  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    group = await addUnit(env, branch(), { kind: 'group' });
    tag = uniqueName('名册');
    const member = (key: string, name: string, opts: Parameters<typeof addMember>[2]) =>
      addMember(env, group.id, { name: `${tag}${name}`, ...opts }).then((m) => {
        made[key] = m;
      });
    // Written one after another, so their ids follow this order.
    await member('chen', '陈七', {
      gender: 'female',
      birthDate: '1980-01-01',
      stage: 'full',
      probationaryOn: '2010-01-01',
      education: 'postgraduate',
      occupation: 'retired',
      ethnicity: '03',
    });
    await member('li', '李四', {
      gender: 'male',
      birthDate: '1975-05-05',
      stage: 'applicant',
      education: 'college',
      occupation: 'farmer',
    });
    await member('wang', '王五', {
      gender: 'male',
      birthDate: '1990-09-09',
      stage: 'probationary',
      probationaryOn: '2025-06-01',
      status: 'floating',
      phone: '13700000000',
    });
    await member('zhang', '张三', {
      gender: 'female',
      birthDate: '1985-03-03',
      stage: 'full',
      probationaryOn: '2005-01-01',
      education: 'secondary',
      occupation: 'student',
      status: 'deceased',
      leftOn: '2024-01-01',
    });
    await member('zhao', '赵六', {
      gender: 'male',
      birthDate: '1970-07-07',
      stage: 'activist',
      education: 'primary',
      occupation: 'other',
    });
    // The last change, oldest first: 王五, 赵六, 陈七, 张三, 李四.
    const changed = ['wang', 'zhao', 'chen', 'zhang', 'li'];
    for (const [i, key] of changed.entries())
      await env.db.member.update({
        where: { id: made[key]!.id },
        data: { updatedAt: new Date(Date.UTC(2026, 0, 1 + i)) },
      });
  });
  afterAll(() => env?.drop());

  function branch(i = 0) {
    return env.seed.townships.chengguan!.branches[i]!;
  }
  const ids = (...keys: string[]) => keys.map((k) => made[k]!.id);
  const idsOf = (rows: Listed[]) => rows.map((r) => r.id);

  /** Every page of a list, as the console pages through it, and the totals it reported. */
  async function allPages(list: (page: number) => Promise<{ items: Listed[]; total: number }>) {
    const got: number[] = [];
    const totals = new Set<number>();
    for (let page = 1; page <= 5; page++) {
      const answer = await list(page);
      got.push(...idsOf(answer.items));
      totals.add(answer.total);
      if (!answer.items.length) break;
    }
    return { ids: got, totals: [...totals] };
  }

  type Filter = Parameters<Awaited<ReturnType<TestEnv['as']>>['members']['registry']['list']>[0];

  /** The same filter read in both shapes: the municipal admin's whole tree (walked in order) and the group (unit by unit). */
  async function inBothShapes(filter: Filter) {
    const wide = await env.as('admin');
    const narrow = await env.as('chengguan');
    const shapes = {
      whole: await allPages((page) => wide.members.registry.list({ ...filter, q: tag, page, pageSize: 2 })),
      unit: await allPages((page) => narrow.members.registry.list({ ...filter, unitId: group.id, page, pageSize: 2 })),
    };
    expect(shapes.whole).toEqual(shapes.unit);
    return shapes.whole;
  }

  it('lists members on the registry by name, pinyin order, by default', async () => {
    expect(await inBothShapes({})).toEqual({ ids: ids('chen', 'li', 'wang', 'zhao'), totals: [4] });
    expect(await inBothShapes({ order: 'desc' })).toEqual({ ids: ids('zhao', 'wang', 'li', 'chen'), totals: [4] });
  });

  it('filters by status, stage, gender, education, occupation and ethnicity', async () => {
    const filtered = async (filter: Filter) => (await inBothShapes(filter)).ids;
    expect(await filtered({ status: 'all' })).toEqual(ids('chen', 'li', 'wang', 'zhang', 'zhao'));
    expect(await filtered({ status: 'deceased' })).toEqual(ids('zhang'));
    expect(await filtered({ status: 'floating' })).toEqual(ids('wang'));
    expect(await filtered({ stage: 'full' })).toEqual(ids('chen'));
    expect(await filtered({ stage: 'full', status: 'all' })).toEqual(ids('chen', 'zhang'));
    expect(await filtered({ gender: 'male' })).toEqual(ids('li', 'wang', 'zhao'));
    expect(await filtered({ education: 'college' })).toEqual(ids('li'));
    expect(await filtered({ occupation: 'retired' })).toEqual(ids('chen'));
    expect(await filtered({ ethnicity: '03' })).toEqual(ids('chen'));
    expect(await filtered({ gender: 'female', stage: 'full', status: 'all', education: 'secondary' })).toEqual(
      ids('zhang'),
    );
    // Part of the name, taken literally.
    const caller = await env.as('chengguan');
    expect(idsOf((await caller.members.registry.list({ q: `${tag}王` })).items)).toEqual(ids('wang'));
    expect((await caller.members.registry.list({ q: `${tag}%` })).total).toBe(0);
  });

  it('sorts by birth date, admission (none last either way) and last change, page after page', async () => {
    const all = { status: 'all' } as const;
    expect((await inBothShapes({ ...all, sort: 'birthDate' })).ids).toEqual(ids('zhao', 'li', 'chen', 'zhang', 'wang'));
    expect((await inBothShapes({ ...all, sort: 'birthDate', order: 'desc' })).ids).toEqual(
      ids('wang', 'zhang', 'chen', 'li', 'zhao'),
    );
    // Applicants and activists have no admission day: last, the id breaking the tie in the list's direction.
    expect((await inBothShapes({ ...all, sort: 'probationaryOn' })).ids).toEqual(
      ids('zhang', 'chen', 'wang', 'li', 'zhao'),
    );
    expect((await inBothShapes({ ...all, sort: 'probationaryOn', order: 'desc' })).ids).toEqual(
      ids('wang', 'chen', 'zhang', 'zhao', 'li'),
    );
    expect((await inBothShapes({ ...all, sort: 'updatedAt' })).ids).toEqual(ids('wang', 'zhao', 'chen', 'zhang', 'li'));
    expect((await inBothShapes({ ...all, sort: 'updatedAt', order: 'desc' })).ids).toEqual(
      ids('li', 'zhang', 'chen', 'zhao', 'wang'),
    );
  });

  it('finds a member by ID number and by phone however typed, and refuses a malformed one on its field', async () => {
    const caller = await env.as('chengguan');
    const chen = made.chen!;
    const spaced = ` ${chen.clear.idNumber.slice(0, 6)} ${chen.clear.idNumber.slice(6).toLowerCase()} `;
    expect(idsOf((await caller.members.registry.list({ idNumber: spaced })).items)).toEqual(ids('chen'));
    expect(idsOf((await caller.members.registry.list({ phone: '+86 137-0000-0000' })).items)).toEqual(ids('wang'));
    expect(idsOf((await caller.members.registry.list({ phone: '137 0000 0000', unitId: group.id })).items)).toEqual(
      ids('wang'),
    );
    // A lookup is one more condition: with a filter that excludes the member, nothing.
    expect((await caller.members.registry.list({ phone: '13700000000', stage: 'full' })).total).toBe(0);
    await expect(caller.members.registry.list({ idNumber: chen.clear.idNumber.slice(0, 17) })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      field: 'idNumber',
    });
    await expect(caller.members.registry.list({ phone: '1370000' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      field: 'phone',
    });
  });

  it('masks personal data on every row, and a name search never reaches another township', async () => {
    const foreign = await addMember(env, env.seed.townships.donghu!.branches[0]!.id, { name: `${tag}王五` });
    const township = await env.as('chengguan');
    const page = await township.members.registry.list({ q: tag, status: 'all', pageSize: 100 });
    expect(idsOf(page.items).sort()).toEqual(ids('chen', 'li', 'wang', 'zhang', 'zhao').sort());
    expect(page.total).toBe(5);
    for (const row of page.items) {
      expect(row.idNumber).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
      expect(row.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
      expect(row).toMatchObject({ unitId: group.id, unitName: group.name });
    }
    // The municipal admin sees both townships' members of that name.
    const everywhere = await (await env.as('admin')).members.registry.list({ q: `${tag}王五` });
    expect(idsOf(everywhere.items).sort()).toEqual([made.wang!.id, foreign.id].sort());
  });

  it('exports personal data in the clear only where the caller holds members.pii, one audit entry per page', async () => {
    const exportTag = uniqueName('导出');
    const inGroup = await addMember(env, group.id, {
      name: `${exportTag}甲`,
      address: '湖北省武汉市洪山区珞喻路 1 号',
    });
    const inOther = await addMember(env, branch(1).id, {
      name: `${exportTag}乙`,
      address: '湖北省武汉市青山区和平大道 2 号',
    });
    const third = await addMember(env, group.id, { name: `${exportTag}丙` });
    // Reads the whole township; holds members.pii at the first branch only (the group lies below it).
    const officer = await addAccount(env, {
      unitId: branch().id,
      grants: [
        { role: 'members_viewer', unitId: env.seed.townships.chengguan!.id },
        { role: 'members_officer', unitId: branch().id },
      ],
    });
    const caller = await env.as(officer.username);
    const township = env.seed.townships.chengguan!;
    const exportPage = (page: number) =>
      caller.members.registry.exportPage({ unitId: township.id, q: exportTag, page, pageSize: 2 });
    const first = await exportPage(1);
    const second = await exportPage(2);
    expect(first.total).toBe(3);
    const rows = [...first.items, ...second.items];
    // By name: 丙 (bing), 甲 (jia), 乙 (yi).
    expect(idsOf(rows)).toEqual([third.id, inGroup.id, inOther.id]);
    expect(rows[1]).toMatchObject({
      idNumber: inGroup.clear.idNumber,
      phone: inGroup.clear.phone,
      address: '湖北省武汉市洪山区珞喻路 1 号',
      revealed: true,
    });
    expect(rows[2]).toMatchObject({ address: '湖北省武汉市****', revealed: false });
    expect(rows[2]?.idNumber).not.toBe(inOther.clear.idNumber);
    expect(rows[2]?.phone).toMatch(/^\d{3}\*{4}\d{4}$/);

    const entries = await env.db.auditLog.findMany({
      where: { action: 'member.reveal', actorId: officer.id },
      orderBy: { id: 'asc' },
    });
    expect(entries.map((e) => [e.unitId, e.entity, e.entityLabel, JSON.parse(e.after ?? 'null')])).toEqual([
      [
        township.id,
        'Member',
        '导出党员名册 2 人',
        { rows: 2, inClear: 2, page: 1, revealed: ['idNumber', 'phone', 'address'] },
      ],
      [township.id, 'Member', '导出党员名册 1 人', { rows: 1, inClear: 0, page: 2, revealed: [] }],
    ]);
    for (const entry of entries) expect(entry.after).not.toContain(inGroup.clear.phone);
    // Without the filter's unit, the entry goes to the caller's top unit for the registry: the township.
    await caller.members.registry.exportPage({ q: exportTag, pageSize: 1 });
    expect(
      (await env.db.auditLog.findFirstOrThrow({ where: { actorId: officer.id }, orderBy: { id: 'desc' } })).unitId,
    ).toBe(township.id);
  });
});
