// A person's ID number, phone and address as Strata keeps them: sealed at rest under the process's key ring
// (@strata/personal-data), each bound to its model's field, with blind indexes for the two looked up by exact match.
// Shown masked unless the reader holds the owning team's personal-data permission at the row's unit; opening them for
// such a reader is audited by the caller. Nothing here is logged. `personalData(model)` gives one model's set (a
// member's here; a volunteer's in the volunteers team, which imports it as @strata/service-members/personal-data).
import { AppError } from '@strata/api';
import {
  blindIndex,
  currentKeyRing,
  decryptField,
  encryptField,
  type KeyRing,
  maskAddress,
  maskIdNumber,
  maskPhone,
  normaliseIdNumber,
  normalisePhone,
  PersonalDataError,
  sealedKeyId,
} from '@strata/personal-data';
import { membersMessage } from '../locales';

/** A person's personal data in the clear, as a form gives it (the ID number checked before it comes here). */
export type PersonPii = { idNumber: string; phone: string; address: string };
/** The sealed columns as a row holds them. */
export type SealedPii = { idNumber: string; phone: string; address: string };

/**
 * One sealed value opened, or an error a reader understands: a value sealed under a key the ring does not hold (a
 * key file lost or replaced) names that key, never showing a wrong value; a damaged one says so. Neither message
 * holds the value.
 */
function open(ring: KeyRing, sealed: string, context: string): string {
  try {
    return decryptField(ring, sealed, context);
  } catch (error) {
    if (!(error instanceof PersonalDataError)) throw error;
    if (error.code === 'unknownKey')
      throw new AppError('INTERNAL_SERVER_ERROR', membersMessage('personalDataKeyMissing'), {
        keyId: sealedKeyId(sealed),
      });
    throw new AppError('INTERNAL_SERVER_ERROR', membersMessage('personalDataDamaged'));
  }
}

/** The masks a reader without the permission sees (110105********002X, 138****5678, the address's first characters). */
export function maskPii(pii: PersonPii): PersonPii {
  return {
    idNumber: maskIdNumber(pii.idNumber),
    phone: pii.phone === '' ? '' : maskPhone(pii.phone),
    address: maskAddress(pii.address),
  };
}

/**
 * Masks already worked out, by field context and sealed value. A list page masks two values per row, and opening one
 * costs about 25 µs (AES-GCM's key schedule and tag check in Node's crypto), which was most of a page's work; a mask
 * is a function of the sealed value (a new value is sealed anew, under a fresh IV), so it can be kept. Only masks are
 * kept, never a value in the clear, and at most `maskCacheSize` of them, the oldest dropped first.
 */
const masks = new Map<string, string>();
const maskCacheSize = 20_000;

function maskOf(ring: KeyRing, sealed: string, context: string, mask: (value: string) => string): string {
  if (sealed === '') return '';
  const key = `${context}:${sealed}`;
  const known = masks.get(key);
  if (known !== undefined) return known;
  const masked = mask(open(ring, sealed, context));
  if (masks.size >= maskCacheSize) masks.delete(masks.keys().next().value as string);
  masks.set(key, masked);
  return masked;
}

/** The sealing, opening and masking of one model's three fields, each bound to `<model>.<field>`. */
export function personalData(model: string) {
  const fields = { idNumber: `${model}.idNumber`, phone: `${model}.phone`, address: `${model}.address` } as const;

  /** The sealed columns and the blind indexes. Empty phone and address stay empty. */
  const seal = (pii: PersonPii) => {
    const ring = currentKeyRing();
    const idNumber = normaliseIdNumber(pii.idNumber);
    const phone = pii.phone === '' ? '' : normalisePhone(pii.phone);
    const address = pii.address.trim();
    return {
      idNumber: encryptField(ring, idNumber, fields.idNumber),
      idNumberIndex: blindIndex(ring, 'idNumber', idNumber),
      phone: phone === '' ? '' : encryptField(ring, phone, fields.phone),
      phoneIndex: phone === '' ? null : blindIndex(ring, 'phone', phone),
      address: address === '' ? '' : encryptField(ring, address, fields.address),
    };
  };

  /** In the clear: for a permitted reader (audited by the caller) or for masking. */
  const openAll = (row: SealedPii): PersonPii => {
    const ring = currentKeyRing();
    return {
      idNumber: open(ring, row.idNumber, fields.idNumber),
      phone: row.phone === '' ? '' : open(ring, row.phone, fields.phone),
      address: row.address === '' ? '' : open(ring, row.address, fields.address),
    };
  };

  /** Masked, as every reader without the permission at the row's unit sees it (and every list shows it). */
  const masked = (row: SealedPii): PersonPii => {
    const ring = currentKeyRing();
    return {
      idNumber: maskOf(ring, row.idNumber, fields.idNumber, maskIdNumber),
      phone: maskOf(ring, row.phone, fields.phone, maskPhone),
      address: maskOf(ring, row.address, fields.address, maskAddress),
    };
  };

  return {
    seal,
    open: openAll,
    masked,
    for: (row: SealedPii, revealed: boolean) => (revealed ? openAll(row) : masked(row)),
  };
}

const memberPii = personalData('Member');

/** A member's personal data in the clear, as a form gives it. */
export type MemberPii = PersonPii;
/** The sealed columns as a member row holds them. */
export type SealedMemberPii = SealedPii;
export const sealMemberPii = memberPii.seal;
export const openMemberPii = memberPii.open;
export const maskMemberPii = maskPii;
export const maskedMemberPii = memberPii.masked;
/** The row's personal data as this reader may see it: in the clear with members.pii at its unit, else masked. */
export const memberPiiFor = memberPii.for;

/** The blind index an exact lookup by ID number or phone searches for (the value is normalised first). */
export const lookupIndex = (kind: 'idNumber' | 'phone', value: string) => blindIndex(currentKeyRing(), kind, value);
export const memberLookupIndex = lookupIndex;
