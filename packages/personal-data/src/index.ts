// Personal data shared by every team: sealing fields at rest under a rotating key ring, blind indexes for
// exact-match lookups without decrypting, masks for display, and checks of ID and phone numbers. Never log what
// these functions take or return; personalDataFieldNames is there for a logger's redaction list.
export { type BlindIndexKind, blindIndex, normaliseForIndex, normaliseText } from './blind-index';
export {
  decryptField,
  encryptField,
  needsReencryption,
  PersonalDataError,
  type PersonalDataErrorCode,
  sealedKeyId,
} from './cipher';
export { type PersonalDataFieldName, personalDataFieldNames } from './fields';
export { checkIdNumber, type IdNumberCheck, idNumberCheckCharacter, idNumberFor, normaliseIdNumber } from './id-number';
export {
  type KeyRing,
  KeyRingError,
  type LoadKeyRingOptions,
  loadKeyRing,
  newKeyRing,
  parseKeyRing,
  replaceKeyFile,
  rotateKeyRing,
  serialiseKeyRing,
} from './keys';
export { maskAddress, maskIdNumber, maskName, maskPhone } from './mask';
export { checkPhone, normalisePhone, type PhoneCheck } from './phone';
export { currentKeyRing, hasKeyRing, installKeyRing } from './ring';
