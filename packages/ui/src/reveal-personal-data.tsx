// Below masked personal data (a letter's submitter, a member's ID number and phone): the reveal, asked first because
// the server records each one in the audit log, and once revealed the word that it was recorded.
import { Alert, App, Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Permitted } from './access';
import { errorMessage } from './trpc-error';

export type RevealWords = {
  /** Under the masked values: why they are masked. */
  masked: string;
  reveal: string;
  /** The question asked before revealing: its title, text and confirming button. */
  askTitle: string;
  askText: string;
  askOk: string;
  /** Once revealed: that the viewing was recorded. */
  revealed: string;
  failed: string;
};

export type RevealProps = {
  revealed: boolean;
  /** The server offers the reveal to this reader; `permission` at `unitId` marks (and guards) the button. */
  offered: boolean;
  permission: string;
  unitId: number;
  words: RevealWords;
  /** Reveals (the mutation); a refusal shows here from `state`. */
  onReveal: () => Promise<unknown>;
  state: { isPending: boolean; isError: boolean; error: unknown };
  /** Prefix of the test ids: `<testId>-masked`, `-reveal`, `-reveal-ok` (the question's button), `-revealed`. */
  testId: string;
};

/** The reveal button (or, revealed, the audit word) and a failed reveal's reason. */
export function RevealPersonalData({
  revealed,
  offered,
  permission,
  unitId,
  words,
  onReveal,
  state,
  testId,
}: RevealProps) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const ask = () =>
    modal.confirm({
      title: words.askTitle,
      content: words.askText,
      okText: words.askOk,
      okButtonProps: { 'data-testid': `${testId}-reveal-ok` } as Record<string, string>,
      onOk: async () => {
        // A refusal shows below (state.error).
        await onReveal().catch(() => undefined);
      },
    });

  return (
    <>
      {revealed ? (
        <Alert
          type="info"
          showIcon
          title={words.revealed}
          style={{ marginTop: 8 }}
          data-testid={`${testId}-revealed`}
        />
      ) : (
        <>
          <Typography.Paragraph type="secondary" style={{ margin: '8px 0' }} data-testid={`${testId}-masked`}>
            {words.masked}
          </Typography.Paragraph>
          {offered && (
            <Permitted permission={permission} unitId={unitId}>
              <Button onClick={ask} loading={state.isPending} data-testid={`${testId}-reveal`}>
                {words.reveal}
              </Button>
            </Permitted>
          )}
        </>
      )}
      {state.isError && (
        <Alert
          type="error"
          showIcon
          title={words.failed}
          description={errorMessage(state.error, t)}
          style={{ marginTop: 8 }}
        />
      )}
    </>
  );
}
