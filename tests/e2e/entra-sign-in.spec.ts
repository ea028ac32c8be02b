import { expect, test, type Browser } from '@playwright/test';
import { TENANT_A, TENANT_B } from '../oidc/entra-like-tenant';
import { expectNoAxeViolations } from './axe';

// The app is configured for directory A of a real OpenID provider (oidc-provider) that
// tests/e2e/server.ts runs on loopback, laid out like Entra ID: issuer
// http://127.0.0.1:<port>/<tenant-id>/v2.0, ID tokens with oid, tid, email and name.

/** Signs in through the provider's own login page, in a fresh browser (no provider session carried over). */
async function entraSignIn(browser: Browser, login: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Continue with a Microsoft work account' }).click();
  // the provider's login page, at directory A's authority
  await page.waitForURL((url) => url.pathname.startsWith(`/${TENANT_A}/v2.0/`));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password');
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => url.port === new URL(test.info().project.use.baseURL!).port && !url.pathname.startsWith('/api/auth/callback'));
  return { context, page };
}

test('Entra ID sign-in through a real OpenID provider: issuer and directory checked, people keyed by issuer and object id', async ({ browser }) => {
  // only the configured directory is offered
  {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto('/sign-in');
    await expect(page.getByRole('button', { name: 'Continue with a Microsoft work account' })).toHaveCount(1);
    await expectNoAxeViolations(page);
    await context.close();
  }

  // a person of directory A signs in; their session says how
  const alice = await entraSignIn(browser, 'alice');
  await expect(alice.page.getByText('Signed in as')).toContainText('Alice Entra');
  await alice.page.goto('/account/sessions');
  await expect(alice.page.getByRole('row').filter({ hasText: 'This browser.' })).toContainText('Microsoft work account (Entra ID)');
  await expectNoAxeViolations(alice.page);
  await alice.context.close();

  // the same object id with a new name and email is the same person (not matched by, nor renamed by, the email)
  const renamed = await entraSignIn(browser, 'alice+renamed');
  await expect(renamed.page.getByText('Signed in as')).toContainText('Alice Entra');
  await renamed.context.close();

  // another object id is another person
  const bob = await entraSignIn(browser, 'bob');
  await expect(bob.page.getByText('Signed in as')).toContainText('Bob Entra');
  await bob.context.close();

  // a token naming a directory the app was not configured for is refused: no session
  const mallory = await entraSignIn(browser, 'mallory@other');
  await expect(mallory.page).toHaveURL(/\/sign-in\?error=AccessDenied/);
  await expect(mallory.page.getByRole('alert').filter({ hasText: 'not set up to sign in' })).toBeVisible();
  await expect(mallory.page.getByText('Signed in as')).toHaveCount(0);
  await mallory.page.goto('/account/sessions');
  await expect(mallory.page).toHaveURL(/\/sign-in/);
  await mallory.context.close();
});

test("directory B's endpoint cannot be used to sign in: the app has no provider for it", async ({ page }) => {
  const toB: string[] = [];
  page.on('request', (r) => {
    // any request to directory B's authority (the provider's pages, its token endpoint)
    if (r.url().includes(`/${TENANT_B}/v2.0`)) toB.push(r.url());
  });
  await page.goto('/sign-in');
  const csrf = await page.evaluate(async () => (await (await fetch('/api/auth/csrf')).json()).csrfToken as string);
  const answer = await page.evaluate(
    async ([tenant, token]) => {
      const res = await fetch(`/api/auth/signin/entra-${tenant}`, {
        method: 'POST',
        body: new URLSearchParams({ csrfToken: token!, json: 'true' }),
        redirect: 'manual',
      });
      return { status: res.status, body: await res.text() };
    },
    [TENANT_B, csrf],
  );
  // next-auth knows no such provider: it answers with its own sign-in page, not the directory's
  expect(answer.body).not.toContain(`/${TENANT_B}/v2.0`);
  expect(toB).toEqual([]);
  await page.goto('/account/sessions');
  await expect(page).toHaveURL(/\/sign-in/);
});
