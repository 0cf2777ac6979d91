// Per-address throttle for sign-in attempts, on top of the per-account lockout kept in the database.
// In memory: with several gateway processes each keeps its own window, which only makes it stricter per process.
const windowMs = 15 * 60 * 1000;
const maxFailuresPerAddress = 30;
const failures = new Map<string, number[]>();

export function addressThrottled(ip: string, now = Date.now()): boolean {
  const recent = (failures.get(ip) ?? []).filter((t) => now - t < windowMs);
  failures.set(ip, recent);
  return recent.length >= maxFailuresPerAddress;
}

export function recordAddressFailure(ip: string, now = Date.now()) {
  failures.set(ip, [...(failures.get(ip) ?? []), now]);
}
