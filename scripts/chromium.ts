/**
 * The system Chromium, found and launched the same way by the browser tests,
 * the benchmark and the audit. No browser is downloaded: on a machine without
 * one, the error says how to install it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** Flags for headless Chromium on a machine with no GPU, no sandbox as root, and no network beyond loopback. */
export const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Returns the path of the Chromium to drive: CHROMIUM_PATH, else
 * /usr/bin/chromium, else `chromium-browser` or `chromium` on PATH.
 * Throws a message that says how to install one when there is none.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env, systemChromium = '/usr/bin/chromium'): string {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there. Point it at a Chromium or Chrome executable, or unset it to use /usr/bin/chromium.`);
  }
  const onPath = (env.PATH ?? '').split(path.delimiter).filter(Boolean).flatMap((dir) => [path.join(dir, 'chromium-browser'), path.join(dir, 'chromium')]);
  const found = [systemChromium, ...onPath].find((candidate) => existsSync(candidate));
  if (found) return found;
  throw new Error(
    'No Chromium found for the browser tests (looked at CHROMIUM_PATH, /usr/bin/chromium, and chromium-browser or chromium on PATH). ' +
      'Install one with `apt-get install -y chromium` (Debian, Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  );
}

/** Returns a headless Chromium driven by playwright-core. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  try {
    return await chromium.launch({ executablePath, args: chromiumArgs });
  } catch (cause) {
    throw new Error(`Could not start Chromium at ${executablePath}. Check that it runs (\`${executablePath} --version\`), or set CHROMIUM_PATH to another.`, { cause });
  }
}
