// The header's search dialog (fetched when first opened): what is typed, asked of every team the user may search, each
// on its own (`<team>.search.find`), so a slow or failing team holds none of the others back; the hits grouped by
// kind in the manifest's order, each opening its page. Up and down choose a hit, Enter opens it, Esc closes.
import { type SearchAnswer, type SearchHit, searchLimits } from '@strata/contract';
import { keepPreviousData, useQueries } from '@tanstack/react-query';
import { Empty, Flex, Input, type InputRef, Modal, Spin, Typography } from 'antd';
import { type KeyboardEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useTRPCClient } from '../trpc';
import type { SearchSources } from './search-button';

type Props = { sources: SearchSources; onClose: () => void };

/** The path the shell calls for any team: the router type names each team, the dialog knows none of them. */
type SearchClient = Record<string, { search: { find: { query: (input: { q: string }) => Promise<SearchAnswer> } } }>;

/** One kind's hits from one team, labelled in the user's language. */
export type HitGroup = { key: string; label: string; hits: SearchHit[]; more: boolean };

/** Each team's hits by kind, teams in the manifest's order and kinds in the order the team gave them. */
export function groupHits(answers: (SearchAnswer | undefined)[], sources: SearchSources, language: string) {
  const groups: HitGroup[] = [];
  answers.forEach((answer, i) => {
    const [team, source] = sources[i] ?? [];
    if (!answer || !team || !source) return;
    for (const hit of answer.hits) {
      const key = `${team}:${hit.kind}`;
      let group = groups.find((g) => g.key === key);
      if (!group) {
        group = { key, label: source.kinds[language]?.[hit.kind] ?? hit.kind, hits: [], more: !!answer.more[hit.kind] };
        groups.push(group);
      }
      group.hits.push(hit);
    }
  });
  return groups;
}

/** The kinds a team's search finds, as one label ("单位、用户"). */
const kindsOf = (source: SearchSources[number][1], language: string) =>
  Object.values(source.kinds[language] ?? {}).join(language === 'zh-CN' ? '、' : ', ');

/** The text as typed, once typing pauses for `ms`. */
function useSettled(value: string, ms: number) {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** The title with the first place the text occurs in it marked. */
function marked(title: string, q: string): ReactNode {
  const at = q ? title.toLowerCase().indexOf(q.toLowerCase()) : -1;
  if (at < 0) return title;
  return (
    <>
      {title.slice(0, at)}
      <mark style={{ padding: 0, background: '#fff1b8' }}>{title.slice(at, at + q.length)}</mark>
      {title.slice(at + q.length)}
    </>
  );
}

export default function SearchDialog({ sources, onClose }: Props) {
  const { t, i18n } = useTranslation('shell');
  const language = i18n.language;
  const navigate = useNavigate();
  const trpc = useTRPCClient() as unknown as SearchClient;
  const input = useRef<InputRef>(null);
  const [text, setText] = useState('');
  const q = useSettled(text.trim(), 250);
  const answers = useQueries({
    queries: sources.map(([team]) => ({
      // Teams word a hit's detail in the language the request carries: another language, another answer.
      queryKey: ['strata', 'search', team, language, q],
      queryFn: () => {
        const client = trpc[team];
        if (!client) throw new Error(team);
        return client.search.find.query({ q });
      },
      enabled: q.length > 0,
      // The last answer stays while the next is asked: the list does not blink at every key.
      placeholderData: keepPreviousData,
      staleTime: 30_000,
      retry: false,
    })),
  });
  const groups = q
    ? groupHits(
        answers.map((a) => a.data),
        sources,
        language,
      )
    : [];
  const hits = groups.flatMap((g) => g.hits);
  const [active, setActive] = useState(0);
  const chosen = Math.min(active, hits.length - 1);
  const asking = answers.some((a) => a.isFetching);
  const failed = q ? sources.filter((_, i) => answers[i]?.isError) : [];
  const open = (hit: SearchHit) => {
    onClose();
    navigate(hit.path);
  };
  useEffect(() => {
    document.getElementById(`search-hit-${chosen}`)?.scrollIntoView({ block: 'nearest' });
  }, [chosen]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (hits.length) setActive((chosen + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length);
    } else if (e.key === 'Enter' && hits[chosen]) {
      e.preventDefault();
      open(hits[chosen]);
    }
  };
  let index = 0;
  return (
    <Modal
      open
      title={t('search.label')}
      footer={null}
      onCancel={onClose}
      afterOpenChange={(shown) => shown && input.current?.focus()}
      width={640}
      style={{ top: 24, maxWidth: 'calc(100vw - 16px)' }}
      styles={{ body: { maxHeight: 'calc(100vh - 200px)', overflowY: 'auto' } }}
    >
      <Input
        ref={input}
        autoFocus
        allowClear
        size="large"
        value={text}
        maxLength={searchLimits.qMax}
        placeholder={t('search.placeholder')}
        onChange={(e) => {
          // New text, a new list: its first hit is chosen.
          setText(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        suffix={asking ? <Spin size="small" /> : <span />}
        role="combobox"
        aria-label={t('search.label')}
        aria-expanded={hits.length > 0}
        aria-controls="search-hits"
        aria-activedescendant={hits.length ? `search-hit-${chosen}` : undefined}
        data-testid="search-input"
      />
      <Typography.Text type="secondary" style={{ display: 'block', margin: '8px 0', fontSize: 12 }}>
        {q
          ? t('search.keys')
          : t('search.hint', {
              kinds: sources.map(([, s]) => kindsOf(s, language)).join(language === 'zh-CN' ? '、' : ', '),
            })}
      </Typography.Text>
      {failed.map(([team, source]) => (
        <Typography.Text key={team} type="warning" style={{ display: 'block' }} data-testid={`search-failed-${team}`}>
          {t('search.failed', { source: kindsOf(source, language) })}
        </Typography.Text>
      ))}
      <div id="search-hits" role="listbox" aria-label={t('search.label')} data-testid="search-hits">
        {groups.map((group) => (
          // biome-ignore lint/a11y/useSemanticElements: a listbox's options grouped by kind take ARIA's group (a fieldset is a form's)
          <div key={group.key} role="group" aria-label={group.label} data-testid={`search-group-${group.key}`}>
            <Typography.Text type="secondary" style={{ display: 'block', padding: '8px 8px 4px', fontSize: 12 }}>
              {group.label}
            </Typography.Text>
            {group.hits.map((hit) => {
              const i = index++;
              return (
                // The input keeps the focus and names the chosen option (aria-activedescendant): an option is out of
                // the tab order, opened by a click or by Enter in the input (or on itself, when focused otherwise).
                <div
                  key={`${hit.kind}:${hit.id}`}
                  id={`search-hit-${i}`}
                  role="option"
                  aria-selected={i === chosen}
                  data-testid="search-hit"
                  tabIndex={-1}
                  onClick={() => open(hit)}
                  onKeyDown={(e) => e.key === 'Enter' && open(hit)}
                  onMouseMove={() => i !== chosen && setActive(i)}
                  style={{
                    padding: '6px 8px',
                    borderRadius: 6,
                    cursor: 'pointer',
                    background: i === chosen ? '#e6f4ff' : undefined,
                  }}
                >
                  <Typography.Text ellipsis style={{ display: 'block' }}>
                    {marked(hit.title, q)}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {[hit.detail, hit.unitName].filter(Boolean).join(' · ')}
                  </Typography.Text>
                </div>
              );
            })}
            {group.more && (
              <Typography.Text type="secondary" style={{ display: 'block', padding: '2px 8px', fontSize: 12 }}>
                {t('search.more')}
              </Typography.Text>
            )}
          </div>
        ))}
      </div>
      {q && !asking && hits.length === 0 && failed.length < sources.length && (
        <Flex justify="center">
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('search.empty', { q })} />
        </Flex>
      )}
    </Modal>
  );
}
