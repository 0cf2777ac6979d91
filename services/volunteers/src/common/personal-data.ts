// A volunteer's ID number, phone and address: sealed, opened and masked exactly as a member's are, by the members
// team's code (@strata/service-members/personal-data), each bound to the Volunteer model's fields.
import { personalData } from '@strata/service-members/personal-data';

export const volunteerPii = personalData('Volunteer');
export { lookupIndex, maskPii, type PersonPii, type SealedPii } from '@strata/service-members/personal-data';
