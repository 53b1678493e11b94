import crypto from 'node:crypto';
import { ApiKeyEntry, Role } from '../config';

/** Keys carry this prefix so that a leaked one is recognisable in logs and secret scanners. */
export const KEY_PREFIX = 'cgk_';

/**
 * sha256 is enough for API keys: they are 256 random bits, not passwords, so there is nothing for
 * a slow hash to protect against a dictionary; it keeps every request's check cheap.
 */
export function hashKey(key: string): string {
  return crypto.createHash('sha256').update(key, 'utf8').digest('hex');
}

export function generateKey(): string {
  return KEY_PREFIX + crypto.randomBytes(32).toString('base64url');
}

/** The config line for a new key; the key itself is shown once and stored nowhere. */
export function configEntry(id: string, role: Role, key: string): string {
  return `${id}:${role}:${hashKey(key)}`;
}

/** The entry whose hash matches, compared in constant time so timing tells nothing about a key. */
export function findKey(entries: readonly ApiKeyEntry[], key: string): ApiKeyEntry | undefined {
  const presented = Buffer.from(hashKey(key), 'hex');
  let found: ApiKeyEntry | undefined;
  for (const entry of entries) {
    if (crypto.timingSafeEqual(presented, Buffer.from(entry.sha256, 'hex')) && !found)
      found = entry;
  }
  return found;
}
