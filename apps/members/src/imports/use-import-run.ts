// One import's run against the service: `start` declares the file's rows at the unit, `stage` sends them in order in
// chunks of at most the service's chunk size (its answers count the rows and name the refused rows' problems), and
// `commit` or `discard` ends it. A call that fails (the network, the server) stops the run where it was: `retry` sends
// that call again (the service answers a chunk, commit or discard it had done already as it did then, so a lost answer
// costs nothing), `discard` drops what was staged. A discard waits for the chunk on its way, so no chunk lands after
// it; leaving the dialog with an import open discards it.
import { memberLimits } from '@strata/contract';
import { chunked } from '@strata/ui/list-page';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportRow, ImportRowError } from '../common/api-types';
import { useTRPC, useTRPCClient } from '../trpc';
import { mergeErrors } from './import-sheets';

type Step = 'start' | 'stage' | 'commit' | 'discard';

export type RunState = {
  /** The import's id once started. */
  id: number | null;
  total: number;
  /** Rows the service has answered for, in the file's order. */
  sent: number;
  staged: number;
  refused: number;
  errors: ImportRowError[];
  /** A call on its way. */
  busy: Step | null;
  /** The call that failed and why, until it is sent again. */
  failure: { step: Step; error: unknown } | null;
  /** Members the commit wrote (it writes all or none). */
  imported: number | null;
};

const idle: RunState = {
  id: null,
  total: 0,
  sent: 0,
  staged: 0,
  refused: 0,
  errors: [],
  busy: null,
  failure: null,
  imported: null,
};

export function useImportRun(unitId: number) {
  const client = useTRPCClient();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [state, setState] = useState<RunState>(idle);
  // What the async steps read: the state as last set, the file's rows, whether to go on, the steps under way.
  const current = useRef(state);
  const rows = useRef<readonly ImportRow[]>([]);
  const stopped = useRef(false);
  const running = useRef<Promise<void>>(Promise.resolve());
  const update = useCallback((change: Partial<RunState>) => {
    current.current = { ...current.current, ...change };
    setState(current.current);
  }, []);

  const stageRest = useCallback(async () => {
    const { id } = current.current;
    if (id === null) return;
    const chunks = chunked(rows.current.slice(current.current.sent), memberLimits.importChunkMaxRows);
    for (const chunk of chunks) {
      if (stopped.current) return;
      update({ busy: 'stage', failure: null });
      try {
        // `first`: the rows answered before this chunk. Sent again after a lost answer, the chunk is answered as
        // the first time and nothing is staged twice.
        const answer = await client.members.imports.stage.mutate({ id, first: current.current.sent, rows: [...chunk] });
        update({
          sent: current.current.sent + chunk.length,
          staged: answer.staged,
          refused: answer.refused,
          errors: mergeErrors(current.current.errors, answer.errors),
        });
      } catch (error) {
        update({ busy: null, failure: { step: 'stage', error } });
        return;
      }
    }
    update({ busy: null });
  }, [client, update]);

  const begin = useCallback(async () => {
    update({ busy: 'start', failure: null });
    try {
      const started = await client.members.imports.start.mutate({ unitId, total: rows.current.length });
      update({ id: started.id, total: started.total });
    } catch (error) {
      update({ busy: null, failure: { step: 'start', error } });
      return;
    }
    await stageRest();
  }, [client, unitId, update, stageRest]);

  const commit = useCallback(async () => {
    const { id } = current.current;
    if (id === null) return;
    update({ busy: 'commit', failure: null });
    try {
      const result = await client.members.imports.commit.mutate({ id });
      update({ busy: null, errors: result.errors, imported: result.errors.length ? null : result.imported });
      if (!result.errors.length) await queryClient.invalidateQueries({ queryKey: trpc.members.registry.pathKey() });
    } catch (error) {
      update({ busy: null, failure: { step: 'commit', error } });
    }
  }, [client, queryClient, trpc, update]);

  const run = useCallback((step: () => Promise<void>) => {
    stopped.current = false;
    running.current = step();
    return running.current;
  }, []);

  /** Starts importing `file`'s rows. */
  const start = useCallback(
    (fileRows: readonly ImportRow[]) => {
      rows.current = fileRows;
      current.current = { ...idle, total: fileRows.length };
      setState(current.current);
      return run(begin);
    },
    [run, begin],
  );

  /** Sends again the call that failed: the start, the chunk that did not come back, or the commit. */
  const retry = useCallback(() => {
    const step = current.current.failure?.step;
    if (step === 'start') return run(begin);
    if (step === 'stage') return run(stageRest);
    if (step === 'commit') return run(commit);
    return undefined;
  }, [run, begin, stageRest, commit]);

  /** Stops after the chunk on its way and drops what was staged; answers whether nothing is left behind. */
  const discard = useCallback(async () => {
    stopped.current = true;
    await running.current;
    const { id, imported } = current.current;
    if (id === null || imported !== null) {
      current.current = idle;
      setState(idle);
      return true;
    }
    update({ busy: 'discard', failure: null });
    try {
      await client.members.imports.discard.mutate({ id });
      current.current = idle;
      setState(idle);
      return true;
    } catch (error) {
      update({ busy: null, failure: { step: 'discard', error } });
      return false;
    }
  }, [client, update]);

  // Leaving with an import open (the page changes, the dialog is taken down): it is discarded.
  const discardRef = useRef(discard);
  discardRef.current = discard;
  useEffect(
    () => () => {
      if (current.current.id !== null && current.current.imported === null) void discardRef.current();
    },
    [],
  );

  return { state, start, retry, commit: () => run(commit), discard };
}
