import { Button, Flex, Form, type FormInstance, type FormProps } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccess } from './access';
import { useUnsavedChanges } from './unsaved-changes';

export type FormPageProps<Values> = {
  form: FormInstance<Values>;
  initialValues?: FormProps<Values>['initialValues'];
  /** Saves; resolves once saved, rejects when the server refused (its field errors are on the fields then). */
  onFinish: (values: Values) => Promise<unknown>;
  saving: boolean;
  /** Back to where the user came from (asks first when something is unsaved). */
  onCancel: () => void;
  /** More actions beside save and back (e.g. delete). */
  extraActions?: ReactNode;
  /** The page's guard, when the page itself also leaves (say, after deleting): `useUnsavedChanges()`. */
  unsaved?: ReturnType<typeof useUnsavedChanges>;
  /**
   * What saving needs, at `unitId` (the current unit when omitted): without it every field is disabled and
   * there is no save; with it the form is marked (`data-permission`, `data-unit`) like a `Permitted` action.
   */
  permission: string;
  unitId?: number;
  testId?: string;
  style?: CSSProperties;
  children: ReactNode;
};

/**
 * The one form page: vertical layout, save and back below, and the unsaved-changes guard (leaving after a
 * change, by the menu, back, a link or reload, asks first; saving clears it, a refused save restores it).
 * Server field errors go on the fields with `applyFieldErrors`; limits come from the shared schemas. Its
 * fields and save are one action, behind `permission` at the unit, read-only without it.
 */
export function FormPage<Values>({
  form,
  initialValues,
  onFinish,
  saving,
  onCancel,
  extraActions,
  unsaved: pageGuard,
  permission,
  unitId,
  testId,
  style,
  children,
}: FormPageProps<Values>) {
  const { t } = useTranslation('common');
  const ownGuard = useUnsavedChanges();
  const unsaved = pageGuard ?? ownGuard;
  const access = useAccess();
  const readOnly = !access.can(permission, unitId);
  const finish = async (values: Values) => {
    // Clean before the save's own navigation (to the list, say) runs; dirty again if it was refused.
    unsaved.markClean();
    try {
      await onFinish(values);
    } catch {
      unsaved.markDirty();
    }
  };
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      style={{ maxWidth: 800, ...style }}
      initialValues={initialValues}
      onFinish={finish}
      onValuesChange={unsaved.markDirty}
      disabled={readOnly}
      data-testid={testId}
      {...(!readOnly && { 'data-permission': permission, 'data-unit': unitId ?? access.unitId })}
    >
      {children}
      <Flex gap={8} wrap>
        {!readOnly && (
          <Button type="primary" htmlType="submit" loading={saving} data-testid={testId && `${testId}-save`}>
            {t('save')}
          </Button>
        )}
        <Button onClick={onCancel} disabled={false} data-neutral>
          {t('back')}
        </Button>
        {extraActions}
      </Flex>
    </Form>
  );
}
