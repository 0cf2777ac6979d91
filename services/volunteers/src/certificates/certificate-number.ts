// A volunteer service certificate's verification number: `VC-` and twelve characters (verificationNumbers in
// @strata/api, which training's certificates share).
import { verificationNumbers } from '@strata/api';

const numbers = verificationNumbers('VC');
export const newCertificateNumber = numbers.create;
export const certificateNumberOf = numbers.read;
