/**
 * The system Chromium: found by one rule and launched with one set of flags,
 * by the browser tests, the benchmark, the search measurement, the audit and
 * the system check of `npm test`. No browser is downloaded: on a machine
 * without one, the error says how to get one.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** Flags for headless Chromium on a machine with no GPU, no sandbox as root, and no network beyond loopback. */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** Where Chromium is looked for when CHROMIUM_PATH is not set, before PATH: Debian's, Ubuntu's, Google Chrome's, then macOS applications. */
export const knownChromiumPaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Executable names looked for in each folder of PATH. */
const namesOnPath = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

/** What looking for Chromium found. */
export interface ChromiumLookup {
  /** The executable to drive, or null when there is none. */
  readonly path: string | null;
  /** CHROMIUM_PATH when it is set: then it is the only place looked at. */
  readonly fromEnv: string | null;
  /** Every place looked at, in order. */
  readonly looked: readonly string[];
}

/**
 * Returns where Chromium is: CHROMIUM_PATH when set (and only there), else
 * the first of {@link knownChromiumPaths}, else the first Chromium or Chrome
 * on PATH. `exists` is the file test, so a test can describe a machine.
 */
export function lookForChromium(env: NodeJS.ProcessEnv = process.env, exists: (file: string) => boolean = existsSync): ChromiumLookup {
  const fromEnv = env['CHROMIUM_PATH'] || null;
  const onPath = (env['PATH'] ?? '')
    .split(path.delimiter)
    .filter(Boolean)
    .flatMap((dir) => namesOnPath.map((name) => path.join(dir, name)));
  const looked = fromEnv ? [fromEnv] : [...new Set([...knownChromiumPaths, ...onPath])];
  return { path: looked.find((candidate) => exists(candidate)) ?? null, fromEnv, looked };
}

/** Returns why a lookup found no Chromium and what to do, in one sentence or two. */
export function explainNoChromium(lookup: ChromiumLookup): string {
  if (lookup.fromEnv) {
    return `CHROMIUM_PATH is set to ${lookup.fromEnv}, but there is no file there. Point it at a Chromium or Chrome executable, or unset it to use the system's Chromium.`;
  }
  return (
    `No Chromium found (looked at ${knownChromiumPaths.join(', ')}, and chromium or google-chrome on PATH). ` +
    'Run `node scripts/check-system.ts` (the first step of `npm test`): it installs Chromium as root on Debian or Ubuntu, or prints the command that does. ' +
    'Or set CHROMIUM_PATH to a Chromium or Chrome executable.'
  );
}

/** Returns the path of the Chromium to drive, or throws a message that says how to get one. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (file: string) => boolean = existsSync): string {
  const lookup = lookForChromium(env, exists);
  if (lookup.path === null) throw new Error(explainNoChromium(lookup));
  return lookup.path;
}

/** Returns a headless Chromium driven by playwright-core (which gives it a fresh profile). */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  try {
    return await chromium.launch({ executablePath, args: chromiumFlags });
  } catch (cause) {
    throw new Error(`Could not start Chromium at ${executablePath}. Check that it runs (\`${executablePath} --version\`), or set CHROMIUM_PATH to another.`, { cause });
  }
}

/** A Chromium listening for the DevTools protocol, as Lighthouse drives it. */
export interface DebugChromium {
  readonly port: number;
  close(): Promise<void>;
}

/** Returns the system Chromium started with a DevTools port and a fresh profile, once it is listening. */
export async function launchDebugChromium(): Promise<DebugChromium> {
  const executable = findChromium();
  const profile = mkdtempSync(path.join(tmpdir(), 'huawen-chromium-'));
  const child = spawn(executable, [...chromiumFlags, '--remote-debugging-port=0', `--user-data-dir=${profile}`, '--no-default-browser-check', 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`${executable} did not open a DevTools port within 30 s:\n${output}`)), 30_000);
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${executable} exited (${code}) before opening a DevTools port:\n${output}`));
    });
  }).catch((error: unknown) => {
    child.kill('SIGTERM');
    rmSync(profile, { recursive: true, force: true });
    throw error;
  });
  return {
    port,
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
