// The bell's data: each team the manifest names for notices, asked on its own (`<team>.notices.list`), so a team
// whose service is down is missing from the list while the others show.
import type { NoticeList, NoticeSource } from '@strata/contract';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useRemoteManifest } from '../federation/use-remote-manifest';
import { useMe } from '../session/session-context';
import { useTRPCClient } from '../trpc';

/** One team's answer. */
export type TeamNotices = { team: string; source: NoticeSource; list: NoticeList };

/** The path the shell calls for any team: the router type names each team, the bell knows none of them. */
type NoticesClient = Record<string, { notices: { list: { query: () => Promise<NoticeList> } } }>;

export const noticesKey = ['strata', 'notices'] as const;

export function useNotices() {
  const me = useMe();
  const trpc = useTRPCClient() as unknown as NoticesClient;
  const manifest = useRemoteManifest();
  // Teams word their news in the language the request carries: another language, another answer.
  const { i18n } = useTranslation();
  // A source without a permission tells of the user's own things: every signed-in user is asked.
  const sources = Object.entries(manifest.data?.notices ?? {}).filter(
    ([, s]) => s.permission === null || me.permissions.includes(s.permission),
  );
  // Polled every minute, and again when the window regains focus (react-query's default).
  return useQuery({
    queryKey: [...noticesKey, i18n.language],
    queryFn: async () =>
      (
        await Promise.allSettled(
          sources.map(async ([team, source]): Promise<TeamNotices> => {
            const client = trpc[team];
            if (!client) throw new Error(team);
            return { team, source, list: await client.notices.list.query() };
          }),
        )
      ).flatMap((answer) => (answer.status === 'fulfilled' ? [answer.value] : [])),
    // Asked once the manifest is in, even with no team to ask: a user who may see no team's news gets an empty
    // list, not one that never loads.
    enabled: !!manifest.data,
    refetchInterval: 60_000,
  });
}
