// A member's ID number, phone and address: sealed at rest under the process's key ring (@strata/personal-data), each
// bound to its field, with blind indexes for the two looked up by exact match. Shown masked unless the reader holds
// members.pii at the member's unit; opening them for such a reader is audited by the caller. Nothing here is logged.
import {
  blindIndex,
  currentKeyRing,
  decryptField,
  encryptField,
  maskAddress,
  maskIdNumber,
  maskPhone,
  normaliseIdNumber,
  normalisePhone,
} from '@strata/personal-data';

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

/** A member's personal data in the clear: for a permitted reader (audited by the caller) or for masking. */
export function openMemberPii(row: SealedMemberPii): MemberPii {
  const ring = currentKeyRing();
  return {
    idNumber: decryptField(ring, row.idNumber, fields.idNumber),
    phone: row.phone === '' ? '' : decryptField(ring, row.phone, fields.phone),
    address: row.address === '' ? '' : decryptField(ring, row.address, fields.address),
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

/** The row's personal data as this reader may see it: in the clear with members.pii at its unit, else masked. */
export function memberPiiFor(row: SealedMemberPii, revealed: boolean): MemberPii {
  const pii = openMemberPii(row);
  return revealed ? pii : maskMemberPii(pii);
}

/** The blind index an exact lookup by ID number or phone searches for (the value is normalised first). */
export const memberLookupIndex = (kind: 'idNumber' | 'phone', value: string) =>
  blindIndex(currentKeyRing(), kind, value);
