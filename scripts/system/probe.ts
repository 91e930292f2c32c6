/**
 * Describes the real machine for the system check: who runs it, which
 * package tools exist, where Chromium is, which fonts fontconfig sees and
 * which Java is on PATH. Only reads; scripts/system/requirements.ts decides.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import path from 'node:path';
import { lookForChromium } from '../chromium.ts';
import { javaMajorVersion, type SystemFacts } from './requirements.ts';

/** Returns the first executable called `name` in the folders of PATH, or null. */
export function onPath(name: string, env: NodeJS.ProcessEnv = process.env): string | null {
  for (const dir of (env['PATH'] ?? '').split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not here: try the next folder.
    }
  }
  return null;
}

/** Returns the PRETTY_NAME of an os-release file's text, or null. */
export function prettyName(osRelease: string): string | null {
  const match = /^PRETTY_NAME=(?:"([^"]*)"|(.*))$/m.exec(osRelease);
  return match ? (match[1] ?? match[2] ?? '').trim() || null : null;
}

function osName(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'macOS';
  if (platform === 'win32') return 'Windows';
  try {
    return prettyName(readFileSync('/etc/os-release', 'utf8')) ?? platform;
  } catch {
    return platform;
  }
}

/** Returns the facts the system check decides from, read from this machine. */
export function probeSystem(env: NodeJS.ProcessEnv = process.env): SystemFacts {
  const fcList = onPath('fc-list', env);
  const java = onPath('java', env);
  const javaVersion = java ? spawnSync(java, ['-version'], { encoding: 'utf8' }) : null;
  return {
    platform: process.platform,
    uid: process.getuid?.() ?? null,
    osName: osName(process.platform),
    aptGet: onPath('apt-get', env) !== null,
    sudo: onPath('sudo', env) !== null,
    chromium: lookForChromium(env),
    fontFamilies: fcList ? spawnSync(fcList, [':', 'family'], { encoding: 'utf8' }).stdout : null,
    java: java ? { path: java, major: javaMajorVersion(`${javaVersion?.stderr ?? ''}${javaVersion?.stdout ?? ''}`) } : null,
  };
}
