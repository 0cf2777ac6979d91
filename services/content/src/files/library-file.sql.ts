// The content team's files are the File rows no letter holds: a letter's attachments are stored as files of the unit
// that received it (@strata/files), but they are the letter's (only its handlers read them, through the mailbox's
// rule in /files), never part of the unit's library, never usable in an article or a document.
import { reviewedSql } from '@strata/api';

/** For a Prisma query on File. */
export const libraryFile = { letters: { none: {} } } as const;

/** For a reviewed statement on File as `r`. */
export const libraryFileSql = reviewedSql`NOT EXISTS (SELECT 1 FROM "LetterFile" lf WHERE lf."fileId" = r."id")`;
