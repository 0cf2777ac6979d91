import type { members as zhCN } from './zh-CN';

/** English of every key Chinese has (namespace `members`); the type says when one is missing. */
type Words<T> = { [K in keyof T]: T[K] extends string ? string : Words<T[K]> } & {
  [plural: `${string}_one`]: string;
};

/** The members remote's strings (namespace `members`). */
export const members: Words<typeof zhCN> = {
  figure: {
    members: 'Members',
    applicant: 'Applicants',
    activist: 'Activists',
    candidate: 'Candidates',
    probationary: 'Probationary members',
    full: 'Full members',
    floating: 'Floating members',
  },
  kind: { municipality: 'Municipality', township: 'Township', branch: 'Branch', group: 'Group' },
  map: {
    title: 'Unit map',
    figure: 'Colour by',
    mapLabel: "Unit map: each unit's location and the townships' boundaries; the darker, the higher the chosen figure",
    tooltip: '{{unit}}: {{figure}} {{value}}',
    noMap: "This browser cannot draw the map (it needs WebGL). The unit list shows every unit's figures.",
    legend: '{{figure}}: the darker, the more',
    legendRange: '{{min}} – {{max}}',
    unlocated: '{{count}} units have no location yet and are only in the list.',
    unlocated_one: 'One unit has no location yet and is only in the list.',
    list: 'Units',
    column: { unit: 'Unit', kind: 'Kind', value: '{{figure}}' },
    noPlace: 'No location',
    empty: 'No units to show.',
    panel: {
      figures: 'Figures (with the units below)',
      place: 'Location: {{place}}',
      placeValue: '{{latitude}}° N, {{longitude}}° E',
      noPlace: 'No location yet',
      registry: 'Member registry',
      organisation: 'Organisation',
      site: 'Public site',
      move: 'Move',
      close: 'Close',
    },
    move: {
      title: 'Moving {{unit}}',
      hint: 'Click the new place on the map or drag the marker; or enter the latitude and longitude.',
      latitude: 'Latitude (° N)',
      longitude: 'Longitude (° E)',
      save: 'Save location',
      cancel: 'Cancel',
      confirmTitle: 'Save the new location of {{unit}}?',
      confirmText: '{{latitude}}° N, {{longitude}}° E.',
      confirm: 'Save',
      saved: 'The location of {{unit}} is saved',
    },
  },
};
