import { readFileSync, readdirSync } from 'node:fs';

/** Returns the pids of `root` and all its descendants, read from /proc. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // the process ended between readdir and read
    }
    // The command name may hold spaces and parentheses: fields resume after the last ')'.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const list = children.get(ppid) ?? [];
    list.push(Number(name));
    children.set(ppid, list);
  }
  const tree: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift() as number;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** Returns the resident memory of one process in bytes, or 0 once it is gone. */
function residentBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** A running sample of a process tree's memory. */
export interface TreeMemorySampler {
  /** Stops sampling; returns the highest sum of resident memory seen across the tree, in bytes. */
  stop(): number;
}

/**
 * Samples the summed resident memory of `root` and its descendants every
 * `intervalMs`. GNU time's "maximum resident set size" is the largest single
 * process; this sum also counts helpers running beside it (Pagefind's binary).
 */
export function sampleTreeMemory(root: number, intervalMs = 200): TreeMemorySampler {
  let peak = 0;
  const sample = () => {
    const total = processTree(root).reduce((sum, pid) => sum + residentBytes(pid), 0);
    peak = Math.max(peak, total);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
