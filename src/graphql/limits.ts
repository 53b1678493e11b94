import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLField,
  GraphQLSchema,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  GraphQLCompositeType,
  Kind,
  Lexer,
  OperationDefinitionNode,
  OperationTypeNode,
  SelectionSetNode,
  Source,
  TokenKind,
  valueFromAST,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** The limits one operation must stay within; each comes from a setting of src/config.ts. */
export interface OperationLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
}

/** What one operation measures against those limits. */
export interface OperationMeasure {
  depth: number;
  cost: number;
  aliases: number;
  directives: number;
}

/**
 * How many items a plain list field (`disputedBy`, `chain`, `subjects`…) is assumed to hold. Such
 * lists are short by the model (a claim's disputes, a chain's hops); everything that grows is paged.
 */
export const ASSUMED_LIST_SIZE = 5;

/** The largest page any connection serves (`first` 1 to 100). */
const MAX_PAGE = 100;

type Composite = GraphQLCompositeType;

/**
 * Measures an operation the way GitHub and Shopify publish their query cost: every object a field
 * can return costs 1, scalars cost nothing, and a field's cost (its own object and everything
 * selected under it) is multiplied by how many objects it can return: its `first` argument (the
 * value sent, a variable's value, or the schema's default), 1 for the `edges` of a connection that
 * `first` already bounds, ASSUMED_LIST_SIZE for any other list. Deep questions over small pages stay
 * cheap; wide fan-outs multiply. Fragments are measured once each, so repeated spreads cannot make
 * the measurement itself expensive.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName?: string | null,
  variables: Record<string, unknown> = {},
): OperationMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
    if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(definition);
  }
  const operation = operationName
    ? operations.find((o) => o.name?.value === operationName)
    : operations[0];
  const zero: OperationMeasure = { depth: 0, cost: 0, aliases: 0, directives: 0 };
  if (!operation) return zero;
  const root =
    operation.operation === OperationTypeNode.MUTATION
      ? schema.getMutationType()
      : operation.operation === OperationTypeNode.SUBSCRIPTION
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return zero;

  const fragmentMeasures = new Map<string, OperationMeasure>();
  const inProgress = new Set<string>();

  const measureSet = (set: SelectionSetNode, parent: Composite): OperationMeasure => {
    const total = { depth: 0, cost: 0, aliases: 0, directives: 0 };
    const add = (m: OperationMeasure, extraDepth: number) => {
      total.depth = Math.max(total.depth, m.depth + extraDepth);
      total.cost += m.cost;
      total.aliases += m.aliases;
      total.directives += m.directives;
    };
    for (const selection of set.selections) {
      total.directives += selection.directives?.length ?? 0;
      if (selection.kind === Kind.FIELD) {
        add(measureField(selection, parent), 0);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typed = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : parent;
        if (typed && isCompositeType(typed)) add(measureSet(selection.selectionSet, typed), 0);
      } else {
        add(measureFragment(selection.name.value), 0);
      }
    }
    return total;
  };

  const measureFragment = (name: string): OperationMeasure => {
    const known = fragmentMeasures.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    // An unknown or cyclic fragment is a validation error reported elsewhere; it adds nothing here.
    if (!fragment || inProgress.has(name)) return zero;
    const typed = schema.getType(fragment.typeCondition.name.value);
    if (!typed || !isCompositeType(typed)) return zero;
    inProgress.add(name);
    const measured = measureSet(fragment.selectionSet, typed);
    measured.directives += fragment.directives?.length ?? 0;
    inProgress.delete(name);
    fragmentMeasures.set(name, measured);
    return measured;
  };

  const measureField = (node: FieldNode, parent: Composite): OperationMeasure => {
    const aliases = node.alias && node.alias.value !== node.name.value ? 1 : 0;
    // Introspection is bounded by the schema itself and GraphiQL needs it whole.
    if (node.name.value.startsWith('__')) return { depth: 0, cost: 0, aliases, directives: 0 };
    const field = fieldOf(parent, node.name.value);
    if (!field || !node.selectionSet) return { depth: 1, cost: 0, aliases, directives: 0 };
    const type = getNamedType(field.type);
    if (!isCompositeType(type)) return { depth: 1, cost: 0, aliases, directives: 0 };
    const inner = measureSet(node.selectionSet, type);
    const multiplier = itemsOf(node, field, parent);
    return {
      depth: inner.depth + 1,
      cost: multiplier * (1 + inner.cost),
      aliases: aliases + inner.aliases,
      directives: inner.directives,
    };
  };

  const itemsOf = (
    node: FieldNode,
    field: GraphQLField<unknown, unknown>,
    parent: Composite,
  ): number => {
    const firstArg = field.args.find((a) => a.name === 'first');
    if (firstArg) {
      const sent = node.arguments?.find((a) => a.name.value === 'first');
      const value = sent ? valueFromAST(sent.value, firstArg.type, variables) : undefined;
      const first = typeof value === 'number' ? value : firstArg.defaultValue;
      // A first beyond the largest page is refused by the field itself, naming the argument; the
      // cost counts what a page can hold, so that refusal is the one the client sees.
      return typeof first === 'number' ? Math.min(Math.max(first, 0), MAX_PAGE) : MAX_PAGE;
    }
    if (!isListType(getNullableType(field.type))) return 1;
    return parent.name.endsWith('Connection') ? 1 : ASSUMED_LIST_SIZE;
  };

  return measureSet(operation.selectionSet, root);
}

function fieldOf(parent: Composite, name: string): GraphQLField<unknown, unknown> | undefined {
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}

/** Lexical tokens of a document, counted up to the first lexing error (parse reports that one). */
export function countTokens(source: string): number {
  const lexer = new Lexer(new Source(source));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  } catch {
    // A lexing error is a syntax error; counting stops where it is.
  }
  return count;
}

function refusal(code: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

/** The refusals an operation earns, each with its code, the limit, the value found and its setting. */
export function limitErrors(measure: OperationMeasure, limits: OperationLimits): GraphQLError[] {
  const errors: GraphQLError[] = [];
  if (measure.depth > limits.maxDepth) {
    errors.push(
      refusal(
        'QUERY_TOO_DEEP',
        `The operation nests ${measure.depth} levels deep; at most ${limits.maxDepth} are allowed (MAX_QUERY_DEPTH).`,
      ),
    );
  }
  if (measure.cost > limits.maxCost) {
    errors.push(
      refusal(
        'QUERY_TOO_COMPLEX',
        `The operation could fetch ${Math.round(measure.cost)} objects; at most ${limits.maxCost} are allowed (MAX_QUERY_COST). ` +
          'Each field costs 1 per object it can return, multiplied by its `first`; ask for smaller pages or fewer nested lists.',
      ),
    );
  }
  if (measure.aliases > limits.maxAliases) {
    errors.push(
      refusal(
        'TOO_MANY_ALIASES',
        `The operation uses ${measure.aliases} aliases; at most ${limits.maxAliases} are allowed (MAX_ALIASES).`,
      ),
    );
  }
  if (measure.directives > limits.maxDirectives) {
    errors.push(
      refusal(
        'TOO_MANY_DIRECTIVES',
        `The operation uses ${measure.directives} directives; at most ${limits.maxDirectives} are allowed (MAX_DIRECTIVES).`,
      ),
    );
  }
  return errors;
}

/**
 * Refuses an operation over its limits before it runs, every refusal with an `extensions.code`:
 * tokens while parsing (a huge document is never built), depth, aliases and directives before
 * validation (validating a hostile document is work too), and cost just before execution, where
 * the variables' values are known and `first: $n` counts as sent.
 */
export function useOperationLimits(limits: OperationLimits): Plugin {
  return {
    onParse({ params }) {
      const tokens = countTokens(String(params.source));
      if (tokens > limits.maxTokens) {
        throw refusal(
          'TOO_MANY_TOKENS',
          `The operation document has ${tokens} tokens; at most ${limits.maxTokens} are allowed (MAX_TOKENS).`,
        );
      }
    },
    onValidate({ params, context, setResult }) {
      const operationName = (context as { params?: { operationName?: string } }).params
        ?.operationName;
      const measure = measureOperation(
        params.schema as GraphQLSchema,
        params.documentAST as DocumentNode,
        operationName,
      );
      const errors = limitErrors({ ...measure, cost: 0 }, limits);
      if (errors.length > 0) setResult(errors);
    },
    onExecute({ args, setResultAndStopExecution }) {
      const { cost } = measureOperation(
        args.schema as GraphQLSchema,
        args.document as DocumentNode,
        args.operationName as string | null | undefined,
        (args.variableValues ?? {}) as Record<string, unknown>,
      );
      const errors = limitErrors({ depth: 0, aliases: 0, directives: 0, cost }, limits);
      if (errors.length > 0) setResultAndStopExecution({ errors });
    },
  };
}
