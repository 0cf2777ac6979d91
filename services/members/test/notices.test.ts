// The bell's transfer news on both databases, read against the clock the test moves, with no job running: a letter
// addressed to a branch awaits receipt there from the day it was issued through its last valid day, and stops being
// news once received, returned, cancelled or past that day; a letter the branch sent is news for it from two weeks
// before its last valid day (Asia/Shanghai days), the nearest first. Every notice opens the transfers page with
// parameters under which the page's own list shows the letter. A township's officer sees its branches' letters, a
// branch secretary only the branch's; a reader without members.transfer is refused. Each test works in a later year
// than the one before, so the letters of the others are past their last valid day and the counts are exact.
import type { Unit } from '@strata/db';
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createTestEnv, type TestEnv } from '../../../tests/support/env';
import { addAccount, addUnit } from '../../../tests/support/factories';
import { addMember } from './support/members';
import { addLetter } from './support/transfers';

type Notices = Awaited<ReturnType<Caller['members']['notices']['list']>>;
type Item = Notices['items'][number];

describe.each(await testProviders())('members notices on %s', (provider) => {
  let env: TestEnv;
  /** 城关镇's first and second branches, and 西山镇's first. */
  let branch: Unit;
  let otherBranch: Unit;
  let xishanBranch: Unit;
  /** The demo's secretary of 城关镇's first branch, 城关镇's admin, and a secretary of 西山镇's first branch. */
  let secretary: Caller;
  let township: Caller;
  let xishan: Caller;

  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    branch = env.seed.townships.chengguan!.branches[0]!;
    otherBranch = env.seed.townships.chengguan!.branches[1]!;
    xishanBranch = env.seed.townships.xishan!.branches[0]!;
    secretary = await env.as('secretary');
    township = await env.as('chengguan');
    const account = await addAccount(env, {
      unitId: xishanBranch.id,
      grants: [{ role: 'branch_secretary', unitId: xishanBranch.id }],
    });
    xishan = await env.as(account.username);
  });
  afterAll(() => env?.drop());

  /** The caller's notices at a wall-clock time in Asia/Shanghai. */
  const notices = (caller: Caller, local: string) => env.at(local, () => caller.members.notices.list());
  /** The notices about one letter (its id is the key's third part), by kind. */
  const about = (list: Notices, id: number): Record<string, Item> =>
    Object.fromEntries(list.items.filter((i) => i.key.split(':')[2] === `${id}`).map((i) => [i.kind, i]));
  /** The ids the transfers page lists at a notice's path, as the page reads its parameters into its query. */
  const listedAt = async (caller: Caller, path: string, local: string) => {
    const url = new URL(path, 'http://console');
    expect(url.pathname).toBe('/members/transfers');
    const p = url.searchParams;
    const page = await env.at(local, () =>
      caller.members.transfers.list({
        direction: p.get('direction') as 'in' | 'out',
        state: p.get('state') as 'issued',
        unitId: Number(p.get('at')),
        ...(p.get('sort') ? { sort: p.get('sort') as 'expiresOn', order: p.get('order') as 'asc' } : {}),
        pageSize: 100,
      }),
    );
    return page.items.map((r) => r.id);
  };

  it('tells the receiving branch of a letter awaiting receipt, through its last valid day', async () => {
    const member = await addMember(env, xishanBranch.id);
    const letter = await addLetter(env, xishanBranch.id, branch.id, { memberId: member.id, issuedOn: '2030-03-02' });
    expect(letter.expiresOn).toBe('2030-06-02');
    const day = '2030-03-05T10:00:00';
    const seen = await notices(secretary, day);
    expect(seen.counts).toEqual({ transferExpiring: 0, transferIncoming: 1 });
    const path = `/members/transfers?direction=in&state=issued&letter=${letter.id}&at=${branch.id}`;
    expect(about(seen, letter.id)).toEqual({
      transferIncoming: {
        key: `members:transferIncoming:${letter.id}`,
        kind: 'transferIncoming',
        title: `${member.name} 转入`,
        unitName: branch.name,
        // The day of issue, begun in Shanghai.
        at: '2030-03-01T16:00:00.000Z',
        path,
        read: false,
      },
    });
    expect(await listedAt(secretary, path, day)).toEqual([letter.id]);
    // The name is all of the member a notice carries.
    expect(JSON.stringify(seen)).not.toContain(member.clear.idNumber);
    expect(JSON.stringify(seen)).not.toContain(member.clear.phone);
    // The sender waits for the receiver: nothing to do for it until the letter is about to lapse.
    expect(about(await notices(xishan, day), letter.id)).toEqual({});

    // Its last valid day, to the last minute, it still awaits receipt; the next day it can no longer be received.
    expect(Object.keys(about(await notices(secretary, '2030-06-02T23:59:00'), letter.id))).toContain(
      'transferIncoming',
    );
    const expired = await notices(secretary, '2030-06-03T00:00:00');
    expect(about(expired, letter.id)).toEqual({});
    expect(expired.counts.transferIncoming).toBe(0);
  });

  it('drops a letter once received, returned or cancelled', async () => {
    const day = '2030-09-10T10:00:00';
    const received = await addLetter(env, xishanBranch.id, branch.id, { issuedOn: '2030-09-01' });
    const returned = await addLetter(env, xishanBranch.id, branch.id, { issuedOn: '2030-09-02' });
    const cancelled = await addLetter(env, xishanBranch.id, branch.id, { issuedOn: '2030-09-03' });
    const ids = (list: Notices) => list.items.filter((i) => i.kind === 'transferIncoming').map((i) => i.path);
    const before = await notices(secretary, day);
    expect(before.counts.transferIncoming).toBe(3);
    // The nearest last valid day first.
    expect(ids(before).map((p) => Number(new URL(p, 'http://console').searchParams.get('letter')))).toEqual([
      received.id,
      returned.id,
      cancelled.id,
    ]);
    await env.at(day, () => secretary.members.transfers.confirm({ id: received.id, note: '已报到' }));
    await env.at(day, () => secretary.members.transfers.return({ id: returned.id, reason: '信息有误' }));
    await env.at(day, () => xishan.members.transfers.cancel({ id: cancelled.id, reason: '暂缓转出' }));
    const after = await notices(secretary, day);
    expect(after.counts.transferIncoming).toBe(0);
    for (const letter of [received, returned, cancelled]) expect(about(after, letter.id)).toEqual({});
  });

  it('tells the sending branch of its letters ending within 14 days, the nearest first', async () => {
    const issue = (issuedOn: string) => addLetter(env, branch.id, xishanBranch.id, { issuedOn });
    const nearer = await issue('2031-01-05');
    const edge = await issue('2031-01-10');
    const later = await issue('2031-01-11');
    expect([nearer.expiresOn, edge.expiresOn, later.expiresOn]).toEqual(['2031-04-05', '2031-04-10', '2031-04-11']);
    const expiring = (list: Notices) =>
      list.items.filter((i) => i.kind === 'transferExpiring').map((i) => Number(i.key.split(':')[2]));

    // The day before the 14th from the end, to its last minute: only the nearer letter.
    const eve = await notices(secretary, '2031-03-26T23:59:00');
    expect(expiring(eve)).toEqual([nearer.id]);
    expect(eve.counts.transferExpiring).toBe(1);
    // From the 14th day before its last valid day, the edge letter too, after the nearer one; the later not yet.
    const day = '2031-03-27T00:00:00';
    const seen = await notices(secretary, day);
    expect(expiring(seen)).toEqual([nearer.id, edge.id]);
    expect(seen.counts.transferExpiring).toBe(2);
    const path = `/members/transfers?direction=out&state=issued&sort=expiresOn&order=asc&letter=${edge.id}&at=${branch.id}`;
    const member = await env.db.member.findUniqueOrThrow({ where: { id: edge.memberId } });
    expect(about(seen, edge.id)).toEqual({
      transferExpiring: {
        key: `members:transferExpiring:${edge.id}:2031-04-10`,
        kind: 'transferExpiring',
        title: `${member.name} 转出，有效期至2031年4月10日`,
        unitName: branch.name,
        // Fourteen days before its last valid day, begun in Shanghai: when it became news.
        at: '2031-03-26T16:00:00.000Z',
        path,
        read: false,
      },
    });
    // The page at that path lists the sender's letters still issued, the nearest last valid day first.
    expect(await listedAt(secretary, path, day)).toEqual([nearer.id, edge.id, later.id]);
    // The receiver is told it awaits receipt, not that it lapses: its sender is another's.
    expect(Object.keys(about(await notices(xishan, day), edge.id))).toEqual(['transferIncoming']);

    // On its last valid day it is still news; the day after, expired, it is not, and the later one is.
    expect(expiring(await notices(secretary, '2031-04-10T23:59:00'))).toEqual([edge.id, later.id]);
    expect(expiring(await notices(secretary, '2031-04-11T00:00:00'))).toEqual([later.id]);
    // Received, it is done for the sender too.
    await env.at('2031-04-11T09:00:00', () => xishan.members.transfers.confirm({ id: later.id, note: '' }));
    const done = await notices(secretary, '2031-04-11T10:00:00');
    expect(expiring(done)).toEqual([]);
    expect(done.counts.transferExpiring).toBe(0);
  });

  it('gives a new key to a new letter, so news marked read returns when something new happens', async () => {
    const day = '2032-05-10T10:00:00';
    const member = await addMember(env, xishanBranch.id);
    const first = await addLetter(env, xishanBranch.id, branch.id, { memberId: member.id, issuedOn: '2032-05-06' });
    const item = about(await notices(secretary, day), first.id).transferIncoming!;
    await secretary.identity.notices.markRead({ keys: [item.key] });
    const read = await notices(secretary, day);
    expect(about(read, first.id).transferIncoming?.read).toBe(true);
    expect(read.counts.transferIncoming).toBe(1);
    // Returned and issued again for the same member: a new letter, unread news under its own key.
    await env.at(day, () => secretary.members.transfers.return({ id: first.id, reason: '缺少材料' }));
    const again = await env.at(day, () =>
      xishan.members.transfers.issue({
        memberId: member.id,
        toUnitId: branch.id,
        issuedOn: '2032-05-10',
        reason: '补齐材料',
      }),
    );
    const renewed = await notices(secretary, day);
    expect(about(renewed, first.id)).toEqual({});
    expect(about(renewed, again.id).transferIncoming).toMatchObject({
      key: `members:transferIncoming:${again.id}`,
      title: `${member.name} 转入`,
      read: false,
    });
    expect(renewed.counts.transferIncoming).toBe(1);
  });

  it("shows a township's officer every branch's letters, a branch secretary only its own", async () => {
    const day = '2033-06-20T10:00:00';
    // Into the second branch from 西山镇; and a move inside the township, from the first branch to the second,
    // whose last valid day is 14 days away.
    const toOther = await addLetter(env, xishanBranch.id, otherBranch.id, { issuedOn: '2033-06-01' });
    const inside = await addLetter(env, branch.id, otherBranch.id, { issuedOn: '2033-04-04' });
    expect(inside.expiresOn).toBe('2033-07-04');

    const mine = await notices(secretary, day);
    expect(about(mine, toOther.id)).toEqual({});
    // The first branch sent the move: it hears that it is about to lapse, not that it awaits receipt elsewhere.
    expect(Object.keys(about(mine, inside.id))).toEqual(['transferExpiring']);
    expect(mine.counts).toEqual({ transferExpiring: 1, transferIncoming: 0 });

    const all = await notices(township, day);
    expect(about(all, toOther.id).transferIncoming).toMatchObject({ unitName: otherBranch.name });
    // The move is both at the township: each notice opens the page at its own side's unit, where it is listed so.
    const move = about(all, inside.id);
    expect(move.transferExpiring).toMatchObject({
      unitName: branch.name,
      path: `/members/transfers?direction=out&state=issued&sort=expiresOn&order=asc&letter=${inside.id}&at=${branch.id}`,
    });
    expect(move.transferIncoming).toMatchObject({
      unitName: otherBranch.name,
      path: `/members/transfers?direction=in&state=issued&letter=${inside.id}&at=${otherBranch.id}`,
    });
    for (const item of Object.values(move)) expect(await listedAt(township, item.path, day)).toContain(inside.id);
    expect(all.counts).toEqual({ transferExpiring: 1, transferIncoming: 2 });
    // The expiring kind comes first, each kind by its letters' last valid day.
    expect(all.items.map((i) => [i.kind, Number(i.key.split(':')[2])])).toEqual([
      ['transferExpiring', inside.id],
      ['transferIncoming', inside.id],
      ['transferIncoming', toOther.id],
    ]);

    // A member of a group sent to the group's own branch: at the branch the page lists it as sent, and the path
    // opens that tab.
    const group = await addUnit(env, branch);
    const upward = await addLetter(env, group.id, branch.id, { issuedOn: '2033-06-15' });
    const upwardItem = about(await notices(secretary, day), upward.id).transferIncoming!;
    expect(upwardItem.path).toBe(`/members/transfers?direction=out&state=issued&letter=${upward.id}&at=${branch.id}`);
    expect(await listedAt(secretary, upwardItem.path, day)).toContain(upward.id);

    // A reader of the registry who transfers nobody has no transfer news.
    await expect((await env.as('viewer')).members.notices.list()).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
