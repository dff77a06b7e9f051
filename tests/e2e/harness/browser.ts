/**
 * Chromium (Debian's, /usr/bin/chromium) through playwright-core, and pages that record what they load.
 * Every request to another origin than the site's is blocked and collected, so a test can assert that a
 * page asked nothing of any third party (a privacy requirement, not a preference).
 */
import { chromium, type Browser, type BrowserContext, type BrowserServer, type Page, type Response } from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

declare module 'vitest' {
  export interface ProvidedContext {
    /** WebSocket endpoint of the Chromium the global setup started for all e2e files. */
    browserWs: string;
  }
}

/** The one Chromium of an e2e run; started by the global setup, its endpoint provided as `browserWs`. */
export function startBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

function browserWs(): string | undefined {
  try {
    return inject('browserWs') || undefined;
  } catch {
    return undefined; // not in a vitest worker (e.g. `npm run bench`)
  }
}

/**
 * A browser for one test file: call it in beforeAll, close it in afterAll. Under vitest this connects to the
 * run's shared Chromium (a launch per file cost a second or more of a busy core each time); close() then
 * closes this file's contexts and the connection, not the browser. Elsewhere it launches its own.
 * Contexts never share cookies or storage either way.
 */
export function nieuweBrowser(): Promise<Browser> {
  const ws = browserWs();
  if (ws) return chromium.connect(ws);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

export interface PaginaOpties {
  /** The site's origin (Site.url). Without it, the origin of the first request counts as the site's. */
  origin?: string;
  /** false: a browser without JavaScript (to test the no-JS fallbacks). */
  javaScript?: boolean;
  viewport?: { width: number; height: number };
}

export interface Pagina {
  context: BrowserContext;
  page: Page;
  /** Every URL the page requested, in order (including blocked ones). */
  verzoeken: string[];
  /** URLs of script requests (classic, module, modulepreload), in order. */
  scripts: string[];
  /** Requests to another origin; they were aborted. Expect this to stay empty. */
  vreemd: string[];
  /** Console errors and uncaught exceptions (CSP violations show up here too). */
  fouten: string[];
  /** All Set-Cookie header values the site sent so far. */
  setCookies(): Promise<string[]>;
  close(): Promise<void>;
}

export async function nieuwePagina(browser: Browser, opties: PaginaOpties = {}): Promise<Pagina> {
  const context = await browser.newContext({
    javaScriptEnabled: opties.javaScript ?? true,
    viewport: opties.viewport ?? { width: 1280, height: 800 },
    locale: 'nl-NL',
    serviceWorkers: 'block',
  });
  let origin = opties.origin ? new URL(opties.origin).origin : undefined;
  const verzoeken: string[] = [];
  const scripts: string[] = [];
  const vreemd: string[] = [];
  const fouten: string[] = [];
  const antwoorden: Response[] = [];

  // Page-level routes (page.route) win over this one, so a test can stub e.g. the Snel weg target.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    origin ??= new URL(url).origin;
    if (new URL(url).origin === origin) return route.continue();
    vreemd.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('request', (r) => {
    verzoeken.push(r.url());
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  context.on('response', (r) => antwoorden.push(r));
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') fouten.push(m.text());
  });
  page.on('pageerror', (e) => fouten.push(e.message));

  return {
    context,
    page,
    verzoeken,
    scripts,
    vreemd,
    fouten,
    async setCookies() {
      const waarden = await Promise.all(antwoorden.map((r) => r.headerValue('set-cookie').catch(() => null)));
      return waarden.filter((w): w is string => w !== null);
    },
    close: () => context.close(),
  };
}
