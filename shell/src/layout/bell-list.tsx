import type { Notice } from '@strata/contract';
import { formatDateTime } from '@strata/i18n';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Drawer, Empty, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useTRPCClient } from '../trpc';
import { noticesKey, type TeamNotices } from './bell-notices';

/** `teams` undefined: still loading. On a phone the list is a drawer, elsewhere the bell's dropdown. */
type Props = { teams: TeamNotices[] | undefined; phone: boolean; onClose: () => void };
type Group = { id: string; label: string; count: number; items: Notice[] };

/** Each team's notices by kind, in the order the team put them (unread first, most urgent first). */
function groupsOf(teams: TeamNotices[], language: string): Group[] {
  const groups = new Map<string, Group>();
  for (const { team, source, list } of teams)
    for (const item of list.items) {
      const id = `${team}:${item.kind}`;
      let group = groups.get(id);
      if (!group) {
        const label = source.kinds[language]?.[item.kind] ?? item.kind;
        group = { id, label, count: list.counts[item.kind] ?? 0, items: [] };
        groups.set(id, group);
      }
      group.items.push(item);
    }
  return [...groups.values()];
}

/** Marks keys read at once in the cache, then on the server; the next answer says what holds. */
function useMarkRead() {
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (keys: string[]) => client.identity.notices.markRead.mutate({ keys }),
    onMutate: (keys) => {
      const marked = new Set(keys);
      queryClient.setQueriesData<TeamNotices[]>({ queryKey: noticesKey }, (teams) =>
        teams?.map((team) => ({
          ...team,
          list: { ...team.list, items: team.list.items.map((i) => (marked.has(i.key) ? { ...i, read: true } : i)) },
        })),
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: noticesKey }),
  });
}

const framed = {
  width: 'min(360px, calc(100vw - 16px))',
  background: '#fff',
  borderRadius: 8,
  boxShadow: '0 6px 16px rgba(0, 0, 0, 0.08), 0 3px 6px -4px rgba(0, 0, 0, 0.12)',
} as const;

/** The bell's list (fetched when the bell first opens): notices by kind, each opening its page and marked read. */
export default function BellList({ teams, phone, onClose }: Props) {
  const { t, i18n } = useTranslation('shell');
  const navigate = useNavigate();
  const markRead = useMarkRead();
  const groups = groupsOf(teams ?? [], i18n.language);
  const unread = groups.flatMap((g) => g.items.filter((i) => !i.read).map((i) => i.key)).slice(0, 200);
  const open = (item: Notice) => {
    if (!item.read) markRead.mutate([item.key]);
    onClose();
    navigate(item.path);
  };
  const list = (
    <div data-testid="bell-list" style={phone ? undefined : { ...framed, maxHeight: 480, overflowY: 'auto' }}>
      <Flex justify="space-between" align="center" style={{ padding: '8px 12px' }}>
        <Typography.Text strong>{t('bell.label')}</Typography.Text>
        <Button
          size="small"
          type="link"
          data-neutral
          data-testid="bell-mark-all"
          disabled={!unread.length}
          onClick={() => markRead.mutate(unread)}
        >
          {t('bell.markAllRead')}
        </Button>
      </Flex>
      {!teams ? (
        <Flex justify="center" style={{ padding: 24 }}>
          <Spin />
        </Flex>
      ) : groups.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        groups.map((group) => (
          <section key={group.id} aria-label={group.label} data-testid={`bell-group-${group.id}`}>
            <Typography.Text type="secondary" style={{ display: 'block', padding: '4px 12px', fontSize: 12 }}>
              {group.label} · {group.count}
            </Typography.Text>
            {group.items.map((item) => (
              <Button
                key={item.key}
                type="text"
                block
                data-neutral
                data-testid="bell-item"
                data-read={item.read}
                onClick={() => open(item)}
                style={{ height: 'auto', padding: '6px 12px', textAlign: 'start', display: 'block' }}
              >
                <Typography.Text strong={!item.read} ellipsis style={{ display: 'block' }}>
                  {item.title}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {item.unitName} · {formatDateTime(item.at, i18n.language)}
                </Typography.Text>
              </Button>
            ))}
          </section>
        ))
      )}
    </div>
  );
  return phone ? (
    <Drawer open onClose={onClose} title={t('bell.label')} size="min(360px, 100vw)" styles={{ body: { padding: 0 } }}>
      {list}
    </Drawer>
  ) : (
    list
  );
}
