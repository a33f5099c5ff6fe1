/**
 * A test double of the Electron main-process API, so the REAL electron/main.ts runs in vitest and its
 * wiring (lifecycle, windows, IPC, protocol, session, dialogs, menu) is tested as a whole.
 *
 * It follows Electron's documented behaviour where main.ts depends on it: `ready` once, `whenReady()`,
 * the single-instance lock (a second launch gets `false` and the holder gets `second-instance`),
 * `quit()` = before-quit (preventable) → windows close → will-quit (preventable) → quit, `exit()`
 * skips those events, `web-contents-created` for every new window, `ready-to-show` after a load,
 * one `ipcMain.handle` per channel, `registerSchemesAsPrivileged` only before ready.
 * It records windows, IPC handlers and their responses, protocol replies, dialogs, menus and shell calls.
 *
 * How to use it (see tests/unit/electron/main-wiring.test.ts):
 *
 *   vi.mock('electron', async () => (await import('../../support/electron-harness')).electronModule());
 *   const h = createHarness({ userData: tmpDir, platform: 'darwin', argv: ['--self-test'] });
 *   await h.launch();          // imports a fresh copy of electron/main.ts against this harness
 *   await h.ready();           // fires `ready` and waits until the app is quiet
 *   await h.invoke('loadAnswers');            // a bridge call from the main window's page
 *   h.dialogs.answer('showOpenDialog', { canceled: false, filePaths: [file] });
 *   h.dispose();               // in afterEach: restores process.platform
 *
 * Several launches may share one `lock` (createHarness({ lock })) to model a later start of the app.
 * The page itself is not run: `h.page` decides what executeJavaScript returns.
 */
import { EventEmitter } from 'node:events';
import path from 'node:path';
import { vi } from 'vitest';
import { bridgeChannel, unwrapEnvelope, type BridgeEnvelope, type BridgeMethod } from '../../shared/bridge/methods';

const CURRENT = Symbol.for('ldn-aid.electron-harness');
type Global = typeof globalThis & { [CURRENT]?: Harness };

/**
 * The module that replaces 'electron'. vitest loads it once per file, so every property reads the
 * harness current at the time of the call (install() makes a harness current).
 */
export function electronModule(): Record<string, unknown> {
  const current = (): Harness => {
    const h = (globalThis as Global)[CURRENT];
    if (!h) throw new Error('electron-harness: call createHarness() before loading code that imports electron');
    return h;
  };
  const names = ['app', 'BrowserWindow', 'ipcMain', 'protocol', 'session', 'dialog', 'Menu', 'shell', 'nativeTheme', 'clipboard'] as const;
  const module: Record<string, unknown> = {};
  for (const name of names) Object.defineProperty(module, name, { enumerable: true, get: () => current().electron[name] });
  Object.defineProperty(module, 'default', { enumerable: true, get: () => current().electron });
  return module;
}

/** The single-instance lock, shared by the launches of one test. */
export interface InstanceLock {
  holder: Harness | null;
}

export interface HarnessOptions {
  userData: string;
  documents?: string;
  temp?: string;
  platform?: NodeJS.Platform;
  argv?: string[];
  isPackaged?: boolean;
  lock?: InstanceLock;
  env?: Record<string, string | undefined>;
}

class Preventable {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export class FakeFrame {
  readonly frames: FakeFrame[] = [];
  constructor(
    public url: string,
    public readonly parent: FakeFrame | null,
  ) {}
  get top(): FakeFrame {
    return this.parent ? this.parent.top : this;
  }
  /** Adds an iframe (for sender-check tests). */
  addChild(url: string): FakeFrame {
    const child = new FakeFrame(url, this);
    this.frames.push(child);
    return child;
  }
}

let nextId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  readonly mainFrame = new FakeFrame('', null);
  readonly sent: { channel: string; args: unknown[] }[] = [];
  readonly loads: string[] = [];
  /** Each reload() of the page (after a crash, for example). */
  reloads = 0;
  zoomLevel = 0;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  private destroyed = false;

  constructor(
    private readonly harness: Harness,
    readonly owner: FakeBrowserWindow,
  ) {
    super();
  }

  getURL(): string {
    return this.mainFrame.url;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  destroy(): void {
    this.destroyed = true;
  }
  isLoading(): boolean {
    return false;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.sent.push({ channel, args });
  }

  /** Like Electron: resolves when the page has loaded (did-finish-load), rejects on did-fail-load. */
  async loadURL(url: string): Promise<void> {
    this.loads.push(url);
    await Promise.resolve();
    const failure = this.harness.page.loadFailure?.(url);
    if (failure) {
      this.emit('did-fail-load', {}, -6, failure, url, true);
      throw new Error(`ERR_FAILED (-6) loading '${url}'`);
    }
    this.mainFrame.url = url;
    this.emit('dom-ready', {});
    this.emit('did-finish-load', {});
    if (!this.owner.shownOnce) this.owner.emit('ready-to-show', {});
  }

  reload(): void {
    this.reloads += 1;
    void this.loadURL(this.mainFrame.url || (this.loads.at(-1) ?? '')).catch(() => {});
  }
  setZoomLevel(level: number): void {
    this.zoomLevel = level;
  }
  getZoomLevel(): number {
    return this.zoomLevel;
  }

  /** The page's process ended (Chromium crashed or was killed): `render-process-gone`. */
  crash(reason: 'crashed' | 'killed' | 'oom' | 'clean-exit' = 'crashed'): void {
    this.emit('render-process-gone', new Preventable(), { reason, exitCode: 1 });
  }

  async getPrintersAsync(): Promise<unknown[]> {
    return this.harness.printers;
  }

  async executeJavaScript(code: string): Promise<unknown> {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.harness.page.scripts.push(code);
    return this.harness.page.evaluate(code, this);
  }

  print(options: unknown, callback: (success: boolean, failureReason: string) => void): void {
    this.harness.printed.push(options);
    const { success, failureReason } = this.harness.page.printResult;
    setTimeout(() => callback(success, failureReason), 0);
  }

  async printToPDF(options: unknown): Promise<Buffer> {
    this.harness.printed.push(options);
    return this.harness.page.pdf();
  }

  /** A renderer-initiated navigation (link, location change): returns whether it went ahead. */
  navigate(url: string): boolean {
    const event = Object.assign(new Preventable(), { url });
    this.emit('will-navigate', event, url);
    if (!event.defaultPrevented) this.mainFrame.url = url;
    return !event.defaultPrevented;
  }

  /** window.open from the page: what the window-open handler said. */
  openWindow(url: string): string {
    return this.windowOpenHandler ? this.windowOpenHandler({ url }).action : 'allow';
  }
}

export class FakeBrowserWindow extends EventEmitter {
  readonly id = nextId++;
  readonly webContents: FakeWebContents;
  /** What existed when this window was made: a window made before the bridge or protocol is half-ready. */
  readonly createdWith: { ipcChannels: number; protocolHandled: boolean };
  shownOnce = false;
  private visible = false;
  private minimized = false;
  private focused = false;
  private destroyed = false;

  constructor(
    private readonly harness: Harness,
    readonly options: Record<string, unknown>,
  ) {
    super();
    this.webContents = new FakeWebContents(harness, this);
    this.createdWith = { ipcChannels: harness.ipc.handlers.size, protocolHandled: harness.protocolHandlers.has('app') };
    harness.windows.push(this);
    harness.app.emit('browser-window-created', {}, this);
    harness.app.emit('web-contents-created', {}, this.webContents);
    if (options['show'] !== false) this.show();
  }

  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url);
  }
  show(): void {
    this.visible = true;
    this.shownOnce = true;
    this.focused = true;
  }
  hide(): void {
    this.visible = false;
  }
  isVisible(): boolean {
    return this.visible;
  }
  focus(): void {
    this.focused = true;
  }
  isFocused(): boolean {
    return this.focused;
  }
  minimize(): void {
    this.minimized = true;
  }
  restore(): void {
    this.minimized = false;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  setTitle(): void {}

  /** Like a click on the close button: `close` may be prevented; then `closed`, then window-all-closed. */
  close(): void {
    if (this.destroyed) return;
    const event = new Preventable();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.destroy();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.visible = false;
    this.webContents.destroy();
    this.emit('closed');
    this.harness.windowClosed();
  }

}


interface FakeMenu {
  items: Record<string, unknown>[];
  getMenuItemById(id: string): Record<string, unknown> | null;
}

function findItem(items: Record<string, unknown>[], id: string): Record<string, unknown> | null {
  for (const item of items) {
    if (item['id'] === id) return item;
    const sub = item['submenu'];
    if (Array.isArray(sub)) {
      const found = findItem(sub as Record<string, unknown>[], id);
      if (found) return found;
    }
  }
  return null;
}

export interface SessionRecord {
  name: string;
  /** Schemes given a protocol handler on this session. */
  schemes: string[];
  /** Whether the app's request filter was set on it. */
  hardened: boolean;
  storageCleared: number;
  cacheCleared: number;
}

type DialogMethod = 'showSaveDialog' | 'showOpenDialog' | 'showMessageBox';

export interface PageBehaviour {
  /** What executeJavaScript returns for a script (default: undefined). */
  evaluate: (code: string, contents: FakeWebContents) => unknown;
  /** A reason to fail loading this URL, or undefined to load it. */
  loadFailure?: (url: string) => string | undefined;
  printResult: { success: boolean; failureReason: string };
  pdf: () => Buffer;
  scripts: string[];
}

/** BrowserWindow bound to one harness (a later launch has its own windows). */
function browserWindowClassFor(harness: Harness) {
  return class BrowserWindow extends FakeBrowserWindow {
    constructor(options: Record<string, unknown> = {}) {
      super(harness, options);
    }
    static getAllWindows(): FakeBrowserWindow[] {
      return harness.openWindows;
    }
    static fromWebContents(contents: unknown): FakeBrowserWindow | null {
      return harness.openWindows.find((w) => w.webContents === contents) ?? null;
    }
    static getFocusedWindow(): FakeBrowserWindow | null {
      return harness.openWindows.find((w) => w.isFocused()) ?? null;
    }
  };
}

export class Harness {
  readonly app: EventEmitter & Record<string, unknown>;
  readonly windows: FakeBrowserWindow[] = [];
  readonly ipc = {
    handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
    /** Every bridge call made through invoke(), with its envelope. */
    calls: [] as { channel: string; payload: unknown; response: unknown }[],
  };
  readonly protocolHandlers = new Map<string, (request: Request) => Response | Promise<Response>>();
  readonly privilegedSchemes: unknown[] = [];
  readonly requestFilter: { listener: ((details: { url: string }, callback: (r: { cancel?: boolean }) => void) => void) | null } = { listener: null };
  readonly permissionHandlers: Record<string, unknown> = {};
  readonly menus: FakeMenu[] = [];
  readonly shellCalls: { method: string; args: unknown[] }[] = [];
  readonly printed: unknown[] = [];
  readonly errorBoxes: { title: string; content: string }[] = [];
  /** Sessions the app used: 'default', or a partition's name. */
  readonly sessions = new Map<string, SessionRecord>();
  readonly clipboard = { text: '', cleared: 0 };
  /** What webContents.getPrintersAsync answers. */
  printers: { name: string; displayName: string; isDefault?: boolean; description?: string; options?: Record<string, string> }[] = [];
  /** Each app.relaunch(options): the app asked to be started again when it ends. */
  readonly relaunches: { args?: string[] }[] = [];
  readonly page: PageBehaviour = {
    evaluate: () => undefined,
    printResult: { success: true, failureReason: '' },
    pdf: () => Buffer.from('%PDF-1.7\n% harness\n%%EOF\n'),
    scripts: [],
  };
  readonly dialogs = {
    shown: [] as { method: DialogMethod; window: unknown; options: Record<string, unknown> }[],
    answers: new Map<DialogMethod, unknown[]>(),
    /** Queues the person's answer to the next dialog of this kind (default: cancelled). */
    answer: (method: DialogMethod, value: unknown) => {
      const queue = this.dialogs.answers.get(method) ?? [];
      queue.push(value);
      this.dialogs.answers.set(method, queue);
    },
  };
  /** How the app ended: 'quit' after the quit events, or exit(code). */
  ended: { how: 'quit' } | { how: 'exit'; code: number } | null = null;
  readonly events: string[] = [];
  readonly electron: Record<string, unknown>;
  readonly lock: InstanceLock;
  private readonly pendingSecondInstances: { argv: string[]; data: unknown }[] = [];
  private isReadyFlag = false;
  private resolveReady!: () => void;
  private readonly readyPromise = new Promise<void>((resolve) => {
    this.resolveReady = resolve;
  });
  private quitting = false;
  private readonly paths: Record<string, string>;
  private readonly savedPlatform = Object.getOwnPropertyDescriptor(process, 'platform');
  /** Chromium switches main.ts appended with app.commandLine.appendSwitch. */
  readonly appendedSwitches: string[] = [];
  private readonly savedEnv = new Map<string, string | undefined>();

  constructor(readonly options: HarnessOptions) {
    this.lock = options.lock ?? { holder: null };
    this.paths = {
      userData: options.userData,
      documents: options.documents ?? path.join(options.userData, '..', 'Documents'),
      temp: options.temp ?? path.join(options.userData, '..', 'tmp'),
      home: path.join(options.userData, '..'),
    };
    const argv = options.argv ?? [];
    const emitter = new EventEmitter();
    const app = Object.assign(emitter, {
      isPackaged: options.isPackaged ?? false,
      getName: () => 'LDN for ADHD Decision Aid',
      getVersion: () => '0.1.0',
      getPath: (name: string) => {
        const value = this.paths[name];
        if (!value) throw new Error(`Failed to get '${name}' path`);
        return value;
      },
      setPath: (name: string, value: string) => {
        if (this.isReadyFlag && name === 'userData') throw new Error('harness: set userData before ready');
        this.paths[name] = value;
      },
      getPreferredSystemLanguages: () => ['en-US'],
      getLocaleCountryCode: () => 'US',
      setAppUserModelId: () => {},
      isReady: () => this.isReadyFlag,
      whenReady: () => this.readyPromise,
      commandLine: {
        hasSwitch: (name: string) => argv.some((a) => a === `--${name}` || a.startsWith(`--${name}=`)),
        getSwitchValue: (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? '',
        // Chromium switches the app adds for itself (before ready), recorded.
        appendSwitch: (name: string, value?: string) => {
          this.appendedSwitches.push(value === undefined ? name : `${name}=${value}`);
        },
      },
      requestSingleInstanceLock: (additionalData?: unknown) => {
        const holder = this.lock.holder;
        if (holder && holder !== this && !holder.ended) {
          // Another process: the holder hears of it (its argv and additionalData) when it runs again (install()).
          holder.pendingSecondInstances.push({ argv, data: additionalData === undefined ? {} : structuredClone(additionalData) });
          return false;
        }
        this.lock.holder = this;
        return true;
      },
      releaseSingleInstanceLock: () => {
        if (this.lock.holder === this) this.lock.holder = null;
      },
      quit: () => this.quit(),
      relaunch: (options: { args?: string[] } = {}) => void this.relaunches.push(options),
      exit: (code = 0) => this.end({ how: 'exit', code }),
      focus: () => {},
    });
    this.app = app as unknown as EventEmitter & Record<string, unknown>;
    const makeSession = (name: string) => {
      const record: SessionRecord = { name, schemes: [], hardened: false, storageCleared: 0, cacheCleared: 0 };
      this.sessions.set(name, record);
      return {
        protocol: {
          handle: (scheme: string, handler: (request: Request) => Response | Promise<Response>) => {
            if (this.protocolHandlers.has(scheme)) throw new Error(`The scheme ${scheme} is already handled`);
            record.schemes.push(scheme);
            this.protocolHandlers.set(scheme, handler);
          },
        },
        webRequest: {
          onBeforeRequest: (listener: (details: { url: string }, callback: (r: { cancel?: boolean }) => void) => void) => {
            record.hardened = true;
            this.requestFilter.listener = listener;
          },
        },
        setPermissionRequestHandler: (h: unknown) => (this.permissionHandlers['request'] = h),
        setPermissionCheckHandler: (h: unknown) => (this.permissionHandlers['check'] = h),
        setDevicePermissionHandler: (h: unknown) => (this.permissionHandlers['device'] = h),
        clearStorageData: async () => void (record.storageCleared += 1),
        clearCache: async () => void (record.cacheCleared += 1),
      };
    };
    const partitions = new Map<string, ReturnType<typeof makeSession>>();
    const fromPartition = (partition: string) => {
      if (!this.isReadyFlag) throw new Error('session.fromPartition can only be used after app is ready');
      const found = partitions.get(partition) ?? makeSession(partition);
      partitions.set(partition, found);
      return found;
    };
    const ses = makeSession('default');
    const dialogCall = (method: DialogMethod) => async (...args: unknown[]) => {
      const [window, options] = args.length > 1 ? args : [null, args[0]];
      this.dialogs.shown.push({ method, window, options: options as Record<string, unknown> });
      const queued = this.dialogs.answers.get(method)?.shift();
      if (queued !== undefined) return queued;
      if (method === 'showMessageBox') return { response: 0, checkboxChecked: false };
      return method === 'showOpenDialog' ? { canceled: true, filePaths: [] } : { canceled: true, filePath: '' };
    };
    this.electron = {
      app,
      BrowserWindow: browserWindowClassFor(this),
      ipcMain: {
        handle: (channel: string, listener: (event: unknown, ...args: unknown[]) => unknown) => {
          if (this.ipc.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
          this.ipc.handlers.set(channel, listener);
        },
        removeHandler: (channel: string) => this.ipc.handlers.delete(channel),
        on: () => {},
      },
      protocol: {
        registerSchemesAsPrivileged: (schemes: unknown[]) => {
          if (this.isReadyFlag) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
          this.privilegedSchemes.push(...schemes);
        },
      },
      session: { defaultSession: ses, fromPartition },
      clipboard: {
        writeText: (text: string) => void (this.clipboard.text = text),
        readText: () => this.clipboard.text,
        clear: () => {
          this.clipboard.text = '';
          this.clipboard.cleared += 1;
        },
      },
      dialog: {
        showSaveDialog: dialogCall('showSaveDialog'),
        showOpenDialog: dialogCall('showOpenDialog'),
        showMessageBox: dialogCall('showMessageBox'),
        showErrorBox: (title: string, content: string) => this.errorBoxes.push({ title, content }),
      },
      Menu: {
        buildFromTemplate: (items: Record<string, unknown>[]): FakeMenu => ({ items, getMenuItemById: (id) => findItem(items, id) }),
        setApplicationMenu: (menu: FakeMenu) => this.menus.push(menu),
        getApplicationMenu: () => this.menus.at(-1) ?? null,
      },
      shell: Object.fromEntries(
        ['openExternal', 'openPath', 'showItemInFolder', 'trashItem'].map((method) => [method, async (...args: unknown[]) => void this.shellCalls.push({ method, args })]),
      ),
      nativeTheme: Object.assign(new EventEmitter(), { shouldUseDarkColors: false, themeSource: 'system' }),
    };
    const emit = emitter.emit.bind(emitter);
    emitter.emit = (event: string | symbol, ...args: unknown[]) => {
      this.events.push(String(event));
      return emit(event, ...args);
    };
  }

  /** Makes this harness the one 'electron' resolves to, and sets the platform and environment. */
  install(): this {
    (globalThis as Global)[CURRENT] = this;
    if (this.options.platform) Object.defineProperty(process, 'platform', { value: this.options.platform, configurable: true });
    for (const [key, value] of Object.entries(this.options.env ?? {})) {
      this.savedEnv.set(key, process.env[key]);
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    for (const { argv, data } of this.pendingSecondInstances.splice(0)) this.app.emit('second-instance', new Preventable(), argv, process.cwd(), data);
    return this;
  }

  /** Loads a fresh copy of electron/main.ts against this harness (as one start of the app). */
  async launch(): Promise<void> {
    this.install();
    vi.resetModules();
    await import('../../electron/main');
    await settle();
  }

  /**
   * Fires `ready` (once) and waits until start-up has ended: a window is open or the app has ended
   * (real file-system work is involved, so this waits on the outcome, not on a fixed time).
   */
  async ready(): Promise<void> {
    if (!this.isReadyFlag) {
      this.isReadyFlag = true;
      this.app.emit('ready', {});
      this.resolveReady();
    }
    await until(() => this.openWindows.length > 0 || this.ended !== null, 'start-up to open a window or end the app', 10_000);
    await settle();
  }

  /** The app's windows that are still open. */
  get openWindows(): FakeBrowserWindow[] {
    return this.windows.filter((w) => !w.isDestroyed());
  }

  get mainWindow(): FakeBrowserWindow {
    const window = this.openWindows[0];
    if (!window) throw new Error('harness: no window is open');
    return window;
  }

  /** A bridge call from a page (the main window's top frame by default); returns the unwrapped value or throws. */
  async invoke(method: BridgeMethod, payload?: unknown, from?: { contents?: FakeWebContents; frame?: FakeFrame }): Promise<unknown> {
    return unwrapEnvelope(await this.invokeRaw(method, payload, from));
  }

  /** The same, returning the envelope as the preload would receive it. */
  async invokeRaw(method: BridgeMethod, payload?: unknown, from?: { contents?: FakeWebContents; frame?: FakeFrame }): Promise<BridgeEnvelope<unknown>> {
    const channel = bridgeChannel(method);
    const handler = this.ipc.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    const sender = from?.contents ?? this.mainWindow.webContents;
    const frame = from?.frame ?? sender.mainFrame;
    const response = (await handler({ sender, senderFrame: frame, frameId: 1, processId: 1 }, payload)) as BridgeEnvelope<unknown>;
    this.ipc.calls.push({ channel, payload, response });
    return response;
  }

  /** A request to the app:// protocol, answered by the app's handler. */
  async fetch(url: string): Promise<Response> {
    const scheme = new URL(url).protocol.replace(':', '');
    const handler = this.protocolHandlers.get(scheme);
    if (!handler) throw new Error(`No protocol handler for ${scheme}`);
    return handler(new Request(url));
  }

  /** Whether the session's request filter lets this request through. No filter = nothing is filtered. */
  async allowsRequest(url: string): Promise<boolean> {
    const listener = this.requestFilter.listener;
    if (!listener) return true;
    return new Promise((resolve) => listener({ url }, (r) => resolve(!r.cancel)));
  }

  /** macOS: a click on the Dock icon. */
  activate(): void {
    this.app.emit('activate', new Preventable(), this.openWindows.some((w) => w.isVisible()));
  }

  /** Like app.quit(), as the menu or the OS asks for it. */
  quit(): void {
    if (this.ended || this.quitting) return;
    const before = new Preventable();
    this.app.emit('before-quit', before);
    if (before.defaultPrevented) return;
    this.quitting = true;
    for (const window of this.openWindows) window.close();
    if (this.openWindows.length > 0) {
      this.quitting = false;
      return;
    }
    const will = new Preventable();
    this.app.emit('will-quit', will);
    if (will.defaultPrevented) {
      this.quitting = false;
      return;
    }
    this.app.emit('quit', {}, 0);
    this.end({ how: 'quit' });
  }

  windowClosed(): void {
    if (!this.quitting && this.openWindows.length === 0) this.app.emit('window-all-closed', new Preventable());
  }

  private end(how: NonNullable<Harness['ended']>): void {
    if (this.ended) return;
    this.ended = how;
    if (how.how === 'exit') for (const window of this.openWindows) window.destroy();
    if (this.lock.holder === this) this.lock.holder = null;
  }

  /** Restores process.platform and the environment; call in afterEach. */
  dispose(): void {
    if (this.savedPlatform) Object.defineProperty(process, 'platform', this.savedPlatform);
    for (const [key, value] of this.savedEnv) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    this.savedEnv.clear();
    if ((globalThis as Global)[CURRENT] === this) delete (globalThis as Global)[CURRENT];
  }
}

export function createHarness(options: HarnessOptions): Harness {
  return new Harness(options);
}

/** Lets pending promises, timers of 0 ms and real file-system work run: the app becomes quiet. */
export async function settle(rounds = 20): Promise<void> {
  for (let i = 0; i < rounds; i += 1) await new Promise((resolve) => setTimeout(resolve, 5));
}

/** Waits until `check` holds (real time), or fails with `what`. */
export async function until(check: () => boolean, what: string, timeoutMs = 3000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`harness: timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
