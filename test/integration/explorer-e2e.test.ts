import fs from 'node:fs';
import path from 'node:path';
import { Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/config';
import { createTestApp } from '../support/app';
import { ingestBundle } from '../../src/ingest/ingest-bundle';
import { loadSeeds } from '../../src/ingest/seed';
import { smallBundle, uniqueTag } from '../support/bundles';
import { seededBrowserSuite } from '../support/browser';

const SCREENSHOT = path.join(PROJECT_ROOT, 'test-artifacts/explorer-dispute.png');

const REGULAR_CONTACT = 'claim:musk-putin-regular-contact';
const SPOKE_ONCE = 'claim:musk-spoke-with-putin-once';
const WSJ_QUOTE =
  'Elon Musk, the influential CEO of SpaceX, Tesla, and social platform X, has reportedly maintained ongoing contact with Russian President Vladimir Putin since late 2022, according to The Wall Street Journal';
const SPOKE_ONCE_QUOTE =
  'Musk, however, later clarified publicly that he had only spoken with Putin once, in early 2021, and that the topic was limited to space';

interface GraphNode {
  id: string;
  label: string;
  inView: boolean;
}

interface GraphEdge {
  source: string;
  target: string;
  label: string;
  kind: string;
  lineStyle: string;
  lineColor: string;
}

/** Reads the drawn graph from the page's cytoscape instance: what is on the canvas, not what was fetched. */
function drawnGraph(page: Page) {
  return page.evaluate(() => {
    const cy = (window as any).claimgraphExplorer.graph;
    const box = cy.container().getBoundingClientRect();
    return {
      nodes: cy.nodes().map((n: any) => {
        const b = n.renderedBoundingBox();
        return {
          id: n.id(),
          label: n.data('fullLabel'),
          inView: b.x1 >= 0 && b.y1 >= 0 && b.x2 <= box.width && b.y2 <= box.height,
        };
      }) as GraphNode[],
      edges: cy.edges().map((e: any) => ({
        source: e.source().id(),
        target: e.target().id(),
        label: e.data('label'),
        kind: e.data('kind'),
        lineStyle: e.style('line-style'),
        lineColor: e.style('line-color'),
      })) as GraphEdge[],
    };
  });
}

/** Waits for the graph around `focusId`; an alert shown instead fails the test with its words. */
async function waitForGraph(page: Page, focusId: string) {
  const outcome = await page.waitForFunction((id) => {
    const alert = document.querySelector<HTMLElement>('[role=alert]');
    if (alert && !alert.hidden) return `alert: ${alert.textContent}`;
    const cy = (window as any).claimgraphExplorer?.graph;
    return cy && cy.getElementById(id).nonempty() && cy.nodes().length > 1 ? 'drawn' : false;
  }, focusId);
  expect(await outcome.jsonValue()).toBe('drawn');
}

async function search(page: Page, words: string) {
  await page.getByLabel('Search claims, quotes and names').fill(words);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
}

/** Console errors, failed page scripts and every request the page makes, to check the page only talks GraphQL. */
function watch(page: Page) {
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('request', (request) =>
    requests.push(`${request.method()} ${new URL(request.url()).pathname}`),
  );
  return { problems, requests };
}

describe('explorer page in headless Chromium', () => {
  const e2e = seededBrowserSuite(() => createTestApp());

  it('when a reader searches "regular contact" and opens the claim, then the graph shows Musk\'s disputing statement and the quote is marked in the article', async () => {
    const page = await e2e.browser.newPage();
    const { problems, requests } = watch(page);
    await page.goto(`${e2e.base}/explorer`);
    await search(page, 'regular contact');
    await page.locator(`#results button[data-claim-id="${REGULAR_CONTACT}"]`).click();
    await waitForGraph(page, REGULAR_CONTACT);

    await expect(page.locator('#detail-title').textContent()).resolves.toBe(
      'Elon Musk and Vladimir Putin have been in regular contact since late 2022.',
    );
    const graph = await drawnGraph(page);
    const dispute = graph.edges.find(
      (e) => e.source === SPOKE_ONCE && e.target === REGULAR_CONTACT,
    );
    expect(dispute).toMatchObject({ kind: 'DISPUTES', label: 'DISPUTES', lineStyle: 'dashed' });
    const verbEdge = graph.edges.find((e) => e.label === 'according to');
    expect(dispute!.lineColor).not.toBe(verbEdge!.lineColor);
    expect(graph.edges.map((e) => e.label)).toEqual(
      expect.arrayContaining(['according to', 'sourced from', 'quoted from', 'clarified publicly']),
    );
    const disputing = graph.nodes.find((n) => n.id === SPOKE_ONCE);
    expect(disputing?.label).toContain('only once');
    expect(graph.nodes.map((n) => n.id)).toEqual(
      expect.arrayContaining(['person:elon-musk', 'outlet:wsj', 'anon:officials-us-europe-russia']),
    );
    expect(graph.nodes.filter((n) => !n.inView)).toEqual([]);

    expect(await page.locator('#detail').innerText()).not.toMatch(
      /\b(null|undefined|NaN)\b|\[object /,
    );
    const mark = page.locator('.source-text mark');
    await expect(mark.textContent()).resolves.toBe(WSJ_QUOTE);
    // Later articles (seeds/scenario-*) may add their own disputes of the claim beside Musk's.
    await expect(
      page.locator('.relation-disputes', { hasText: 'Musk spoke with Putin only once' }).count(),
    ).resolves.toBe(1);

    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });

    await page.locator(`.relation-disputes button[data-claim-id="${SPOKE_ONCE}"]`).click();
    await waitForGraph(page, SPOKE_ONCE);
    // The seed's own hop: later articles (seeds/scenario-*) relay Musk's statement too.
    await page.locator('button[data-occurrence-id="occ:spoke-once/article"]').click();
    await page.waitForFunction(
      (exact) => document.querySelector('.source-text mark')?.textContent === exact,
      SPOKE_ONCE_QUOTE,
    );
    const [textBox, markBox] = await Promise.all([
      page.locator('.source-text').boundingBox(),
      mark.boundingBox(),
    ]);
    expect(markBox!.y).toBeGreaterThanOrEqual(textBox!.y);
    expect(markBox!.y + Math.min(markBox!.height, 40)).toBeLessThanOrEqual(
      textBox!.y + textBox!.height,
    );
    expect(await page.locator('.source-text').evaluate((el) => el.scrollTop)).toBeGreaterThan(0);

    expect(problems).toEqual([]);
    const apiCalls = requests.filter((r) => !r.startsWith('GET /explorer'));
    expect(apiCalls.length).toBeGreaterThan(0);
    expect(new Set(apiCalls)).toEqual(new Set(['POST /graphql']));
    await page.close();
  });

  it('when a search matches nothing, then the page says there are no results for those words', async () => {
    const page = await e2e.browser.newPage();
    const words = uniqueTag('nomatch').replace(/[^a-z0-9]/gi, '');
    await page.goto(`${e2e.base}/explorer`);
    await search(page, words);
    await page.locator('#results .empty').waitFor();
    await expect(page.locator('#results .empty').textContent()).resolves.toContain(
      `No results for “${words}”`,
    );
    await expect(page.locator('#status').textContent()).resolves.toBe(`No results for “${words}”.`);
    await expect(page.locator('#results button').count()).resolves.toBe(0);
    await page.close();
  });

  it('when the API fails, then the alert region says how, and the next search recovers', async () => {
    const page = await e2e.browser.newPage();
    const failures = [
      (route: any) =>
        route.fulfill({ status: 500, contentType: 'text/plain', body: 'upstream exploded' }),
      (route: any) => route.abort('connectionrefused'),
      (route: any) =>
        route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: JSON.stringify({ errors: [{ message: 'Neo4j is unavailable' }] }),
        }),
    ];
    await page.route('**/graphql', (route) => {
      const fail = failures.shift();
      return fail ? fail(route) : route.continue();
    });
    await page.goto(`${e2e.base}/explorer`);
    const alert = page.getByRole('alert');

    await search(page, 'Putin');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('The API answered 500');
    await search(page, 'Putin');
    await page.waitForFunction(() =>
      document
        .querySelector('[role=alert]')
        ?.textContent?.includes('Could not reach the claimgraph API'),
    );
    await search(page, 'Putin');
    await page.waitForFunction(() =>
      document
        .querySelector('[role=alert]')
        ?.textContent?.includes('The API reported an error: Neo4j is unavailable'),
    );
    await expect(page.locator('#results button').count()).resolves.toBe(0);

    await search(page, 'Putin');
    await page.locator('#results button[data-entity-id="person:vladimir-putin"]').waitFor();
    await expect(alert.isHidden()).resolves.toBe(true);
    await page.close();
  });

  it('when an entity is opened, then its neighbourhood is drawn and listed with the claims that link them', async () => {
    const page = await e2e.browser.newPage();
    await page.goto(`${e2e.base}/explorer`);
    await search(page, 'Putin');
    await page.locator('#results button[data-entity-id="person:vladimir-putin"]').click();
    await waitForGraph(page, 'person:vladimir-putin');

    const graph = await drawnGraph(page);
    const toMusk = graph.edges.find(
      (e) => e.source === 'person:vladimir-putin' && e.target === 'person:elon-musk',
    );
    expect(toMusk?.label).toMatch(/\d+ claims?/);
    const listed = page.locator('.neighbours button[data-entity-id="person:elon-musk"]');
    await expect(listed.textContent()).resolves.toBe('Elon Musk');
    await expect(page.locator('.neighbours').textContent()).resolves.toContain(
      'regular contact since late 2022',
    );
    await page.close();
  });

  it('when stored names and texts contain markup, then the page shows it as text and runs none of it', async () => {
    const tag = uniqueTag('explorer-markup');
    const markup = `<img src=x onerror="window.__injected=1"><b>Ada</b> ${tag}`;
    await ingestBundle(e2e.app.graph, smallBundle(tag, { personName: markup }));
    const page = await e2e.browser.newPage();
    await page.goto(`${e2e.base}/explorer#claim=${encodeURIComponent(`${tag}:unsafe`)}`);
    await waitForGraph(page, `${tag}:unsafe`);
    await page.locator('.source-text mark').waitFor();

    await expect(page.locator('.chains').textContent()).resolves.toContain(markup);
    await page.locator(`.chains button[data-occurrence-id="${tag}:o-ada-gazette"]`).click();
    await page.waitForFunction(
      (exact) => document.querySelector('.source-text mark')?.textContent === exact,
      `${markup} said the bridge`,
    );
    await expect(page.locator('.source-text').textContent()).resolves.toContain(
      `${markup} said the bridge in Westhaven`,
    );
    const graph = await drawnGraph(page);
    expect(graph.nodes.map((n) => n.label)).toContain(markup);
    await expect(page.locator('#detail img, #detail b').count()).resolves.toBe(0);
    await expect(page.evaluate(() => (window as any).__injected)).resolves.toBeUndefined();
    await page.close();
  });

  it('when later articles repeat the regular-contact claim, then its header names its one origin and warns of single-origin reporting, and each hop names its source', async () => {
    await loadSeeds(e2e.app.graph, path.join(PROJECT_ROOT, 'seeds'));
    const page = await e2e.browser.newPage();
    const { problems } = watch(page);
    await page.goto(`${e2e.base}/explorer#claim=${encodeURIComponent(REGULAR_CONTACT)}`);
    await waitForGraph(page, REGULAR_CONTACT);
    const facts = await page.locator('.facts').innerText();
    expect(facts).toContain('carried by 3 sources');
    expect(facts).toContain(
      'origin: Several current and former officials across the US, Europe, and Russia (anonymous source)',
    );
    expect(facts).not.toContain('corroborated');
    await expect(page.locator('.single-origin').innerText()).resolves.toMatch(
      /Single-origin reporting: 3 sources carry this claim/,
    );
    const hops = await page.locator('.hop-line').allInnerTexts();
    expect(hops.some((t) => t.includes('in Musk said to talk regularly with Putin'))).toBe(true);
    expect(hops.some((t) => t.includes('mentioned only to dispute it'))).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('when the explorer is mounted, then GraphiQL still answers at /graphql and the assets carry their content types', async () => {
    const graphiql = await fetch(`${e2e.base}/graphql`, { headers: { accept: 'text/html' } });
    expect(graphiql.status).toBe(200);
    expect(await graphiql.text()).toContain('graphiql');
    const types = await Promise.all(
      [
        '/explorer',
        '/explorer/explorer.js',
        '/explorer/explorer.css',
        '/explorer/vendor/cytoscape.min.js',
      ].map(async (p) => (await fetch(`${e2e.base}${p}`)).headers.get('content-type')),
    );
    expect(types).toEqual([
      'text/html; charset=utf-8',
      'text/javascript; charset=utf-8',
      'text/css; charset=utf-8',
      'text/javascript; charset=utf-8',
    ]);
    expect((await fetch(`${e2e.base}/explorer/missing.js`)).status).toBe(404);
  });
});
