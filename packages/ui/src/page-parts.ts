// Parts only some of the remotes' pages draw, fetched when a page first draws one (onDemand): a record's states and
// its personal-data reveal and timeline (a letter, a member, a topic; the audit log's details). The console's first
// visit (the shell provides @strata/ui whole) never carries them. A form page's frame stays in: it holds the form's
// own lazy parts (the article editor), whose loading would otherwise suspend the whole form behind this boundary.
import type { ComponentType } from 'react';
import { onDemand } from './on-demand';

/** The component `name` of the module `load` fetches (checked against it), at its first render. */
function part<M, K extends keyof M>(load: () => Promise<M>, name: K): M[K] {
  return onDemand(async () => ({ default: (await load())[name] as ComponentType<object> })) as M[K];
}

/** What the page shows around its record (record-states.tsx). */
export const RecordStates = part(() => import('./record-states'), 'RecordStates');

/** The reveal of masked personal data (reveal-personal-data.tsx). */
export const RevealPersonalData = part(() => import('./reveal-personal-data'), 'RevealPersonalData');

/** A record's events, latest first (timeline.tsx). */
export const Timeline = part(() => import('./timeline'), 'Timeline');
