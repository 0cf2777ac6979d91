import type { RouterOutputs } from './trpc';

export type Me = NonNullable<RouterOutputs['identity']['auth']['me']>;
export type Unit = RouterOutputs['identity']['units']['tree'][number];
export type UnitDetails = RouterOutputs['identity']['units']['get'];
export type UserRow = RouterOutputs['identity']['users']['list']['items'][number];
export type AuditRow = RouterOutputs['identity']['audit']['list']['items'][number];
export type RoleInfo = RouterOutputs['identity']['grants']['roles'][number];
export type UnitKind = Unit['kind'];
