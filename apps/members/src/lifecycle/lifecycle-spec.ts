// The pipeline page's state in the URL (the list kit's spec): the unit within the current one, the stage shown (none:
// every stage) and whether only those due for their next step are listed, so a view survives a reload and can be
// sent to a colleague. Without the due filter a stage lists everyone at it, paged on the server (`registry.list`);
// with it, the pipeline's own lists of who is due, read against today by the server (`lifecycle.pipeline`).
import type { MemberStage } from '@strata/contract';
import { memberStages } from '@strata/contract';
import { largestPageSize } from '@strata/ui';
import {
  type FilterShape,
  type FilterValues,
  idParam,
  type ListQuery,
  type ListQuerySpec,
  oneOfParam,
} from '@strata/ui/list-page';
import type { DueMember, MemberListInput, MemberRow, Pipeline } from '../common/api-types';

/** `due`: everyone due for the next step, overdue included; `overdue`: only those past the day. */
export const dueFilters = ['due', 'overdue'] as const;
export type DueFilter = (typeof dueFilters)[number];

export const lifecycleListSpec = {
  filters: {
    /** A unit inside the current unit's subtree; unset means the whole subtree. */
    unitId: idParam,
    stage: oneOfParam(memberStages),
    due: oneOfParam(dueFilters),
  },
  sorts: [] as const,
} satisfies ListQuerySpec<FilterShape, never>;

export type LifecycleFilters = FilterValues<(typeof lifecycleListSpec)['filters']>;
export type LifecycleListQuery = ListQuery<(typeof lifecycleListSpec)['filters'], never>;

/** Which of the pipeline's lists a member is on, and so what is due: */
export type DueKind =
  /** an activist whose year of observation is over: may become a development candidate; */
  | 'candidacyDue'
  /** probation ends within 30 days: conversion is coming up; */
  | 'conversionDue'
  /** probation has ended without conversion; */
  | 'conversionOverdue'
  /** an applicant waiting more than six months to become an activist. */
  | 'applicantWaiting';

type DueListName = 'activistsDue' | 'conversionsDue' | 'conversionsOverdue' | 'applicantsWaiting';

/** Each list of the pipeline: its kind, its stage, and whether it counts as overdue. */
const dueLists: { list: DueListName; kind: DueKind; stage: MemberStage; overdue: boolean }[] = [
  { list: 'conversionsOverdue', kind: 'conversionOverdue', stage: 'probationary', overdue: true },
  { list: 'applicantsWaiting', kind: 'applicantWaiting', stage: 'applicant', overdue: true },
  { list: 'conversionsDue', kind: 'conversionDue', stage: 'probationary', overdue: false },
  { list: 'activistsDue', kind: 'candidacyDue', stage: 'activist', overdue: false },
];

/** A row of the page: a member at a stage, the day they reached it where known, and what is due for them. */
export type PipelineRow = {
  id: number;
  name: string;
  unitId: number;
  unitName: string;
  stage: MemberStage;
  /** The day the member reached the stage, where the server gives it. */
  since: string | null;
  due: { kind: DueKind; dueOn: string; daysLeft: number } | null;
};

const lists = (filter: DueFilter, stage: MemberStage | undefined) =>
  dueLists.filter((l) => (stage === undefined || l.stage === stage) && (filter === 'due' || l.overdue));

const fromDue = (member: DueMember, kind: DueKind): PipelineRow => ({
  id: member.id,
  name: member.name,
  unitId: member.unitId,
  unitName: member.unitName,
  stage: member.stage,
  since: member.since,
  due: { kind, dueOn: member.dueOn, daysLeft: member.daysLeft },
});

/**
 * The members the due filter lists, most urgent first (overdue before due, each list in the server's order), and how
 * many the lists hold in all: the server sends each list's most urgent members only.
 */
export function dueRowsOf(pipeline: Pipeline, filter: DueFilter, stage: MemberStage | undefined) {
  const chosen = lists(filter, stage);
  const rows = chosen.flatMap(({ list, kind }) => pipeline[list].items.map((m) => fromDue(m, kind)));
  rows.sort((a, b) => (a.due?.daysLeft ?? 0) - (b.due?.daysLeft ?? 0));
  const total = chosen.reduce((sum, { list }) => sum + pipeline[list].total, 0);
  return { rows, total };
}

/** How many of a stage's members (every stage's, with none) are due, overdue included. */
export const dueCount = (pipeline: Pipeline, stage: MemberStage | undefined) =>
  lists('due', stage).reduce((sum, { list }) => sum + pipeline[list].total, 0);

/** The day a registry row says the member reached their stage. */
const sinceOf = (row: MemberRow) =>
  ({
    applicant: row.appliedOn,
    activist: row.activistOn,
    candidate: row.candidateOn,
    probationary: row.probationaryOn,
    full: row.fullOn,
  })[row.stage];

/** A registry row, with what is due for the member where they are on one of the pipeline's lists. */
export function rosterRow(row: MemberRow, pipeline: Pipeline | undefined): PipelineRow {
  const listed = pipeline
    ? dueLists
        .filter((l) => l.stage === row.stage)
        .map(({ list, kind }) => ({ kind, member: pipeline[list].items.find((m) => m.id === row.id) }))
        .find((found) => found.member)
    : undefined;
  const due = listed?.member
    ? { kind: listed.kind, dueOn: listed.member.dueOn, daysLeft: listed.member.daysLeft }
    : null;
  return {
    id: row.id,
    name: row.name,
    unitId: row.unitId,
    unitName: row.unitName,
    stage: row.stage,
    since: listed?.member?.since ?? sinceOf(row),
    due,
  };
}

/** The `members.registry.list` input for a stage's everyone: on the registry now, by name, the table's page. */
export function toRosterInput(query: LifecycleListQuery, currentUnitId: number): MemberListInput {
  const { unitId, stage } = query.filters;
  return {
    unitId: unitId ?? currentUnitId,
    ...(stage !== undefined && { stage }),
    status: 'current',
    sort: 'name',
    order: 'asc',
    page: query.page,
    pageSize: Math.min(query.pageSize, largestPageSize),
  };
}
