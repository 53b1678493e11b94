import type { z } from 'zod';

// What bundle validation and drafting both report. Kept apart from both so that neither imports
// the other (validate.ts used draft.ts's problems; draft.ts threw validate.ts's error).

/** One thing wrong with a bundle: where (a path such as `occurrences[3].anchor.exact`) and what. */
export interface BundleProblem {
  /** Where in the bundle, e.g. `occurrences[3].anchor.exact`. */
  path: string;
  message: string;
}

/** A bundle refused, with every problem found. */
export class BundleValidationError extends Error {
  override name = 'BundleValidationError';
  constructor(readonly problems: BundleProblem[]) {
    super(`The bundle is invalid:\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
  }
}

/** `['occurrences', 3, 'anchor', 'exact']` → `occurrences[3].anchor.exact`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

/** Zod issues as bundle problems; a failed union reports the branch that came closest. */
export function zodProblems(error: z.ZodError): BundleProblem[] {
  return flattenIssues(error.issues, []);
}

function flattenIssues(
  issues: readonly z.core.$ZodIssue[],
  base: readonly PropertyKey[],
): BundleProblem[] {
  return issues.flatMap((issue) => {
    const path = [...base, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const closest = issue.errors.reduce((best, branch) =>
        branch.length < best.length ? branch : best,
      );
      return [{ path: formatPath(path), message: issue.message }, ...flattenIssues(closest, path)];
    }
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: formatPath([...path, key]),
        message: 'is not a field here',
      }));
    }
    return [{ path: formatPath(path), message: issue.message }];
  });
}
