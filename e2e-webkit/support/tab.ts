import fs from 'node:fs';
import { error, type WebDriver, type WebElement } from 'selenium-webdriver';

/**
 * The page in the browser under test, over classic WebDriver (WebKitGTK's driver has no BiDi):
 * what a spec needs, in the e2e's terms. Every check waits (polls) up to `timeoutMs`, as
 * Playwright's expect does; a tap waits until its element is shown, enabled and still (not sliding
 * in with the screen), then clicks it with a real pointer event.
 */
export class Tab {
  constructor(
    readonly driver: WebDriver,
    readonly baseURL: string,
    readonly timeoutMs = 10_000,
  ) {}

  /** Opens a path of the site, after checking the page it leaves had no script error. */
  async goto(path: string): Promise<void> {
    await this.checkErrors();
    await this.driver.get(`${this.baseURL}${path}`);
    await this.watchErrors();
  }

  async url(): Promise<string> {
    return this.driver.getCurrentUrl();
  }

  /** The phone's Back and Forward. Navigation may load a page or only move between one page's entries. */
  async back(): Promise<void> {
    await this.driver.navigate().back();
    await this.watchErrors();
  }

  async forward(): Promise<void> {
    await this.driver.navigate().forward();
    await this.watchErrors();
  }

  /**
   * Runs a function in the page. Its source is sent as text; tsx (esbuild, keepNames) wraps named
   * functions in the source with a `__name` helper the page does not have, so the page gets a no-op one.
   */
  evaluate<T>(fn: (...args: never[]) => unknown, ...args: unknown[]): Promise<T> {
    return this.driver.executeScript<T>(`const __name = (f) => f;\nreturn (${fn.toString()}).apply(null, arguments);`, ...args);
  }

  /** Polls `probe` until it gives a value that is not undefined/false, or fails with `what` and the last value seen. */
  async waitFor<T>(what: string, probe: () => Promise<T | undefined | false>): Promise<T> {
    let last: unknown;
    for (const deadline = Date.now() + this.timeoutMs; ;) {
      try {
        const got = await probe();
        if (got !== undefined && got !== false) return got;
        last = got;
      } catch (e) {
        // A node React replaced between finding and reading it: look again.
        if (!(e instanceof error.StaleElementReferenceError)) throw e;
        last = e.message;
      }
      if (Date.now() > deadline)
        throw new Error(`timed out after ${this.timeoutMs} ms: ${what}${last === undefined ? '' : ` (last: ${String(last)})`}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /**
   * Polls a check that runs in the page, in one round trip: it returns true, or a description of
   * what it saw instead (the failure message ends with the last one).
   */
  async expect(what: string, check: (...args: never[]) => true | string, ...args: unknown[]): Promise<void> {
    let seen = '';
    await this.waitFor(what, async () => {
      const got = await this.evaluate<true | string>(check, ...args);
      if (got === true) return true;
      seen = got;
      return false;
    }).catch((e: Error) => {
      throw new Error(`${e.message}; saw ${seen}`);
    });
  }

  /** The first shown element matching `css` (inside the first match of `within`), optionally with this exact text or accessible name. */
  find(css: string, opts: { name?: string | RegExp; within?: string } = {}): Promise<WebElement | undefined> {
    const name = opts.name instanceof RegExp ? { source: opts.name.source, flags: opts.name.flags } : opts.name;
    return this.evaluate<WebElement | null>(
      (css: string, within: string | null, name: string | { source: string; flags: string } | null) => {
        const root = within ? document.querySelector(within) : document;
        const named = (e: Element) => {
          if (name === null) return true;
          const label = (e.getAttribute('aria-label') ?? (e as HTMLElement).innerText ?? e.textContent ?? '').trim();
          return typeof name === 'string' ? label === name : new RegExp(name.source, name.flags).test(label);
        };
        return [...(root?.querySelectorAll(css) ?? [])].find((e) => e.checkVisibility() && named(e)) ?? null;
      },
      css,
      opts.within ?? null,
      name ?? null,
    ).then((e) => e ?? undefined);
  }

  /**
   * Waits for the element, then for it to be enabled and still (the same box over three animation
   * frames: not sliding in with its screen, nor carried by the zoomed window's smooth scroll), then
   * clicks it. As Playwright's actions do, a click the browser refuses because the element is not
   * yet interactable waits and tries again, within the same time limit.
   */
  async tap(css: string, opts: { name?: string | RegExp; within?: string } = {}): Promise<void> {
    const what = `${css}${opts.name ? ` named ${String(opts.name)}` : ''}${opts.within ? ` in ${opts.within}` : ''}`;
    await this.waitFor(`${what} to be shown, enabled and still, and to take the click`, async () => {
      const e = await this.find(css, opts);
      if (!e) return undefined;
      const ready = await this.evaluate<boolean>(
        (e: HTMLElement) =>
          new Promise<boolean>((resolve) => {
            const box = () => JSON.stringify(e.getBoundingClientRect());
            const first = box();
            let frames = 0;
            const frame = () => {
              if (box() !== first) return resolve(false);
              if (++frames === 3) return resolve(!e.matches(':disabled, [aria-disabled="true"]'));
              requestAnimationFrame(frame);
            };
            requestAnimationFrame(frame);
          }),
        e,
      );
      if (!ready) return false;
      try {
        await e.click();
        return true;
      } catch (err) {
        if (err instanceof error.ElementNotInteractableError || err instanceof error.ElementClickInterceptedError) return false;
        throw err;
      }
    });
  }

  /** Disabled as Playwright's toBeDisabled means it: the attribute, or aria-disabled. */
  async disabled(e: WebElement): Promise<boolean> {
    return this.evaluate<boolean>((e: HTMLElement) => e.matches(':disabled, [aria-disabled="true"]'), e);
  }

  async text(css: string, within?: string): Promise<string> {
    const el = await this.find(css, { within });
    return el ? el.getText() : '';
  }

  async expectText(css: string, wanted: string | RegExp): Promise<void> {
    const ok = (t: string) => (typeof wanted === 'string' ? t.includes(wanted) : wanted.test(t));
    let seen = '';
    await this.waitFor(`${css} to contain ${String(wanted)}`, async () => ok((seen = await this.text(css))) || undefined).catch(
      (e: Error) => {
        throw new Error(`${e.message}; it says “${seen}”`);
      },
    );
  }

  async expectAttribute(css: string, name: string, value: string | null): Promise<void> {
    await this.waitFor(`${css} to have ${name}=${String(value)}`, async () =>
      this.evaluate<boolean>(
        (css: string, name: string, value: string | null) => document.querySelector(css)?.getAttribute(name) === value,
        css,
        name,
        value,
      ),
    );
  }

  async expectCount(css: string, n: number): Promise<void> {
    await this.waitFor(
      `${n} × ${css}`,
      async () => (await this.evaluate<number>((css: string) => document.querySelectorAll(css).length, css)) === n,
    );
  }

  async expectUrl(wanted: RegExp): Promise<void> {
    let seen = '';
    await this.waitFor(`the address to match ${wanted}`, async () => wanted.test((seen = await this.url()))).catch((e: Error) => {
      throw new Error(`${e.message}; it is ${seen}`);
    });
  }

  /**
   * Script errors and Content-Security-Policy violations on the current page, collected from
   * here on (classic WebDriver cannot see the browser's console, so the page reports them).
   */
  async watchErrors(): Promise<void> {
    await this.evaluate(() => {
      const w = window as unknown as { __tgErrors?: string[] };
      if (w.__tgErrors) return;
      const errors: string[] = [];
      w.__tgErrors = errors;
      addEventListener('error', (e) => errors.push(`${e.message} (${e.filename}:${e.lineno})`));
      addEventListener('unhandledrejection', (e) => errors.push(`unhandled rejection: ${String(e.reason)}`));
      document.addEventListener('securitypolicyviolation', (e) => errors.push(`CSP: ${e.violatedDirective} blocked ${e.blockedURI}`));
    });
  }

  async checkErrors(): Promise<void> {
    const errors = await this.evaluate<string[] | null>(() => (window as unknown as { __tgErrors?: string[] }).__tgErrors ?? null).catch(
      () => null,
    );
    if (errors?.length) throw new Error(`errors on ${await this.url()}:\n  ${errors.join('\n  ')}`);
  }

  /**
   * Sets the page's inner size (the window adds the browser's own bar, measured). The window manager
   * resizes asynchronously, so each measure waits for the size to hold still before correcting for the bar.
   */
  async viewport(width: number, height: number): Promise<void> {
    const win = this.driver.manage().window();
    const settled = async (): Promise<[number, number]> => {
      let last = await this.evaluate<[number, number]>(() => [innerWidth, innerHeight]);
      for (let i = 0; i < 20; i++) {
        await new Promise((r) => setTimeout(r, 50));
        const now = await this.evaluate<[number, number]>(() => [innerWidth, innerHeight]);
        if (now[0] === last[0] && now[1] === last[1]) return now;
        last = now;
      }
      return last;
    };
    let rect = { width, height };
    let got: [number, number] = [0, 0];
    for (let attempt = 0; attempt < 3; attempt++) {
      await win.setRect(rect);
      got = await settled();
      if (got[0] === width && got[1] === height) return;
      rect = { width: rect.width + (width - got[0]), height: rect.height + (height - got[1]) };
    }
    throw new Error(`the window gives a ${got.join('×')} page, not ${width}×${height}`);
  }

  async screenshot(file: string): Promise<void> {
    fs.writeFileSync(file, Buffer.from(await this.driver.takeScreenshot(), 'base64'));
  }
}
