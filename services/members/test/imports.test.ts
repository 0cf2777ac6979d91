// The members import on both databases, with the clock set by the test: a file sent in chunks is checked row by row
// with the registry's rules and staged with its personal data sealed, then committed all at once (members registered
// as the registry registers them, one timeline entry each, one audit entry for the file) or not at all; every bad
// row is answered with its row, column and reason; the file's duplicates and numbers registered already (or since)
// stop it; formulas are text; branches are found only where the caller may import; the import's counts hold.
import { naturalKey } from '@strata/api';
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, shanghai, type TestEnv } from '../../../tests/support/env';
import { addUnit } from '../../../tests/support/factories';
import { openMemberPii } from '../src/members/member-pii';
import { memberCells, sheetRows } from './support/imports';
import { addMember, newIdNumber } from './support/members';

const today = '2026-05-01';

describe.each(await testProviders())('the members import on %s', (provider) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    env.setNow(shanghai(`${today}T10:00:00`));
  });
  afterAll(() => env?.drop());

  const chengguan = () => env.seed.townships.chengguan!;
  const branch = (i = 0) => chengguan().branches[i]!;
  const admin = () => env.as('chengguan');
  const importRow = (id: number) => env.db.memberImport.findUniqueOrThrow({ where: { id } });
  const stagedRows = (importId: number) =>
    env.db.memberImportRow.findMany({ where: { importId }, orderBy: { row: 'asc' } });
  const wrongCheck = (idNumber: string) => `${idNumber.slice(0, 17)}${idNumber[17] === '0' ? '1' : '0'}`;

  it('imports a file sent in chunks: members as the registry registers them, sealed values copied, one audit entry', async () => {
    const caller = await admin();
    const cells = [
      memberCells(branch(0).name, { gender: '女', birthDate: '' }),
      memberCells(branch(1).siteCode ?? '', { ethnicity: 'Hui', education: 'college', occupation: '离退休人员' }),
      memberCells(` ${branch(0).name} `, { stage: '预备党员', fullOn: '', phone: '', address: '' }),
    ];
    // The first member is a woman: her number says so.
    cells[0]!.idNumber = newIdNumber('female').idNumber;
    const started = await caller.members.imports.start({ unitId: chengguan().id, total: 3 });
    expect(started).toEqual({ id: expect.any(Number), total: 3 });
    expect(await importRow(started.id)).toMatchObject({
      unitId: chengguan().id,
      createdById: env.seed.users.chengguan,
      state: 'staging',
      total: 3,
      staged: 0,
      refused: 0,
    });

    expect(
      await caller.members.imports.stage({ id: started.id, first: 0, rows: sheetRows(cells.slice(0, 2)) }),
    ).toEqual({
      id: started.id,
      total: 3,
      staged: 2,
      refused: 0,
      errors: [],
    });
    expect(
      await caller.members.imports.stage({ id: started.id, first: 2, rows: sheetRows(cells.slice(2), 4) }),
    ).toEqual({
      id: started.id,
      total: 3,
      staged: 3,
      refused: 0,
      errors: [],
    });

    // Staged sealed: no ID number, phone or address in the clear anywhere in the rows.
    const staged = await stagedRows(started.id);
    expect(staged.map((r) => [r.row, r.memberUnitId])).toEqual([
      [2, branch(0).id],
      [3, branch(1).id],
      [4, branch(0).id],
    ]);
    const stagedText = JSON.stringify(staged);
    for (const c of cells) {
      expect(stagedText).not.toContain(c.idNumber.slice(0, 14));
      if (c.phone) expect(stagedText).not.toContain(c.phone);
      if (c.address) expect(stagedText).not.toContain(c.address.slice(0, 12));
    }
    for (const r of staged) expect(r.idNumber).toMatch(/^pd1\.test\./);
    expect(staged[2]).toMatchObject({ phone: '', phoneIndex: null, address: '' });

    expect(await caller.members.imports.commit({ id: started.id })).toEqual({ imported: 3, errors: [] });
    const members = await env.db.member.findMany({
      where: { name: { in: cells.map((c) => c.name) } },
      orderBy: { id: 'asc' },
    });
    expect(members.map((m) => m.name)).toEqual(cells.map((c) => c.name));
    expect(members[0]).toMatchObject({ unitId: branch(0).id, gender: 'female', ethnicity: '01', stage: 'full' });
    expect(members[1]).toMatchObject({
      unitId: branch(1).id,
      ethnicity: '03',
      education: 'college',
      occupation: 'retired',
      status: 'active',
      fullOn: '2018-01-20',
      probationEndsOn: '2018-01-15',
    });
    expect(members[2]).toMatchObject({ stage: 'probationary', fullOn: null, probationEndsOn: '2018-01-15' });
    // Written at the request's time, the names' sort keys as the registry makes them.
    for (const m of members) {
      expect(m.createdAt).toEqual(shanghai(`${today}T10:00:00`));
      expect(m.updatedAt).toEqual(shanghai(`${today}T10:00:00`));
      expect(m.nameKey).toBe(naturalKey(m.name));
      expect(m.leftOn).toBeNull();
    }
    // The sealed values went in as staged, and open to what the sheet said.
    expect(members.map((m) => [m.idNumber, m.idNumberIndex, m.phone, m.phoneIndex, m.address])).toEqual(
      staged.map((r) => [r.idNumber, r.idNumberIndex, r.phone, r.phoneIndex, r.address]),
    );
    expect(openMemberPii(members[1]!)).toEqual({
      idNumber: cells[1]!.idNumber,
      phone: cells[1]!.phone,
      address: cells[1]!.address,
    });

    const events = await env.db.memberEvent.findMany({ where: { memberId: { in: members.map((m) => m.id) } } });
    expect(events).toHaveLength(3);
    for (const [i, m] of members.entries())
      expect(events.find((e) => e.memberId === m.id)).toMatchObject({
        kind: 'imported',
        on: today,
        at: shanghai(`${today}T10:00:00`),
        value: '',
        note: '',
        actorId: env.seed.users.chengguan,
        atUnitId: m.unitId,
        atUnitName: (i === 1 ? branch(1) : branch(0)).name,
      });
    expect(await importRow(started.id)).toMatchObject({ state: 'committed', staged: 3, finishedAt: expect.any(Date) });
    expect(await env.db.memberImportRow.count({ where: { importId: started.id } })).toBe(0);

    const entries = await env.db.auditLog.findMany({
      where: { entity: 'MemberImport', entityId: String(started.id) },
      orderBy: { id: 'asc' },
    });
    expect(entries.map((e) => e.action)).toEqual([
      'member.importStart',
      'member.importStage',
      'member.importStage',
      'member.import',
    ]);
    const committed = entries.at(-1)!;
    expect(committed).toMatchObject({
      unitId: chengguan().id,
      actorId: env.seed.users.chengguan,
      entityLabel: `${chengguan().name}导入党员 3 人`,
    });
    expect(JSON.parse(committed.after ?? 'null')).toEqual({ rows: 3 });
    const auditText = JSON.stringify(entries);
    for (const c of cells) expect(auditText).not.toContain(c.idNumber.slice(0, 14));

    // The registry shows them, the timeline saying how they came.
    const profile = await caller.members.registry.get({ id: members[0]!.id });
    expect(profile.timeline.map((e) => e.kind)).toEqual(['imported']);
  });

  it('answers each bad row with its row, column and reason, stages the good ones, and will not commit', async () => {
    const caller = await admin();
    const good = memberCells(branch(2).name);
    const bad = memberCells(branch(2).name);
    const cells = [
      good,
      { ...bad, idNumber: wrongCheck(bad.idNumber) },
      memberCells(branch(2).name, { ethnicity: '火星族', phone: '12345', appliedOn: '2015/03/01' }),
      memberCells('不存在的支部'),
    ];
    const started = await caller.members.imports.start({ unitId: chengguan().id, total: 4 });
    const answer = await caller.members.imports.stage({ id: started.id, first: 0, rows: sheetRows(cells) });
    expect(answer).toEqual({
      id: started.id,
      total: 4,
      staged: 1,
      refused: 3,
      errors: [
        { row: 3, column: 'idNumber', problem: 'members.idNumberCheckDigit' },
        { row: 4, column: 'ethnicity', problem: 'members.importValueUnknown' },
        { row: 4, column: 'appliedOn', problem: 'members.dateInvalid' },
        { row: 4, column: 'phone', problem: 'phoneInvalid' },
        { row: 5, column: 'branch', problem: 'members.importBranchUnknown' },
      ],
    });
    expect((await stagedRows(started.id)).map((r) => r.row)).toEqual([2]);
    expect(JSON.stringify(answer)).not.toContain(bad.idNumber.slice(0, 14));

    await expect(caller.members.imports.commit({ id: started.id })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '文件中有错误的行，全部改正后请重新导入',
    });
    expect(await env.db.member.count({ where: { name: { in: cells.map((c) => c.name) } } })).toBe(0);

    // Discarded: the staged rows go, and the import takes nothing more.
    expect(await caller.members.imports.discard({ id: started.id })).toEqual({ id: started.id });
    expect(await importRow(started.id)).toMatchObject({ state: 'discarded', finishedAt: expect.any(Date) });
    expect(await env.db.memberImportRow.count({ where: { importId: started.id } })).toBe(0);
    const ended = { code: 'CONFLICT', message: '该导入已经提交或放弃，不能再更改' };
    await expect(caller.members.imports.commit({ id: started.id })).rejects.toMatchObject(ended);
    await expect(
      caller.members.imports.stage({ id: started.id, first: 0, rows: sheetRows([memberCells(branch(2).name)], 6) }),
    ).rejects.toMatchObject(ended);
    const entry = await env.db.auditLog.findFirstOrThrow({
      where: { action: 'member.importDiscard', entityId: String(started.id) },
    });
    expect(JSON.parse(entry.after ?? 'null')).toEqual({ total: 4, staged: 1, refused: 3 });
  });

  it('discards an import left staging for a day when the next one starts at its unit, and keeps a younger one', async () => {
    const caller = await admin();
    const unit = branch(3);
    const stage = async () => {
      const started = await caller.members.imports.start({ unitId: unit.id, total: 2 });
      await caller.members.imports.stage({ id: started.id, first: 0, rows: sheetRows([memberCells(unit.name)]) });
      return started.id;
    };
    const abandoned = await stage();
    env.setNow(shanghai('2026-05-02T09:00:00'));
    const recent = await stage();
    // A day and a minute after the first started, the next start at the unit sweeps it, not the younger one.
    env.setNow(shanghai('2026-05-02T10:01:00'));
    await caller.members.imports.start({ unitId: unit.id, total: 1 });
    env.setNow(shanghai(`${today}T10:00:00`));
    expect(await importRow(abandoned)).toMatchObject({ state: 'discarded', finishedAt: expect.any(Date) });
    expect(await stagedRows(abandoned)).toEqual([]);
    expect(await importRow(recent)).toMatchObject({ state: 'staging', staged: 1 });
    expect(await stagedRows(recent)).toHaveLength(1);
  });

  it('names every row of an ID number the file holds twice, across chunks too, and one registered already', async () => {
    const caller = await admin();
    const registered = await addMember(env, branch(3).id);
    const first = memberCells(branch(3).name);
    const pair = memberCells(branch(3).name);
    const cells = [
      first,
      memberCells(branch(3).name, { idNumber: registered.clear.idNumber }),
      // The same number as row 2, typed in lower case with spaces: the same person.
      memberCells(branch(3).name, {
        idNumber: ` ${first.idNumber.toLowerCase().slice(0, 6)} ${first.idNumber.slice(6)}`,
      }),
      pair,
      memberCells(branch(3).name, { idNumber: pair.idNumber }),
    ];
    const started = await caller.members.imports.start({ unitId: chengguan().id, total: 5 });
    expect(
      await caller.members.imports.stage({ id: started.id, first: 0, rows: sheetRows(cells.slice(0, 2)) }),
    ).toMatchObject({
      staged: 1,
      refused: 1,
      errors: [{ row: 3, column: 'idNumber', problem: 'members.idNumberTaken' }],
    });
    expect(
      await caller.members.imports.stage({ id: started.id, first: 2, rows: sheetRows(cells.slice(2), 4) }),
    ).toMatchObject({
      staged: 1,
      refused: 4,
      errors: [
        { row: 2, column: 'idNumber', problem: 'members.importDuplicateInFile' },
        { row: 4, column: 'idNumber', problem: 'members.importDuplicateInFile' },
        { row: 5, column: 'idNumber', problem: 'members.importDuplicateInFile' },
        { row: 6, column: 'idNumber', problem: 'members.importDuplicateInFile' },
      ],
    });
    await expect(caller.members.imports.commit({ id: started.id })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await env.db.member.count({ where: { name: { in: cells.map((c) => c.name) } } })).toBe(0);
  });

  it('refuses at the commit a number registered, or a branch archived, since the rows were staged; nothing changes', async () => {
    const caller = await admin();
    const group = await addUnit(env, branch(4), { kind: 'group' });
    const cells = [memberCells(group.name), memberCells(branch(4).name), memberCells(branch(4).name)];
    const started = await caller.members.imports.start({ unitId: chengguan().id, total: 3 });
    expect((await caller.members.imports.stage({ id: started.id, first: 0, rows: sheetRows(cells) })).errors).toEqual(
      [],
    );
    // Meanwhile the registry gains the number of row 3 (in another township), and the group of row 2 is archived.
    await addMember(env, env.seed.townships.donghu!.branches[0]!.id, { idNumber: cells[2]!.idNumber });
    await env.db.unit.update({ where: { id: group.id }, data: { archivedAt: new Date() } });
    const before = await importRow(started.id);
    expect(await caller.members.imports.commit({ id: started.id })).toEqual({
      imported: 0,
      errors: [
        { row: 2, column: 'branch', problem: 'members.importBranchUnknown' },
        { row: 4, column: 'idNumber', problem: 'members.idNumberTaken' },
      ],
    });
    expect(await importRow(started.id)).toEqual(before);
    expect(await env.db.memberImportRow.count({ where: { importId: started.id } })).toBe(3);
    expect(await env.db.member.count({ where: { name: { in: cells.map((c) => c.name) } } })).toBe(0);
    expect(await env.db.auditLog.count({ where: { action: 'member.import', entityId: String(started.id) } })).toBe(0);
  });

  it('keeps formulas and injection strings as the text typed, and evaluates nothing', async () => {
    const caller = await admin();
    const typed = [
      memberCells(branch(5).name, {
        name: '=1+1',
        workplace: '=HYPERLINK("http://example.com/x","点击查看")',
        address: '=1+1 湖北省武汉市江岸区',
      }),
      memberCells(branch(5).name, { name: '@SUM(A1)', note: "+cmd|' /C calc'!A0", address: '-2+3 湖北省武汉市' }),
    ];
    const inCodes = memberCells(branch(5).name, { education: '=A1', fullOn: '=TODAY()', phone: '=1+1' });
    const started = await caller.members.imports.start({ unitId: chengguan().id, total: 3 });
    const answer = await caller.members.imports.stage({
      id: started.id,
      first: 0,
      rows: sheetRows([...typed, inCodes]),
    });
    // Where a column takes a code, a day or a number, a formula is no such value.
    expect(answer.errors).toEqual([
      { row: 4, column: 'education', problem: 'members.importValueUnknown' },
      { row: 4, column: 'fullOn', problem: 'members.dateInvalid' },
      { row: 4, column: 'phone', problem: 'phoneInvalid' },
    ]);
    await caller.members.imports.discard({ id: started.id });

    const again = await caller.members.imports.start({ unitId: chengguan().id, total: 2 });
    await caller.members.imports.stage({ id: again.id, first: 0, rows: sheetRows(typed) });
    expect(await caller.members.imports.commit({ id: again.id })).toEqual({ imported: 2, errors: [] });
    const rows = await env.db.member.findMany({
      where: { unitId: branch(5).id, name: { in: ['=1+1', '@SUM(A1)'] } },
      orderBy: { id: 'asc' },
    });
    expect(rows.map((r) => [r.name, r.workplace, r.note])).toEqual([
      ['=1+1', '=HYPERLINK("http://example.com/x","点击查看")', ''],
      ['@SUM(A1)', '江城市第一中学', "+cmd|' /C calc'!A0"],
    ]);
    expect((await caller.members.registry.reveal({ id: rows[0]!.id })).address).toBe('=1+1 湖北省武汉市江岸区');
    expect((await caller.members.registry.reveal({ id: rows[1]!.id })).address).toBe('-2+3 湖北省武汉市');
  });

  it('finds a branch only in the import unit’s subtree within the scope; any other is unknown, whether it exists or not', async () => {
    const caller = await admin();
    const group = await addUnit(env, branch(6), { kind: 'group' });
    const donghu = env.seed.townships.donghu!;
    const cells = [
      memberCells(group.name),
      // A branch of the caller's own township, but outside the branch the import is made at.
      memberCells(branch(7).name),
      // 东湖街道's branch by its site code, and a site code nobody has: the same answer.
      memberCells(donghu.branches[0]!.siteCode ?? ''),
      memberCells('nobody-1'),
      memberCells(branch(6).siteCode ?? ''),
    ];
    const started = await caller.members.imports.start({ unitId: branch(6).id, total: 5 });
    const answer = await caller.members.imports.stage({ id: started.id, first: 0, rows: sheetRows(cells) });
    expect(answer.errors).toEqual([
      { row: 3, column: 'branch', problem: 'members.importBranchUnknown' },
      { row: 4, column: 'branch', problem: 'members.importBranchUnknown' },
      { row: 5, column: 'branch', problem: 'members.importBranchUnknown' },
    ]);
    expect((await stagedRows(started.id)).map((r) => [r.row, r.memberUnitId])).toEqual([
      [2, group.id],
      [6, branch(6).id],
    ]);

    // At the top, two townships' groups of one name are both reachable: the name is ambiguous, a site code is not; a
    // township is no branch.
    const shared = `${group.name}同名`;
    await addUnit(env, branch(1), { kind: 'group', name: shared });
    await addUnit(env, env.seed.townships.xishan!.branches[0]!, { kind: 'group', name: shared });
    const top = await env.as('admin');
    const municipality = await env.db.unit.findFirstOrThrow({ where: { parentId: null } });
    const wide = await top.members.imports.start({ unitId: municipality.id, total: 3 });
    const named = [memberCells(shared), memberCells(branch(0).siteCode ?? ''), memberCells(chengguan().name)];
    expect((await top.members.imports.stage({ id: wide.id, first: 0, rows: sheetRows(named) })).errors).toEqual([
      { row: 2, column: 'branch', problem: 'members.importBranchAmbiguous' },
      { row: 4, column: 'branch', problem: 'members.unitNotBranch' },
    ]);
  });

  it('refuses another township’s import exactly as a missing one', async () => {
    const foreign = await (await env.as('donghu')).members.imports.start({
      unitId: env.seed.townships.donghu!.id,
      total: 1,
    });
    const caller = await admin();
    const rows = sheetRows([memberCells(branch(0).name)]);
    const calls = [
      (id: number) => caller.members.imports.stage({ id, first: 0, rows }),
      (id: number) => caller.members.imports.commit({ id }),
      (id: number) => caller.members.imports.discard({ id }),
    ];
    for (const call of calls) {
      const [f, m] = await Promise.allSettled([call(foreign.id), call(999_999)]);
      expect(f).toMatchObject({ status: 'rejected', reason: { code: 'NOT_FOUND' } });
      expect((f as PromiseRejectedResult).reason.message).toBe((m as PromiseRejectedResult).reason.message);
    }
    expect(await importRow(foreign.id)).toMatchObject({ state: 'staging', staged: 0, refused: 0 });
  });

  it('holds the counts: no more rows than declared, no row twice, and a commit only once every row is checked', async () => {
    const caller = await admin();
    const started = await caller.members.imports.start({ unitId: chengguan().id, total: 2 });
    const three = sheetRows([memberCells(branch(1).name), memberCells(branch(1).name), memberCells(branch(1).name)]);
    await expect(caller.members.imports.stage({ id: started.id, first: 0, rows: three })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: '上传的行数超过了开始导入时说明的 2 行',
    });
    const twice = [three[0]!, { ...three[1]!, row: three[0]!.row }];
    await expect(caller.members.imports.stage({ id: started.id, first: 0, rows: twice })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await caller.members.imports.stage({ id: started.id, first: 0, rows: three.slice(0, 1) });
    // A chunk that does not follow the rows checked so far is refused, saying how far the import got.
    await expect(
      caller.members.imports.stage({ id: started.id, first: 2, rows: three.slice(1, 2) }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: '导入的进度与服务器不一致（服务器已核对 1 行），请重新导入' });
    // Rows staged already, sent again as a new chunk, are refused whole.
    await expect(
      caller.members.imports.stage({ id: started.id, first: 1, rows: three.slice(0, 1) }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '这些行已经上传过了',
    });
    await expect(caller.members.imports.commit({ id: started.id })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '文件还没有全部上传核对（已核对 1 行，共 2 行）',
    });
    expect(await importRow(started.id)).toMatchObject({ staged: 1, refused: 0, state: 'staging' });
    await expect(caller.members.imports.start({ unitId: chengguan().id, total: 10_001 })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  it('answers a chunk, a commit or a discard sent again after its answer was lost as the first time, doing nothing twice', async () => {
    const caller = await admin();
    const bad = memberCells(branch(3).name);
    const cells = [
      memberCells(branch(3).name),
      { ...bad, idNumber: wrongCheck(bad.idNumber) },
      memberCells(branch(3).name),
    ];
    const started = await caller.members.imports.start({ unitId: chengguan().id, total: 3 });
    const first = await caller.members.imports.stage({ id: started.id, first: 0, rows: sheetRows(cells.slice(0, 2)) });
    expect(first).toMatchObject({ staged: 1, refused: 1 });
    expect(first.errors).toEqual([{ row: 3, column: 'idNumber', problem: 'members.idNumberCheckDigit' }]);
    // The same chunk again (the console never saw the answer): the same answer, nothing staged or counted twice.
    expect(
      await caller.members.imports.stage({ id: started.id, first: 0, rows: sheetRows(cells.slice(0, 2)) }),
    ).toEqual(first);
    expect(await importRow(started.id)).toMatchObject({ staged: 1, refused: 1 });
    expect((await stagedRows(started.id)).map((r) => r.row)).toEqual([2]);
    const stageEntries = () =>
      env.db.auditLog.count({ where: { action: 'member.importStage', entityId: String(started.id) } });
    expect(await stageEntries()).toBe(1);
    // A chunk of other rows claiming to be the one answered is refused, not answered as it.
    await expect(
      caller.members.imports.stage({ id: started.id, first: 0, rows: sheetRows([cells[2]!, cells[0]!]) }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: '这些行已经上传过了' });
    await caller.members.imports.discard({ id: started.id });
    // A discard sent again answers as the first did.
    expect(await caller.members.imports.discard({ id: started.id })).toEqual({ id: started.id });
    expect(
      await env.db.auditLog.count({ where: { action: 'member.importDiscard', entityId: String(started.id) } }),
    ).toBe(1);

    // A commit sent again answers the members it wrote, and writes none twice.
    const clean = [memberCells(branch(3).name), memberCells(branch(3).name)];
    const next = await caller.members.imports.start({ unitId: chengguan().id, total: 2 });
    await caller.members.imports.stage({ id: next.id, first: 0, rows: sheetRows(clean) });
    expect(await caller.members.imports.commit({ id: next.id })).toEqual({ imported: 2, errors: [] });
    expect(await caller.members.imports.commit({ id: next.id })).toEqual({ imported: 2, errors: [] });
    expect(await env.db.member.count({ where: { name: { in: clean.map((c) => c.name) } } })).toBe(2);
    expect(await env.db.auditLog.count({ where: { action: 'member.import', entityId: String(next.id) } })).toBe(1);
    // A committed import is not discarded, nor a discarded one committed.
    const ended = { code: 'CONFLICT', message: '该导入已经提交或放弃，不能再更改' };
    await expect(caller.members.imports.discard({ id: next.id })).rejects.toMatchObject(ended);
    await expect(caller.members.imports.commit({ id: started.id })).rejects.toMatchObject(ended);
  });

  it('offers the template in both languages', async () => {
    const template = await (await admin()).members.imports.template({});
    expect(template.columns.map((c) => c.key)).toEqual([
      'name',
      'idNumber',
      'gender',
      'birthDate',
      'ethnicity',
      'education',
      'occupation',
      'branch',
      'stage',
      'appliedOn',
      'activistOn',
      'candidateOn',
      'probationaryOn',
      'fullOn',
      'phone',
      'address',
      'workplace',
      'note',
    ]);
    expect(template.columns[1]).toMatchObject({ label: { 'zh-CN': '身份证号码', 'en-US': 'ID number' } });
    expect(template.problems).toContainEqual({
      key: 'members.importBranchUnknown',
      label: {
        'zh-CN': '找不到这个党支部或党小组：请填写本单位下属党支部或党小组的名称或网站代码',
        'en-US': 'No such branch or group: name a branch or group under this unit, or give its site code',
      },
    });
  });
});
