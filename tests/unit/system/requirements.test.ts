import { describe, expect, it } from 'vitest';
import { lookForChromium } from '../../../scripts/chromium.ts';
import { hasNotoCjk, javaMajorVersion, missingFor, planSetup, type SystemFacts } from '../../../scripts/system/requirements.ts';
import { prettyName } from '../../../scripts/system/probe.ts';

// The system check of `npm test`, decided for machines described in the test: nothing here looks at the real one.

/** `fc-list : family` on a Debian machine with and without fonts-noto-cjk. */
const withCjk = 'DejaVu Sans\nNoto Sans CJK JP,Noto Sans CJK JP Regular\nNoto Serif CJK SC\nLiberation Mono\n';
const withoutCjk = 'DejaVu Sans\nDejaVu Serif\nLiberation Mono\nNoto Sans\n';

/** Returns a Debian machine, as root with apt-get, Chromium at /usr/bin/chromium, the CJK fonts and Java 17, changed by `change`. */
function debian(change: Partial<SystemFacts> & { chromiumFiles?: readonly string[]; env?: NodeJS.ProcessEnv } = {}): SystemFacts {
  const { chromiumFiles = ['/usr/bin/chromium'], env = { PATH: '/usr/local/bin:/usr/bin:/bin' }, ...facts } = change;
  return {
    platform: 'linux',
    uid: 0,
    osName: 'Debian GNU/Linux 12 (bookworm)',
    aptGet: true,
    sudo: false,
    chromium: lookForChromium(env, (file) => chromiumFiles.includes(file)),
    fontFamilies: withCjk,
    java: { path: '/usr/bin/java', major: 17 },
    ...facts,
  };
}

const bare = { chromiumFiles: [], fontFamilies: withoutCjk, java: null } as const;

describe('the system check of npm test', () => {
  it('lets the tests start on a machine that has everything, saying what it found', () => {
    const plan = planSetup('test', debian());
    expect(plan).toEqual({ action: 'ready', message: 'npm test: found Chromium (/usr/bin/chromium), the Noto CJK fonts, Java 17 (/usr/bin/java).' });
  });

  it('as root on Debian, installs exactly what is missing with apt-get and says why', () => {
    const plan = planSetup('test', debian(bare));
    expect(plan.action).toBe('install');
    if (plan.action !== 'install') return;
    expect(plan.packages).toEqual(['chromium', 'fonts-noto-cjk', 'default-jre-headless']);
    expect(plan.commands).toEqual([
      ['apt-get', 'update'],
      ['apt-get', 'install', '-y', 'chromium', 'fonts-noto-cjk', 'default-jre-headless'],
    ]);
    expect(plan.message).toBe(
      [
        'npm test needs what npm cannot install; installing it with apt-get:',
        '  - chromium: Chromium; the browser tests and the Lighthouse audit drive it.',
        '  - fonts-noto-cjk: the Noto CJK fonts; without them Chromium draws Chinese as empty boxes, in screenshots, contrast checks and Lighthouse alike.',
        '  - default-jre-headless: a Java runtime (11 or newer); the Nu Html Checker that validates every built page is a Java program.',
        'Running: apt-get update && apt-get install -y chromium fonts-noto-cjk default-jre-headless',
      ].join('\n'),
    );
  });

  it.each([
    ['Chromium', { chromiumFiles: [] }, ['chromium']],
    ['the CJK fonts', { fontFamilies: withoutCjk }, ['fonts-noto-cjk']],
    ['fontconfig itself', { fontFamilies: null }, ['fontconfig', 'fonts-noto-cjk']],
    ['Java', { java: null }, ['default-jre-headless']],
    ['a Java too old for the Nu Html Checker', { java: { path: '/usr/bin/java', major: 8 } }, ['default-jre-headless']],
  ] as const)('installs only what is missing when it lacks %s', (_what, change, packages) => {
    const plan = planSetup('test', debian(change));
    expect(plan.action === 'install' && plan.packages).toEqual(packages);
  });

  it('accepts a Java whose version it cannot read rather than reinstalling it', () => {
    expect(planSetup('test', debian({ java: { path: '/opt/jdk/bin/java', major: null } })).action).toBe('ready');
  });

  it('finds Chromium where Ubuntu, Chrome or PATH put it', () => {
    for (const file of ['/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/opt/tools/chromium']) {
      const facts = debian({ chromiumFiles: [file], env: { PATH: '/opt/tools:/usr/bin' } });
      expect(facts.chromium.path).toBe(file);
      expect(planSetup('test', facts).action).toBe('ready');
    }
  });

  it('as a user without root, stops at once with the exact command, using sudo when there is one', () => {
    const plan = planSetup('test', debian({ ...bare, uid: 1000, sudo: true }));
    expect(plan.action).toBe('stop');
    if (plan.action !== 'stop') return;
    expect(plan.command).toBe('sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk default-jre-headless');
    expect(plan.message).toBe(
      [
        'npm test cannot start: this machine lacks',
        '  - chromium: Chromium; the browser tests and the Lighthouse audit drive it.',
        '  - fonts-noto-cjk: the Noto CJK fonts; without them Chromium draws Chinese as empty boxes, in screenshots, contrast checks and Lighthouse alike.',
        '  - default-jre-headless: a Java runtime (11 or newer); the Nu Html Checker that validates every built page is a Java program.',
        'Installing them needs root. Run this, then npm test again:',
        '',
        '  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk default-jre-headless',
        '',
      ].join('\n'),
    );
  });

  it('without sudo, gives the command to run through su', () => {
    const plan = planSetup('test', debian({ uid: 1000, chromiumFiles: [] }));
    expect(plan.action === 'stop' && plan.command).toBe("su -c 'apt-get update && apt-get install -y chromium'");
  });

  it('on a system without apt-get, says what is needed instead of guessing a package manager', () => {
    const plan = planSetup('test', { ...debian({ ...bare, fontFamilies: null }), osName: 'Fedora Linux 40', aptGet: false });
    expect(plan.action).toBe('stop');
    if (plan.action !== 'stop') return;
    expect(plan.command).toBeNull();
    expect(plan.message).toContain('this machine (Fedora Linux 40) lacks\n  - Chromium: ');
    expect(plan.message).toContain('  - the Noto CJK fonts: ');
    expect(plan.message).toContain('  - a Java runtime (11 or newer): ');
    // fontconfig is an apt package name, not something to ask a Fedora user for by that name.
    expect(plan.message).not.toContain('fc-list');
    expect(plan.message).toContain('Install them with the system\'s package manager');
  });

  it('on macOS, asks for no fontconfig fonts: Chromium uses the system\'s CJK fonts there', () => {
    const mac = { ...debian({ fontFamilies: null, uid: 501, chromiumFiles: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'] }), platform: 'darwin' as const, aptGet: false };
    expect(missingFor('test', mac)).toEqual([]);
    expect(planSetup('test', mac).action).toBe('ready');
  });

  it('stops when CHROMIUM_PATH points at nothing, rather than install a Chromium the variable would hide', () => {
    const plan = planSetup('test', debian({ chromiumFiles: ['/usr/bin/chromium'], env: { CHROMIUM_PATH: '/opt/chrome/chrome', PATH: '/usr/bin' } }));
    expect(plan.action).toBe('stop');
    expect(plan.message).toMatch(/^npm test cannot start: CHROMIUM_PATH is set to \/opt\/chrome\/chrome, but there is no file there\. Point it at/);
  });

  it('asks less for the audit, which never runs the Nu Html Checker', () => {
    expect(planSetup('audit', debian({ java: null })).action).toBe('ready');
    const plan = planSetup('audit', debian({ ...bare, uid: 1000, sudo: true }));
    expect(plan.action === 'stop' && plan.command).toBe('sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk');
    expect(plan.message).toMatch(/^npm run audit cannot start/);
  });
});

describe('reading the machine’s answers', () => {
  it('reads the major version of every form of `java -version`', () => {
    expect(javaMajorVersion('openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment')).toBe(17);
    expect(javaMajorVersion('openjdk version "21" 2023-09-19')).toBe(21);
    expect(javaMajorVersion('java version "1.8.0_292"')).toBe(8);
    expect(javaMajorVersion('Error: could not find libjava.so')).toBeNull();
  });

  it('recognises the Noto CJK families fontconfig lists, and nothing else', () => {
    expect(hasNotoCjk(withCjk)).toBe(true);
    expect(hasNotoCjk('Noto Serif CJK TC\n')).toBe(true);
    expect(hasNotoCjk(withoutCjk)).toBe(false);
    expect(hasNotoCjk('')).toBe(false);
  });

  it('reads the system name from os-release, quoted or not', () => {
    expect(prettyName('NAME="Debian GNU/Linux"\nPRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n')).toBe('Debian GNU/Linux 12 (bookworm)');
    expect(prettyName('PRETTY_NAME=Alpine\n')).toBe('Alpine');
    expect(prettyName('ID=debian\n')).toBeNull();
  });
});
