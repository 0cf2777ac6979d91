// The volunteers as a reader lists them: those of a unit's subtree in the caller's volunteers.read scope, filtered,
// sorted and a page at a time, through a scoped page whose plan follows what the caller sees. Personal data is masked
// on every row; a whole ID number or phone number typed in the search is looked up through its blind index.
import { mapPage, type Page, pageArgs, type Scope, scopedPage, withinPath } from '@strata/api';
import type { Db } from '@strata/db';
import { lookupIndex, volunteerPii } from '../common/personal-data';
import type { VolunteerFilter, VolunteerRow } from './people-schemas';
import { listedVolunteers, type VolunteerSearch, volunteerSource } from './volunteer-page.sql';
import { keysFrom, searchOf } from './volunteer-rules';

function searchFor(q: string | undefined): VolunteerSearch {
  if (!q) return {};
  const search = searchOf(q);
  if (search.kind === 'idNumber') return { idNumberIndex: lookupIndex('idNumber', search.value) };
  if (search.kind === 'phone') return { phoneIndex: lookupIndex('phone', search.value) };
  return { name: search.value };
}

export async function listVolunteers(db: Db, scope: Scope, filter: VolunteerFilter): Promise<Page<VolunteerRow>> {
  const within = await withinPath(db, scope, 'volunteers.read', filter.unitId);
  const page = await scopedPage(db, {
    scope,
    permission: 'volunteers.read',
    within,
    source: volunteerSource(filter, searchFor(filter.q)),
    ...pageArgs(filter),
    rows: listedVolunteers,
  });
  return mapPage(page, (v): VolunteerRow => {
    const pii = volunteerPii.masked(v);
    return {
      id: v.id,
      name: v.name,
      unitId: v.unitId,
      unitName: v.unitName,
      gender: v.gender as VolunteerRow['gender'],
      idNumber: pii.idNumber,
      phone: pii.phone,
      skills: keysFrom(v.skills),
      status: v.status as VolunteerRow['status'],
      memberId: v.memberId === null ? null : Number(v.memberId),
      joinedOn: v.joinedOn,
      teams: Number(v.teams),
    };
  });
}
