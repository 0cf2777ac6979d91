// A moderator's acts on a topic: pin, close (confirmed), hide (confirmed) and approve what a word held. Each act
// refreshes the board; a refusal shows above the topic.
import { Permitted } from '@strata/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { type RouterInputs, useTRPC } from '../trpc';
import type { Topic } from './board-list-spec';

type Inputs = RouterInputs['mailbox']['board'];
type Act = 'pin' | 'close' | 'hide' | 'approve';

/** The four acts as one runner, and the last refusal (cleared by `dismiss` or the next act). */
export function useBoardAct() {
  const { t } = useTranslation('mailbox');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const options = {
    onSuccess: async () => {
      message.success(t('board.moderate.done'));
      await queryClient.invalidateQueries({ queryKey: trpc.mailbox.board.pathKey() });
    },
  };
  const mutations = {
    pin: useMutation(trpc.mailbox.board.pin.mutationOptions(options)),
    close: useMutation(trpc.mailbox.board.close.mutationOptions(options)),
    hide: useMutation(trpc.mailbox.board.hide.mutationOptions(options)),
    approve: useMutation(trpc.mailbox.board.approve.mutationOptions(options)),
  };
  const all = Object.values(mutations);
  const dismiss = () => {
    for (const m of all) m.reset();
  };
  const run = <A extends Act>(act: A, input: Inputs[A]) => {
    dismiss();
    // A refusal shows above the topic (from the mutation's error), so the promise settles either way.
    return (mutations[act].mutateAsync as (i: Inputs[A]) => Promise<unknown>)(input).catch(() => undefined);
  };
  return { run, dismiss, failed: all.find((m) => m.isError)?.error, pending: all.some((m) => m.isPending) };
}

export function TopicModeration({ topic, act }: { topic: Topic; act: ReturnType<typeof useBoardAct> }) {
  const { t } = useTranslation('mailbox');
  const { modal } = App.useApp();
  const confirm = (title: string, content: string, okText: string, onOk: () => Promise<unknown>) =>
    modal.confirm({ title, content, okText, okButtonProps: { danger: true }, onOk });
  const id = topic.id;
  const m = (key: string) => t(`board.moderate.${key}`);
  const button = (key: string, testId: string, onClick: () => unknown) => (
    <Permitted permission="mailbox.moderate" unitId={topic.unitId}>
      <Button disabled={act.pending} onClick={onClick} data-testid={testId}>
        {m(key)}
      </Button>
    </Permitted>
  );
  return (
    <Flex wrap gap={8} data-testid="board-moderation">
      {topic.held && button('approve', 'board-topic-approve', () => act.run('approve', { target: 'topic', id }))}
      {button(topic.pinned ? 'unpin' : 'pin', 'board-topic-pin', () => act.run('pin', { id, pinned: !topic.pinned }))}
      {button(topic.closed ? 'reopen' : 'close', 'board-topic-close', () =>
        topic.closed
          ? act.run('close', { id, closed: false })
          : confirm(m('closeTitle'), m('closeText'), m('close'), () => act.run('close', { id, closed: true })),
      )}
      {button(topic.hidden ? 'unhide' : 'hide', 'board-topic-hide', () =>
        topic.hidden
          ? act.run('hide', { target: 'topic', id, hidden: false })
          : confirm(m('hideTopicTitle'), m('hideText'), m('hide'), () =>
              act.run('hide', { target: 'topic', id, hidden: true }),
            ),
      )}
    </Flex>
  );
}
