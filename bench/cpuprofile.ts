import fs from 'node:fs';
import path from 'node:path';

/**
 * Reads the V8 CPU profile the claimgraph service wrote under load (`--cpu-prof`) and says where
 * its main thread spent the time: idle (waiting on Neo4j), per package, and the native calls
 * with their callers. Written as Markdown next to the other results.
 */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const where = (url: string, fn: string) => {
  if (!url) return fn.startsWith('(') ? fn : '(native)';
  const pkg = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  const own = /\/(src\/[^/]+|bench\/[^/]+)/.exec(url);
  if (own) return own[1];
  return url.startsWith('node:') ? url.split('/')[0] : '(other)';
};

export function summarizeCpuProfile(file: string, out: string): void {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
  );
  const total = [...self.values()].reduce((s, t) => s + t, 0);
  const buckets = new Map<string, number>();
  const native = new Map<string, number>();
  for (const [id, t] of self) {
    const n = byId.get(id)!;
    const bucket = where(n.callFrame.url, n.callFrame.functionName);
    buckets.set(bucket, (buckets.get(bucket) ?? 0) + t);
    if (bucket === '(native)') {
      // The nearest caller inside a package tells whose native call it was.
      let caller = '';
      for (let p = parent.get(id); p !== undefined && !caller; p = parent.get(p)) {
        const f = byId.get(p)!.callFrame;
        if (f.url.includes('node_modules'))
          caller = `${f.functionName || '(anonymous)'} (${where(f.url, '')})`;
      }
      const key = `${n.callFrame.functionName || '(anonymous)'} ← ${caller || '(node)'}`;
      native.set(key, (native.get(key) ?? 0) + t);
    }
  }
  const ms = (us: number) => `${(us / 1000).toFixed(0)} ms`;
  const pct = (us: number) => `${((100 * us) / total).toFixed(1)}%`;
  const lines = [
    `# Where the claimgraph service's main thread spent its time (${path.basename(file)})`,
    '',
    `Sampled ${ms(total)} in all.`,
    '',
    '| where | time | share |',
    '|---|---|---|',
    ...[...buckets]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15)
      .map(([b, t]) => `| ${b} | ${ms(t)} | ${pct(t)} |`),
    '',
    '| native call ← nearest package caller | time | share |',
    '|---|---|---|',
    ...[...native]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([k, t]) => `| ${k} | ${ms(t)} | ${pct(t)} |`),
    '',
  ];
  fs.writeFileSync(out, lines.join('\n'));
}
