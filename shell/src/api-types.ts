import type { RouterInputs, RouterOutputs } from './trpc';

export type Me = NonNullable<RouterOutputs['identity']['auth']['me']>;
export type Unit = RouterOutputs['identity']['units']['tree'][number];
export type UnitDetails = RouterOutputs['identity']['units']['get'];
export type UserRow = RouterOutputs['identity']['users']['list']['items'][number];
type UserListInput = RouterInputs['identity']['users']['list'];
/** A server-side sort of the users list: by which field, in which direction. */
export type UserSort = { sort: NonNullable<UserListInput['sort']>; order: NonNullable<UserListInput['order']> };
export type AuditRow = RouterOutputs['identity']['audit']['list']['items'][number];
export type RoleInfo = RouterOutputs['identity']['grants']['roles'][number];
export type UnitKind = Unit['kind'];
