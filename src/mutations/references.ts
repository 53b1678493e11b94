import { Problem } from '../bundle/validate';
import { GraphTransaction } from '../neo4j/graph';
import { ConflictError, InvalidInputError } from './errors';

interface References {
  missingClaims: string[];
  missingSubjects: string[];
  missingOccurrences: string[];
  takenClaims: string[];
  takenRelations: string[];
  takenReviews: string[];
}

type Kind = 'claims' | 'subjects' | 'occurrences' | 'newClaims' | 'newRelations' | 'newReviews';

/** Which referenced ids are not stored, and which ids meant for new records are taken. */
export async function checkReferences(
  tx: GraphTransaction,
  refs: Partial<Record<Kind, string[]>>,
): Promise<References> {
  const [row] = await tx.run<References>('mutations/check-references', {
    claims: [],
    subjects: [],
    occurrences: [],
    newClaims: [],
    newRelations: [],
    newReviews: [],
    ...refs,
  });
  return row;
}

/** A problem per missing id, at its index in the list it came from. */
export function missing(path: string, ids: string[], all: string[], what: string): Problem[] {
  return ids.map((id) => ({
    path: all.length > 1 ? `${path}[${all.indexOf(id)}]` : path,
    message: `no ${what} with id "${id}"`,
  }));
}

/** An id asked for a new record that is already stored: a CONFLICT, since the caller chose it. */
export function refuseIfTaken(taken: boolean, record: string, id: string): void {
  if (taken)
    throw new ConflictError(
      `${record} with id "${id}" already exists; choose another id or leave it out`,
    );
}

/** Every mutation takes one argument, `input`. */
export function refuseIfAny(problems: Problem[]): void {
  if (problems.length > 0) throw new InvalidInputError('input', problems);
}
