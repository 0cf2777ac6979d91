// The demo's training (issue 13 point 1): courses over the tree, enrolments, classroom sessions and quiz attempts,
// drawn by the training team's own generator (the large fixture's) at the demo's scale, then what a visitor should find
// at once (the team's demo module): the three courses the issue names, run by 江城市 and kept by `trainer`, the plain
// member's assignment due in five days (the bell's reminder), a completed course with its certificate, next week's
// classroom session. Run once by seedDemoOnce, after the volunteers.
import type { Db } from '@strata/db';
import { trainingTeam } from '@strata/service-training';
import { seedDemoTraining } from '@strata/service-training/demo';
import type { DemoSeed } from './demo';
import { generateAtDemoScale } from './demo-generated';

/** The demo's scale: a few dozen courses and some hundreds of learners and their quiz attempts. */
const demoCounts = { trainingCourses: 24, trainingEnrolments: 400, quizAttempts: 300 };

export async function seedDemoTrainingData(db: Db, url: string, seed: DemoSeed, now = new Date()): Promise<void> {
  const member = seed.users.member;
  const trainer = seed.users.trainer;
  const chengguanAdmin = seed.users.chengguan;
  const chengguan = seed.townships.chengguan;
  if (!member || !trainer || !chengguanAdmin || !chengguan) return;
  // The named courses first: the generator then adds its own up to the demo's count.
  await seedDemoTraining(db, {
    now,
    municipalityId: seed.municipality.id,
    chengguanId: chengguan.id,
    trainerAccountId: trainer,
    memberAccountId: member,
    colleagueAccountIds: [seed.users.editor, seed.users.reviewer].filter((id): id is number => id !== undefined),
    assignerAccountId: chengguanAdmin,
  });
  await generateAtDemoScale(db, url, trainingTeam, demoCounts, 20_261_213, now);
}
