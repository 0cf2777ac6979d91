// The people area's rules, apart from any database: what an ID number says (the gender a volunteer is recorded with),
// whether a phone number is one, what a list's search asks for, and which details an edit changes. Each problem names
// the field a form marks and a message key, never the value typed.
import { AppError } from '@strata/api';
import { checkIdNumber, checkPhone, normaliseIdNumber } from '@strata/personal-data';
import { volunteersMessage } from '../locales';

/** A message key as AppError takes it: a core one or the team's (`volunteers.<key>`). */
type MessageKey = ConstructorParameters<typeof AppError>[1];
export type Problem = { field: string; key: MessageKey };

/** Throws the problem as the field error a form shows on its field. */
export function refuse(problem: Problem): never {
  throw new AppError('BAD_REQUEST', problem.key, {}, problem.field);
}

const idNumberKeys = {
  format: volunteersMessage('idNumberFormat'),
  checkDigit: volunteersMessage('idNumberCheckDigit'),
  birthDate: volunteersMessage('idNumberBirthDate'),
} as const;

export type Identity = { idNumber: string; gender: 'male' | 'female' };

/** The ID number checked (format, check character, a birth date that exists and is not after `today`), and its gender. */
export function identityOf(idNumber: string, today: string): { identity: Identity } | { problem: Problem } {
  const check = checkIdNumber(idNumber, today);
  if (!check.ok) return { problem: { field: 'idNumber', key: idNumberKeys[check.reason] } };
  return { identity: { idNumber: check.normalised, gender: check.gender } };
}

/** A phone number as stored (its digits), blank for none, or the problem with it. */
export function phoneOf(value: string): { phone: string } | { problem: Problem } {
  if (value === '') return { phone: '' };
  const check = checkPhone(value);
  return check.ok ? { phone: check.normalised } : { problem: { field: 'phone', key: 'phoneInvalid' } };
}

/** What a details form gives, checked: the identity and the phone as stored, or the first problem. */
export function checkedPerson(
  input: { idNumber: string; phone: string },
  today: string,
): { identity: Identity; phone: string } | { problem: Problem } {
  const identity = identityOf(input.idNumber, today);
  if ('problem' in identity) return identity;
  const phone = phoneOf(input.phone);
  if ('problem' in phone) return phone;
  return { identity: identity.identity, phone: phone.phone };
}

/**
 * What a list's search asks for: a whole ID number (18 characters, checked as one) or phone number is looked up
 * exactly, through its blind index; anything else is part of a name.
 */
export type Search =
  | { kind: 'idNumber'; value: string }
  | { kind: 'phone'; value: string }
  | { kind: 'name'; value: string };

export function searchOf(q: string): Search {
  const idNumber = normaliseIdNumber(q);
  if (/^\d{17}[\dX]$/.test(idNumber)) return { kind: 'idNumber', value: idNumber };
  if (/\d/.test(q) && !/[^\d\s()+.-]/.test(q.normalize('NFKC'))) {
    const phone = checkPhone(q);
    if (phone.ok) return { kind: 'phone', value: phone.normalised };
  }
  return { kind: 'name', value: q };
}

/** Keys stored as a JSON array (skills, availability), read back: anything unreadable reads as none. */
export function keysFrom(json: string): string[] {
  try {
    const keys: unknown = JSON.parse(json);
    return Array.isArray(keys) ? keys.filter((k): k is string => typeof k === 'string') : [];
  } catch {
    return [];
  }
}

/** The keys of the fields whose values differ, in the order given. */
export function changedKeys<T extends Record<string, unknown>>(before: T, after: T, keys: readonly (keyof T)[]) {
  return keys.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}
