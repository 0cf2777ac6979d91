import { Alert, App, Form, type FormInstance, type FormProps, type ModalProps } from 'antd';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalOnOpen } from './modal-on-open';
import { errorMessage } from './trpc-error';
import { confirmDiscard, useUnsavedChanges } from './unsaved-changes';

type Props<Values> = Omit<ModalProps, 'onOk' | 'confirmLoading' | 'cancelText' | 'destroyOnHidden'> & {
  /** The form inside; OK submits it. */
  form: FormInstance<Values>;
  /** The mutation the form runs: OK shows its progress, its error shows above the form. */
  mutation: { isPending: boolean; isError: boolean; error: unknown };
  /** The values of the record the dialog opens for (or a new one's defaults). */
  initialValues?: FormProps<Values>['initialValues'];
  onFinish: (values: Values) => void;
  /** `data-testid` of the form. */
  testId?: string;
  /** The form's items. */
  children: ReactNode;
};

/**
 * The one dialog around a form: save/cancel in the user's language, progress on OK, the server's error on
 * top. It owns the Form, so every opening starts from the record it opens for: the content is destroyed on
 * close and the form's values cleared with it (antd would otherwise keep the last values over the next
 * record's initialValues, and saving would write them to the wrong record). Closing it after a change
 * (cancel, the close button, Esc, a click beside it) or leaving the page asks first.
 */
export function FormModal<Values>({
  form,
  mutation,
  initialValues,
  onFinish,
  testId,
  children,
  okText,
  ...modal
}: Props<Values>) {
  const { t } = useTranslation('common');
  const body = useRef<HTMLDivElement>(null);
  const { afterOpenChange, onCancel, open } = modal;
  const { modal: modals } = App.useApp();
  const unsaved = useUnsavedChanges();
  // Closed (saved, or dropped after asking), nothing is left unsaved.
  useEffect(() => {
    if (!open) unsaved.markClean();
  }, [open, unsaved]);
  const cancel: ModalProps['onCancel'] = async (event) => {
    if (unsaved.isDirty() && !(await confirmDiscard(modals, t))) return;
    unsaved.markClean();
    onCancel?.(event);
  };
  // Open, the cursor goes to the first field one can type in or choose from (antd would focus the close
  // button), unless the user has already gone to a field of the form.
  const opened = (open: boolean) => {
    if (open && !body.current?.contains(document.activeElement))
      body.current
        ?.querySelector<HTMLElement>('input:not([disabled]):not([type="hidden"]), textarea:not([disabled])')
        ?.focus();
    afterOpenChange?.(open);
  };
  return (
    <ModalOnOpen
      okText={okText ?? t('save')}
      cancelText={t('cancel')}
      onOk={() => form.submit()}
      confirmLoading={mutation.isPending}
      destroyOnHidden
      {...modal}
      onCancel={cancel}
      afterOpenChange={opened}
    >
      {mutation.isError && (
        <Alert type="error" showIcon title={errorMessage(mutation.error, t)} style={{ marginBottom: 16 }} />
      )}
      <div ref={body}>
        <Form<Values>
          form={form}
          layout="vertical"
          clearOnDestroy
          initialValues={initialValues}
          onFinish={onFinish}
          onValuesChange={unsaved.markDirty}
          data-testid={testId}
        >
          {children}
        </Form>
      </div>
    </ModalOnOpen>
  );
}
