// What the demo seed (services/gateway) and the large fixture draw members with, and how they seal them.
export { sealMemberPii } from '../members/member-pii';
export {
  type BranchKind,
  branchKindOf,
  type DrawnEvent,
  type DrawnMember,
  drawMember,
  familyNames,
  IdNumbers,
} from './member-draws';
