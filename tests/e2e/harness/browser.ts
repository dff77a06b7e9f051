/**
 * Chromium (Debian's, /usr/bin/chromium) through playwright-core, and pages that record what they load.
 * Every request to another origin than the site's is collected (and fails: no host but 127.0.0.1 resolves), so a test can assert that a
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
  // Nothing leaves the machine: every host name but the loopback address fails to resolve (see nieuweContext).
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

declare module 'vitest' {
  export interface ProvidedContext {
    /** WebSocket endpoint of the Chromium the global setup started for all e2e files. */
    browserWs: string;
    /** GnuPG home with the run's Curve25519 key (tests/e2e/formulier/opzet.ts). */
    gpgHome: string;
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
  /**
   * Answers every request to `origin` with `html` from the test process (e.g. the Snel weg target); those
   * requests never reach the network and do not count in `vreemd`. Returns the origin.
   */
  stub(origin: string, html: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * A browser context whose pages each record what they load (see Pagina). Opening a page in a context that
 * already exists costs a fraction of a new context, so a test that visits many pages of one site with the
 * same options shares one (the every-page test does). Pages of one context share cookies and storage: a
 * cookie set by one page shows in the next page's check too, which still fails the run.
 */
export interface Context {
  context: BrowserContext;
  open(): Promise<Pagina>;
  /**
   * A page from this context's pool: its close() gives it back instead of closing it, with nothing
   * recorded, no stubs, and the context's viewport and screen media again. A fresh page costs Chromium a renderer start and
   * a cold compile of axe (~1 s of a core); a reused one navigates in a warm renderer (measured: goto +
   * axe 0.8 against 1.9 core-seconds a page). For tests that visit many pages with the same options.
   */
  leen(): Promise<Pagina>;
  close(): Promise<void>;
}

export async function nieuweContext(browser: Browser, opties: PaginaOpties = {}): Promise<Context> {
  const viewport = opties.viewport ?? { width: 1280, height: 800 };
  const context = await browser.newContext({
    javaScriptEnabled: opties.javaScript ?? true,
    viewport,
    locale: 'nl-NL',
    serviceWorkers: 'block',
  });
  let origin = opties.origin ? new URL(opties.origin).origin : undefined;
  /** Per open page: where its requests to other origins go, and the origins it stubbed. */
  const perPagina = new Map<Page, { vreemd: string[]; stubs: Set<string> }>();
  // Recorded, not intercepted: a route handler would make every request of every page wait for a round trip
  // through the test process, which under load cost more than the page itself. Blocking is the browser's
  // job (CHROMIUM_ARGS resolve no host but 127.0.0.1; the site's CSP allows only 'self').
  context.on('request', (r) => {
    const url = r.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    const van = new URL(url).origin;
    origin ??= van;
    if (van === origin) return;
    let pagina: Page | undefined;
    try {
      pagina = r.frame().page();
    } catch {
      pagina = undefined; // a service worker or a request without a frame: count it for every page
    }
    for (const [p, { vreemd, stubs }] of perPagina) if ((!pagina || p === pagina) && !stubs.has(van)) vreemd.push(url);
  });

  /** A new page, and how to bring it back to how it was opened (for leen). */
  async function nieuw(): Promise<{ pagina: Pagina; herstel: () => Promise<void> }> {
    const verzoeken: string[] = [];
    const scripts: string[] = [];
    const vreemd: string[] = [];
    const fouten: string[] = [];
    const antwoorden: Response[] = [];
    const stubs = new Set<string>();
    const page = await context.newPage();
    perPagina.set(page, { vreemd, stubs });
    page.on('request', (r) => {
      verzoeken.push(r.url());
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    page.on('response', (r) => antwoorden.push(r));
    page.on('console', (m) => {
      if (m.type() === 'error') fouten.push(m.text());
    });
    page.on('pageerror', (e) => fouten.push(e.message));
    const pagina: Pagina = {
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
      async stub(doel, html) {
        const o = new URL(doel).origin;
        stubs.add(o);
        await page.route(`${o}/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
        return o;
      },
      close: async () => {
        perPagina.delete(page);
        await page.close();
      },
    };
    const herstel = async () => {
      await page.unrouteAll({ behavior: 'ignoreErrors' });
      await page.emulateMedia({ media: null });
      const vs = page.viewportSize();
      if (vs?.width !== viewport.width || vs.height !== viewport.height) await page.setViewportSize(viewport);
      for (const lijst of [verzoeken, scripts, vreemd, fouten, antwoorden]) lijst.length = 0;
      stubs.clear();
    };
    return { pagina, herstel };
  }

  const vrij: { pagina: Pagina; herstel: () => Promise<void> }[] = [];
  async function leen(): Promise<Pagina> {
    let p = vrij.pop();
    while (p?.pagina.page.isClosed()) p = vrij.pop();
    const eigen = p ?? (await nieuw());
    return {
      ...eigen.pagina,
      close: async () => {
        if (eigen.pagina.page.isClosed()) return;
        await eigen.herstel();
        vrij.push(eigen);
      },
    };
  }
  return { context, open: async () => (await nieuw()).pagina, leen, close: () => context.close() };
}

/** A page in a context of its own (nothing shared with any other page). */
export async function nieuwePagina(browser: Browser, opties: PaginaOpties = {}): Promise<Pagina> {
  const c = await nieuweContext(browser, opties);
  const p = await c.open();
  return { ...p, close: () => c.close() };
}
