// Types flow from the AppRouter; nothing here is hand-copied from the server.
import type { RouterInputs, RouterOutputs } from '../trpc';

export type MapUnits = RouterOutputs['members']['map']['units'];
export type MapUnit = MapUnits['units'][number];
export type MapScale = MapUnits['scale'][number];
export type MapFigure = RouterInputs['members']['map']['units']['figure'];
export type Figures = MapUnit['figures'];
export type Boundary = NonNullable<MapUnit['boundary']>;
