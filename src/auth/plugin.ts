import { DocumentNode, getOperationAST, OperationTypeNode } from 'graphql';
import { Plugin } from 'graphql-yoga';
import { Context } from '../graphql/context';
import { unauthenticated } from './roles';

/**
 * Gates whole operations before any resolver runs: a mutation always needs a principal, a query
 * only when READS_REQUIRE_AUTH is on. Roles are checked per mutation field (requireRole), since
 * they differ by field.
 */
export function useOperationAuth(options: { readsRequireAuth: boolean }): Plugin<Context> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as Context;
      if (context.principal) return;
      // envelop types the arguments loosely, to serve several graphql versions.
      const document = args.document as DocumentNode;
      const operationName = args.operationName as string | null | undefined;
      const operation = getOperationAST(document, operationName)?.operation;
      if (operation === OperationTypeNode.MUTATION) {
        setResultAndStopExecution({
          errors: [
            unauthenticated(
              'Writes need a credential: send `authorization: Bearer <API key or JWT>` or `x-api-key: <API key>`',
            ),
          ],
        });
      } else if (options.readsRequireAuth) {
        setResultAndStopExecution({
          errors: [
            unauthenticated(
              'This service requires a credential for reads too (READS_REQUIRE_AUTH)',
            ),
          ],
        });
      }
    },
  };
}
