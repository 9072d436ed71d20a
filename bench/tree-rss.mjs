// Runs a command and records the peak of the summed resident memory of it and every process it
// starts (worker threads are in their process; Pagefind and other tools are processes of their own),
// sampled from /proc every 100 ms. Usage: node bench/tree-rss.mjs OUTFILE CMD [ARGS…]; writes the
// peak in KB to OUTFILE and exits with the command's status. Plain JavaScript: nothing to compile.
import { spawn } from "node:child_process";
import fs from "node:fs";
import process from "node:process";
import { clearInterval, setInterval } from "node:timers";

const [out, cmd, ...args] = process.argv.slice(2);
const PAGE_KB = 4;

/** Each live process's parent and resident KB, from /proc/<pid>/stat. */
function processes() {
  const all = new Map();
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, "utf8");
      // Fields after the command name (which may hold spaces): state ppid … rss is field 24.
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      all.set(Number(name), { ppid: Number(f[1]), rssKb: Number(f[21]) * PAGE_KB });
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return all;
}

/** The summed resident KB of `root` and its descendants now. */
function treeKb(root) {
  const all = processes();
  let kb = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop();
    kb += all.get(pid)?.rssKb ?? 0;
    for (const [p, info] of all) if (info.ppid === pid) stack.push(p);
  }
  return kb;
}

const child = spawn(cmd, args, { stdio: "inherit" });
let peak = 0;
const timer = setInterval(() => (peak = Math.max(peak, treeKb(child.pid))), 100);
child.on("exit", (code, signal) => {
  clearInterval(timer);
  fs.writeFileSync(out, `${peak}\n`);
  process.exit(code ?? (signal ? 1 : 0));
});
