// Form rules that say what to do in the user's words: never antd's defaults ("请输入" on a select, a raw
// pattern). Limits passed in come from the shared schemas, so the form and the server agree.
import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';

export function formRules(t: TFunction) {
  return {
    /** A field to type into. */
    required: (field: string): FormRule => ({
      required: true,
      whitespace: true,
      message: t('common:required', { field }),
    }),
    /** A choice: a select, a tree, a radio group. */
    choose: (field: string): FormRule => ({ required: true, message: t('common:choose', { field }) }),
    length: (min: number, max: number): FormRule => ({ min, max, message: t('common:lengthBetween', { min, max }) }),
    maxLength: (max: number): FormRule => ({ max, message: t('common:lengthAtMost', { max }) }),
    /** A pattern, explained by `message` (never shown as the expression itself). */
    pattern: (pattern: RegExp, message: string): FormRule => ({ pattern, message }),
  };
}
