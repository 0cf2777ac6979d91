// How the audit page names things: kinds of object, objects (as they were), fields and coded values, in the
// user's language from the `domain` namespace, which every team's registration fills (see the manifest).
import type { ChangeWords } from '@strata/ui';
import type { TFunction } from 'i18next';
import type { AuditRow } from '../../api-types';

type Translator = { t: TFunction; exists: (key: string) => boolean };

export const entityKindLabel = ({ t }: Translator, entity: string) =>
  t(`domain:auditEntity.${entity}`, { defaultValue: entity });

/** The object as it was when the entry was written; its kind and id only for entries older than names. */
export function objectName(tr: Translator, row: AuditRow): string {
  if (row.labelWithheld) return tr.t('shell:audit.labelWithheld');
  return row.entityLabel ?? tr.t('shell:audit.unnamed', { kind: entityKindLabel(tr, row.entity), id: row.entityId });
}

export const actionLabel = ({ t }: Translator, action: string) =>
  t(`domain:auditAction.${action}`, { defaultValue: action });

/** Registered field names; undefined lets the change table make an unknown key readable. */
export const fieldLabel =
  ({ t, exists }: Translator) =>
  (key: string) =>
    exists(`domain:auditField.${key}`) ? t(`domain:auditField.${key}`) : undefined;

/** Codes whose words the domain namespace holds: roles and unit kinds. */
export const valueLabel =
  ({ t, exists }: Translator) =>
  (key: string, value: unknown) => {
    if (typeof value !== 'string') return undefined;
    const group = key === 'role' ? 'role' : key === 'kind' ? 'unitKind' : undefined;
    return group && exists(`domain:${group}.${value}`) ? t(`domain:${group}.${value}`) : undefined;
  };

/** The change words outside React (the export), the same the change table uses. */
export const changeWords = (tr: Translator, locale: string): ChangeWords => ({
  locale,
  fieldLabel: fieldLabel(tr),
  valueLabel: valueLabel(tr),
  yes: tr.t('common:yes'),
  no: tr.t('common:no'),
  blank: tr.t('common:change.blank'),
  outsideScope: tr.t('common:change.outsideScope'),
  separator: tr.t('common:change.separator'),
});
