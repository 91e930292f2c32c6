import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The flags every Chromium of this project runs with: headless, and nothing that reaches the network on its own. */
export const chromiumFlags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A Chromium listening for the DevTools protocol, as Lighthouse drives it. */
export interface DebugChromium {
  port: number;
  close(): Promise<void>;
}

/** Returns the system Chromium (or CHROMIUM_PATH) started with a DevTools port and a fresh profile, once it is listening. */
export async function launchDebugChromium(): Promise<DebugChromium> {
  const executable = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  if (!existsSync(executable)) {
    throw new Error(`No Chromium at ${executable}. Install one (Debian: apt-get install -y chromium fonts-noto-cjk) or set CHROMIUM_PATH.`);
  }
  const profile = mkdtempSync(path.join(tmpdir(), 'huawen-chromium-'));
  const child = spawn(
    executable,
    [...chromiumFlags, '--remote-debugging-port=0', `--user-data-dir=${profile}`, '--no-first-run', '--no-default-browser-check', 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
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
