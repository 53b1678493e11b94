import { DocumentNode, getOperationAST, OperationTypeNode } from 'graphql';
import { Plugin } from 'graphql-yoga';
import { Context } from '../graphql/context';
import { credentialRefusal } from './roles';

/**
 * Gates whole operations before any resolver runs, by credentialRefusal's rule. Roles are checked
 * per mutation field (requireRole), since they differ by field.
 */
export function useOperationAuth(options: { readsRequireAuth: boolean }): Plugin<Context> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as Context;
      // envelop types the arguments loosely, to serve several graphql versions.
      const document = args.document as DocumentNode;
      const operationName = args.operationName as string | null | undefined;
      const operation = getOperationAST(document, operationName)?.operation;
      const refusal = credentialRefusal(
        context.principal,
        operation === OperationTypeNode.MUTATION ? 'write' : 'read',
        options.readsRequireAuth,
      );
      if (refusal) setResultAndStopExecution({ errors: [refusal] });
    },
  };
}
