import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../src/config';

/** Debian's Chromium, which the end-to-end tests drive through playwright-core (test/support/browser.ts). */
export const CHROMIUM = '/usr/bin/chromium';

/** One missing prerequisite: what, and how to get it. */
export interface Missing {
  tool: string;
  fix: string;
}

const run = (command: string, args: string[]) =>
  spawnSync(command, args, { encoding: 'utf8', timeout: 10000 });

/** The major version of a `java -version` banner (`openjdk version "17.0.12"`, `"1.8.0_402"`). */
export function javaMajor(banner: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(banner);
  if (!match) return undefined;
  return match[1] === '1' ? Number(match[2]) : Number(match[1]);
}

/**
 * What `npm test` needs and this machine lacks, one entry per tool. Java and Maven are not needed
 * when NEO4J_URI names a Neo4j; Maven not once the launcher is built; Chromium always (the
 * explorer's and GraphiQL's end-to-end tests).
 */
export function missingForTests(): Missing[] {
  const config = loadConfig();
  const missing: Missing[] = [];
  const nodeMajor = Number(process.versions.node.split('.')[0]);
  if (nodeMajor < 20) {
    missing.push({
      tool: `Node.js 20 or later (this is ${process.versions.node})`,
      fix: 'install Node.js 20 LTS from https://nodejs.org or with nvm: `nvm install 20`',
    });
  }
  if (!config.neo4jUri) {
    const java = run(config.java, ['-version']);
    const major = java.error ? undefined : javaMajor(`${java.stderr}${java.stdout}`);
    if (java.error) {
      missing.push({
        tool: `Java 17 (\`${config.java}\` not found), for the embedded Neo4j`,
        fix: 'install OpenJDK 17 (`apt-get install -y openjdk-17-jre-headless`, `brew install openjdk@17`), or set JAVA, or NEO4J_URI to a running Neo4j',
      });
    } else if (major !== undefined && major < 17) {
      missing.push({
        tool: `Java 17 or later (\`${config.java}\` is Java ${major}), for the embedded Neo4j`,
        fix: 'install OpenJDK 17 and put it first on PATH, or set JAVA to its java',
      });
    }
    const launcherBuilt = fs.existsSync(path.join(PROJECT_ROOT, 'neo4j-launcher/target/lib'));
    if (!launcherBuilt && run('mvn', ['-v']).error) {
      missing.push({
        tool: 'Maven (`mvn`), which fetches Neo4j from Maven Central on the first run',
        fix: 'install Maven (`apt-get install -y maven`, `brew install maven`), or set NEO4J_URI to a running Neo4j',
      });
    }
  }
  if (!fs.existsSync(CHROMIUM)) {
    missing.push({
      tool: `Chromium at ${CHROMIUM}, for the explorer's and GraphiQL's browser tests`,
      fix: 'install it with `apt-get update && apt-get install -y chromium` (as root)',
    });
  }
  return missing;
}

if (require.main === module) {
  const started = performance.now();
  const missing = missingForTests();
  if (missing.length === 0) {
    console.log(
      `preflight: every prerequisite found (${Math.round(performance.now() - started)} ms)`,
    );
  } else {
    for (const { tool, fix } of missing) console.error(`preflight: missing ${tool}: ${fix}`);
    process.exitCode = 1;
  }
}
