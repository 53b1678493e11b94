import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, PROJECT_ROOT, settings, settingsTable } from '../../src/config';

describe('configuration', () => {
  it('when nothing is set, then every setting takes its default', () => {
    const config = loadConfig({});
    for (const [key, s] of Object.entries(settings))
      expect(config[key as keyof typeof config]).toEqual(s.default);
  });

  it('when a value is malformed, then start-up fails naming the variable and what it accepts', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(
      'PORT must be an integer between 0 and 65535, got "eighty"',
    );
    expect(() => loadConfig({ SEED_ON_START: 'maybe' })).toThrow(
      'SEED_ON_START must be true or false',
    );
  });

  it('when environment variables are set, then they win over defaults', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://example.databases.neo4j.io',
      PORT: '0',
      SEED_ON_START: 'false',
    });
    expect(config).toMatchObject({
      neo4jUri: 'neo4j+s://example.databases.neo4j.io',
      httpPort: 0,
      seedOnStart: false,
    });
  });

  it('when the README lists the settings, then it lists them as src/config.ts defines them', () => {
    const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(settingsTable());
  });
});
