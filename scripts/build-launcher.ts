import { ensureLauncherBuilt } from '../src/neo4j/embedded';

/**
 * `npm run build:launcher`: builds the embedded Neo4j's launcher with Maven unless it is built from
 * the current sources, and stamps the build, as the first Neo4j start would; CI runs it ahead.
 */
ensureLauncherBuilt();
