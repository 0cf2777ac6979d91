// The people area's operations across scopes (a volunteer's own things, read by their account's link, never by an id
// the browser sends), bound to the raw client once at start-up; procedures call them as ctx.system.volunteers.<op>.
// An ID number registers a volunteer once in the whole organisation, and a volunteer who is a member of the registry
// is linked to that member: both are asked of every unit by the blind index alone, and answer only yes or no, or the
// member's id.
import type { Db } from '@strata/db';
import type { Registry } from './create-volunteer';
import { ownProfile, registerSelf } from './own-profile';
import type { SelfRegistration } from './people-schemas';

export const peopleSystem = (db: Db) => {
  const registry: Registry = {
    /** Whether any volunteer, in any unit, holds the ID number with this blind index. */
    volunteerIdNumberTaken: async (idNumberIndex) => (await db.volunteer.count({ where: { idNumberIndex } })) > 0,
    /** The member of the registry with this ID number (the same blind index), unless a volunteer is linked to them. */
    memberForVolunteer: async (idNumberIndex) => {
      const member = await db.member.findFirst({ where: { idNumberIndex }, select: { id: true } });
      if (!member) return null;
      const linked = await db.volunteer.count({ where: { memberId: member.id } });
      return linked ? null : member.id;
    },
  };
  return {
    ...registry,
    /** The caller's own profile, or null. */
    ownVolunteerProfile: (accountId: number) => ownProfile(db, accountId),
    /** The caller registers themself in their home unit. */
    registerOwnVolunteer: (accountId: number, now: Date, input: SelfRegistration) =>
      registerSelf(db, registry, accountId, now, input),
  };
};
