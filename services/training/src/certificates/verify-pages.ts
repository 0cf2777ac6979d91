// The public verification of a training certificate on the portal (/site/verify/training, a form asking for the
// number, and /site/verify/training/<number>), the same pattern as the volunteers' (verificationPages in @strata/api).
// It shows what the certificate states and nothing more: the holder's name masked, the course, the unit that runs it
// and the day of issue; a number that is unknown, or cannot be one, answers the same page.
import { type PublicPage, type PublicPageDeps, type VerifiedFacts, verificationPages } from '@strata/api';
import { calendarDay } from '@strata/i18n/days';
import { maskName } from '@strata/personal-data';
import { certificateNumbers } from '../enrolments/progress';

export const trainingVerifyPath = '/site/verify/training';

/** A certificate by its number, as the verification states it. */
async function statedFacts(deps: PublicPageDeps, number: string): Promise<VerifiedFacts | null> {
  const certificate = await deps.db.trainingCertificate.findUnique({
    where: { number },
    select: {
      number: true,
      learnerName: true,
      courseTitle: true,
      issuedAt: true,
      revokedAt: true,
      courseUnit: { select: { name: true } },
    },
  });
  if (!certificate) return null;
  return {
    revoked: certificate.revokedAt !== null,
    facts: [
      ['证书编号', certificate.number],
      ['持有人', maskName(certificate.learnerName)],
      ['培训课程', certificate.courseTitle],
      ['培训单位', certificate.courseUnit.name],
      ['结业日期', calendarDay(certificate.issuedAt)],
    ],
  };
}

export const trainingVerifyPages = (deps: PublicPageDeps): PublicPage[] =>
  verificationPages({
    path: trainingVerifyPath,
    heading: '培训结业证书核验',
    headingEn: 'Verify a training certificate',
    documentTitle: '培训结业证书核验 Training certificate verification',
    noun: '培训结业证书',
    short: '证书',
    numberLabel: '证书编号',
    placeholder: 'TC-XXXXXXXXXXXX',
    read: certificateNumbers.read,
    reads: ['TrainingCertificate', 'Unit'],
    find: (number) => statedFacts(deps, number),
  });
