import fs from 'node:fs';
import path from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { GraphQLSchema } from 'graphql';
import { PROJECT_ROOT } from '../config';
import { resolvers } from '../resolvers';

export const TYPE_DEFS = fs.readFileSync(path.join(PROJECT_ROOT, 'schema.graphql'), 'utf8');

export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({ typeDefs: TYPE_DEFS, resolvers });
}
