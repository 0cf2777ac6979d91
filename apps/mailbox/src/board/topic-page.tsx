// One topic of the board: its text and replies as plain text, where it stands against its answer deadline, a reply
// box (a moderator may answer as the unit) that asks before its text is left behind, and the moderator's acts,
// hiding and closing confirmed first.
import { boardLimits } from '@strata/contract';
import { formatDateTime } from '@strata/i18n';
import { formatCalendarDay } from '@strata/i18n/days';
import {
  applyFieldErrors,
  errorMessage,
  formRules,
  PageFrame,
  Permitted,
  RecordStates,
  ResultScreen,
  useRecordRoute,
  useUnsavedChanges,
} from '@strata/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Empty, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { plainText } from '../common/plain-text';
import { useTRPC } from '../trpc';
import type { Topic } from './board-list-spec';
import { AnswerTag, TopicFlags } from './board-tags';
import { TopicModeration, useBoardAct } from './topic-moderation';

export function TopicPage({ basePath }: { basePath: string }) {
  const { t } = useTranslation('mailbox');
  const trpc = useTRPC();
  const navigate = useNavigate();
  const route = useRecordRoute(`${basePath}/board`);
  const topic = useQuery({ ...trpc.mailbox.board.get.queryOptions({ id: route.id }), enabled: route.valid });
  const notFound = (
    <ResultScreen
      status="404"
      title={t('board.topic.notFound')}
      extra={
        <Button onClick={() => navigate(route.listPath)} data-neutral>
          {t('common.back')}
        </Button>
      }
    />
  );
  return (
    <RecordStates route={route} query={topic} notFound={notFound} title={t('board.title')} listTitle={t('board.title')}>
      {(shown) => <TopicView topic={shown} listPath={route.listPath} onBack={route.back} />}
    </RecordStates>
  );
}

function TopicView({ topic, listPath, onBack }: { topic: Topic; listPath: string; onBack: () => void }) {
  const { t, i18n } = useTranslation('mailbox');
  const date = (iso: string) => formatDateTime(iso, i18n.language);
  const act = useBoardAct();
  return (
    <PageFrame
      title={topic.title}
      breadcrumbs={[{ title: t('board.title'), path: listPath }]}
      onBack={onBack}
      extra={
        <Flex wrap gap={4}>
          <AnswerTag state={topic.answer} />
          <TopicFlags row={topic} />
        </Flex>
      }
      testId="board-topic-page"
    >
      {act.failed && (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: act.dismiss }}
          title={t('board.moderate.failed')}
          description={errorMessage(act.failed, t)}
          data-testid="board-act-error"
        />
      )}
      {topic.actions.moderate && <TopicModeration topic={topic} act={act} />}
      {topic.held && <Alert type="warning" showIcon title={t('board.topic.heldHint')} />}
      {topic.hidden && <Alert type="info" showIcon title={t('board.topic.hiddenHint')} />}
      <Card size="small" data-testid="board-topic">
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2 }}
          items={[
            { key: 'author', label: t('board.topic.author'), children: topic.authorName },
            { key: 'unit', label: t('board.topic.unit'), children: topic.unitName },
            { key: 'createdAt', label: t('board.topic.createdAt'), children: date(topic.createdAt) },
            {
              key: 'answerDays',
              label: t('board.topic.answerDays'),
              children: t('board.workingDays', { count: topic.answerDays }),
            },
            {
              key: 'due',
              label: t('board.topic.dueDate'),
              children: formatCalendarDay(topic.answerDueDate, i18n.language),
            },
            ...(topic.answeredAt
              ? [{ key: 'answeredAt', label: t('board.topic.answeredAt'), children: date(topic.answeredAt) }]
              : []),
          ]}
        />
        <div style={{ marginTop: 8 }}>{plainText(topic.body, 'board-topic-body')}</div>
      </Card>
      <Card size="small" title={t('board.topic.posts', { count: topic.posts.length })}>
        {topic.posts.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('board.topic.noPosts')} />
        ) : (
          <Flex vertical gap={12}>
            {topic.posts.map((post) => (
              <div key={post.id} data-testid={`board-post-${post.id}`} style={{ opacity: post.hidden ? 0.6 : 1 }}>
                <Flex wrap gap={8} align="center" justify="space-between">
                  <Flex wrap gap={4} align="center">
                    <Typography.Text strong>{post.authorName}</Typography.Text>
                    <Typography.Text type="secondary">{date(post.createdAt)}</Typography.Text>
                    <TopicFlags row={{ pinned: false, closed: false, held: post.held, hidden: post.hidden }} />
                    {post.answer && <AnswerFlag />}
                  </Flex>
                  {topic.actions.moderate && <PostModeration topic={topic} post={post} act={act} />}
                </Flex>
                {plainText(post.body)}
              </div>
            ))}
          </Flex>
        )}
      </Card>
      {topic.actions.reply ? (
        <ReplyBox topic={topic} />
      ) : (
        <Typography.Text type="secondary">{t('board.topic.closedHint')}</Typography.Text>
      )}
    </PageFrame>
  );
}

function AnswerFlag() {
  const { t } = useTranslation('mailbox');
  return <Typography.Text type="success">{t('board.flag.answer')}</Typography.Text>;
}

function PostModeration({
  topic,
  post,
  act,
}: {
  topic: Topic;
  post: Topic['posts'][number];
  act: ReturnType<typeof useBoardAct>;
}) {
  const { t } = useTranslation('mailbox');
  const { modal } = App.useApp();
  const target = { target: 'post', id: post.id } as const;
  return (
    <Flex gap={0}>
      {post.held && (
        <Permitted permission="mailbox.moderate" unitId={topic.unitId}>
          <Button type="link" size="small" onClick={() => act.run('approve', target)} data-testid="board-post-approve">
            {t('board.moderate.approve')}
          </Button>
        </Permitted>
      )}
      <Permitted permission="mailbox.moderate" unitId={topic.unitId}>
        <Button
          type="link"
          size="small"
          danger={!post.hidden}
          onClick={() =>
            post.hidden
              ? act.run('hide', { ...target, hidden: false })
              : modal.confirm({
                  title: t('board.moderate.hidePostTitle'),
                  content: t('board.moderate.hideText'),
                  okText: t('board.moderate.hide'),
                  okButtonProps: { danger: true },
                  onOk: () => act.run('hide', { ...target, hidden: true }),
                })
          }
          data-testid="board-post-hide"
        >
          {t(post.hidden ? 'board.moderate.unhide' : 'board.moderate.hide')}
        </Button>
      </Permitted>
    </Flex>
  );
}

type ReplyValues = { body: string };

/**
 * The reply box: a member replies; a moderator may instead answer as the unit (which stops the topic's clock). Leaving
 * the page with something typed asks first, as every form of the console does; a reply sent leaves nothing unsaved.
 */
function ReplyBox({ topic }: { topic: Topic }) {
  const { t } = useTranslation('mailbox');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReplyValues>();
  const unsaved = useUnsavedChanges();
  const done = async (words: string) => {
    unsaved.markClean();
    message.success(t(words));
    form.resetFields();
    await queryClient.invalidateQueries({ queryKey: trpc.mailbox.board.pathKey() });
  };
  const onError = (error: unknown) => applyFieldErrors(form, error);
  const reply = useMutation(
    trpc.mailbox.board.reply.mutationOptions({
      onSuccess: (r) => done(r.held ? 'board.reply.sentHeld' : 'board.reply.sent'),
      onError,
    }),
  );
  const answer = useMutation(
    trpc.mailbox.board.answer.mutationOptions({ onSuccess: () => done('board.reply.answered'), onError }),
  );
  const send = (as: 'reply' | 'answer') => async () => {
    const { body } = await form.validateFields().catch(() => ({ body: undefined }));
    if (!body) return;
    (as === 'reply' ? reply : answer).mutate({ id: topic.id, body: body.trim() });
  };
  const pending = reply.isPending || answer.isPending;
  const rules = formRules(t);
  return (
    <Card size="small" title={t('board.reply.label')}>
      <Form form={form} layout="vertical" onValuesChange={unsaved.markDirty} data-testid="board-reply-form">
        <Form.Item
          name="body"
          label={t('board.reply.label')}
          rules={[rules.required(t('board.reply.label')), rules.maxLength(boardLimits.bodyMax)]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 10 }}
            maxLength={boardLimits.bodyMax}
            showCount
            placeholder={t('board.reply.placeholder')}
            data-testid="board-reply-body"
          />
        </Form.Item>
        <Flex wrap gap={8}>
          <Permitted permission="mailbox.post" unitId={topic.unitId}>
            <Button
              type="primary"
              loading={reply.isPending}
              disabled={pending}
              onClick={send('reply')}
              data-testid="board-reply-send"
            >
              {t('board.reply.submit')}
            </Button>
          </Permitted>
          {topic.actions.moderate && (
            <Permitted permission="mailbox.moderate" unitId={topic.unitId}>
              <Button
                loading={answer.isPending}
                disabled={pending}
                onClick={send('answer')}
                data-testid="board-answer-send"
              >
                {t('board.reply.answer')}
              </Button>
            </Permitted>
          )}
        </Flex>
      </Form>
    </Card>
  );
}
