// The demo units' records, made the same way on every seed: the n-th unit gets the n-th names, a phone and a
// credit code that pass the checks the details form and the server apply.
import { creditCodeCheckCharacter } from '@strata/contract';
import { demoProfile } from './demo-data';

const { areaCode, region, familyNames, givenNames } = demoProfile;
const pad = (value: number, digits: number) => String(value).padStart(digits, '0');

/** The n-th person: family and given names taken in turn. */
const personName = (n: number) => `${familyNames[n % familyNames.length]}${givenNames[(n * 7) % givenNames.length]}`;

/** A party organisation's code in the city (registered by the staffing office, kind "organ": 11), checked. */
function creditCode(n: number) {
  const first17 = `11${region}MB${pad(n + 1, 7)}`;
  return `${first17}${creditCodeCheckCharacter(first17)}`;
}

/** Every third unit gives an office landline, the others a mobile. */
const phone = (n: number) =>
  n % 3 === 0 ? `${areaCode}-8${pad(5_100_000 + n * 37, 7)}` : `13${(n % 7) + 3}0715${pad(n, 4)}`;

/** A founding date spread over the decades, for units without one of their own. */
const foundingDay = (n: number) => `${1960 + ((n * 7) % 55)}-${pad(1 + (n % 12), 2)}-${pad(1 + ((n * 5) % 28), 2)}`;

export function demoUnitProfile(n: number, at: { address: string; foundedOn?: string }) {
  return {
    secretary: personName(2 * n),
    contactPerson: personName(2 * n + 1),
    contactPhone: phone(n),
    foundedOn: at.foundedOn ?? foundingDay(n),
    creditCode: creditCode(n),
    address: at.address,
  };
}
