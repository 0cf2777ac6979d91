// The registry on both databases, with the clock set by the test: registering a member reads the birth date and
// gender from the ID number, seals the personal data and registers the number once in the whole organisation; every
// bad value is a field error on its field that never repeats what was typed; changes touch only what differs and name
// personal fields without their values; leaving the registry is final for the dead and freezes the record; the
// profile's history; who sees what in the clear (a registry reader, a branch secretary, a township admin); and a key
// the ring does not hold is a clear error, never a wrong value.
import { testProviders } from '@strata/db/testing';
import { idNumberFor, installKeyRing, parseKeyRing } from '@strata/personal-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, shanghai, type TestEnv } from '../../../tests/support/env';
import { addAccount, uniqueName } from '../../../tests/support/factories';
import { testKeyRing } from '../../../tests/support/test-keys';
import { addMember, newIdNumber, newMemberInput } from './support/members';

const today = '2026-05-01';

describe.each(await testProviders())('the registry on %s', (provider) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    env.setNow(shanghai(`${today}T10:00:00`));
  });
  afterAll(() => env?.drop());

  const chengguan = () => env.seed.townships.chengguan!;
  const branch = (i = 0) => chengguan().branches[i]!;
  const donghuBranch = () => env.seed.townships.donghu!.branches[0]!;
  const admin = () => env.as('chengguan');
  const auditOf = (action: string, id: number) =>
    env.db.auditLog.findFirstOrThrow({ where: { action, entityId: String(id) }, orderBy: { id: 'desc' } });

  it('registers a member: birth date and gender from the ID number, personal data sealed, a timeline and an audit entry', async () => {
    const { idNumber } = newIdNumber('male');
    const input = newMemberInput(branch().id, {
      idNumber: ` ${idNumber.slice(0, 6)} ${idNumber.slice(6)} `,
      phone: '+86 139-1234-0001',
      address: '湖北省武汉市江岸区沿江大道 188 号',
      stage: 'probationary',
      fullOn: null,
    });
    const { id } = await (await admin()).members.registry.create(input);
    const row = await env.db.member.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      unitId: branch().id,
      name: input.name,
      gender: 'male',
      birthDate: `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`,
      stage: 'probationary',
      status: 'active',
      probationaryOn: '2017-01-15',
      probationEndsOn: '2018-01-15',
      fullOn: null,
    });
    // Sealed at rest: nothing of the values in the row, each found again only by its blind index.
    for (const sealed of [row.idNumber, row.phone, row.address]) expect(sealed).toMatch(/^pd1\.test\./);
    expect(JSON.stringify(row)).not.toContain(idNumber.slice(0, 14));
    expect(JSON.stringify(row)).not.toContain('13912340001');
    expect(JSON.stringify(row)).not.toContain('沿江大道');

    const events = await env.db.memberEvent.findMany({ where: { memberId: id } });
    expect(events).toEqual([
      expect.objectContaining({
        kind: 'registered',
        on: today,
        actorId: env.seed.users.chengguan,
        atUnitId: branch().id,
        atUnitName: branch().name,
      }),
    ]);
    const entry = await auditOf('member.create', id);
    expect(entry).toMatchObject({ unitId: branch().id, entityLabel: input.name, actorId: env.seed.users.chengguan });
    expect(JSON.parse(entry.after ?? 'null')).toMatchObject({
      name: input.name,
      gender: 'male',
      stage: 'probationary',
    });
    for (const value of [idNumber.slice(0, 14), '13912340001', '沿江大道']) expect(entry.after).not.toContain(value);
  });

  it('answers every bad value with a field error on its field, and registers nothing', async () => {
    const caller = await admin();
    const { idNumber } = newIdNumber('female');
    const wrongCheck = `${idNumber.slice(0, 17)}${idNumber[17] === '0' ? '1' : '0'}`;
    const young = idNumberFor('420102', '2000-06-15', 'female', 3);
    const bad: [string, Record<string, unknown>, string][] = [
      ['idNumber', { idNumber: wrongCheck }, 'members.idNumberCheckDigit'],
      ['idNumber', { idNumber: '42010219600101' }, 'members.idNumberFormat'],
      ['idNumber', { idNumber: idNumberFor('420102', '2027-01-01', 'female', 1) }, 'members.idNumberBirthDate'],
      ['birthDate', { idNumber, birthDate: '1950-01-01' }, 'members.birthDateDisagrees'],
      ['gender', { idNumber, gender: 'male' }, 'members.genderDisagrees'],
      // Applied a day before the eighteenth birthday.
      ['appliedOn', { idNumber: young, stage: 'applicant', appliedOn: '2018-06-14' }, 'members.applicantTooYoung'],
      ['candidateOn', { idNumber, candidateOn: '2015-08-01' }, 'members.stageDateOrder'],
      ['probationaryOn', { idNumber, stage: 'candidate', fullOn: null }, 'members.stageDateBeyondStage'],
      ['activistOn', { idNumber, activistOn: null }, 'members.stageDateRequired'],
      ['fullOn', { idNumber, fullOn: '2026-05-02' }, 'dateInFuture'],
      ['phone', { idNumber, phone: '12345' }, 'phoneInvalid'],
      ['unitId', { idNumber, unitId: chengguan().id }, 'members.unitNotBranch'],
    ];
    const words = {
      'members.idNumberCheckDigit': '校验位',
      'members.idNumberFormat': '18 位',
      'members.idNumberBirthDate': '出生日期',
      'members.birthDateDisagrees': '出生日期与身份证号码不一致',
      'members.genderDisagrees': '性别与身份证号码不一致',
      'members.applicantTooYoung': '年满 18 周岁',
      'members.stageDateOrder': '上一阶段',
      'members.stageDateBeyondStage': '尚未到达',
      'members.stageDateRequired': '已经历阶段',
      dateInFuture: '不能晚于今天',
      phoneInvalid: '手机号码',
      'members.unitNotBranch': '党支部或党小组',
    };
    for (const [field, change, key] of bad) {
      const input = newMemberInput(branch().id, change);
      await expect(caller.members.registry.create(input), `${field} ${key}`).rejects.toMatchObject({
        code: 'BAD_REQUEST',
        field,
        key,
        message: expect.stringContaining(words[key as keyof typeof words]),
      });
      expect(await env.db.member.count({ where: { name: input.name } })).toBe(0);
    }
    // A day that does not exist is refused by the schema, on its field.
    await expect(
      caller.members.registry.create(newMemberInput(branch().id, { idNumber, fullOn: '2018-02-30' })),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      cause: { issues: [expect.objectContaining({ path: ['fullOn'] })] },
    });
  });

  it('never repeats a typed ID number or phone in an error, in either language', async () => {
    const { idNumber } = newIdNumber('male');
    const wrongCheck = `${idNumber.slice(0, 17)}${idNumber[17] === '0' ? '1' : '0'}`;
    const typed = [wrongCheck, '42010219600101', '12345678901234567890'];
    const phones = ['12345', '9876543210987'];
    for (const locale of ['zh-CN', 'en-US']) {
      const caller = await env.as('chengguan', { locale });
      const seen: string[] = [];
      const fail = async (call: Promise<unknown>) => {
        const error = await call.then(
          () => expect.fail('accepted a bad value'),
          (e: unknown) => e as Error & { field?: string },
        );
        seen.push(`${error.message} ${JSON.stringify(error)} ${error.field}`);
      };
      for (const value of typed) {
        await fail(caller.members.registry.create(newMemberInput(branch().id, { idNumber: value })));
        await fail(caller.members.registry.list({ idNumber: value }));
      }
      for (const phone of phones) {
        await fail(caller.members.registry.create(newMemberInput(branch().id, { phone })));
        await fail(caller.members.registry.list({ phone }));
      }
      const text = seen.join('\n');
      expect(seen).toHaveLength(typed.length * 2 + phones.length * 2);
      for (const value of [...typed, ...phones]) expect(text).not.toContain(value);
      // Not even the ID number's digits without its check character.
      expect(text).not.toContain(wrongCheck.slice(0, 17));
    }
  });

  it('registers an ID number once in the whole organisation, saying only that it is taken', async () => {
    const { idNumber } = newIdNumber('female');
    const first = newMemberInput(donghuBranch().id, { idNumber, name: '东湖的党员' });
    await (await env.as('donghu')).members.registry.create(first);
    // Another township, typed in lower case with spaces: the same person.
    const again = newMemberInput(branch().id, { idNumber: ` ${idNumber.toLowerCase()} ` });
    const refused = (await admin()).members.registry.create(again);
    await expect(refused).rejects.toMatchObject({ code: 'CONFLICT', field: 'idNumber', message: '该身份证号码已登记' });
    expect(await env.db.member.count({ where: { name: again.name } })).toBe(0);
  });

  it('changes only what differs, re-seals personal data, and names personal fields without their values', async () => {
    const caller = await admin();
    const member = await addMember(env, branch().id, { gender: 'female', phone: '13912340002' });
    const before = await env.db.member.findUniqueOrThrow({ where: { id: member.id } });
    // The same values typed again are no change: nothing is written.
    await caller.members.registry.update({ id: member.id, name: member.name, phone: '139 1234 0002' });
    expect(await env.db.member.findUniqueOrThrow({ where: { id: member.id } })).toEqual(before);
    expect(await env.db.memberEvent.count({ where: { memberId: member.id } })).toBe(0);

    const next = newIdNumber('male');
    const name = uniqueName('新名字');
    await caller.members.registry.update({
      id: member.id,
      name,
      idNumber: next.idNumber,
      phone: '13912340003',
      address: '湖北省武汉市汉阳区龟山北路 1 号',
    });
    const after = await env.db.member.findUniqueOrThrow({ where: { id: member.id } });
    // The birth date and gender follow the new number; the phone is found by its new blind index.
    expect(after).toMatchObject({ name, gender: 'male', birthDate: next.birthDate, stage: before.stage });
    expect(after.nameKey).not.toBe(before.nameKey);
    const byPhone = await caller.members.registry.list({ phone: '13912340003', unitId: branch().id });
    expect(byPhone.items.map((i) => i.id)).toEqual([member.id]);
    expect((await caller.members.registry.list({ phone: '13912340002', unitId: branch().id })).total).toBe(0);
    expect(await caller.members.registry.reveal({ id: member.id })).toEqual({
      idNumber: next.idNumber,
      phone: '13912340003',
      address: '湖北省武汉市汉阳区龟山北路 1 号',
    });

    const entry = await auditOf('member.update', member.id);
    expect(JSON.parse(entry.before ?? 'null')).toEqual({
      name: member.name,
      gender: 'female',
      birthDate: before.birthDate,
    });
    expect(JSON.parse(entry.after ?? 'null')).toEqual({
      name,
      gender: 'male',
      birthDate: next.birthDate,
      personal: ['idNumber', 'phone', 'address'],
    });
    for (const value of [next.idNumber, member.clear.idNumber, '13912340003', '13912340002', '龟山北路'])
      expect(`${entry.before}${entry.after}`).not.toContain(value);
    // The timeline names the fields in the reader's language.
    const profile = await caller.members.registry.get({ id: member.id });
    expect(profile.timeline[0]).toMatchObject({
      kind: 'edited',
      note: '姓名、性别、出生日期、身份证号码、联系电话、家庭住址',
    });
    const english = await (await env.as('chengguan', { locale: 'en-US' })).members.registry.get({ id: member.id });
    expect(english.timeline[0]?.note).toBe('Name, Gender, Birth date, ID number, Phone, Address');

    // Another member's ID number is taken; so is a number making the applicant too young on the day of application.
    const other = await addMember(env, branch(1).id);
    await expect(
      caller.members.registry.update({ id: member.id, idNumber: other.clear.idNumber }),
    ).rejects.toMatchObject({ code: 'CONFLICT', field: 'idNumber' });
    const tooYoung = idNumberFor('420102', '2005-01-01', 'male', 7);
    await expect(caller.members.registry.update({ id: member.id, idNumber: tooYoung })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      field: 'idNumber',
      key: 'members.applicantTooYoung',
    });
    // A blank phone removes it, and its index with it.
    await caller.members.registry.update({ id: member.id, phone: '' });
    expect(await env.db.member.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({
      phone: '',
      phoneIndex: null,
    });
  });

  it('lets a member leave once: death is final, and the record keeps its details but for the note', async () => {
    const caller = await admin();
    const member = await addMember(env, branch().id, { status: 'floating' });
    const host = branch(2);
    const attachment = await env.db.floatingAttachment.create({
      data: { unitId: branch().id, memberId: member.id, hostUnitId: host.id, place: '深圳', startedOn: '2025-01-01' },
    });
    await expect(
      caller.members.registry.setStatus({ id: member.id, status: 'deceased', on: '2026-05-02', reason: '病故' }),
    ).rejects.toMatchObject({ field: 'on', key: 'dateInFuture' });
    await caller.members.registry.setStatus({ id: member.id, status: 'deceased', on: '2026-04-30', reason: '病故' });
    expect(await env.db.member.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({
      status: 'deceased',
      leftOn: '2026-04-30',
    });
    expect(await env.db.floatingAttachment.findUniqueOrThrow({ where: { id: attachment.id } })).toMatchObject({
      endedOn: '2026-04-30',
    });
    const entry = await auditOf('member.status', member.id);
    expect(JSON.parse(entry.before ?? 'null')).toEqual({ status: 'floating', leftOn: null });
    expect(JSON.parse(entry.after ?? 'null')).toEqual({ status: 'deceased', leftOn: '2026-04-30', reason: '病故' });

    // Final: no second change of status, no change of details but the note.
    await expect(
      caller.members.registry.setStatus({ id: member.id, status: 'withdrawn', on: today, reason: '误操作' }),
    ).rejects.toMatchObject({ field: 'status', key: 'members.memberNotCurrent' });
    await expect(caller.members.registry.update({ id: member.id, workplace: '某公司' })).rejects.toMatchObject({
      field: 'workplace',
      key: 'members.memberLeft',
    });
    await caller.members.registry.update({ id: member.id, note: '档案已转县档案馆' });
    expect((await env.db.member.findUniqueOrThrow({ where: { id: member.id } })).note).toBe('档案已转县档案馆');

    // Expulsion is for members admitted; a candidate's candidacy is cancelled instead (the lifecycle).
    const candidate = await addMember(env, branch().id, { stage: 'candidate' });
    await expect(
      caller.members.registry.setStatus({ id: candidate.id, status: 'expelled', on: today, reason: '违纪' }),
    ).rejects.toMatchObject({ field: 'status', key: 'members.expelOnlyMembers' });
    await expect(
      caller.members.registry.setStatus({
        id: candidate.id,
        status: 'withdrawn',
        on: '2020-06-30',
        reason: '本人申请',
      }),
    ).rejects.toMatchObject({ field: 'on', key: 'members.leftBeforeJoined' });
    // Off the registry, out of the default list; still there when asked for.
    const list = (status?: 'all' | 'deceased') =>
      caller.members.registry.list({ unitId: branch().id, q: member.name, ...(status ? { status } : {}) });
    expect((await list()).total).toBe(0);
    expect((await list('deceased')).items.map((i) => i.id)).toEqual([member.id]);
    expect((await list('all')).items.map((i) => i.id)).toEqual([member.id]);
  });

  it('shows the profile’s history: the timeline newest first, current sponsors, letters seen at either end', async () => {
    const caller = await admin();
    const member = await addMember(env, branch().id, { stage: 'activist' });
    const mentor = await addMember(env, branch().id);
    const former = await addMember(env, branch().id);
    await env.db.memberSponsor.createMany({
      data: [
        { memberId: member.id, sponsorId: former.id, role: 'mentor', assignedOn: '2019-06-01', endedOn: '2020-01-01' },
        { memberId: member.id, sponsorId: mentor.id, role: 'mentor', assignedOn: '2020-01-01' },
      ],
    });
    const actor = env.seed.users.chengguan!;
    await env.db.memberEvent.createMany({
      data: [
        {
          memberId: member.id,
          kind: 'registered',
          on: '2019-03-01',
          actorId: actor,
          atUnitId: branch().id,
          atUnitName: '旧名称支部',
        },
        {
          memberId: member.id,
          kind: 'stage',
          on: '2019-06-01',
          value: 'activist',
          atUnitId: branch().id,
          atUnitName: branch().name,
        },
      ],
    });
    // Letters: one issued by the branch, past its last day; one from 东湖街道 to the branch; one between two units
    // of 东湖街道, which the caller sees at neither end.
    const donghu = env.seed.townships.donghu!;
    const letters = await Promise.all([
      env.db.transfer.create({
        data: {
          unitId: branch().id,
          memberId: member.id,
          letterNo: uniqueName('转'),
          toUnitId: branch(1).id,
          issuedOn: '2026-01-01',
          expiresOn: '2026-03-31',
        },
      }),
      env.db.transfer.create({
        data: {
          unitId: donghu.branches[0]!.id,
          memberId: member.id,
          letterNo: uniqueName('转'),
          toUnitId: branch().id,
          issuedOn: '2018-01-01',
          expiresOn: '2018-03-31',
          state: 'confirmed',
        },
      }),
      env.db.transfer.create({
        data: {
          unitId: donghu.branches[0]!.id,
          memberId: member.id,
          letterNo: uniqueName('转'),
          toUnitId: donghu.branches[1]!.id,
          issuedOn: '2017-01-01',
          expiresOn: '2017-03-31',
          state: 'confirmed',
        },
      }),
    ]);
    await env.db.floatingAttachment.create({
      data: {
        unitId: branch().id,
        memberId: member.id,
        hostUnitId: donghu.branches[2]!.id,
        place: '武汉',
        startedOn: '2021-01-01',
        untilOn: '2021-12-31',
        endedOn: '2021-12-31',
      },
    });

    const profile = await caller.members.registry.get({ id: member.id });
    expect(profile.timeline.map((e) => [e.kind, e.on, e.actorName, e.atUnitName])).toEqual([
      ['stage', '2019-06-01', null, branch().name],
      ['registered', '2019-03-01', '城关镇管理员', '旧名称支部'],
    ]);
    expect(profile.sponsors).toEqual([{ id: mentor.id, name: mentor.name, role: 'mentor', assignedOn: '2020-01-01' }]);
    expect(profile.transfers).toEqual([
      {
        id: letters[0].id,
        letterNo: letters[0].letterNo,
        state: 'expired',
        fromUnitName: branch().name,
        toUnitName: branch(1).name,
        toOrganisation: null,
        issuedOn: '2026-01-01',
        expiresOn: '2026-03-31',
      },
      expect.objectContaining({ id: letters[1].id, state: 'confirmed', fromUnitName: donghu.branches[0]!.name }),
    ]);
    expect(profile.floatings).toEqual([
      expect.objectContaining({ hostUnitName: donghu.branches[2]!.name, place: '武汉', endedOn: '2021-12-31' }),
    ]);
    // The day before its last day, the letter still reads issued.
    env.setNow(shanghai('2026-03-31T23:00:00'));
    expect((await caller.members.registry.get({ id: member.id })).transfers[0]?.state).toBe('issued');
    env.setNow(shanghai(`${today}T10:00:00`));
  });

  it('masks for a registry reader, shows a branch secretary its branch only, and lets a township admin reveal', async () => {
    const own = await addMember(env, branch().id, { address: '湖北省武汉市武昌区中南路 9 号' });
    const neighbour = await addMember(env, branch(1).id);
    const viewer = await addAccount(env, {
      unitId: chengguan().id,
      grants: [{ role: 'members_viewer', unitId: chengguan().id }],
    });
    const reader = await env.as(viewer.username);
    const listed = await reader.members.registry.list({ unitId: branch().id, q: own.name });
    expect(listed.items[0]).toMatchObject({ id: own.id, idNumber: expect.stringContaining('********') });
    expect(listed.items[0]?.idNumber).not.toBe(own.clear.idNumber);
    const seen = await reader.members.registry.get({ id: own.id });
    expect(seen).toMatchObject({ canReveal: false, canEdit: false, address: '湖北省武汉市****' });
    expect(JSON.stringify(seen)).not.toContain(own.clear.phone);
    await expect(reader.members.registry.reveal({ id: own.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(reader.members.registry.exportPage({ unitId: branch().id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(reader.members.registry.update({ id: own.id, note: '读者' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });

    const secretary = await env.as('secretary');
    const mine = await secretary.members.registry.list({ q: own.name });
    expect(mine.items.map((i) => i.id)).toEqual([own.id]);
    expect((await secretary.members.registry.list({ q: neighbour.name })).total).toBe(0);
    await expect(secretary.members.registry.get({ id: neighbour.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await secretary.members.registry.get({ id: own.id })).canReveal).toBe(true);
    expect((await secretary.members.registry.reveal({ id: own.id })).idNumber).toBe(own.clear.idNumber);
    await expect(secretary.members.registry.reveal({ id: neighbour.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });

    const township = await admin();
    expect((await township.members.registry.reveal({ id: neighbour.id })).phone).toBe(neighbour.clear.phone);
    const foreign = await addMember(env, donghuBranch().id);
    await expect(township.members.registry.reveal({ id: foreign.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: '党员不存在或不在您的管理范围内',
    });
    // Every reveal left its entry, naming the reader.
    const reveals = await env.db.auditLog.findMany({
      where: { action: 'member.reveal', entityId: { in: [String(own.id), String(neighbour.id)] } },
      orderBy: { id: 'asc' },
    });
    expect(reveals.map((r) => r.actorId)).toEqual([env.seed.users.secretary, env.seed.users.chengguan]);
  });

  it('reads a value sealed under a key the ring does not hold as a clear error, never as a wrong value', async () => {
    const member = await addMember(env, branch().id);
    const caller = await admin();
    const key = (byte: number) => Buffer.alloc(32, byte).toString('base64');
    // A ring that lost the test key (a key file replaced): the same index key, another data key.
    const other = parseKeyRing(
      JSON.stringify({ version: 1, active: 'other', keys: { other: key(0x33) }, index: key(0x22) }),
    );
    installKeyRing(other);
    try {
      for (const call of [
        () => caller.members.registry.get({ id: member.id }),
        () => caller.members.registry.reveal({ id: member.id }),
        () => caller.members.registry.list({ unitId: branch().id, q: member.name }),
      ])
        await expect(call()).rejects.toMatchObject({
          code: 'INTERNAL_SERVER_ERROR',
          message: expect.stringContaining('密钥“test”不在当前密钥环中'),
        });
    } finally {
      installKeyRing(testKeyRing);
    }
    // The failed reveal showed nothing, so it left no entry; with the key back, the value opens as it was.
    expect(await env.db.auditLog.count({ where: { action: 'member.reveal', entityId: String(member.id) } })).toBe(0);
    expect((await caller.members.registry.reveal({ id: member.id })).idNumber).toBe(member.clear.idNumber);
  });
});
