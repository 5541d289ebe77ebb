import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/**
 * The system Chromium the browser tests drive (playwright-core downloads no browser):
 * CHROMIUM_PATH, else Debian's package. Missing is a failure, never a skip.
 */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const path =
    env['CHROMIUM_PATH'] !== undefined && env['CHROMIUM_PATH'] !== '' ? env['CHROMIUM_PATH'] : DEFAULT_CHROMIUM;
  if (!existsSync(path)) {
    throw new Error(
      `no Chromium at ${path}: the browser tests need one. Install Debian's package as .ci/run does ` +
        '(`apt-get install -y chromium`), or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  }
  return path;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    // CI runs as root, where Chromium's sandbox cannot start.
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
}

/** Saves a full-page screenshot under test-artifacts/web/ (gitignored, kept by CI as an artifact). */
export async function saveScreenshot(page: Page, rootDir: string, name: string): Promise<string> {
  const dir = join(rootDir, 'test-artifacts', 'web');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** The widths every console page is checked at: a desktop screen and a phone. */
export const SCREENS = [
  ['desktop', 1280, 800],
  ['phone', 390, 844],
] as const;

/**
 * Runs `journey` on a page of a fresh browser context (empty cache and storage) of the given
 * size, closes the context, and returns the uncaught errors the page raised meanwhile.
 */
export async function pageErrorsOf(
  browser: Browser,
  viewport: { width: number; height: number },
  journey: (page: Page) => Promise<void>,
): Promise<string[]> {
  return pagesErrorsOf(browser, viewport, ['page'], (pages) => journey(pages.page));
}

/**
 * Like pageErrorsOf with one page per name, each in its own context (its own session): the
 * users of a cross-role journey side by side. Errors are prefixed with the page's name.
 */
export async function pagesErrorsOf<N extends string>(
  browser: Browser,
  viewport: { width: number; height: number },
  names: readonly N[],
  journey: (pages: Record<N, Page>) => Promise<void>,
): Promise<string[]> {
  const errors: string[] = [];
  const contexts: BrowserContext[] = [];
  try {
    const pages = {} as Record<N, Page>;
    for (const name of names) {
      const context = await browser.newContext({ viewport });
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (error) => errors.push(names.length === 1 ? error.message : `${name}: ${error.message}`));
      pages[name] = page;
    }
    await journey(pages);
    return errors;
  } finally {
    for (const context of contexts) await context.close();
  }
}

/**
 * Signs a page in as any user the test minted a token for (the login page lists only the demo
 * users): stores the session the console keeps, as its login page would.
 */
export async function signInWithToken(
  page: Page,
  origin: string,
  token: string,
  user: { login: string; displayName: string; roles: readonly string[] },
): Promise<void> {
  await page.goto(`${origin}/login`);
  await page.evaluate(([session]) => window.localStorage.setItem('ipfin.session', session), [
    JSON.stringify({ token, user: { ...user, roles: [...user.roles] } }),
  ] as const);
}

/** Fails when the page is wider than the screen (the console never scrolls sideways). */
export async function expectFitsWidth(page: Page, width: number): Promise<void> {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  if (scrollWidth > width)
    throw new Error(`the page at ${page.url()} is ${scrollWidth} px wide on a ${width} px screen`);
}

/**
 * A file's row in the registrar's examination queue, pressing "Show more files" while the
 * queue has more: specs running alongside file their own applications, which may come first.
 */
export async function examinationQueueRow(page: Page, applicationId: string): Promise<Locator> {
  const row = page.locator(`tr[data-application="${applicationId}"]`);
  for (let i = 0; i < 20 && (await row.count()) === 0; i++) {
    const more = page.getByRole('button', { name: 'Show more files' });
    if ((await more.count()) === 0) break;
    await more.click();
    await page.getByRole('button', { name: 'Show more files' }).or(row).first().waitFor();
  }
  await row.waitFor();
  return row;
}
