import { configEntry, generateKey } from '../auth/keys';
import { isRole, ROLES } from '../auth/roles';
import { runCli, usageError } from './run-cli';

/**
 * `npm run apikey -- <id> <role>`: prints a new random key once, for its holder, and the line that
 * goes into API_KEYS; only the hash is ever configured, so the key cannot be read back.
 */
runCli(
  {
    name: 'apikey',
    summary:
      'Makes a new API key for a person or a program. The key is printed once, for its holder; only its sha256 ' +
      'goes into API_KEYS, so it cannot be read back from the configuration.',
    arguments: '<id> <role>',
    positionals: { min: 2, max: 2 },
    options: {},
    optionHelp: {},
    examples: ['npm run apikey -- alice editor', 'npm run apikey -- ci-bot reader'],
    notes: [
      'id: 1 to 64 letters, digits and . _ @ -, e.g. alice or ci-bot',
      `role: ${ROLES.join(', ')}`,
    ],
  },
  ({ positionals: [id, role] }) => {
    if (!/^[A-Za-z0-9._@-]{1,64}$/.test(id)) {
      throw usageError(`id must be 1 to 64 letters, digits and . _ @ -, got "${id.slice(0, 80)}"`);
    }
    if (!isRole(role)) throw usageError(`role must be one of ${ROLES.join(', ')}, got "${role}"`);
    const key = generateKey();
    console.log(`key (give it to ${id}; it is not stored anywhere):\n  ${key}`);
    console.log(
      `API_KEYS entry (append with a comma to any others):\n  ${configEntry(id, role, key)}`,
    );
  },
);
