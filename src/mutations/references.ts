import { Problem } from '../bundle/validate';
import { GraphTransaction } from '../neo4j/graph';
import { ConflictError, InvalidInputError } from './errors';

/** Ids an input names, under the input path that names them (`input.evidence`, `input.claimId`). */
type Named = Record<string, string[]>;

/**
 * Refuses the write before anything is written: BAD_USER_INPUT naming every referred id that is
 * not stored (claims, entities or events, occurrences) at its path in the input, else CONFLICT
 * when the id of the record the use case adds is taken.
 */
export async function requireReferences(
  tx: GraphTransaction,
  wanted: { claims?: Named; subjects?: Named; occurrences?: Named },
  adds: { record: 'claim' | 'relation' | 'review'; id: string },
): Promise<void> {
  const { claims = {}, subjects = {}, occurrences = {} } = wanted;
  const [refs] = await tx.run<
    Record<`missing${'Claims' | 'Subjects' | 'Occurrences'}`, string[]> & { taken: boolean }
  >('mutations/check-references', {
    claims: Object.values(claims).flat(),
    subjects: Object.values(subjects).flat(),
    occurrences: Object.values(occurrences).flat(),
    adds,
  });
  const problems = (named: Named, absent: string[], what: string) =>
    Object.entries(named).flatMap(([path, all]) =>
      missing(
        path,
        all.filter((id) => absent.includes(id)),
        all,
        what,
      ),
    );
  refuseIfAny([
    ...problems(claims, refs.missingClaims, 'claim'),
    ...problems(subjects, refs.missingSubjects, 'entity or event'),
    ...problems(occurrences, refs.missingOccurrences, 'occurrence'),
  ]);
  refuseIfTaken(refs.taken, `a ${adds.record}`, adds.id);
}

/** A problem per missing id, at its index in the list it came from. */
function missing(path: string, ids: string[], all: string[], what: string): Problem[] {
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
