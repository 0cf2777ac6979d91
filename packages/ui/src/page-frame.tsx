import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from './document-title';
import { onDemand } from './on-demand';

// Only a record's page shows where it sits (the overview and the lists do not): fetched with the first that does.
const Breadcrumb = onDemand(() => import('antd/es/breadcrumb'));

export type Crumb = { title: string; path?: string };

type Props = {
  title: ReactNode;
  /** The browser tab's title ("<page> - Strata ..."); the title itself when it is plain text. */
  documentTitle?: string;
  /** Where the page sits (the last crumb is the page: leave it out, the title says it). */
  breadcrumbs?: Crumb[];
  /** A back arrow before the title (to the list a detail page came from, say). */
  onBack?: () => void;
  extra?: ReactNode;
  children: ReactNode;
  testId?: string;
};

/** The heading row and body every page (shell or remote) sits in: breadcrumbs, back, title, actions. */
export function PageFrame({ title, documentTitle, breadcrumbs, onBack, extra, children, testId }: Props) {
  const { t } = useTranslation();
  useDocumentTitle(documentTitle ?? (typeof title === 'string' ? title : undefined));
  return (
    <Flex vertical gap={16} data-testid={testId} style={{ minWidth: 0 }}>
      {breadcrumbs && breadcrumbs.length > 0 && (
        <Breadcrumb
          items={breadcrumbs.map((crumb) => ({
            key: crumb.path ?? crumb.title,
            title: crumb.path ? <Link to={crumb.path}>{crumb.title}</Link> : crumb.title,
          }))}
        />
      )}
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Flex align="center" gap={8} style={{ minWidth: 0 }}>
          {onBack && (
            <Button
              type="text"
              icon={<ArrowLeftOutlined />}
              aria-label={t('common:back')}
              onClick={onBack}
              data-neutral
            />
          )}
          <Typography.Title level={4} style={{ margin: 0 }} ellipsis={{ tooltip: true }}>
            {title}
          </Typography.Title>
        </Flex>
        {extra}
      </Flex>
      {children}
    </Flex>
  );
}
