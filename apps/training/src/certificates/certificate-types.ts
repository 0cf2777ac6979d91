// The certificates list's rows as the page reads them.
import type { RouterOutputs } from '../trpc';

export type CertificateRow = RouterOutputs['training']['certificates']['list']['items'][number];
