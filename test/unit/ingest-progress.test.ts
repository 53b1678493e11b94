import { IngestProgressDisplay, wantsProgress } from '../../src/cli/progress';
import { IngestProgress } from '../../src/ingest/ingest-bundle';

const at = (
  step: IngestProgress['step'],
  stepNumber: number,
  done: number,
  total: number,
): IngestProgress => ({ step, stepNumber, steps: 11, done, total });

function fakeStream(isTTY: boolean, columns = 80) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, columns, write: (text: string) => writes.push(text) } };
}

describe('ingest progress display', () => {
  it('when stderr is a pipe, then one line per finished step is written, with step n of N, rows and elapsed time', () => {
    const { writes, stream } = fakeStream(false);
    let clock = 0;
    const display = new IngestProgressDisplay(stream, () => clock);
    display.start('big.json');
    display.update(at('claims', 5, 0, 4000));
    clock = 1500;
    display.update(at('claims', 5, 2000, 4000));
    clock = 2500;
    display.update(at('claims', 5, 4000, 4000));
    display.finish();
    expect(writes).toEqual(['big.json: step 5/11 claims 4000/4000 · 2.5 s\n']);
  });

  it('when stderr is a terminal, then one line is redrawn in place, batches closer than 100 ms apart are skipped, and finish ends the line', () => {
    const { writes, stream } = fakeStream(true, 60);
    let clock = 0;
    const display = new IngestProgressDisplay(stream, () => clock);
    display.start('big.json');
    display.update(at('occurrences', 6, 0, 6000));
    clock = 50;
    display.update(at('occurrences', 6, 2000, 6000));
    clock = 400;
    display.update(at('occurrences', 6, 4000, 6000));
    display.update(at('occurrences', 6, 6000, 6000));
    display.finish();
    expect(writes.map((w) => w.trimEnd())).toEqual([
      '\rbig.json: step 6/11 occurrences 0/6000 · 0.0 s',
      '\rbig.json: step 6/11 occurrences 4000/6000 · 0.4 s',
      '\rbig.json: step 6/11 occurrences 6000/6000 · 0.4 s',
      '',
    ]);
    for (const w of writes.slice(0, 3)) expect(w).toHaveLength(60);
  });

  it('when the flag is absent, then progress shows only on a terminal', () => {
    expect(wantsProgress({ write: () => true, isTTY: true }, false)).toBe(true);
    expect(wantsProgress({ write: () => true, isTTY: false }, false)).toBe(false);
    expect(wantsProgress({ write: () => true }, true)).toBe(true);
  });
});
