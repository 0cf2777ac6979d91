// The submitter's name and phone are sealed at rest (@strata/personal-data) under the process's key ring, each
// bound to its field, and found by phone through a blind index. Nothing here is ever logged.
import { blindIndex, currentKeyRing, decryptField, encryptField } from '@strata/personal-data';

const nameField = 'Letter.submitterName';
const phoneField = 'Letter.submitterPhone';

/** The sealed fields and the phone's index, for a new letter. Empty values stay empty (nothing to seal). */
export function sealSubmitter(name: string, phone: string) {
  const ring = currentKeyRing();
  return {
    submitterName: name ? encryptField(ring, name, nameField) : '',
    submitterPhone: phone ? encryptField(ring, phone, phoneField) : '',
    phoneIndex: phone ? blindIndex(ring, 'phone', phone) : null,
  };
}

/** The submitter in the clear: for masking, or for a handler's audited reveal. */
export function openSubmitter(letter: { submitterName: string; submitterPhone: string }) {
  const ring = currentKeyRing();
  return {
    name: letter.submitterName ? decryptField(ring, letter.submitterName, nameField) : '',
    phone: letter.submitterPhone ? decryptField(ring, letter.submitterPhone, phoneField) : '',
  };
}

/** The index a phone number is found by (handlers searching a caller's letters). */
export const phoneIndexOf = (phone: string) => blindIndex(currentKeyRing(), 'phone', phone);
