// PostgreSQL's LISTEN on one channel, on a connection of its own (a pooled one cannot hold a LISTEN): for caches
// that other processes must be able to invalidate at once. The connection is opened again after any error, with
// a growing pause; the caller hears when it is up and when it is lost, since notifications sent meanwhile are gone.
import pg from 'pg';
import { pgConfig } from './adapters';

export type ChannelHandlers = {
  /** A notification's payload (the empty string when it had none). */
  message: (payload: string) => void;
  /** Listening (again): whatever was sent while the connection was down was missed. */
  listening: () => void;
  /** The connection is gone; a new one is on its way unless the listener was closed. */
  lost: () => void;
};

export type ChannelListener = { close: () => Promise<void> };

const firstPauseMs = 250;
const longestPauseMs = 30_000;

export function listenToChannel(url: string, channel: string, handlers: ChannelHandlers): ChannelListener {
  // Quoted into the LISTEN statement, which takes no parameters: only plain names.
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`not a channel name: ${channel}`);
  let closed = false;
  let pauseMs = firstPauseMs;
  let current: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;

  const open = () => {
    if (closed) return;
    // Named after its channel, so pg_stat_activity tells the listener apart from the pool.
    const client = new pg.Client({ ...pgConfig(url), keepAlive: true, application_name: channel });
    current = client;
    let down = false;
    const fail = () => {
      if (down) return;
      down = true;
      if (current === client) current = undefined;
      client.end().catch(() => {});
      handlers.lost();
      if (closed) return;
      // The retry alone does not keep a process alive (a server's socket does).
      retry = setTimeout(open, pauseMs).unref();
      pauseMs = Math.min(pauseMs * 2, longestPauseMs);
    };
    client.on('error', fail);
    client.on('end', fail);
    client.on('notification', (n) => {
      if (n.channel === channel) handlers.message(n.payload ?? '');
    });
    client
      .connect()
      .then(() => client.query(`LISTEN "${channel}"`))
      .then(() => {
        if (down) return;
        pauseMs = firstPauseMs;
        handlers.listening();
      }, fail);
  };
  open();

  return {
    close: async () => {
      closed = true;
      clearTimeout(retry);
      await current?.end().catch(() => {});
    },
  };
}
