import { formatDateTime } from '@strata/i18n';
import { errorMessage, FormModal, Permitted } from '@strata/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Form, Input, Popconfirm, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../common/api-types';
import { useRefreshArticles } from '../common/use-refresh-articles';
import { useTRPC } from '../trpc';

const commentMax = 500;

/**
 * What the review loop shows on an article: a returned draft's comment (why it came back, from whom), and for a
 * reviewer an article in review's two decisions: approve (it is published) or return it with a comment.
 */
export function ReviewPanel({ article }: { article: Article }) {
  const { t, i18n } = useTranslation('content');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = useRefreshArticles();
  const { message } = App.useApp();
  const [returning, setReturning] = useState(false);
  const [form] = Form.useForm<{ comment: string }>();
  const review = useMutation(
    trpc.content.articles.review.mutationOptions({
      onSuccess: async (updated) => {
        message.success(t(updated.status === 'published' ? 'review.approved' : 'review.returned'));
        setReturning(false);
        queryClient.setQueryData(trpc.content.articles.get.queryKey({ id: updated.id }), updated);
        await refresh();
      },
      // Returning shows its error in the dialog; approving, as a message.
      onError: (error) => {
        if (!returning) message.error(errorMessage(error, t));
      },
    }),
  );
  const last = article.lastReview;
  return (
    <Flex vertical gap={8} style={{ marginBottom: 16 }}>
      {article.status === 'draft' && last?.decision === 'returned' && (
        <Alert
          type="warning"
          showIcon
          data-testid="review-returned"
          title={t('review.returnedBy', { name: last.reviewerName ?? '', at: formatDateTime(last.at, i18n.language) })}
          description={last.comment}
        />
      )}
      {article.status === 'review' && (
        <Permitted permission="content.review" unitId={article.unitId}>
          <Alert
            type="info"
            showIcon
            title={t('review.waiting')}
            action={
              <Space wrap>
                <Popconfirm
                  title={t('review.approveTitle')}
                  description={t('review.approveConfirm')}
                  okText={t('review.approve')}
                  onConfirm={() => review.mutate({ id: article.id, decision: 'approve' })}
                >
                  <Button type="primary" loading={review.isPending} data-testid="review-approve">
                    {t('review.approve')}
                  </Button>
                </Popconfirm>
                <Button onClick={() => setReturning(true)} data-testid="review-return">
                  {t('review.return')}
                </Button>
              </Space>
            }
          />
        </Permitted>
      )}
      {article.wordHits.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="review-word-hits"
          title={t('review.wordHits', { count: article.wordHits.length })}
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {article.wordHits.map((hit) => (
                <li key={`${hit.field}-${hit.before}-${hit.match}`}>
                  <Tag>{t(`history.fields.${hit.field}`)}</Tag>…{hit.before}
                  <mark>{hit.match}</mark>
                  {hit.after}…
                </li>
              ))}
            </ul>
          }
        />
      )}
      <FormModal<{ comment: string }>
        open={returning}
        title={t('review.returnTitle')}
        okText={t('review.return')}
        form={form}
        mutation={review}
        onCancel={() => setReturning(false)}
        onFinish={({ comment }) => review.mutate({ id: article.id, decision: 'return', comment })}
        testId="review-return-form"
      >
        <Form.Item
          name="comment"
          label={t('review.comment')}
          rules={[
            { required: true, whitespace: true, message: t('review.commentRequired') },
            { min: 2, max: commentMax, message: t('review.commentLength', { max: commentMax }) },
          ]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={commentMax}
            showCount
            data-testid="review-comment"
          />
        </Form.Item>
      </FormModal>
    </Flex>
  );
}
