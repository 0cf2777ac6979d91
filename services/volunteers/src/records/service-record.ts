// A volunteer's service record (records.get at the volunteer's unit, records.mine for the caller's own): hours by
// year (approved, from the yearly totals) and by team, approved and awaiting decision over the period, the
// activities served (newest first, at most 200), awards, the organisers' evaluations and the certificates issued.
// Training records join when the training team brings them.
import type { Scope } from '@strata/api';
import type { HourStatus } from '@strata/contract';
import type { Db } from '@strata/db';
import { volunteerInScope } from '../common/in-scope';
import {
  awardsOf,
  certificatesOf,
  entrySums,
  evaluationsOf,
  recentEntries,
  serviceYears,
  teamNames,
  unitName,
} from './record.sql';
import { recordActivitiesShown, type ServiceRecord } from './records-schemas';

type RecordVolunteer = { id: number; unitId: number; name: string; joinedOn: string; skills: string };

const skillsOf = (text: string): string[] => {
  try {
    const skills = JSON.parse(text) as unknown;
    return Array.isArray(skills) ? skills.filter((s): s is string => typeof s === 'string') : [];
  } catch {
    return [];
  }
};

/** The record of a volunteer already looked up (through the scope, or as the caller's own). */
export async function recordOf(db: Db, volunteer: RecordVolunteer, year: number | undefined): Promise<ServiceRecord> {
  const id = volunteer.id;
  const [unit, sums, names, entries, years, awards, evaluations, certificates] = await Promise.all([
    unitName(db, volunteer.unitId),
    entrySums(db, id, year),
    teamNames(db, id),
    recentEntries(db, id, year, recordActivitiesShown),
    serviceYears(db, id),
    awardsOf(db, id),
    evaluationsOf(db, id, recordActivitiesShown),
    certificatesOf(db, id),
  ]);
  let approvedMinutes = 0;
  let pendingMinutes = 0;
  let activities = 0;
  const byTeam = new Map<number, number>();
  for (const s of sums) {
    const minutes = Number(s.minutes);
    if (s.status === 'approved') {
      approvedMinutes += minutes;
      activities += Number(s.entries);
      const team = Number(s.teamNo);
      if (team !== 0) byTeam.set(team, (byTeam.get(team) ?? 0) + minutes);
    } else if (s.status === 'pending' || s.status === 'appealed') pendingMinutes += minutes;
  }
  const teamName = new Map(names.map((t) => [Number(t.id), t.name]));
  return {
    volunteer: {
      id,
      name: volunteer.name,
      unitName: unit,
      joinedOn: volunteer.joinedOn,
      skills: skillsOf(volunteer.skills),
    },
    totals: { approvedMinutes, pendingMinutes, activities },
    byYear: years.map((y) => ({ year: Number(y.year), minutes: Number(y.minutes) })),
    byTeam: [...byTeam]
      .map(([teamId, minutes]) => ({ teamId, teamName: teamName.get(teamId) ?? '', minutes }))
      .sort((a, b) => b.minutes - a.minutes || a.teamId - b.teamId),
    activities: entries.map((e) => ({
      activityId: Number(e.activityId),
      title: e.title,
      unitName: e.unitName,
      servedOn: e.servedOn,
      minutes: Number(e.minutes),
      status: e.status as HourStatus,
    })),
    awards: awards.map((w) => ({ id: Number(w.id), title: w.title, awardedOn: w.awardedOn, note: w.note })),
    evaluations: evaluations.map((v) => ({
      activityTitle: v.activityTitle,
      rating: Number(v.rating),
      comment: v.comment,
    })),
    certificates: certificates.map((c) => ({
      id: Number(c.id),
      number: c.number,
      minutes: Number(c.minutes),
      fromOn: c.fromOn,
      toOn: c.toOn,
      issuedAt: c.issuedAt,
      revoked: c.revokedAt !== null,
    })),
  };
}

/** records.get: the record of a volunteer of a unit where the caller holds volunteers.read. */
export async function volunteerRecord(db: Db, scope: Scope, volunteerId: number, year: number | undefined) {
  const volunteer = await volunteerInScope(db, scope, 'volunteers.read', volunteerId);
  return recordOf(db, volunteer, year);
}
