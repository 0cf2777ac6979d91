// What browser and server both need, with no dependency on either: the remote manifest's shape and the
// rules a form checks before the server checks them again. Nothing here imports a service.
export { Access, type AccessGrant, type AccessSnapshot } from './access';
export {
  capitalAmount,
  type DuesCategory,
  duesCategories,
  duesCategoryLabels,
  duesCategoryOf,
  fenPerYuan,
  formatFen,
  parseYuan,
} from './dues';
export {
  boardLimits,
  contactPhoneMax,
  creditCodeCheckCharacter,
  creditCodeLength,
  creditCodeProblem,
  displayNameMax,
  isChinesePhone,
  letterLimits,
  listCountBound,
  nameKey,
  recycleBinDays,
  unitAddressMax,
  unitNameMax,
  userImportMaxRows,
  usernameRule,
} from './limits';
export {
  activeMemberStatuses,
  type MemberAgeBand,
  type MemberEducation,
  type MemberEthnicity,
  type MemberGender,
  type MemberImportColumn,
  type MemberOccupation,
  type MemberStage,
  type MemberStatus,
  type MemberYearBand,
  memberAgeBands,
  memberEducations,
  memberEthnicities,
  memberEthnicityCodes,
  memberGenders,
  memberImportColumns,
  memberLimits,
  memberOccupations,
  memberStages,
  memberStatuses,
  memberYearBands,
  type SponsorRole,
  sponsorRoles,
  sponsorStages,
  sponsorsOfStep,
} from './members';
export { type Notice, type NoticeList, type NoticeSource, noticeLimits } from './notices';
export { isStrongPassword, passwordMinLength } from './password-rule';
export type {
  DomainLabels,
  MenuGlyph,
  RemoteAppProps,
  RemoteManifest,
  RemoteManifestEntry,
  RemoteMenuItem,
  UnitAccess,
} from './remote-manifest';
