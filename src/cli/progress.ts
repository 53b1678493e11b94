import type { IngestProgress } from '../ingest/ingest-bundle';

/** The part of a stream the display writes to; process.stderr in the CLI. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** Redraws of one terminal line at most this often, so a bundle of thousands of batches does not flood stderr. */
const REDRAW_MS = 100;

/**
 * Progress of a long ingestion on stderr: on a terminal, one line redrawn in place (step n of N,
 * rows done of the step's rows, elapsed time); on a pipe or file, one line per finished step.
 */
export class IngestProgressDisplay {
  private startedAt = 0;
  private lastDraw = 0;
  private label = '';
  private drawn = false;

  constructor(
    private readonly stream: ProgressStream,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Starts timing one bundle; `label` (its file name) leads every line. */
  start(label: string): void {
    this.label = label;
    this.startedAt = this.now();
    this.lastDraw = 0;
  }

  readonly update = (p: IngestProgress): void => {
    const finished = p.done === p.total;
    if (this.stream.isTTY) {
      const now = this.now();
      if (!finished && p.done > 0 && now - this.lastDraw < REDRAW_MS) return;
      this.lastDraw = now;
      const line = this.line(p);
      const width = this.stream.columns || 120;
      this.stream.write(
        `\r${line.length > width - 1 ? line.slice(0, width - 2) + '…' : line.padEnd(width - 1)}`,
      );
      this.drawn = true;
    } else if (finished) {
      this.stream.write(`${this.line(p)}\n`);
    }
  };

  /** Ends the redrawn line so that what follows starts on a fresh one. */
  finish(): void {
    if (this.drawn) this.stream.write('\n');
    this.drawn = false;
  }

  private line(p: IngestProgress): string {
    const seconds = ((this.now() - this.startedAt) / 1000).toFixed(1);
    return `${this.label}: step ${p.stepNumber}/${p.steps} ${p.step} ${p.done}/${p.total} · ${seconds} s`;
  }
}

/** Shown when stderr is a terminal, or when `--progress` asks for it on a pipe. */
export function wantsProgress(stream: ProgressStream, flag: boolean): boolean {
  return flag || stream.isTTY === true;
}
