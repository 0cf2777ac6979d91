// Scope cases of volunteers' profiles. In each own township where the caller reads (manages, holds volunteers.pii), a
// branch's volunteer is listed, read, revealed, registered, changed, set inactive and linked to an account with the
// right result; for 东湖街道 (and where the caller's grant carries no volunteers permission) the same calls answer
// exactly as for a missing volunteer or unit, and change nothing. The caller's own profile is read by its account's
// link, never by an id: another volunteer never shows as theirs.
import type { Unit } from '@strata/db';
import { expect } from 'vitest';
import { addAccount, uniqueName } from '../../../../tests/support/factories';
import {
  eachPlace,
  expectHidden,
  missing,
  type Place,
  type ScopeCase,
  type ScopeTest,
} from '../../../../tests/support/scope-test';
import { addVolunteer, newVolunteerIdNumber, newVolunteerInput } from '../support/volunteers';

const branchOf = (p: Place): Unit => p.branches[0] as Unit;
const volunteerRow = (t: ScopeTest, id: number) => t.env.db.volunteer.findUniqueOrThrow({ where: { id } });
const maskedId = (clear: string) => `${clear.slice(0, 6)}********${clear.slice(-4)}`;
const maskedPhone = (clear: string) => `${clear.slice(0, 3)}****${clear.slice(-4)}`;
const listInput = (unitId: number, q?: string) => ({
  unitId,
  ...(q === undefined ? {} : { q }),
  sort: 'name' as const,
  order: 'asc' as const,
  page: 1,
  pageSize: 20,
});

/** A change both ways: made on an own branch's volunteer (then `check`), refused on a foreign one as on a missing id. */
function volunteerCase(
  take: (t: ScopeTest, id: number) => Promise<unknown>,
  check: (t: ScopeTest, id: number) => Promise<void>,
): ScopeCase {
  return (t) =>
    eachPlace(
      t,
      'volunteers.manage',
      async (p) => {
        const volunteer = await addVolunteer(t.env, branchOf(p).id);
        await take(t, volunteer.id);
        await check(t, volunteer.id);
      },
      async (p) => {
        const volunteer = await addVolunteer(t.env, branchOf(p).id);
        const before = await volunteerRow(t, volunteer.id);
        await expectHidden(take(t, volunteer.id), take(t, missing));
        expect(await volunteerRow(t, volunteer.id)).toEqual(before);
      },
    );
}

/** The caller's account made the link of a fresh volunteer of `unitId` (any earlier link of it undone first). */
export async function ownVolunteer(t: ScopeTest, unitId: number) {
  await t.env.db.volunteer.updateMany({ where: { accountId: t.user.id }, data: { accountId: null } });
  return addVolunteer(t.env, unitId, { accountId: t.user.id });
}

/** Undoes the caller's link, so that the next case starts without a profile. */
export const unlinkOwn = (t: ScopeTest) =>
  t.env.db.volunteer.updateMany({ where: { accountId: t.user.id }, data: { accountId: null } });

export const scopeCases: Record<string, ScopeCase> = {
  'volunteers.people.list': (t) =>
    eachPlace(
      t,
      'volunteers.read',
      async (p) => {
        const name = uniqueName(`${t.tag}志愿名册`);
        const volunteer = await addVolunteer(t.env, branchOf(p).id, { name });
        const foreign = await addVolunteer(t.env, branchOf(t.foreign).id, { name });
        const page = await t.a.volunteers.people.list(listInput(p.township.id, name));
        expect(page).toEqual({
          items: [
            expect.objectContaining({
              id: volunteer.id,
              name,
              unitId: branchOf(p).id,
              unitName: branchOf(p).name,
              idNumber: maskedId(volunteer.clear.idNumber),
              phone: maskedPhone(volunteer.clear.phone),
            }),
          ],
          total: 1,
          totalIsBound: false,
        });
        // Nor by its ID number: 东湖街道's volunteer is not found even by an exact lookup.
        expect((await t.a.volunteers.people.list(listInput(p.township.id, foreign.clear.idNumber))).items).toEqual([]);
      },
      (p) =>
        expectHidden(
          t.a.volunteers.people.list(listInput(p.township.id)),
          t.a.volunteers.people.list(listInput(missing)),
        ),
    ),

  'volunteers.people.get': (t) =>
    eachPlace(
      t,
      'volunteers.read',
      async (p) => {
        const volunteer = await addVolunteer(t.env, branchOf(p).id);
        expect(await t.a.volunteers.people.get({ id: volunteer.id })).toMatchObject({
          id: volunteer.id,
          unitId: branchOf(p).id,
          unitName: branchOf(p).name,
          name: volunteer.name,
          idNumber: maskedId(volunteer.clear.idNumber),
          phone: maskedPhone(volunteer.clear.phone),
          canReveal: t.may('volunteers.pii', branchOf(p).path),
          canManage: t.may('volunteers.manage', branchOf(p).path),
        });
      },
      async (p) => {
        const volunteer = await addVolunteer(t.env, branchOf(p).id);
        await expectHidden(t.a.volunteers.people.get({ id: volunteer.id }), t.a.volunteers.people.get({ id: missing }));
      },
    ),

  'volunteers.people.reveal': (t) =>
    eachPlace(
      t,
      'volunteers.pii',
      async (p) => {
        const volunteer = await addVolunteer(t.env, branchOf(p).id, { address: '四川省成都市青羊区人民中路 3 号' });
        expect(await t.a.volunteers.people.reveal({ id: volunteer.id })).toEqual({
          idNumber: volunteer.clear.idNumber,
          phone: volunteer.clear.phone,
          address: '四川省成都市青羊区人民中路 3 号',
        });
        const audit = await t.env.db.auditLog.findFirstOrThrow({
          where: { action: 'volunteer.reveal', entityId: String(volunteer.id) },
        });
        expect(audit).toMatchObject({ actorId: t.user.id, unitId: branchOf(p).id, entityLabel: volunteer.name });
      },
      async (p) => {
        const volunteer = await addVolunteer(t.env, branchOf(p).id);
        await expectHidden(
          t.a.volunteers.people.reveal({ id: volunteer.id }),
          t.a.volunteers.people.reveal({ id: missing }),
        );
        expect(
          await t.env.db.auditLog.count({ where: { action: 'volunteer.reveal', entityId: String(volunteer.id) } }),
        ).toBe(0);
      },
    ),

  'volunteers.people.create': (t) =>
    eachPlace(
      t,
      'volunteers.manage',
      async (p) => {
        const input = newVolunteerInput(branchOf(p).id);
        const { id } = await t.a.volunteers.people.create(input);
        expect(await volunteerRow(t, id)).toMatchObject({
          unitId: branchOf(p).id,
          name: input.name,
          gender: 'female',
          status: 'active',
        });
      },
      async (p) => {
        const input = newVolunteerInput(branchOf(p).id);
        await expectHidden(
          t.a.volunteers.people.create(input),
          t.a.volunteers.people.create(newVolunteerInput(missing)),
        );
        expect(await t.env.db.volunteer.count({ where: { name: input.name } })).toBe(0);
      },
    ),

  'volunteers.people.update': volunteerCase(
    (t, id) =>
      t.a.volunteers.people.update({
        id,
        name: '改名的志愿者',
        phone: '13700001234',
        address: '',
        skills: ['it'],
        availability: ['evenings'],
        serviceArea: '城关',
      }),
    async (t, id) => {
      expect(await volunteerRow(t, id)).toMatchObject({ name: '改名的志愿者', skills: '["it"]', serviceArea: '城关' });
    },
  ),

  'volunteers.people.setStatus': volunteerCase(
    (t, id) => t.a.volunteers.people.setStatus({ id, status: 'inactive', reason: '外出务工' }),
    async (t, id) => {
      expect((await volunteerRow(t, id)).status).toBe('inactive');
    },
  ),

  'volunteers.people.linkAccount': (t) =>
    eachPlace(
      t,
      'volunteers.manage',
      async (p) => {
        const volunteer = await addVolunteer(t.env, branchOf(p).id);
        const account = await addAccount(t.env, { unitId: branchOf(p).id });
        await t.a.volunteers.people.linkAccount({ id: volunteer.id, username: account.username });
        expect((await volunteerRow(t, volunteer.id)).accountId).toBe(account.id);
      },
      async (p) => {
        const volunteer = await addVolunteer(t.env, branchOf(p).id);
        const account = await addAccount(t.env, { unitId: branchOf(p).id });
        const link = (id: number) => t.a.volunteers.people.linkAccount({ id, username: account.username });
        await expectHidden(link(volunteer.id), link(missing));
        expect((await volunteerRow(t, volunteer.id)).accountId).toBeNull();
        // Nor is an account of that place linked to an own volunteer: as an unknown username.
        const own = t.places.find((o) => t.may('volunteers.manage', o.township.path)) as Place;
        const mine = await addVolunteer(t.env, branchOf(own).id);
        await expect(
          t.a.volunteers.people.linkAccount({ id: mine.id, username: account.username }),
        ).rejects.toMatchObject({ field: 'username', key: 'volunteers.volunteerAccountNotFound' });
      },
    ),

  'volunteers.people.mine': async (t) => {
    await unlinkOwn(t);
    expect(await t.a.volunteers.people.mine({})).toBeNull();
    // The caller's own profile (in 东湖街道 even: the link decides, not the scope), never another's.
    const volunteer = await ownVolunteer(t, branchOf(t.foreign).id);
    await addVolunteer(t.env, branchOf(t.foreign).id);
    expect(await t.a.volunteers.people.mine({})).toMatchObject({
      id: volunteer.id,
      unitId: branchOf(t.foreign).id,
      name: volunteer.name,
      idNumber: maskedId(volunteer.clear.idNumber),
    });
    await unlinkOwn(t);
  },

  'volunteers.people.registerSelf': async (t) => {
    await unlinkOwn(t);
    const { unitId: _unit, ...input } = newVolunteerInput(0, { idNumber: newVolunteerIdNumber('male').idNumber });
    const { id } = await t.a.volunteers.people.registerSelf(input);
    // In the account's home unit, whatever the grants; linked to the account.
    expect(await volunteerRow(t, id)).toMatchObject({ unitId: t.user.unitId, accountId: t.user.id, gender: 'male' });
    await unlinkOwn(t);
  },
};
