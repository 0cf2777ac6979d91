// What a real unit records besides its place in the tree: its secretary, a contact person and phone, its
// founding date, its unified social credit code and its address. Each is optional; limits and formats come
// from @strata/contract, so the details form checks what this schema checks.
import { idInput } from '@strata/api';
import {
  contactPhoneMax,
  creditCodeLength,
  creditCodeProblem,
  displayNameMax,
  isChinesePhone,
  unitAddressMax,
} from '@strata/contract';
import type { Unit } from '@strata/db';
import { calendarDay } from '@strata/i18n/days';
import { z } from 'zod';

/** Optional text: blank is none. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((v) => v || null);

const contactPhone = optionalText(contactPhoneMax).refine((v) => v === null || isChinesePhone(v), {
  params: { key: 'phoneInvalid' },
});

/** A calendar day, not after today in the organisation's zone. */
const foundedOn = z
  .union([z.iso.date(), z.literal('')])
  .nullable()
  .transform((v) => v || null)
  .refine((v) => v === null || v <= calendarDay(new Date()), { params: { key: 'dateInFuture' } });

const creditCode = optionalText(creditCodeLength)
  .transform((v) => v?.toUpperCase() ?? null)
  .superRefine((code, ctx) => {
    const problem = code === null ? null : creditCodeProblem(code);
    if (problem)
      ctx.addIssue({ code: 'custom', params: { key: problem === 'shape' ? 'creditCodeShape' : 'creditCodeCheck' } });
  });

export const unitProfileFields = {
  secretary: optionalText(displayNameMax),
  contactPerson: optionalText(displayNameMax),
  contactPhone,
  foundedOn,
  creditCode,
  address: optionalText(unitAddressMax),
};

/** The details form: every field, blank for none. */
export const unitProfileInput = z.strictObject({ id: idInput, ...unitProfileFields });
export type UnitProfileInput = z.output<typeof unitProfileInput>;
export type UnitProfile = Omit<UnitProfileInput, 'id'>;

export const unitProfileOutput = z.object({
  secretary: z.string().nullable(),
  contactPerson: z.string().nullable(),
  contactPhone: z.string().nullable(),
  foundedOn: z.string().nullable(),
  creditCode: z.string().nullable(),
  address: z.string().nullable(),
});

/** 13800138000 -> 138****8000: enough to recognise a number, not to call it. */
export const maskPhone = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(-4)}`;
/** 陈丽 -> 陈*: the family name, not the person. */
export const maskName = (name: string) => {
  const characters = Array.from(name);
  return `${characters[0] ?? ''}${'*'.repeat(Math.max(1, characters.length - 1))}`;
};

/**
 * The unit's record as the reader may see it: in full for those who manage the unit, the contact person and
 * phone (personal data) masked for everyone else.
 */
export function toUnitProfile(unit: Unit, manages: boolean): z.infer<typeof unitProfileOutput> {
  const masked = (value: string | null, mask: (v: string) => string) =>
    value === null || manages ? value : mask(value);
  return {
    secretary: unit.secretary,
    contactPerson: masked(unit.contactPerson, maskName),
    contactPhone: masked(unit.contactPhone, maskPhone),
    foundedOn: unit.foundedOn,
    creditCode: unit.creditCode,
    address: unit.address,
  };
}

/** For the audit log: what changed, with the personal data masked (the log keeps that a number changed). */
export function profileForAudit(profile: UnitProfile) {
  return {
    ...profile,
    contactPerson: profile.contactPerson && maskName(profile.contactPerson),
    contactPhone: profile.contactPhone && maskPhone(profile.contactPhone),
  };
}
