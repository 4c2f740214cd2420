/** Localised sentences for import problems and errors (message keys cannot contain hyphens). */
import { t } from '../../shared/i18n';
import type { ImportErrorCode, ImportFormat, ProblemReason } from '../../import/types';

const key = (s: string) => s.replace(/-/g, '_');

export const problemText = (reason: ProblemReason) => t(`impProblem_${key(reason)}`);
export const errorText = (code: ImportErrorCode) => t(`impError_${key(code)}`);
export const formatName = (format: ImportFormat) => t(`impFormat_${key(format)}`);
