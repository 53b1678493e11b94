import { configEntry, generateKey } from '../auth/keys';
import { isRole, ROLES } from '../auth/roles';

/**
 * `npm run apikey -- <id> <role>`: prints a new random key once, for its holder, and the line that
 * goes into API_KEYS; only the hash is ever configured, so the key cannot be read back.
 */
function main(args: string[]): number {
  const [id, role] = args;
  if (!id || !/^[A-Za-z0-9._@-]{1,64}$/.test(id) || !isRole(role)) {
    console.error(
      `usage: npm run apikey -- <id> <role>\n  id: 1 to 64 letters, digits and . _ @ -, e.g. alice or ci-bot\n  role: ${ROLES.join(', ')}`,
    );
    return 2;
  }
  const key = generateKey();
  console.log(`key (give it to ${id}; it is not stored anywhere):\n  ${key}`);
  console.log(
    `API_KEYS entry (append with a comma to any others):\n  ${configEntry(id, role, key)}`,
  );
  return 0;
}

process.exit(main(process.argv.slice(2)));
