export { type Actor, actorOf, todayOf } from './actor';
export { type AreaWords, type JoinedMessages, joinAreaWords } from './area-words';
export { type Count, countAttempt, sweepAttemptCounters } from './attempt-counter';
export { outsideScope, recordAudit, snapshotsForReader } from './audit';
export { type AuditedObject, auditSubject } from './audit-subject';
export {
  type BatchBenchCase,
  type BatchCall,
  type BenchCaller,
  type BenchCase,
  type BenchPicked,
  type BenchRole,
  benchRoles,
  type FloorProvider,
  type FloorQuery,
  instantLiteral,
  isBatchCase,
  isPageCase,
  type OperationBenchCase,
  type OperationFloor,
  type OperationTools,
  type PageBenchCase,
  type ProcedureBenchCase,
  scopedCountFloor,
  scopedListFloor,
  subtreeParams,
} from './bench';
export {
  type AuthedContext,
  type Config,
  type Context,
  type ContextOptions,
  type CookieJar,
  createContextInner,
  defaultConfig,
} from './context';
export { AppError, conflict, fieldError, forbidden, notFound } from './errors';
export { menuIcon } from './menu-icon';
export { naturalKey } from './natural-key';
export {
  defineNotices,
  markedNotices,
  noticeKeys,
  noticeList,
  type ProvidedNotices,
  type TeamNotices,
} from './notices';
export { checked, checkOutputs } from './output-check';
export { type Instant, idInput, isoDate, pageArgs, pageInput, pageOf, toIso } from './paging';
export type {
  PublicAsset,
  PublicPage,
  PublicPageAnswer,
  PublicPageDeps,
  PublicPageRequest,
  SiteFrame,
  SiteFrameOptions,
  SiteNavEntry,
} from './public-pages';
export { currentRequestOrigin, type RequestOrigin, requestOrigin, withRequestOrigin } from './request-origin';
export { integerLiteral, joinReviewed, queryReviewed, reviewedSql, valueList } from './reviewed-sql';
export {
  isRole,
  type Permission,
  type Role,
  RoleCatalog,
  type RoleContribution,
  roleCatalog,
} from './roles';
export { type GrantInScope, Scope, subtreePaths } from './scope';
export { ScopeGuardError, ScopeRules, withScopeGuard } from './scope-guard';
export {
  type CountSource,
  holdEveryUnit,
  inSubtrees,
  mapPage,
  type Page,
  type PageRows,
  type PageSource,
  scopedCounts,
  scopedPage,
  walksInOrder,
} from './scoped-page.sql';
export { boundedHits, defineSearch, type FoundByKind, searchAnswer, searchText, type TeamSearch } from './search';
export {
  builtVersion,
  clearSearchIndex,
  compactSearchIndex,
  compareKeys,
  type IndexedDocument,
  markBuilt,
  type SearchIndex,
  type SearchWalk,
  searchHits,
  searchIndexIds,
  searchIndexKeys,
  searchIndexUnits,
  searchKey,
  searchMatches,
  searchWalk,
  sqliteSearchRows,
  writeSearchIndex,
} from './search-index.sql';
export { seededRandom } from './seeded-random';
export {
  csrfCookie,
  hashToken,
  openSession,
  type ResolvedSession,
  resolveSession,
  sessionCookie,
} from './session';
export { SessionCache, type SessionCacheOptions, type SessionChange, sessionsChanged } from './session-cache';
export type { SystemOperations } from './system';
export {
  type AuditSubject,
  composeTeams,
  defineTeam,
  type FixtureContext,
  type FixtureRandom,
  type FixtureUnit,
  type FixtureUser,
  type FixtureValue,
  installTeams,
  type RemoteApp,
  type RoutersOf,
  type RowDerivers,
  type TeamFixture,
  type TeamRegistration,
  teamMessage,
} from './team';
export {
  afterTransaction,
  retryableFailure,
  runTransaction,
  transactionAttempts,
  transactionOptions,
} from './transactions';
export {
  authedProcedure,
  checkSignedIn,
  createCallerFactory,
  type Meta,
  middleware,
  permissionProcedure,
  publicProcedure,
  router,
  TRPCError,
} from './trpc';
export { onUnitCreated, unitCreated } from './unit-events';
export { type DataModel, isUnitOwned, unitOwnedModels } from './unit-owned-models';
export {
  assertActiveUnit,
  type CheckedUnit,
  checkedSubtree,
  trustedUnit,
  unitInScope,
  withinPath,
} from './units-in-scope';
export { numberAlphabet, verificationNumbers } from './verification-number';
export { type VerificationPagesOptions, type VerifiedFacts, verificationPages } from './verification-pages';
export { ensureOfficialCalendar, workingCalendar } from './working-calendar.sql';
