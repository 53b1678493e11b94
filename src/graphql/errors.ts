import { GraphQLError } from 'graphql';

/** A client's mistake in one argument: names the argument, the value given and what is allowed. */
export function badArgument(argument: string, value: unknown, allowed: string): GraphQLError {
  const shown =
    typeof value === 'string'
      ? JSON.stringify(value.length > 80 ? value.slice(0, 80) + '…' : value)
      : String(value);
  return new GraphQLError(`\`${argument}\` must be ${allowed}, got ${shown}`, {
    extensions: {
      code: 'BAD_USER_INPUT',
      argument,
      value: typeof value === 'string' ? value.slice(0, 200) : value,
      allowed,
    },
  });
}
