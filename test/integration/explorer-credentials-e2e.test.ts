import { seededBrowserSuite } from '../support/browser';
import { uniqueTag } from '../support/bundles';
import { createWriteTestApp } from '../support/writes';

const REGULAR_CONTACT = 'claim:musk-putin-regular-contact';

describe('explorer with READS_REQUIRE_AUTH=true, in headless Chromium', () => {
  const e2e = seededBrowserSuite(() =>
    createWriteTestApp(uniqueTag('explorer-auth'), { READS_REQUIRE_AUTH: 'true' }),
  );

  it('when a reader searches without a credential, then the page asks for one; with a reader key it finds the claim, sends the key as a bearer token and stores it nowhere', async () => {
    const page = await e2e.browser.newPage();
    const authorizations: (string | undefined)[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/graphql') {
        authorizations.push(request.headers()['authorization']);
      }
    });
    await page.goto(`${e2e.base}/explorer`);
    await page.getByLabel('Search claims, quotes and names').fill('regular contact');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const alert = page.locator('#alert');
    await alert.waitFor({ state: 'visible' });
    await expect(alert.textContent()).resolves.toMatch(/API key or bearer token.*Credential/);
    expect(authorizations).toEqual([undefined]);

    await page.locator('summary', { hasText: 'Credential' }).click();
    await page.getByLabel(/API key or bearer token/).fill(e2e.app.keys.reader.key);
    await page.getByRole('button', { name: 'Use', exact: true }).click();
    // Using the credential runs the pending search again, now with the key.
    await page.locator(`#results button[data-claim-id="${REGULAR_CONTACT}"]`).waitFor();
    await expect(alert.isHidden()).resolves.toBe(true);
    expect(authorizations.slice(1)).toEqual(
      authorizations.slice(1).map(() => `Bearer ${e2e.app.keys.reader.key}`),
    );
    expect(authorizations.length).toBeGreaterThan(1);
    await expect(page.getByLabel(/API key or bearer token/).inputValue()).resolves.toBe('');

    const stored = await page.evaluate(() => ({
      local: JSON.stringify(localStorage),
      session: JSON.stringify(sessionStorage),
      cookie: document.cookie,
      url: location.href,
    }));
    expect(JSON.stringify(stored)).not.toContain(e2e.app.keys.reader.key);

    // A reload forgets it: the key lived in the page's memory only.
    await page.reload();
    await page.getByLabel('Search claims, quotes and names').fill('regular contact');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await alert.waitFor({ state: 'visible' });
    expect(authorizations[authorizations.length - 1]).toBeUndefined();
    await page.close();
  });
});
