import { Alert, type FormInstance, Modal, type ModalProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from './trpc-error';

type Props = Omit<ModalProps, 'onOk' | 'confirmLoading' | 'cancelText' | 'destroyOnHidden'> & {
  /** The form inside; OK submits it. */
  form: FormInstance;
  /** The mutation the form runs: OK shows its progress, its error shows above the form. */
  mutation: { isPending: boolean; isError: boolean; error: unknown };
  children: ReactNode;
};

/** The one dialog around a form: save/cancel in the user's language, progress on OK, the server's error on top. */
export function FormModal({ form, mutation, children, okText, ...modal }: Props) {
  const { t } = useTranslation('common');
  return (
    <Modal
      okText={okText ?? t('save')}
      cancelText={t('cancel')}
      onOk={() => form.submit()}
      confirmLoading={mutation.isPending}
      destroyOnHidden
      {...modal}
    >
      {mutation.isError && (
        <Alert type="error" showIcon title={errorMessage(mutation.error, t)} style={{ marginBottom: 16 }} />
      )}
      {children}
    </Modal>
  );
}
