// Volunteers' profiles on both databases, with the clock set by the test: registering reads the gender from the ID
// number, seals the personal data and registers the number once in the whole organisation, linking the member of the
// registry who has it; lists and profiles show personal data masked, a reveal opens it for volunteers.pii at the
// volunteer's unit (audited with the fields, never the values) and is refused to anyone else; changes touch only what
// differs; an account links to one volunteer; an account registers itself once, in its home unit.
import { testProviders } from '@strata/db/testing';
import { idNumberFor } from '@strata/personal-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, shanghai, type TestEnv } from '../../../tests/support/env';
import { addAccount, addUnit, uniqueName } from '../../../tests/support/factories';
import { addMember } from '../../members/test/support/members';
import { addVolunteer, newVolunteerIdNumber, newVolunteerInput } from './support/volunteers';

const today = '2026-05-01';
const maskedId = (clear: string) => `${clear.slice(0, 6)}********${clear.slice(-4)}`;
const maskedPhone = (clear: string) => `${clear.slice(0, 3)}****${clear.slice(-4)}`;

describe.each(await testProviders())('volunteers on %s', (provider) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    env.setNow(shanghai(`${today}T10:00:00`));
  });
  afterAll(() => env?.drop());

  const chengguan = () => env.seed.townships.chengguan!;
  const branch = (i = 0) => chengguan().branches[i]!;
  const donghu = () => env.seed.townships.donghu!;
  const admin = () => env.as('chengguan');
  const auditOf = (action: string, id: number) =>
    env.db.auditLog.findFirstOrThrow({ where: { action, entityId: String(id) }, orderBy: { id: 'desc' } });

  it('registers a volunteer: gender from the ID number, sealed at rest, joined today, audited without personal data', async () => {
    const { idNumber } = newVolunteerIdNumber('male');
    const input = newVolunteerInput(branch().id, {
      idNumber: ` ${idNumber.slice(0, 6)} ${idNumber.slice(6).toLowerCase()} `,
      phone: '+86 139-1234-0001',
      skills: ['it', 'firstAid'],
    });
    const { id } = await (await admin()).volunteers.people.create(input);
    const row = await env.db.volunteer.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      unitId: branch().id,
      name: input.name,
      gender: 'male',
      status: 'active',
      joinedOn: today,
      memberId: null,
      accountId: null,
      // In the contract's order, whatever order the form sent.
      skills: '["firstAid","it"]',
      availability: '["weekends"]',
      serviceArea: '东大街社区',
    });
    for (const sealed of [row.idNumber, row.phone, row.address]) expect(sealed).toMatch(/^pd1\.test\./);
    expect(JSON.stringify(row)).not.toContain(idNumber.slice(0, 14));
    expect(JSON.stringify(row)).not.toContain('13912340001');
    const entry = await auditOf('volunteer.create', id);
    expect(entry).toMatchObject({ unitId: branch().id, entityLabel: input.name, actorId: env.seed.users.chengguan });
    expect(JSON.parse(entry.after ?? 'null')).toMatchObject({ name: input.name, gender: 'male', joinedOn: today });
    for (const value of [idNumber.slice(0, 14), '13912340001', '东大街 8 号']) expect(entry.after).not.toContain(value);
  });

  it('answers a bad ID number or phone with a field error on its field, and registers nothing', async () => {
    const caller = await admin();
    const { idNumber } = newVolunteerIdNumber('female');
    const wrongCheck = `${idNumber.slice(0, 17)}${idNumber[17] === '0' ? '1' : '0'}`;
    const bad: [string, Record<string, string>, string][] = [
      ['idNumber', { idNumber: wrongCheck }, 'volunteers.idNumberCheckDigit'],
      ['idNumber', { idNumber: '51010419800101' }, 'volunteers.idNumberFormat'],
      ['idNumber', { idNumber: idNumberFor('510104', '2027-01-01', 'female', 1) }, 'volunteers.idNumberBirthDate'],
      ['phone', { idNumber, phone: '12345' }, 'phoneInvalid'],
    ];
    for (const [field, change, key] of bad) {
      const input = newVolunteerInput(branch().id, change);
      await expect(caller.volunteers.people.create(input), key).rejects.toMatchObject({
        code: 'BAD_REQUEST',
        field,
        key,
      });
      expect(await env.db.volunteer.count({ where: { name: input.name } })).toBe(0);
    }
  });

  it('registers an ID number once in the whole organisation, whoever asks and however it is typed', async () => {
    const { idNumber } = newVolunteerIdNumber('female');
    await (await admin()).volunteers.people.create(newVolunteerInput(branch().id, { idNumber }));
    // 东湖街道's admin cannot see the first one, and is still told the number is taken (never where or whose).
    const other = newVolunteerInput(donghu().branches[0]!.id, { idNumber: ` ${idNumber.toLowerCase()}` });
    await expect((await env.as('donghu')).volunteers.people.create(other)).rejects.toMatchObject({
      code: 'CONFLICT',
      field: 'idNumber',
      message: '该身份证号码已登记为志愿者',
    });
    expect(await env.db.volunteer.count({ where: { name: other.name } })).toBe(0);
  });

  it('links the member of the registry with the same ID number, and nobody when there is none', async () => {
    const member = await addMember(env, donghu().branches[1]!.id, {
      idNumber: idNumberFor('320102', '1981-07-09', 'female', 41),
    });
    const { id } = await (await admin()).volunteers.people.create(
      newVolunteerInput(branch(1).id, { idNumber: member.clear.idNumber }),
    );
    expect((await env.db.volunteer.findUniqueOrThrow({ where: { id } })).memberId).toBe(member.id);
    const got = await (await admin()).volunteers.people.get({ id });
    expect(got.memberId).toBe(member.id);
    const plain = await (await admin()).volunteers.people.create(newVolunteerInput(branch(1).id));
    expect((await env.db.volunteer.findUniqueOrThrow({ where: { id: plain.id } })).memberId).toBeNull();
  });

  it('lists masked rows of a subtree, found by part of the name or by a whole ID number or phone', async () => {
    const name = uniqueName('王小列');
    const mine = await addVolunteer(env, branch(2).id, { name, skills: ['teaching'], phone: '13911112222' });
    const team = await env.db.volunteerTeam.create({
      data: { unitId: branch(2).id, name: uniqueName('列表队'), nameKey: 'x' },
    });
    await env.db.volunteerTeamMember.create({
      data: { unitId: team.unitId, teamId: team.id, volunteerId: mine.id, status: 'approved' },
    });
    const foreign = await addVolunteer(env, donghu().branches[0]!.id, { name });
    const caller = await admin();
    const list = (more: Record<string, unknown>) =>
      caller.volunteers.people.list({
        unitId: chengguan().id,
        sort: 'name',
        order: 'asc',
        page: 1,
        pageSize: 20,
        ...more,
      });
    const row = {
      id: mine.id,
      name,
      unitId: branch(2).id,
      unitName: branch(2).name,
      gender: 'male',
      idNumber: maskedId(mine.clear.idNumber),
      phone: maskedPhone('13911112222'),
      skills: ['teaching'],
      status: 'active',
      memberId: null,
      joinedOn: '2026-01-05',
      teams: 1,
    };
    expect(await list({ q: name.slice(0, 5) })).toMatchObject({ items: [row], total: 1, totalIsBound: false });
    expect((await list({ q: mine.clear.idNumber.toLowerCase() })).items).toEqual([row]);
    expect((await list({ q: '139 1111 2222' })).items).toEqual([row]);
    expect((await list({ q: name, skill: 'teaching', status: 'active' })).items).toEqual([row]);
    expect((await list({ q: name, skill: 'firstAid' })).items).toEqual([]);
    expect((await list({ q: name, status: 'inactive' })).items).toEqual([]);
    // Narrowed to another branch, or read by 东湖街道's admin, it is not there; theirs never shows here.
    expect((await list({ q: name, unitId: branch(3).id })).items).toEqual([]);
    const theirs = await (await env.as('donghu')).volunteers.people.list({
      unitId: donghu().id,
      q: name,
      sort: 'name',
      order: 'asc',
      page: 1,
      pageSize: 20,
    });
    expect(theirs.items.map((i) => i.id)).toEqual([foreign.id]);
    // Personal data never travels in the clear in a list.
    expect(JSON.stringify(await list({}))).not.toContain(mine.clear.idNumber);
  });

  it('sorts by the day joined, either way', async () => {
    const unit = branch(4);
    const early = await addVolunteer(env, unit.id);
    await env.db.volunteer.update({ where: { id: early.id }, data: { joinedOn: '2020-01-01' } });
    const late = await addVolunteer(env, unit.id);
    await env.db.volunteer.update({ where: { id: late.id }, data: { joinedOn: '2026-04-01' } });
    const caller = await admin();
    const ids = async (order: 'asc' | 'desc') =>
      (await caller.volunteers.people.list({ unitId: unit.id, sort: 'joinedOn', order, page: 1, pageSize: 100 })).items
        .map((i) => i.id)
        .filter((id) => id === early.id || id === late.id);
    expect(await ids('asc')).toEqual([early.id, late.id]);
    expect(await ids('desc')).toEqual([late.id, early.id]);
  });

  it('shows the profile masked, reveals it audited for volunteers.pii, and refuses a reader without it', async () => {
    const volunteer = await addVolunteer(env, branch(5).id, { address: '四川省成都市锦江区红星路 2 号' });
    const got = await (await admin()).volunteers.people.get({ id: volunteer.id });
    expect(got).toMatchObject({
      id: volunteer.id,
      unitName: branch(5).name,
      idNumber: maskedId(volunteer.clear.idNumber),
      phone: maskedPhone(volunteer.clear.phone),
      address: '四川省成都市****',
      canReveal: true,
      canManage: true,
      accountLinked: false,
      account: null,
      teams: [],
    });
    const revealed = await (await admin()).volunteers.people.reveal({ id: volunteer.id });
    expect(revealed).toEqual({
      idNumber: volunteer.clear.idNumber,
      phone: volunteer.clear.phone,
      address: '四川省成都市锦江区红星路 2 号',
    });
    const entry = await auditOf('volunteer.reveal', volunteer.id);
    expect(entry).toMatchObject({
      unitId: branch(5).id,
      actorId: env.seed.users.chengguan,
      entityLabel: volunteer.name,
    });
    expect(JSON.parse(entry.after ?? 'null')).toEqual({ revealed: ['idNumber', 'phone', 'address'] });
    expect(entry.after).not.toContain(volunteer.clear.idNumber);

    // A reader of volunteers (no pii): the profile masked, canReveal false, and no reveal.
    const viewer = await addAccount(env, {
      unitId: chengguan().id,
      grants: [{ role: 'volunteers_viewer', unitId: chengguan().id }],
    });
    const reader = await env.as(viewer.username);
    expect(await reader.volunteers.people.get({ id: volunteer.id })).toMatchObject({
      canReveal: false,
      canManage: false,
    });
    await expect(reader.volunteers.people.reveal({ id: volunteer.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // A coordinator of another township: the volunteer is not there at all.
    const elsewhere = await addAccount(env, {
      unitId: donghu().id,
      grants: [{ role: 'volunteer_coordinator', unitId: donghu().id }],
    });
    const other = await env.as(elsewhere.username);
    await expect(other.volunteers.people.reveal({ id: volunteer.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(other.volunteers.people.get({ id: volunteer.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await env.db.auditLog.count({ where: { action: 'volunteer.reveal', entityId: String(volunteer.id) } })).toBe(
      1,
    );
  });

  it('changes only what differs, names personal fields without values, and never the ID number', async () => {
    const volunteer = await addVolunteer(env, branch(6).id, { phone: '13900001111', skills: ['it'] });
    const caller = await admin();
    const same = {
      id: volunteer.id,
      name: volunteer.name,
      phone: '139-0000-1111',
      address: '四川省成都市锦江区红星路1号',
      skills: ['it' as const],
      availability: [],
      serviceArea: '',
    };
    const entries = () =>
      env.db.auditLog.count({ where: { action: 'volunteer.update', entityId: String(volunteer.id) } });
    await caller.volunteers.people.update(same);
    expect(await entries()).toBe(0);
    await caller.volunteers.people.update({ ...same, name: '改了名', phone: '13900002222', skills: ['it', 'driving'] });
    const row = await env.db.volunteer.findUniqueOrThrow({ where: { id: volunteer.id } });
    expect(row).toMatchObject({ name: '改了名', skills: '["it","driving"]' });
    expect((await caller.volunteers.people.reveal({ id: volunteer.id })).phone).toBe('13900002222');
    const entry = await auditOf('volunteer.update', volunteer.id);
    expect(JSON.parse(entry.before ?? 'null')).toEqual({ name: volunteer.name, skills: ['it'] });
    expect(JSON.parse(entry.after ?? 'null')).toEqual({
      name: '改了名',
      skills: ['it', 'driving'],
      changed: ['name', 'skills', 'phone'],
    });
    expect(entry.after).not.toContain('13900002222');
    await expect(
      caller.volunteers.people.update({ ...same, idNumber: newVolunteerIdNumber().idNumber } as typeof same),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(caller.volunteers.people.update({ ...same, phone: 'abc' })).rejects.toMatchObject({ field: 'phone' });
  });

  it('keeps the phone and address as they are when an edit leaves them out (a coordinator who sees them masked)', async () => {
    const volunteer = await addVolunteer(env, branch(6).id, { phone: '13900003333', address: '锦江区东大街8号' });
    const caller = await admin();
    await caller.volunteers.people.update({
      id: volunteer.id,
      name: '只改名字',
      skills: [],
      availability: [],
      serviceArea: '东大街',
    });
    const clear = await caller.volunteers.people.reveal({ id: volunteer.id });
    expect(clear).toMatchObject({ phone: '13900003333', address: '锦江区东大街8号' });
    expect(JSON.parse((await auditOf('volunteer.update', volunteer.id)).after ?? 'null').changed).toEqual([
      'name',
      'serviceArea',
    ]);
    // Given blank, they are removed.
    await caller.volunteers.people.update({
      id: volunteer.id,
      name: '只改名字',
      phone: '',
      address: '',
      skills: [],
      availability: [],
      serviceArea: '东大街',
    });
    expect(await caller.volunteers.people.reveal({ id: volunteer.id })).toMatchObject({ phone: '', address: '' });
  });

  it('sets the status with a reason, once', async () => {
    const volunteer = await addVolunteer(env, branch(7).id);
    const caller = await admin();
    await caller.volunteers.people.setStatus({ id: volunteer.id, status: 'inactive', reason: '搬离本区' });
    expect((await env.db.volunteer.findUniqueOrThrow({ where: { id: volunteer.id } })).status).toBe('inactive');
    expect(JSON.parse((await auditOf('volunteer.status', volunteer.id)).after ?? 'null')).toEqual({
      status: 'inactive',
      reason: '搬离本区',
    });
    await expect(
      caller.volunteers.people.setStatus({ id: volunteer.id, status: 'inactive', reason: '再次' }),
    ).rejects.toMatchObject({ field: 'status', key: 'volunteers.volunteerStatusUnchanged' });
  });

  it('links an account of a unit in scope to one volunteer at most, and unlinks it', async () => {
    const caller = await admin();
    const first = await addVolunteer(env, branch(0).id);
    const second = await addVolunteer(env, branch(1).id);
    const account = await addAccount(env, { unitId: branch(0).id });
    await caller.volunteers.people.linkAccount({ id: first.id, username: account.username });
    expect((await env.db.volunteer.findUniqueOrThrow({ where: { id: first.id } })).accountId).toBe(account.id);
    expect((await caller.volunteers.people.get({ id: first.id })).account).toEqual({
      id: account.id,
      username: account.username,
      displayName: account.displayName,
    });
    await expect(
      caller.volunteers.people.linkAccount({ id: second.id, username: account.username }),
    ).rejects.toMatchObject({ field: 'username', key: 'volunteers.volunteerAccountTaken' });
    // An account of 东湖街道 is answered as one that does not exist.
    const foreign = await addAccount(env, { unitId: donghu().id });
    await expect(
      caller.volunteers.people.linkAccount({ id: second.id, username: foreign.username }),
    ).rejects.toMatchObject({ field: 'username', key: 'volunteers.volunteerAccountNotFound' });
    await caller.volunteers.people.linkAccount({ id: first.id, username: null });
    expect((await env.db.volunteer.findUniqueOrThrow({ where: { id: first.id } })).accountId).toBeNull();
    const entry = await auditOf('volunteer.account', first.id);
    expect(JSON.parse(entry.after ?? 'null')).toEqual({ accountId: null, username: null });
  });

  it('lets an account register itself once, in its home unit, and read its own profile', async () => {
    const account = await addAccount(env, { unitId: donghu().branches[2]!.id });
    const own = await env.as(account.username);
    expect(await own.volunteers.people.mine({})).toBeNull();
    const { idNumber } = newVolunteerIdNumber('female');
    const { unitId: _unit, ...input } = newVolunteerInput(0, { idNumber });
    const { id } = await own.volunteers.people.registerSelf(input);
    const mine = await own.volunteers.people.mine({});
    expect(mine).toMatchObject({
      id,
      unitId: donghu().branches[2]!.id,
      name: input.name,
      gender: 'female',
      idNumber: maskedId(idNumber),
      status: 'active',
      joinedOn: today,
      teams: [],
    });
    expect(await env.db.volunteer.findUniqueOrThrow({ where: { id } })).toMatchObject({ accountId: account.id });
    expect(await auditOf('volunteer.register', id)).toMatchObject({
      actorId: account.id,
      unitId: donghu().branches[2]!.id,
    });
    await expect(own.volunteers.people.registerSelf(input)).rejects.toMatchObject({
      code: 'CONFLICT',
      key: 'volunteers.alreadyAVolunteer',
    });
    // Another account with the same ID number: taken.
    const again = await env.as((await addAccount(env, { unitId: branch(0).id })).username);
    await expect(again.volunteers.people.registerSelf({ ...input, name: '别人' })).rejects.toMatchObject({
      code: 'CONFLICT',
      field: 'idNumber',
    });
    // An account whose home unit is archived is told so.
    const archived = await addUnit(env, branch(0), { archived: true });
    const stranded = await env.as((await addAccount(env, { unitId: archived.id })).username);
    await expect(
      stranded.volunteers.people.registerSelf({ ...input, idNumber: newVolunteerIdNumber().idNumber }),
    ).rejects.toMatchObject({ key: 'volunteers.noHomeUnit' });
  });
});
