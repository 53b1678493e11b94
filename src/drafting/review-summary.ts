import { relative } from 'node:path';
import { positionOf } from '../bundle/anchor';
import type { ArticleDraft } from './draft-article';

/** What the curator reads after `npm run draft`: counts, the furniture cut, and what needs a decision. */
export function formatReview(
  result: ArticleDraft,
  files: { article: string; out: string; text: string },
): string {
  const { draft, furniture, dates, decisions } = result;
  const curation = draft.curation!;
  const here = (path: string) => relative(process.cwd(), path) || path;
  const out: string[] = [];
  out.push(
    `Drafted ${here(files.out)} from ${here(files.article)}; known entities matched against ${curation.matchedAgainst}.`,
  );

  out.push(`\nPage furniture excluded: ${furniture.found.length} line(s)`);
  for (const f of furniture.found)
    out.push(`  line ${String(f.line).padStart(3)}  ${f.rule.padEnd(18)} ${clip(f.text)}`);
  for (const d of furniture.doubtful)
    out.push(`  line ${String(d.line).padStart(3)}  kept, doubtful: ${d.reason}`);

  const entities = draft.entities ?? [];
  const matched = entities.filter((e) =>
    curation.review?.some((n) => n.about === e.id && n.message.includes('matched')),
  ).length;
  const guessed =
    curation.review?.filter((n) => n.confidence === 'low' && entities.some((e) => e.id === n.about))
      .length ?? 0;
  out.push(
    `\nEntities proposed: ${entities.length} (${matched} matched to known entities, ${guessed} with a guessed kind)`,
  );
  const byKind = new Map<string, string[]>();
  for (const e of entities) byKind.set(e.kind, [...(byKind.get(e.kind) ?? []), e.name]);
  for (const [kind, names] of byKind)
    out.push(`  ${kind.padEnd(17)} ${names.map((n) => clip(n, 40)).join('; ')}`);

  const occurrences = draft.occurrences ?? [];
  out.push(
    `\nAttributed statements proposed: ${occurrences.length} occurrence(s) of ${(draft.claims ?? []).length} claim(s)`,
  );
  for (const o of occurrences) {
    const at = positionOf(files.text, files.text.indexOf(o.anchor.exact));
    out.push(`  line ${String(at.line).padStart(3)}  ${o.speaker} "${o.verb}"`);
  }

  const relative_ = dates.filter((d) => d.relativeTo).length;
  out.push(`\nDates found: ${dates.length} (${relative_} completed from context)`);
  for (const d of dates) {
    const interval = d.date.earliest ? `${d.date.earliest}..${d.date.latest}` : 'no interval';
    out.push(
      `  line ${String(positionOf(files.text, d.start).line).padStart(3)}  ${JSON.stringify(d.text).padEnd(18)} ${d.date.precision.padEnd(9)} ${interval}${d.relativeTo ? `  (${d.relativeTo})` : ''}`,
    );
  }

  out.push(`\nNeeds a decision: ${decisions.length}`);
  for (const n of decisions) out.push(`  ${n.about}: ${n.message}`);
  return out.join('\n');
}

function clip(s: string, max = 70): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
