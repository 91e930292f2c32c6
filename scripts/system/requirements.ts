/**
 * What the tests and the audit need from the machine that npm cannot
 * install (Chromium, CJK fonts, Java), and what to do when something is
 * missing: install it with apt-get, or stop with the exact command. Pure:
 * it decides from a description of the machine ({@link SystemFacts}) and
 * touches nothing; scripts/system/probe.ts describes the real machine and
 * scripts/check-system.ts acts on the decision.
 */
import { explainNoChromium, type ChromiumLookup } from '../chromium.ts';

/** What the machine is, as far as the check cares. */
export interface SystemFacts {
  /** `process.platform`. */
  readonly platform: NodeJS.Platform;
  /** The user id, or null where there is none (Windows). */
  readonly uid: number | null;
  /** The operating system's name for people, such as `Debian GNU/Linux 12 (bookworm)` or `macOS`. */
  readonly osName: string;
  /** Whether apt-get is on PATH (Debian, Ubuntu and their kin). */
  readonly aptGet: boolean;
  /** Whether sudo is on PATH. */
  readonly sudo: boolean;
  /** Where Chromium was looked for and what was found. */
  readonly chromium: ChromiumLookup;
  /** The output of `fc-list : family`, or null when fc-list is not installed. */
  readonly fontFamilies: string | null;
  /** The Java runtime on PATH and its major version (null when it could not be read), or null when there is none. */
  readonly java: { readonly path: string; readonly major: number | null } | null;
}

/** What a command needs the machine to provide. */
export type Task = 'test' | 'audit';

/** The command people type for each task, for messages. */
export const taskCommand: Readonly<Record<Task, string>> = { test: 'npm test', audit: 'npm run audit' };

/** The oldest Java that runs the Nu Html Checker (vnu.jar is compiled for Java 11). */
export const minimumJava = 11;

/** One thing the machine lacks. */
export interface Missing {
  /** What it is, for people. */
  readonly what: string;
  /** Why the task needs it. */
  readonly why: string;
  /** The Debian package that provides it. */
  readonly aptPackage: string;
}

/** What to do about the machine. */
export type SetupPlan =
  /** Everything is there. */
  | { readonly action: 'ready'; readonly message: string }
  /** Run `commands` (argv lists, in order) to install `packages`, printing `message` first. */
  | {
      readonly action: 'install';
      readonly missing: readonly Missing[];
      readonly packages: readonly string[];
      readonly commands: readonly (readonly string[])[];
      readonly message: string;
    }
  /** Stop now and print `message`, which ends with what to run (`command`, when there is one). */
  | { readonly action: 'stop'; readonly missing: readonly Missing[]; readonly command: string | null; readonly message: string };

const chromiumNeed = {
  what: 'Chromium',
  why: 'the browser tests and the Lighthouse audit drive it',
  aptPackage: 'chromium',
};
const fontsNeed = {
  what: 'the Noto CJK fonts',
  why: 'without them Chromium draws Chinese as empty boxes, in screenshots, contrast checks and Lighthouse alike',
  aptPackage: 'fonts-noto-cjk',
};
const fontconfigNeed = {
  what: 'fc-list (fontconfig)',
  why: 'it tells which fonts Chromium can use',
  aptPackage: 'fontconfig',
};
const javaNeed = (found: SystemFacts['java']) => ({
  what: found ? `Java ${minimumJava} or newer (${found.path} is Java ${found.major})` : `a Java runtime (${minimumJava} or newer)`,
  why: 'the Nu Html Checker that validates every built page is a Java program',
  aptPackage: 'default-jre-headless',
});

/** Returns whether fontconfig lists a Noto CJK family (Noto Sans CJK or Noto Serif CJK, any region). */
export function hasNotoCjk(fontFamilies: string): boolean {
  return /Noto (Sans|Serif) CJK/.test(fontFamilies);
}

/** Returns the major version in the output of `java -version` (`openjdk version "17.0.15"` → 17, `java version "1.8.0_292"` → 8), or null. */
export function javaMajorVersion(versionOutput: string): number | null {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return null;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

/** Returns what the machine lacks for `task`, in the order they are installed. */
export function missingFor(task: Task, facts: SystemFacts): Missing[] {
  const missing: Missing[] = [];
  if (facts.chromium.path === null && !facts.chromium.fromEnv) missing.push(chromiumNeed);
  // Elsewhere the system's own font stack (Core Text, DirectWrite) carries CJK fonts; fontconfig is Linux's.
  if (facts.platform === 'linux') {
    if (facts.fontFamilies === null) missing.push(fontconfigNeed, fontsNeed);
    else if (!hasNotoCjk(facts.fontFamilies)) missing.push(fontsNeed);
  }
  if (task === 'test' && (facts.java === null || (facts.java.major !== null && facts.java.major < minimumJava))) missing.push(javaNeed(facts.java));
  return missing;
}

const listed = (missing: readonly Missing[]) => missing.map((m) => `  - ${m.aptPackage}: ${m.what}; ${m.why}.`).join('\n');
const aptCommand = (packages: readonly string[]) => `apt-get update && apt-get install -y ${packages.join(' ')}`;

/** Returns what to do so the machine can run `task`: nothing, install with apt-get, or stop with what to run. */
export function planSetup(task: Task, facts: SystemFacts): SetupPlan {
  const command = taskCommand[task];
  const missing = missingFor(task, facts);
  const badChromiumPath = facts.chromium.path === null && facts.chromium.fromEnv !== null;
  if (missing.length === 0 && !badChromiumPath) {
    const found = [`Chromium (${facts.chromium.path})`];
    if (facts.platform === 'linux') found.push('the Noto CJK fonts');
    if (task === 'test' && facts.java) found.push(`Java${facts.java.major === null ? '' : ` ${facts.java.major}`} (${facts.java.path})`);
    return { action: 'ready', message: `${command}: found ${found.join(', ')}.` };
  }
  if (badChromiumPath) {
    // apt-get would install a Chromium that CHROMIUM_PATH then hides: the person has to choose.
    const rest = missing.length > 0 ? `\nIt also lacks:\n${listed(missing)}` : '';
    return { action: 'stop', missing, command: null, message: `${command} cannot start: ${explainNoChromium(facts.chromium)}${rest}` };
  }
  const packages = missing.map((m) => m.aptPackage);
  if (!facts.aptGet) {
    const wanted = missing.filter((m) => m !== fontconfigNeed).map((m) => `  - ${m.what}: ${m.why}.`);
    return {
      action: 'stop',
      missing,
      command: null,
      message:
        `${command} cannot start: this machine (${facts.osName}) lacks\n${wanted.join('\n')}\n` +
        'Install them with the system\'s package manager (this check installs only with apt-get, on Debian or Ubuntu), ' +
        `or set CHROMIUM_PATH to a Chromium or Chrome you already have, then run ${command} again.`,
    };
  }
  if (facts.uid !== 0) {
    const asRoot = facts.sudo ? `sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}` : `su -c '${aptCommand(packages)}'`;
    return {
      action: 'stop',
      missing,
      command: asRoot,
      message: `${command} cannot start: this machine lacks\n${listed(missing)}\nInstalling them needs root. Run this, then ${command} again:\n\n  ${asRoot}\n`,
    };
  }
  return {
    action: 'install',
    missing,
    packages,
    commands: [
      ['apt-get', 'update'],
      ['apt-get', 'install', '-y', ...packages],
    ],
    message: `${command} needs what npm cannot install; installing it with apt-get:\n${listed(missing)}\nRunning: ${aptCommand(packages)}`,
  };
}
