import { createTestApp } from '../support/app';
import { seededBrowserSuite } from '../support/browser';

describe('GraphiQL in headless Chromium', () => {
  const e2e = seededBrowserSuite(() => createTestApp());

  it('when an analyst opens /graphql with no network beyond the service, then GraphiQL renders with the example tabs and runs one', async () => {
    const page = await e2e.browser.newPage();
    const outside: string[] = [];
    page.on('request', (r) => {
      if (
        !r.url().startsWith(e2e.base) &&
        !r.url().startsWith('blob:') &&
        !r.url().startsWith('data:')
      )
        outside.push(r.url());
    });
    await page.goto(`${e2e.base}/graphql`);
    const tabs = page.locator('.graphiql-tab');
    await tabs.first().waitFor({ timeout: 30000 });
    const titles = await page.locator('.graphiql-tab-button').allTextContents();
    expect(titles[0]).toBe('ClaimProvenance');
    expect(titles).toEqual(
      expect.arrayContaining(['DisputedClaims', 'MuskConnections', 'ShortestChain']),
    );
    const executed = page.waitForResponse(
      (r) =>
        r.url() === `${e2e.base}/graphql` &&
        r.request().method() === 'POST' &&
        (r.request().postData() ?? '').includes('ClaimProvenance'),
    );
    await page.locator('.graphiql-execute-button').click();
    const answer = await (await executed).json();
    expect(answer.errors).toBeUndefined();
    expect(answer.data.claim.appliesTo.text).toBe('late 2022');
    // The response pane shows the answer (it renders only the lines in view, so check its start).
    await page.waitForFunction(
      () => (document.querySelector('.graphiql-response')?.textContent ?? '').includes('"data"'),
      undefined,
      { timeout: 30000 },
    );
    expect(outside).toEqual([]);
    await page.close();
  });
});
