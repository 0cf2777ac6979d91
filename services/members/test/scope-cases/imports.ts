// Scope cases of the members import. In each own township where the caller holds members.edit, an import is started,
// a chunk staged (its own branch found; 东湖街道's branch, named by its site code, refused as a branch that does not
// exist), committed into the registry and discarded, with the right result; an import of 东湖街道 (or of a township
// where the caller's grant carries no members.edit) answers every call exactly as a missing import, and stays as it
// was. The template is the same for every caller.
import { memberImportColumns } from '@strata/contract';
import type { Unit } from '@strata/db';
import { expect } from 'vitest';
import {
  eachPlace,
  expectHidden,
  missing,
  type Place,
  type ScopeCase,
  type ScopeTest,
} from '../../../../tests/support/scope-test';
import { sealMemberPii } from '../../src/members/member-pii';
import { memberCells, sheetRows } from '../support/imports';

const branchOf = (p: Place): Unit => p.branches[0] as Unit;

/**
 * An import of the place's township that could be committed as it stands: one checked row staged for its branch,
 * written straight into the database. Its author is the caller: the import's unit decides, not who started it.
 */
async function stagedImport(t: ScopeTest, p: Place) {
  const cells = memberCells(branchOf(p).name);
  const started = await t.env.db.memberImport.create({
    data: { unitId: p.township.id, createdById: t.user.id, total: 1, staged: 1 },
  });
  await t.env.db.memberImportRow.create({
    data: {
      importId: started.id,
      row: 2,
      memberUnitId: branchOf(p).id,
      fields: JSON.stringify({
        name: cells.name,
        nameKey: cells.name,
        gender: 'male',
        birthDate: '1960-01-02',
        ethnicity: '01',
        education: 'undergraduate',
        occupation: 'salaried',
        stage: 'applicant',
        appliedOn: '2015-03-01',
        activistOn: null,
        candidateOn: null,
        probationaryOn: null,
        probationEndsOn: null,
        fullOn: null,
        workplace: '',
        note: '',
      }),
      ...sealMemberPii({ idNumber: cells.idNumber, phone: '', address: '' }),
    },
  });
  return { ...started, name: cells.name };
}

/** The import and its staged rows as they stand, to show a refused call changed nothing. */
const importState = async (t: ScopeTest, id: number) => ({
  row: await t.env.db.memberImport.findUniqueOrThrow({ where: { id } }),
  staged: await t.env.db.memberImportRow.findMany({ where: { importId: id } }),
});

export const scopeCases: Record<string, ScopeCase> = {
  'members.imports.template': async (t) => {
    const template = await t.a.members.imports.template({});
    expect(template.columns.map((c) => c.key)).toEqual([...memberImportColumns]);
    expect(template.problems.length).toBeGreaterThan(0);
  },

  'members.imports.start': (t) =>
    eachPlace(
      t,
      'members.edit',
      async (p) => {
        const started = await t.a.members.imports.start({ unitId: p.township.id, total: 12 });
        expect(await t.env.db.memberImport.findUniqueOrThrow({ where: { id: started.id } })).toMatchObject({
          unitId: p.township.id,
          createdById: t.user.id,
          state: 'staging',
          total: 12,
        });
      },
      async (p) => {
        const before = await t.env.db.memberImport.count({ where: { unitId: p.township.id } });
        await expectHidden(
          t.a.members.imports.start({ unitId: p.township.id, total: 12 }),
          t.a.members.imports.start({ unitId: missing, total: 12 }),
        );
        expect(await t.env.db.memberImport.count({ where: { unitId: p.township.id } })).toBe(before);
      },
    ),

  'members.imports.stage': (t) =>
    eachPlace(
      t,
      'members.edit',
      async (p) => {
        const started = await t.a.members.imports.start({ unitId: p.township.id, total: 3 });
        const rows = sheetRows([
          memberCells(branchOf(p).name),
          memberCells(branchOf(t.foreign).siteCode ?? ''),
          memberCells('nobody-0'),
        ]);
        expect(await t.a.members.imports.stage({ id: started.id, first: 0, rows })).toEqual({
          id: started.id,
          total: 3,
          staged: 1,
          refused: 2,
          errors: [
            { row: 3, column: 'branch', problem: 'members.importBranchUnknown' },
            { row: 4, column: 'branch', problem: 'members.importBranchUnknown' },
          ],
        });
        const staged = await t.env.db.memberImportRow.findMany({ where: { importId: started.id } });
        expect(staged.map((r) => [r.row, r.memberUnitId])).toEqual([[2, branchOf(p).id]]);
      },
      async (p) => {
        const foreign = await stagedImport(t, p);
        const before = await importState(t, foreign.id);
        const rows = sheetRows([memberCells(branchOf(p).name)], 3);
        await expectHidden(
          t.a.members.imports.stage({ id: foreign.id, first: 0, rows }),
          t.a.members.imports.stage({ id: missing, first: 0, rows }),
        );
        expect(await importState(t, foreign.id)).toEqual(before);
      },
    ),

  'members.imports.commit': (t) =>
    eachPlace(
      t,
      'members.edit',
      async (p) => {
        const started = await t.a.members.imports.start({ unitId: p.township.id, total: 1 });
        const cells = memberCells(branchOf(p).name);
        await t.a.members.imports.stage({ id: started.id, first: 0, rows: sheetRows([cells]) });
        expect(await t.a.members.imports.commit({ id: started.id })).toEqual({ imported: 1, errors: [] });
        expect(await t.env.db.member.findMany({ where: { name: cells.name } })).toEqual([
          expect.objectContaining({ unitId: branchOf(p).id, stage: 'full', status: 'active' }),
        ]);
      },
      async (p) => {
        const foreign = await stagedImport(t, p);
        const before = await importState(t, foreign.id);
        await expectHidden(t.a.members.imports.commit({ id: foreign.id }), t.a.members.imports.commit({ id: missing }));
        expect(await importState(t, foreign.id)).toEqual(before);
        expect(await t.env.db.member.count({ where: { name: foreign.name } })).toBe(0);
      },
    ),

  'members.imports.discard': (t) =>
    eachPlace(
      t,
      'members.edit',
      async (p) => {
        const started = await t.a.members.imports.start({ unitId: p.township.id, total: 2 });
        await t.a.members.imports.stage({ id: started.id, first: 0, rows: sheetRows([memberCells(branchOf(p).name)]) });
        expect(await t.a.members.imports.discard({ id: started.id })).toEqual({ id: started.id });
        expect(await importState(t, started.id)).toMatchObject({ row: { state: 'discarded' }, staged: [] });
      },
      async (p) => {
        const foreign = await stagedImport(t, p);
        const before = await importState(t, foreign.id);
        await expectHidden(
          t.a.members.imports.discard({ id: foreign.id }),
          t.a.members.imports.discard({ id: missing }),
        );
        expect(await importState(t, foreign.id)).toEqual(before);
      },
    ),
};
