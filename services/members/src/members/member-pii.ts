// A member's ID number, phone and address: sealed at rest under the process's key ring (@strata/personal-data), each
// bound to its field, with blind indexes for the two looked up by exact match. Shown masked unless the reader holds
// members.pii at the member's unit; opening them for such a reader is audited by the caller. Nothing here is logged.
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

const fields = { idNumber: 'Member.idNumber', phone: 'Member.phone', address: 'Member.address' } as const;

/** A member's personal data in the clear, as a form gives it (the ID number checked before it comes here). */
export type MemberPii = { idNumber: string; phone: string; address: string };

/** The sealed columns and the blind indexes for a member's personal data. Empty phone and address stay empty. */
export function sealMemberPii(pii: MemberPii) {
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
}

/** The sealed columns as a member row holds them. */
export type SealedMemberPii = { idNumber: string; phone: string; address: string };

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

/** A member's personal data in the clear: for a permitted reader (audited by the caller) or for masking. */
export function openMemberPii(row: SealedMemberPii): MemberPii {
  const ring = currentKeyRing();
  return {
    idNumber: open(ring, row.idNumber, fields.idNumber),
    phone: row.phone === '' ? '' : open(ring, row.phone, fields.phone),
    address: row.address === '' ? '' : open(ring, row.address, fields.address),
  };
}

/** The masks a reader without members.pii sees (110105********002X, 138****5678, the address's first characters). */
export function maskMemberPii(pii: MemberPii): MemberPii {
  return {
    idNumber: maskIdNumber(pii.idNumber),
    phone: pii.phone === '' ? '' : maskPhone(pii.phone),
    address: maskAddress(pii.address),
  };
}

/**
 * Masks already worked out, by field and sealed value. A list page masks two values per row, and opening one costs
 * about 25 µs (AES-GCM's key schedule and tag check in Node's crypto), which was most of a page's work; a mask is a
 * function of the sealed value (a new value is sealed anew, under a fresh IV), so it can be kept. Only masks are kept,
 * never a value in the clear, and at most `maskCacheSize` of them, the oldest dropped first.
 */
const masks = new Map<string, string>();
const maskCacheSize = 20_000;

function maskOf(ring: KeyRing, sealed: string, field: keyof typeof fields, mask: (value: string) => string): string {
  if (sealed === '') return '';
  const key = `${field}:${sealed}`;
  const known = masks.get(key);
  if (known !== undefined) return known;
  const masked = mask(open(ring, sealed, fields[field]));
  if (masks.size >= maskCacheSize) masks.delete(masks.keys().next().value as string);
  masks.set(key, masked);
  return masked;
}

/** A row's personal data masked, as every reader without members.pii at its unit sees it (and every list shows it). */
export function maskedMemberPii(row: SealedMemberPii): MemberPii {
  const ring = currentKeyRing();
  return {
    idNumber: maskOf(ring, row.idNumber, 'idNumber', maskIdNumber),
    phone: maskOf(ring, row.phone, 'phone', maskPhone),
    address: maskOf(ring, row.address, 'address', maskAddress),
  };
}

/** The row's personal data as this reader may see it: in the clear with members.pii at its unit, else masked. */
export function memberPiiFor(row: SealedMemberPii, revealed: boolean): MemberPii {
  return revealed ? openMemberPii(row) : maskedMemberPii(row);
}

/** The blind index an exact lookup by ID number or phone searches for (the value is normalised first). */
export const memberLookupIndex = (kind: 'idNumber' | 'phone', value: string) =>
  blindIndex(currentKeyRing(), kind, value);
