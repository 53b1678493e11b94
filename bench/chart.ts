import fs from 'node:fs';
import path from 'node:path';
import { SIZES } from './args';
import { OPERATIONS } from './operations';
import type { SizeResult } from './run';
import { TARGETS, TargetName } from './services';

/**
 * A small-multiples SVG line chart, written by hand so the benchmark needs no plotting library:
 * one panel per operation, p50 (solid) and p99 (dashed) latency against graph size, both axes
 * logarithmic, one colour per target.
 */

const COLOURS: Record<TargetName, string> = {
  claimgraph: '#1f5fbf',
  cypher: '#2e8b3e',
  'neo4j-graphql': '#c8372d',
};
const LABELS: Record<TargetName, string> = {
  claimgraph: 'claimgraph',
  cypher: 'raw Cypher (floor)',
  'neo4j-graphql': '@neo4j/graphql',
};

const W = 300;
const H = 230;
const M = { left: 52, right: 14, top: 30, bottom: 40 };
const COLUMNS = 4;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const sizeLabel = (n: number) => (n >= 1e6 ? `${n / 1e6}M` : `${n / 1e3}k`);

/** Tick values 1-2-5 per decade covering [lo, hi]. */
function logTicks(lo: number, hi: number): number[] {
  const ticks: number[] = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
    for (const m of [1, 2, 5]) {
      const v = m * 10 ** e;
      if (v >= lo && v <= hi) ticks.push(v);
    }
  }
  return ticks;
}

function panel(
  x0: number,
  y0: number,
  title: string,
  series: { target: TargetName; kind: 'p50' | 'p99'; points: [number, number][] }[],
  sizes: number[],
): string {
  const values = series.flatMap((s) => s.points.map(([, v]) => v)).filter((v) => v > 0);
  const out: string[] = [
    `<g transform="translate(${x0},${y0})">`,
    `<text x="${W / 2}" y="16" text-anchor="middle" font-weight="600" font-size="13">${esc(title)}</text>`,
  ];
  if (values.length === 0) {
    out.push(`<text x="${W / 2}" y="${H / 2}" text-anchor="middle" fill="#888">no data</text></g>`);
    return out.join('\n');
  }
  const yLo = 10 ** Math.floor(Math.log10(Math.min(...values)));
  const yHi = 10 ** Math.ceil(Math.log10(Math.max(...values) * 1.05));
  const [xLo, xHi] =
    sizes.length > 1 ? [Math.min(...sizes), Math.max(...sizes)] : [sizes[0] / 3, sizes[0] * 3];
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const px = (n: number) =>
    M.left + ((Math.log10(n) - Math.log10(xLo)) / (Math.log10(xHi) - Math.log10(xLo) || 1)) * plotW;
  const py = (v: number) =>
    M.top +
    plotH -
    ((Math.log10(v) - Math.log10(yLo)) / (Math.log10(yHi) - Math.log10(yLo))) * plotH;

  out.push(
    `<rect x="${M.left}" y="${M.top}" width="${plotW}" height="${plotH}" fill="#fafafa" stroke="#ccc"/>`,
  );
  for (const t of logTicks(yLo, yHi)) {
    out.push(
      `<line x1="${M.left}" x2="${M.left + plotW}" y1="${py(t).toFixed(1)}" y2="${py(t).toFixed(1)}" stroke="#e4e4e4"/>`,
    );
    out.push(
      `<text x="${M.left - 5}" y="${(py(t) + 4).toFixed(1)}" text-anchor="end" font-size="10" fill="#555">${t >= 1 ? t : t.toPrecision(1)}</text>`,
    );
  }
  for (const n of sizes) {
    out.push(
      `<line x1="${px(n).toFixed(1)}" x2="${px(n).toFixed(1)}" y1="${M.top}" y2="${M.top + plotH}" stroke="#e4e4e4"/>`,
    );
    out.push(
      `<text x="${px(n).toFixed(1)}" y="${M.top + plotH + 14}" text-anchor="middle" font-size="10" fill="#555">${sizeLabel(n)}</text>`,
    );
  }
  out.push(
    `<text x="${M.left + plotW / 2}" y="${H - 6}" text-anchor="middle" font-size="10" fill="#555">claims in the graph</text>`,
  );
  out.push(
    `<text transform="translate(12,${M.top + plotH / 2}) rotate(-90)" text-anchor="middle" font-size="10" fill="#555">latency (ms)</text>`,
  );
  for (const s of series) {
    if (s.points.length === 0) continue;
    const d = s.points
      .map(([n, v], i) => `${i ? 'L' : 'M'}${px(n).toFixed(1)},${py(v).toFixed(1)}`)
      .join(' ');
    const dash = s.kind === 'p99' ? ' stroke-dasharray="5,3"' : '';
    out.push(
      `<path d="${d}" fill="none" stroke="${COLOURS[s.target]}" stroke-width="${s.kind === 'p50' ? 2.2 : 1.4}"${dash}/>`,
    );
    for (const [n, v] of s.points) {
      out.push(
        `<circle cx="${px(n).toFixed(1)}" cy="${py(v).toFixed(1)}" r="${s.kind === 'p50' ? 3 : 2}" fill="${COLOURS[s.target]}"><title>${LABELS[s.target]} ${s.kind} at ${sizeLabel(n)}: ${v} ms</title></circle>`,
      );
    }
  }
  out.push('</g>');
  return out.join('\n');
}

function legend(x0: number, y0: number): string {
  const out = [`<g transform="translate(${x0},${y0})" font-size="12">`];
  TARGETS.forEach((t, i) => {
    const y = 40 + i * 24;
    out.push(
      `<line x1="20" x2="56" y1="${y}" y2="${y}" stroke="${COLOURS[t]}" stroke-width="2.2"/>`,
    );
    out.push(`<text x="64" y="${y + 4}">${esc(LABELS[t])}</text>`);
  });
  const y = 40 + TARGETS.length * 24 + 10;
  out.push(
    `<line x1="20" x2="56" y1="${y}" y2="${y}" stroke="#333" stroke-width="2.2"/><text x="64" y="${y + 4}">p50</text>`,
  );
  out.push(
    `<line x1="20" x2="56" y1="${y + 22}" y2="${y + 22}" stroke="#333" stroke-width="1.4" stroke-dasharray="5,3"/><text x="64" y="${y + 26}">p99</text>`,
  );
  out.push(`<text x="20" y="${y + 56}" font-size="10" fill="#555">Both axes logarithmic.</text>`);
  out.push('</g>');
  return out.join('\n');
}

/** Reads every results/<size>.json there is and writes results/latency.svg. */
export function writeChart(resultsDir: string): string {
  const results = Object.keys(SIZES)
    .map((size) => path.join(resultsDir, `${size}.json`))
    .filter((f) => fs.existsSync(f))
    .map((f) => JSON.parse(fs.readFileSync(f, 'utf8')) as SizeResult)
    .sort((a, b) => a.claims - b.claims);
  const sizes = results.map((r) => r.claims);
  const ops = OPERATIONS.filter((op) => results.some((r) => r.load[op.name]));
  const cells = ops.length + 1;
  const rows = Math.ceil(cells / COLUMNS);
  const width = COLUMNS * W;
  const height = rows * H + 40;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif">`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="${width / 2}" y="24" text-anchor="middle" font-size="16" font-weight="600">Latency against graph size: claimgraph, raw Cypher and @neo4j/graphql</text>`,
  ];
  ops.forEach((op, i) => {
    const series = TARGETS.flatMap((target) =>
      (['p50', 'p99'] as const).map((kind) => ({
        target,
        kind,
        points: results
          .filter((r) => r.load[op.name]?.[target])
          .map((r): [number, number] => [r.claims, r.load[op.name][target]![kind]]),
      })),
    );
    parts.push(panel((i % COLUMNS) * W, 40 + Math.floor(i / COLUMNS) * H, op.title, series, sizes));
  });
  parts.push(legend((ops.length % COLUMNS) * W, 40 + Math.floor(ops.length / COLUMNS) * H));
  parts.push('</svg>');
  const file = path.join(resultsDir, 'latency.svg');
  fs.writeFileSync(file, parts.join('\n') + '\n');
  return file;
}
