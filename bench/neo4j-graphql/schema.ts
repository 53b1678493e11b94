import fs from 'node:fs';
import path from 'node:path';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { GraphQLSchema } from 'graphql';
import { Driver } from 'neo4j-driver';

/** @neo4j/graphql's executable schema over the claimgraph store, from typeDefs.graphql. */
export function neo4jGraphqlSchema(driver: Driver): Promise<GraphQLSchema> {
  const library = new Neo4jGraphQL({
    typeDefs: fs.readFileSync(path.join(__dirname, 'typeDefs.graphql'), 'utf8'),
    driver,
    // String range filters are off by default; the month timeline needs lte/gte on ISO dates.
    features: { filters: { String: { LT: true, LTE: true, GT: true, GTE: true } } },
  });
  return library.getSchema();
}
