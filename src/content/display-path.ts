// The one rule for how errors name a file: relative to where the user started the command.
import path from "node:path";

/**
 * `file` as the user would write it: relative to the folder the command was started from (npm
 * passes it as `INIT_CWD`; else the working directory), posix separators; `.` for that folder.
 */
export function displayPath(file: string, env: NodeJS.ProcessEnv = process.env): string {
  const from = env.INIT_CWD ?? process.cwd();
  return path.relative(from, path.resolve(file)).split(path.sep).join("/") || ".";
}
