// Signing in over HTTP as a browser does, for tests and benchmarks that talk to the gateway: one place that
// knows the session cookies and the double-submit CSRF header.
import type { FastifyInstance } from 'fastify';

export type SessionHeaders = { cookie: string; 'x-csrf-token': string; 'content-type': 'application/json' };

/** The headers a browser sends after a sign-in answered with these Set-Cookie lines. */
export function sessionHeaders(setCookie: string | string[] | undefined): SessionHeaders {
  const cookie = ([] as string[])
    .concat(setCookie ?? [])
    .map((c) => c.split(';')[0])
    .join('; ');
  const csrf = /strata_csrf=([^;]+)/.exec(cookie)?.[1] ?? '';
  return { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' };
}

const loginBody = (username: string, password: string) => ({ username, password });
const anonymous = { 'content-type': 'application/json', 'x-csrf-token': 'anonymous' };

/** Signs in through an in-process gateway (`app.inject`). */
export async function signInByInject(app: FastifyInstance, username: string, password: string) {
  const res = await app.inject({
    method: 'POST',
    url: '/trpc/identity.auth.login',
    payload: loginBody(username, password),
    headers: anonymous,
  });
  if (res.statusCode !== 200) throw new Error(`sign-in as ${username} answered ${res.statusCode}`);
  return sessionHeaders(res.headers['set-cookie']);
}

/** Signs in through a listening gateway (`fetch`), for benchmarks. */
export async function signInByFetch(trpcBase: string, username: string, password: string) {
  const res = await fetch(`${trpcBase}/identity.auth.login`, {
    method: 'POST',
    headers: anonymous,
    body: JSON.stringify(loginBody(username, password)),
  });
  if (!res.ok) throw new Error(`sign-in as ${username} answered ${res.status}`);
  return sessionHeaders(res.headers.getSetCookie());
}
