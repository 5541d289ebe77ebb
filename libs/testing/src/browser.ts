import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

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
  const context = await browser.newContext({ viewport });
  const errors: string[] = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await journey(page);
    return errors;
  } finally {
    await context.close();
  }
}
