import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  ColumnHeightOutlined,
  ReloadOutlined,
  SettingOutlined,
} from '@ant-design/icons';
import { Button, Card, Dropdown, Flex, Switch, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type ColumnSettings, type Density, moveColumn, showColumn } from './column-settings';

type Props = {
  testId: string;
  titles: ReadonlyMap<string, ReactNode>;
  settings: ColumnSettings;
  /** Applied to the latest settings (the panel may have been rendered with older ones). */
  onSettings: (change: (current: ColumnSettings) => ColumnSettings) => void;
  onResetSettings: () => void;
  onRefresh: () => void;
  refreshing: boolean;
};

const densities = { large: 'listDensityLarge', middle: 'listDensityMiddle', small: 'listDensitySmall' } as const;

/** Refresh, density and column settings: they change the view only, never the data. */
export function ListToolbar({ testId, titles, settings, onSettings, onResetSettings, onRefresh, refreshing }: Props) {
  const { t } = useTranslation('common');
  const panel = (
    <Card
      size="small"
      data-testid={`${testId}-columns-panel`}
      style={{ minWidth: 240, boxShadow: '0 6px 16px rgba(0, 0, 0, 0.12)' }}
    >
      {settings.columns.map((c, i) => (
        <Flex key={c.key} align="center" gap={8} style={{ padding: '2px 0' }}>
          <Switch
            size="small"
            checked={c.visible}
            onChange={(visible) => onSettings((current) => showColumn(current, c.key, visible))}
            aria-label={String(titles.get(c.key) ?? c.key)}
            data-neutral
            data-testid={`${testId}-column-${c.key}`}
          />
          <span style={{ flex: 1 }}>{titles.get(c.key) ?? c.key}</span>
          {([-1, 1] as const).map((by) => (
            <Button
              key={by}
              size="small"
              type="text"
              icon={by < 0 ? <ArrowUpOutlined /> : <ArrowDownOutlined />}
              disabled={by < 0 ? i === 0 : i === settings.columns.length - 1}
              aria-label={t(by < 0 ? 'listMoveUp' : 'listMoveDown')}
              onClick={() => onSettings((current) => moveColumn(current, c.key, by))}
              data-neutral
              data-testid={`${testId}-column-${c.key}-${by < 0 ? 'up' : 'down'}`}
            />
          ))}
        </Flex>
      ))}
      <Button type="link" size="small" onClick={onResetSettings} data-neutral data-testid={`${testId}-columns-reset`}>
        {t('reset')}
      </Button>
    </Card>
  );
  return (
    <>
      <Tooltip title={t('listRefresh')}>
        <Button
          icon={<ReloadOutlined />}
          onClick={onRefresh}
          loading={refreshing}
          aria-label={t('listRefresh')}
          data-neutral
          data-testid={`${testId}-refresh`}
        />
      </Tooltip>
      <Dropdown
        trigger={['click']}
        menu={{
          selectable: true,
          selectedKeys: [settings.density],
          items: Object.entries(densities).map(([key, label]) => ({ key, label: t(label) })),
          onClick: ({ key }) => onSettings((current) => ({ ...current, density: key as Density })),
        }}
      >
        <Button
          icon={<ColumnHeightOutlined />}
          aria-label={t('listDensityLabel')}
          data-neutral
          data-testid={`${testId}-density`}
        />
      </Dropdown>
      <Dropdown trigger={['click']} popupRender={() => panel}>
        <Button
          icon={<SettingOutlined />}
          aria-label={t('listColumns')}
          data-neutral
          data-testid={`${testId}-columns`}
        />
      </Dropdown>
    </>
  );
}
