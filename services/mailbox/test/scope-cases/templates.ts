// Scope cases of reply templates and deadlines: templates are a unit's own (made, changed and removed in each own
// township, listed with those of the units above in scope); 东湖街道's are missing ones. Deadlines are read by every
// handler and set only at the top unit, which no caller of the suite holds a grant at.
import { expect } from 'vitest';
import { uniqueName } from '../../../../tests/support/factories';
import { eachPlace, expectHidden, missing, type ScopeCase, type ScopeTest } from '../../../../tests/support/scope-test';

const addTemplate = (t: ScopeTest, unitId: number) =>
  t.env.db.replyTemplate.create({ data: { unitId, title: uniqueName('模板'), body: '您好，来信收悉。' } });

export const scopeCases: Record<string, ScopeCase> = {
  'mailbox.templates.list': (t) =>
    eachPlace(
      t,
      'mailbox.read',
      async (p) => {
        const own = await addTemplate(t, p.township.id);
        const branch = p.branches[0]!;
        const foreign = await addTemplate(t, t.foreign.township.id);
        const listed = await t.a.mailbox.templates.list({ unitId: branch.id });
        expect(listed).toContainEqual(expect.objectContaining({ id: own.id, unitId: p.township.id, title: own.title }));
        expect(listed.map((x) => x.id)).not.toContain(foreign.id);
      },
      (p) =>
        expectHidden(
          t.a.mailbox.templates.list({ unitId: p.township.id }),
          t.a.mailbox.templates.list({ unitId: missing }),
        ),
    ),
  'mailbox.templates.create': (t) =>
    eachPlace(
      t,
      'mailbox.handle',
      async (p) => {
        const title = uniqueName('新模板');
        const made = await t.a.mailbox.templates.create({ unitId: p.township.id, title, body: '正文' });
        expect(await t.env.db.replyTemplate.findUnique({ where: { id: made.id } })).toMatchObject({
          unitId: p.township.id,
          title,
        });
      },
      async (p) => {
        const input = { title: uniqueName('越权模板'), body: '正文' };
        await expectHidden(
          t.a.mailbox.templates.create({ unitId: p.township.id, ...input }),
          t.a.mailbox.templates.create({ unitId: missing, ...input }),
        );
        expect(await t.env.db.replyTemplate.count({ where: { title: input.title } })).toBe(0);
      },
    ),
  'mailbox.templates.update': (t) =>
    eachPlace(
      t,
      'mailbox.handle',
      async (p) => {
        const template = await addTemplate(t, p.township.id);
        await t.a.mailbox.templates.update({ id: template.id, title: template.title, body: '新的正文' });
        expect((await t.env.db.replyTemplate.findUniqueOrThrow({ where: { id: template.id } })).body).toBe('新的正文');
      },
      async (p) => {
        const template = await addTemplate(t, p.township.id);
        await expectHidden(
          t.a.mailbox.templates.update({ id: template.id, title: 'x', body: '改' }),
          t.a.mailbox.templates.update({ id: missing, title: 'x', body: '改' }),
        );
        expect(await t.env.db.replyTemplate.findUniqueOrThrow({ where: { id: template.id } })).toEqual(template);
      },
    ),
  'mailbox.templates.delete': (t) =>
    eachPlace(
      t,
      'mailbox.handle',
      async (p) => {
        const template = await addTemplate(t, p.township.id);
        await t.a.mailbox.templates.delete({ id: template.id });
        expect(await t.env.db.replyTemplate.findUnique({ where: { id: template.id } })).toBeNull();
      },
      async (p) => {
        const template = await addTemplate(t, p.township.id);
        await expectHidden(
          t.a.mailbox.templates.delete({ id: template.id }),
          t.a.mailbox.templates.delete({ id: missing }),
        );
        expect(await t.env.db.replyTemplate.findUnique({ where: { id: template.id } })).not.toBeNull();
      },
    ),
  'mailbox.deadlines.get': (t) =>
    eachPlace(
      t,
      'mailbox.read',
      async () => {
        await expect(t.a.mailbox.deadlines.get()).resolves.toEqual({
          consultation: 3,
          help: 3,
          complaint: 10,
          suggestion: 10,
        });
      },
      async () => {
        // Anyone who reads letters somewhere reads the deadlines; a caller with no mailbox grant at all is refused.
        if (!t.grants.some((g) => t.may('mailbox.read', g.unit.path)))
          await expect(t.a.mailbox.deadlines.get()).rejects.toMatchObject({ code: 'FORBIDDEN' });
      },
    ),
  // The top unit lies outside every caller of the suite: the deadlines are not theirs to set.
  'mailbox.deadlines.set': async (t) => {
    const days = { consultation: 5, help: 5, complaint: 15, suggestion: 15 };
    const before = await t.env.db.letterDeadline.findMany({ orderBy: { id: 'asc' } });
    await expect(t.a.mailbox.deadlines.set(days)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await t.env.db.letterDeadline.findMany({ orderBy: { id: 'asc' } })).toEqual(before);
    const admin = await t.env.as('admin');
    await expect(admin.mailbox.deadlines.set(days)).resolves.toEqual(days);
    await admin.mailbox.deadlines.set({ consultation: 3, help: 3, complaint: 10, suggestion: 10 });
  },
};
