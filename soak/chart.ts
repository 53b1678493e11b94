import { FAULT_LABELS } from './faults';
import { SoakResult } from './report';

/**
 * Read latency over the run as an SVG drawn by hand, like the benchmark's chart: p50 and p99 per
 * time bin on a logarithmic axis, failed reads per bin below it, and each fault as a band from
 * its injection to the readers' recovery, with a tick where the hurt process was back.
 */

const W = 1000;
const H = 420;
const M = { left: 60, right: 20, top: 40, bottom: 40 };
const ERR_H = 70;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];

export function renderChart(result: SoakResult): string {
  const end = result.elapsedMs;
  const binMs = Math.max(1000, Math.ceil(end / 300 / 1000) * 1000);
  const bins = Math.ceil(end / binMs);
  const byBin: SoakResult['reads'][] = Array.from({ length: bins }, () => []);
  for (const r of result.reads)
    byBin[Math.min(bins - 1, Math.max(0, Math.floor(r.at / binMs)))].push(r);
  const series = byBin.map((inBin, b) => {
    const ms = inBin.map((r) => Math.max(0.5, r.ms)).sort((x, y) => x - y);
    return {
      t: (b + 0.5) * binMs,
      p50: ms.length ? percentile(ms, 0.5) : undefined,
      p99: ms.length ? percentile(ms, 0.99) : undefined,
      errors: inBin.filter((r) => !r.ok).length,
      reads: inBin.length,
    };
  });
  const values = series.flatMap((s) => [s.p50, s.p99]).filter((v): v is number => v !== undefined);
  const yLo = 10 ** Math.floor(Math.log10(Math.max(0.5, Math.min(...values, 1))));
  const yHi = 10 ** Math.ceil(Math.log10(Math.max(...values, 10) * 1.05));
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom - ERR_H - 20;
  const px = (t: number) => M.left + (t / end) * plotW;
  const py = (v: number) =>
    M.top +
    plotH -
    ((Math.log10(v) - Math.log10(yLo)) / (Math.log10(yHi) - Math.log10(yLo))) * plotH;
  const errTop = M.top + plotH + 20;
  const maxErr = Math.max(1, ...series.map((s) => s.reads));
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="Helvetica, Arial, sans-serif" font-size="11">`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<text x="${W / 2}" y="22" text-anchor="middle" font-size="15" font-weight="600">Soak ${esc(result.runId)}: read latency over time, ${result.settings.readsPerSecond} reads/s open loop, ${result.settings.writers} writers</text>`,
    `<rect x="${M.left}" y="${M.top}" width="${plotW}" height="${plotH}" fill="#fafafa" stroke="#ccc"/>`,
  ];
  result.faults.forEach((f, i) => {
    const x0 = px(f.injectedAt);
    const x1 = px(f.recoveredAt ?? end);
    out.push(
      `<rect x="${x0.toFixed(1)}" y="${M.top}" width="${Math.max(2, x1 - x0).toFixed(1)}" height="${errTop + ERR_H - M.top}" fill="#f4c542" fill-opacity="0.25"><title>${esc(FAULT_LABELS[f.kind])}</title></rect>`,
      `<line x1="${px(f.clearedAt).toFixed(1)}" x2="${px(f.clearedAt).toFixed(1)}" y1="${M.top}" y2="${M.top + plotH}" stroke="#b8860b" stroke-dasharray="3,3"/>`,
      `<text x="${(x0 + 3).toFixed(1)}" y="${M.top + 12 + (i % 3) * 12}" fill="#7a5a00">${i + 1}. ${esc(FAULT_LABELS[f.kind])}</text>`,
    );
  });
  for (let e = Math.log10(yLo); e <= Math.log10(yHi); e++) {
    for (const m of [1, 2, 5]) {
      const v = m * 10 ** e;
      if (v < yLo || v > yHi) continue;
      out.push(
        `<line x1="${M.left}" x2="${M.left + plotW}" y1="${py(v).toFixed(1)}" y2="${py(v).toFixed(1)}" stroke="#e4e4e4"/>`,
        `<text x="${M.left - 5}" y="${(py(v) + 4).toFixed(1)}" text-anchor="end" fill="#555">${v >= 1 ? v : v.toPrecision(1)}</text>`,
      );
    }
  }
  const tickS = Math.max(10, Math.ceil(end / 1000 / 12 / 10) * 10);
  for (let s = 0; s * 1000 <= end; s += tickS)
    out.push(
      `<text x="${px(s * 1000).toFixed(1)}" y="${errTop + ERR_H + 14}" text-anchor="middle" fill="#555">${s}</text>`,
    );
  out.push(
    `<text x="${M.left + plotW / 2}" y="${H - 6}" text-anchor="middle" fill="#555">seconds since the load began (bins of ${binMs / 1000} s)</text>`,
    `<text transform="translate(14,${M.top + plotH / 2}) rotate(-90)" text-anchor="middle" fill="#555">latency (ms, log)</text>`,
    `<text transform="translate(14,${errTop + ERR_H / 2}) rotate(-90)" text-anchor="middle" fill="#555">failed</text>`,
  );
  for (const [kind, colour, width, dash] of [
    ['p50', '#1f5fbf', 2, ''],
    ['p99', '#c8372d', 1.4, ' stroke-dasharray="5,3"'],
  ] as const) {
    const d = series
      .filter((s) => s[kind] !== undefined)
      .map((s, i) => `${i ? 'L' : 'M'}${px(s.t).toFixed(1)},${py(s[kind]!).toFixed(1)}`)
      .join(' ');
    out.push(`<path d="${d}" fill="none" stroke="${colour}" stroke-width="${width}"${dash}/>`);
  }
  out.push(
    `<rect x="${M.left}" y="${errTop}" width="${plotW}" height="${ERR_H}" fill="#fafafa" stroke="#ccc"/>`,
  );
  const barW = Math.max(1, plotW / bins - 0.5);
  for (const s of series) {
    if (s.errors === 0) continue;
    const h = (s.errors / maxErr) * ERR_H;
    out.push(
      `<rect x="${(px(s.t) - barW / 2).toFixed(1)}" y="${(errTop + ERR_H - h).toFixed(1)}" width="${barW.toFixed(1)}" height="${h.toFixed(1)}" fill="#c8372d"><title>${s.errors} of ${s.reads} reads failed</title></rect>`,
    );
  }
  out.push(
    `<g transform="translate(${M.left + plotW - 230},${M.top + plotH - 44})">`,
    `<rect width="222" height="38" fill="#fff" fill-opacity="0.85" stroke="#ccc"/>`,
    `<line x1="8" x2="36" y1="12" y2="12" stroke="#1f5fbf" stroke-width="2"/><text x="42" y="16">p50 per bin</text>`,
    `<line x1="8" x2="36" y1="28" y2="28" stroke="#c8372d" stroke-width="1.4" stroke-dasharray="5,3"/><text x="42" y="32">p99 per bin</text>`,
    `<rect x="118" y="6" width="14" height="10" fill="#f4c542" fill-opacity="0.4"/><text x="136" y="16">fault to recovery</text>`,
    `<line x1="125" x2="125" y1="22" y2="34" stroke="#b8860b" stroke-dasharray="3,3"/><text x="136" y="32">process back</text>`,
    `</g>`,
    '</svg>',
  );
  return out.join('\n') + '\n';
}
