// argon2id with explicit parameters (OWASP's minimum: 19 MiB, 2 passes, 1 lane), so a library
// default change never silently weakens stored hashes.
import { hash, verify } from '@node-rs/argon2';

const params = { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, params);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

export { isStrongPassword } from '@strata/contract';
