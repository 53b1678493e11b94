import { INGEST_STEPS, IngestProgress, ingestBundle } from '../../src/ingest/ingest-bundle';
import { createTestApp, TestApp } from '../support/app';
import { smallBundle, uniqueTag } from '../support/bundles';

describe('ingest progress', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('when a bundle is ingested in small batches, then every step reports its batches in order until done equals total', async () => {
    const bundle = smallBundle(uniqueTag('progress'));
    const reports: IngestProgress[] = [];
    await ingestBundle(app.graph, bundle, bundle.source.text, {
      batchSize: 2,
      onProgress: (p) => reports.push(p),
    });

    expect([...new Set(reports.map((r) => r.step))]).toEqual([...INGEST_STEPS]);
    for (const r of reports)
      expect(r).toMatchObject({
        stepNumber: INGEST_STEPS.indexOf(r.step) + 1,
        steps: INGEST_STEPS.length,
      });
    const occurrences = reports
      .filter((r) => r.step === 'occurrences')
      .map((r) => `${r.done}/${r.total}`);
    expect(occurrences).toEqual(['0/4', '2/4', '4/4']);
    const entities = reports
      .filter((r) => r.step === 'entities')
      .map((r) => `${r.done}/${r.total}`);
    expect(entities).toEqual(['0/6', '2/6', '4/6', '6/6']);
    for (const step of INGEST_STEPS) {
      const last = reports.filter((r) => r.step === step).at(-1)!;
      expect(last.done).toBe(last.total);
    }
  });
});
