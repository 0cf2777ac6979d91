// Scope cases of the audit log: the list and the actors the operator picker offers hold exactly the
// entries of the caller's scope, every filter narrows within it, and 东湖街道 is a missing unit.
import { calendarDay } from '@strata/i18n/days';
import { expect } from 'vitest';
import { addAccount, uniqueName } from '../../../../tests/support/factories';
import { eachPlace, expectHidden, missing, type ScopeCase, type ScopeTest } from '../../../../tests/support/scope-test';

const inSubtree = (path: string) => ({ path: { startsWith: path } });

/** An entry at each of two branches of every township, own or not, by an actor at home there. */
async function entriesEverywhere(t: ScopeTest, label: string) {
  const actors = new Map<string, number>();
  for (const p of [...t.places, t.foreign]) {
    const actor = await addAccount(t.env, { unitId: p.branches[1]!.id, username: uniqueName(`${p.slug}-actor`) });
    actors.set(p.slug, actor.id);
    for (const unit of [p.branches[0]!, p.branches[1]!])
      await t.env.db.auditLog.create({
        data: {
          unitId: unit.id,
          actorId: actor.id,
          action: 'unit.rename',
          entity: 'Unit',
          entityId: String(unit.id),
          entityLabel: label,
          labelUnitId: unit.id,
        },
      });
  }
  return actors;
}

export const scopeCases: Record<string, ScopeCase> = {
  'identity.audit.list': async (t) => {
    const { db } = t.env;
    const label = uniqueName(`${t.tag}-审计`);
    const actors = await entriesEverywhere(t, label);
    await t.a.identity.auth.setLocale({ locale: 'zh-CN' });
    const where = { unit: t.unitsWith('audit.read') };
    const page = await t.a.identity.audit.list({ page: 1, pageSize: 100 });
    expect(page.total).toBe(await db.auditLog.count({ where }));
    const newest = await db.auditLog.findMany({ where, orderBy: { id: 'desc' }, take: 100, select: { id: true } });
    expect(page.items.map((r) => r.id)).toEqual(newest.map((r) => r.id));
    // Searching the name every township's entries carry finds the caller's scope's only.
    const found = await t.a.identity.audit.list({ search: label, pageSize: 100 });
    const labelled = await db.auditLog.findMany({ where: { ...where, entityLabel: label }, orderBy: { id: 'desc' } });
    expect(labelled.length).toBeGreaterThan(0);
    expect(found.items.map((r) => r.id)).toEqual(labelled.map((r) => r.id));
    await eachPlace(
      t,
      'audit.read',
      async (p) => {
        for (const unit of [p.township, p.branches[0]!]) {
          const sub = { unit: inSubtree(unit.path) };
          const narrowed = await t.a.identity.audit.list({ unitId: unit.id, page: 1, pageSize: 100 });
          const rows = await db.auditLog.findMany({ where: sub, orderBy: { id: 'desc' }, take: 100 });
          expect(rows.length).toBeGreaterThan(0);
          expect(narrowed.total).toBe(await db.auditLog.count({ where: sub }));
          expect(narrowed.items.map((r) => r.id)).toEqual(rows.map((r) => r.id));
        }
        // The place's actor: its two entries, today (in Shanghai) included.
        const today = calendarDay(new Date());
        const byActor = await t.a.identity.audit.list({ actorId: actors.get(p.slug)!, from: today, to: today });
        expect(byActor.items.map((r) => r.unitId).sort()).toEqual([p.branches[0]!.id, p.branches[1]!.id].sort());
      },
      async (p) => {
        await expectHidden(
          t.a.identity.audit.list({ unitId: p.township.id, page: 1, pageSize: 20 }),
          t.a.identity.audit.list({ unitId: missing, page: 1, pageSize: 20 }),
        );
        // Asking for an actor of that place by id shows nothing of theirs.
        const byActor = await t.a.identity.audit.list({ actorId: actors.get(p.slug)! });
        expect(byActor.total).toBe(0);
      },
    );
  },

  'identity.audit.actors': async (t) => {
    const actors = await entriesEverywhere(t, uniqueName(`${t.tag}-操作人`));
    const offered = (await t.a.identity.audit.actors({})).map((a) => a.id);
    await eachPlace(
      t,
      'audit.read',
      async (p) => {
        expect(offered).toContain(actors.get(p.slug));
        const narrowed = await t.a.identity.audit.actors({ unitId: p.branches[0]!.id });
        expect(narrowed.map((a) => a.id)).toContain(actors.get(p.slug));
      },
      async (p) => {
        expect(offered).not.toContain(actors.get(p.slug));
        await expectHidden(
          t.a.identity.audit.actors({ unitId: p.township.id }),
          t.a.identity.audit.actors({ unitId: missing }),
        );
      },
    );
  },
};
