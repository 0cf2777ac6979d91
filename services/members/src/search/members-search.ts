// What the header's search finds of the members team: members on the registry by a part of their name, read through
// the registry list itself (members.read, the whole scope, current members, by name), so a hit is a member the
// registry shows the caller. A hit carries the name, the stage and the unit only: never the ID number, phone or
// address, not even masked, whatever members.pii the caller holds. It opens the member's profile.
import { defineSearch, type FoundByKind } from '@strata/api';
import { searchLimits } from '@strata/contract';
import { importValueLabels } from '../imports/messages';
import { listMembers } from '../registry/list-members';

export const membersSearch = defineSearch({
  permission: 'members.read',
  kinds: {
    'zh-CN': { member: '党员' },
    'en-US': { member: 'Members' },
  },
  find: async (ctx, q): Promise<FoundByKind> => {
    // No unitId: the list's whole members.read scope. The list's defaults otherwise (members on the registry, by name).
    const page = await listMembers(
      ctx.db,
      ctx.scope,
      { q, status: 'current', sort: 'name', order: 'asc', page: 1, pageSize: searchLimits.perKind + 1 },
      ctx.now(),
    );
    return {
      member: page.items.map((m) => ({
        kind: 'member',
        id: m.id,
        title: m.name,
        // The stage, in the caller's language: the row's masked personal data stays out of the hit.
        detail: importValueLabels.stage[m.stage][ctx.locale === 'zh-CN' ? 0 : 1],
        unitName: m.unitName,
        path: `/members/registry/${m.id}`,
      })),
    };
  },
});
