/**
 * The first step of `npm test` and `npm run audit`: makes sure the machine
 * has what npm cannot install (Chromium, the Noto CJK fonts, Java for the
 * tests). As root with apt-get it installs what is missing and says why;
 * otherwise it stops at once with the command to run.
 *
 *   node scripts/check-system.ts                # what `npm test` needs
 *   node scripts/check-system.ts --for audit    # what `npm run audit` needs (no Java)
 *   node scripts/check-system.ts --dry-run      # say what it would install, install nothing
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { probeSystem } from './system/probe.ts';
import { planSetup, taskCommand, type Task } from './system/requirements.ts';

const { values: flags } = parseArgs({ options: { for: { type: 'string', default: 'test' }, 'dry-run': { type: 'boolean', default: false } } });
if (!Object.hasOwn(taskCommand, flags.for)) {
  console.error(`--for takes ${Object.keys(taskCommand).join(' or ')}; got "${flags.for}".`);
  process.exit(2);
}
const task = flags.for as Task;

const plan = planSetup(task, probeSystem());
if (plan.action === 'ready') {
  console.error(plan.message);
} else if (plan.action === 'stop') {
  console.error(plan.message);
  process.exit(1);
} else {
  console.error(plan.message);
  if (flags['dry-run']) {
    console.error('Dry run: nothing installed.');
  } else {
    const started = Date.now();
    for (const [program, ...args] of plan.commands) {
      const run = spawnSync(program ?? '', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
      if (run.status !== 0) {
        console.error(`\n${[program, ...args].join(' ')} failed (${run.error?.message ?? `exit ${run.status ?? run.signal}`}). Fix what apt-get said above, then run ${taskCommand[task]} again.`);
        process.exit(1);
      }
    }
    // Installed is not the same as usable: look again, and stop if something is still missing.
    const after = planSetup(task, probeSystem());
    if (after.action !== 'ready') {
      console.error(`\nStill missing after apt-get:\n${after.message}`);
      process.exit(1);
    }
    console.error(`Installed ${plan.packages.join(', ')} in ${Math.round((Date.now() - started) / 1000)} s. ${after.message}`);
  }
}
