// The CompilerHost for the command line: files from disk, paths shown relative to the working
// directory as the user typed them, and standard-library modules read from this package's
// stdlib/ folder but named "std/X.dl" so output does not depend on where dlc is installed.
import { existsSync, readdirSync, statSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { HostError, type CompilerHost } from "../compiler/modules/types.ts";
import { dirname as posixDirname, joinPath } from "../compiler/modules/paths.ts";

export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface NodeHostOptions {
  /** Directory that relative host paths are relative to (default: process.cwd()). */
  cwd?: string;
  /** Folder holding std modules (default: <package root>/stdlib). */
  stdlibDir?: string;
}

export interface NodeHost extends CompilerHost {
  listStdlib(): string[];
  /** The host path to show for a file given on the command line. */
  entryPath(given: string): string;
}

const STD_PREFIX = "std/";

export function createNodeHost(options: NodeHostOptions = {}): NodeHost {
  const cwd = options.cwd ?? process.cwd();
  const stdlibDir = options.stdlibDir ?? path.join(PACKAGE_ROOT, "stdlib");
  // Host paths that name stdlib files; only these are read from stdlibDir, so a user file
  // that happens to live in ./std/ is never mistaken for one.
  const stdPaths = new Set<string>();

  const diskPath = (hostPath: string): string =>
    stdPaths.has(hostPath) ? path.join(stdlibDir, hostPath.slice(STD_PREFIX.length)) : path.resolve(cwd, hostPath);

  return {
    async readFile(hostPath: string): Promise<Uint8Array> {
      const file = diskPath(hostPath);
      try {
        const info = await stat(file);
        if (info.isDirectory()) throw new HostError("unreadable", "it is a directory");
        return new Uint8Array(await readFile(file));
      } catch (e) {
        if (e instanceof HostError) throw e;
        const code = (e as NodeJS.ErrnoException).code;
        if (code === "ENOENT" || code === "ENOTDIR") throw new HostError("not-found", `file not found: \`${hostPath}\``);
        if (code === "EACCES" || code === "EPERM") throw new HostError("unreadable", "permission denied");
        if (code === "EISDIR") throw new HostError("unreadable", "it is a directory");
        throw new HostError("unreadable", code ?? (e instanceof Error ? e.message : String(e)));
      }
    },
    resolveRelative(fromFile: string, spec: string): string {
      if (stdPaths.has(fromFile)) {
        // Relative imports inside the stdlib stay inside it (and keep their std/ names).
        const p = joinPath(posixDirname(fromFile), spec);
        if (p.startsWith(STD_PREFIX)) {
          stdPaths.add(p);
          return p;
        }
        return path.join(stdlibDir, p); // escapes the stdlib: show the real path
      }
      if (path.isAbsolute(spec)) return path.normalize(spec);
      return path.normalize(path.join(path.dirname(fromFile), spec));
    },
    stdlibPath(segments: string[]): string | undefined {
      if (segments.length < 2 || segments[0] !== "std") return undefined;
      if (segments.some((s) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(s))) return undefined;
      const rel = segments.slice(1).join("/") + ".dl";
      const file = path.join(stdlibDir, rel);
      if (!existsSync(file) || !statSync(file).isFile()) return undefined;
      const hostPath = STD_PREFIX + rel;
      stdPaths.add(hostPath);
      return hostPath;
    },
    listStdlib(): string[] {
      const out: string[] = [];
      const walk = (dir: string, prefix: string[]): void => {
        let entries;
        try {
          entries = readdirSync(dir, { withFileTypes: true });
        } catch {
          return;
        }
        for (const e of entries) {
          if (e.isDirectory()) walk(path.join(dir, e.name), [...prefix, e.name]);
          else if (e.name.endsWith(".dl")) out.push(["std", ...prefix, e.name.slice(0, -3)].join("."));
        }
      };
      walk(stdlibDir, []);
      return out.sort();
    },
    entryPath(given: string): string {
      return path.normalize(given);
    },
  };
}
