// The key a payment form sends with each try (made when the form opens): the server records a payment sent twice with
// one key once, so a retry after a lost answer never books it again.

/** A fresh key: a UUID where the browser offers one (a secure context), else 32 random hex digits. */
export function newRequestKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
