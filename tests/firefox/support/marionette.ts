/**
 * Debian's Firefox ESR with the real Firefox build (.output/firefox-mv2) installed as a temporary
 * add-on, driven over Marionette, Firefox's own remote protocol (Playwright's Firefox is a patched
 * build that cannot load extensions, and none can be downloaded here). The protocol is small:
 * length-prefixed JSON, `[0, id, command, params]` out and `[1, id, error, result]` back.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const FIREFOX = process.env.FIREFOX_PATH ?? 'firefox-esr';
export const FIREFOX_EXT_DIR = path.resolve('.output/firefox-mv2');
/** The add-on id from wxt.config.ts (browser_specific_settings.gecko.id). */
const ADDON_ID = 'kontext@kontext.invalid';
/** Pinned in the profile, so extension pages have a known moz-extension:// origin. */
const EXTENSION_UUID = '5b2c4a1e-0d1f-4c3b-9a57-3e2f1d0c9b8a';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;
/** WebDriver's key for an element reference. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export type ElementRef = { [ELEMENT]: string };

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/** One Marionette connection: commands in order, answers matched by id. */
class Connection {
  private buffer = Buffer.alloc(0);
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();
  private greeted: () => void = () => {};
  readonly ready = new Promise<void>((resolve) => (this.greeted = resolve));

  constructor(private readonly socket: net.Socket) {
    socket.on('data', (data) => this.receive(data));
    socket.on('close', () => {
      for (const p of this.pending.values()) p.reject(new Error('Marionette connection closed'));
      this.pending.clear();
    });
  }

  send<T>(command: string, params: object = {}): Promise<T> {
    const id = ++this.nextId;
    const body = JSON.stringify([0, id, command, params]);
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.socket.write(`${Buffer.byteLength(body)}:${body}`);
    });
  }

  close(): void {
    this.socket.destroy();
  }

  private receive(data: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, data]);
    for (;;) {
      const colon = this.buffer.indexOf(0x3a);
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString());
      if (this.buffer.length < colon + 1 + length) return;
      const message: unknown = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString());
      this.buffer = this.buffer.subarray(colon + 1 + length);
      if (!Array.isArray(message)) {
        this.greeted(); // the server's hello, before any answer
        continue;
      }
      const [, id, error, result] = message as [number, number, { error: string; message: string } | null, unknown];
      const p = this.pending.get(id);
      this.pending.delete(id);
      if (error) p?.reject(new Error(`${error.error}: ${error.message}`));
      else p?.resolve(result);
    }
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function connect(port: number, timeoutMs: number): Promise<Connection> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      const socket = await new Promise<net.Socket>((resolve, reject) => {
        const s = net.connect(port, '127.0.0.1', () => resolve(s));
        s.on('error', reject);
      });
      const connection = new Connection(socket);
      await connection.ready;
      return connection;
    } catch (error) {
      if (Date.now() > until) throw new Error(`Firefox did not open Marionette on port ${port}`, { cause: error });
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/** Preferences for a quiet, offline test profile. */
function userJs(marionettePort: number): string {
  const prefs: Record<string, string | number | boolean> = {
    'marionette.port': marionettePort,
    'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'browser.aboutwelcome.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'app.update.disabledForTesting': true,
    'extensions.update.enabled': false,
    'browser.search.update': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'intl.locale.requested': 'en-US',
  };
  return Object.entries(prefs).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`).join('');
}

export class FirefoxSession {
  private constructor(
    private readonly process: ChildProcess,
    private readonly connection: Connection,
    private readonly profile: string,
  ) {}

  /** Starts a headless Firefox with a fresh profile and installs the built extension in it. */
  static async launch(extDir = FIREFOX_EXT_DIR): Promise<FirefoxSession> {
    if (!fs.existsSync(path.join(extDir, 'manifest.json'))) throw new Error(`No Firefox build in ${extDir}: run \`npx wxt build -b firefox\``);
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kontext-firefox-'));
    const port = await freePort();
    fs.writeFileSync(path.join(profile, 'user.js'), userJs(port));
    // Its own process group, so closing ends Firefox's content processes too. System access lets
    // the tests open extension pages in a tab, as the toolbar button and sidebar do.
    const child = spawn(FIREFOX, ['--headless', '--marionette', '--no-remote', '--profile', profile], {
      stdio: 'ignore',
      detached: true,
      env: { ...process.env, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
    });
    try {
      const connection = await connect(port, 30_000);
      const session = new FirefoxSession(child, connection, profile);
      await connection.send('WebDriver:NewSession', { capabilities: {} });
      await connection.send('Addon:Install', { path: extDir, temporary: true });
      return session;
    } catch (error) {
      killGroup(child);
      fs.rmSync(profile, { recursive: true, force: true });
      throw error;
    }
  }

  command<T>(name: string, params: object = {}): Promise<T> {
    return this.connection.send<T>(name, params);
  }

  /** Runs `body` (a function body; `arguments` holds `args`) in the current page; promises are awaited. */
  async script<T>(body: string, args: unknown[] = []): Promise<T> {
    return (await this.command<{ value: T }>('WebDriver:ExecuteScript', { script: body, args })).value;
  }

  /** Polls `body` in the page until it returns a truthy value, which is returned. */
  async waitFor<T>(body: string, args: unknown[] = [], timeoutMs = 15_000): Promise<T> {
    const until = Date.now() + timeoutMs;
    let last: T | undefined;
    for (;;) {
      try {
        last = await this.script<T>(body, args);
        if (last) return last;
      } catch (error) {
        // A page still loading (or navigating) refuses scripts for a moment.
        if (Date.now() > until) throw error;
      }
      if (Date.now() > until) throw new Error(`Timed out waiting for: ${body} (last: ${JSON.stringify(last)})`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  async navigate(url: string): Promise<void> {
    await this.command('WebDriver:Navigate', { url });
  }

  /**
   * Loads one of the extension's own pages (popup.html, sidepanel.html…) in the current tab.
   * WebDriver may not navigate to moz-extension:// URLs, so the tab is told to load it from the
   * browser's chrome, as the toolbar button does.
   */
  async openExtensionPage(pagePath: string): Promise<void> {
    await this.command('Marionette:SetContext', { value: 'chrome' });
    try {
      await this.script(
        'gBrowser.selectedBrowser.loadURI(Services.io.newURI(arguments[0]), { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });',
        [`${EXTENSION_ORIGIN}/${pagePath}`],
      );
    } finally {
      await this.command('Marionette:SetContext', { value: 'content' });
    }
    await this.waitFor('return location.href.startsWith(arguments[0]) && document.readyState === "complete"', [`${EXTENSION_ORIGIN}/${pagePath}`]);
  }

  /** Opens a new tab and switches to it; returns the previous tab's handle. */
  async newTab(): Promise<string> {
    const previous = (await this.command<{ value: string }>('WebDriver:GetWindowHandle')).value;
    const tab = await this.command<{ handle: string }>('WebDriver:NewWindow', { type: 'tab' });
    await this.command('WebDriver:SwitchToWindow', { handle: tab.handle });
    return previous;
  }

  async switchTo(handle: string): Promise<void> {
    await this.command('WebDriver:SwitchToWindow', { handle });
  }

  async find(css: string): Promise<ElementRef> {
    const found = await this.command<{ value: ElementRef }>('WebDriver:FindElement', { using: 'css selector', value: css });
    return found.value;
  }

  /** Moves the mouse over the element's centre. */
  async hover(element: ElementRef): Promise<void> {
    await this.command('WebDriver:PerformActions', {
      actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [{ type: 'pointerMove', duration: 50, origin: element, x: 0, y: 0 }] }],
    });
  }

  /** Presses a chord (WebDriver key values, e.g. '\uE00A' for Alt) and releases it. */
  async press(...keys: string[]): Promise<void> {
    const down = keys.map((value) => ({ type: 'keyDown', value }));
    const up = [...keys].reverse().map((value) => ({ type: 'keyUp', value }));
    await this.command('WebDriver:PerformActions', { actions: [{ type: 'key', id: 'keyboard', actions: [...down, ...up] }] });
    await this.command('WebDriver:ReleaseActions');
  }

  async type(element: ElementRef, text: string): Promise<void> {
    await this.command('WebDriver:ElementSendKeys', { id: element[ELEMENT], text });
  }

  async close(): Promise<void> {
    await Promise.race([this.command('Marionette:Quit', { flags: ['eForceQuit'] }).catch(() => {}), new Promise((r) => setTimeout(r, 5_000))]);
    this.connection.close();
    killGroup(this.process);
    fs.rmSync(this.profile, { recursive: true, force: true });
  }
}

function killGroup(child: ChildProcess): void {
  try {
    if (child.pid) process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** WebDriver key values. */
export const KEY = { alt: '\uE00A', shift: '\uE008', escape: '\uE00C' } as const;
