// A course's question banks: listed with their counts, made and renamed by those who manage the course's unit. A name
// is the course's once (`training.quizBankNameTaken` on the name; the course's row lock keeps two editors from both
// taking it).
import { type Actor, fieldError, recordAudit, type Scope, toIso } from '@strata/api';
import type { Db, Tx } from '@strata/db';
import { courseInScope } from '../common/in-scope';
import { trainingMessage } from '../locales';
import type { BankRename, BankRow, NewBank } from './quiz-schemas';
import { bankInScope } from './quiz-scope';
import { lockCourse } from './quizzes.sql';

const manage = 'training.manage';

/** The course's banks by name, each with its active and retired questions counted. */
export async function listBanks(db: Db, scope: Scope, courseId: number): Promise<BankRow[]> {
  const course = await courseInScope(db, scope, manage, courseId);
  const banks = await db.questionBank.findMany({
    where: { courseId: course.id, ...scope.ownedWhere(manage) },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  });
  if (!banks.length) return [];
  const counts = await db.question.groupBy({
    by: ['bankId'],
    where: { bankId: { in: banks.map((b) => b.id) }, ...scope.ownedWhere(manage) },
    _count: { _all: true, retiredAt: true },
  });
  const countOf = new Map(counts.map((c) => [c.bankId, c._count]));
  return banks.map((b) => {
    const counted = countOf.get(b.id);
    const retired = counted?.retiredAt ?? 0;
    return {
      id: b.id,
      courseId: b.courseId,
      name: b.name,
      questions: (counted?._all ?? 0) - retired,
      retired,
      createdAt: toIso(b.createdAt),
    };
  });
}

const nameTaken = () => fieldError('name', trainingMessage('quizBankNameTaken'));

async function nameInUse(tx: Tx, scope: Scope, courseId: number, name: string, exceptId?: number) {
  const other = await tx.questionBank.findFirst({
    where: { courseId, name, ...(exceptId ? { id: { not: exceptId } } : {}), ...scope.ownedWhere(manage) },
    select: { id: true },
  });
  return other !== null;
}

export async function createBank(tx: Tx, { scope, actorId }: Actor, input: NewBank) {
  await lockCourse(tx, input.courseId);
  const course = await courseInScope(tx, scope, manage, input.courseId);
  if (await nameInUse(tx, scope, course.id, input.name)) throw nameTaken();
  const bank = await tx.questionBank.create({
    data: { unitId: course.unitId, courseId: course.id, name: input.name },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId,
    unitId: course.unitId,
    action: 'quizBank.create',
    entity: 'QuestionBank',
    entityId: bank.id,
    label: input.name,
    after: { courseId: course.id, name: input.name },
  });
  return { id: bank.id };
}

export async function renameBank(tx: Tx, { scope, actorId }: Actor, input: BankRename) {
  const found = await bankInScope(tx, scope, manage, input.id);
  await lockCourse(tx, found.courseId);
  if (found.name === input.name) return { id: found.id };
  if (await nameInUse(tx, scope, found.courseId, input.name, found.id)) throw nameTaken();
  await tx.questionBank.updateMany({
    where: { id: found.id, ...scope.ownedWhere(manage) },
    data: { name: input.name },
  });
  await recordAudit(tx, {
    actorId,
    unitId: found.unitId,
    action: 'quizBank.rename',
    entity: 'QuestionBank',
    entityId: found.id,
    label: input.name,
    before: { name: found.name },
    after: { name: input.name },
  });
  return { id: found.id };
}
