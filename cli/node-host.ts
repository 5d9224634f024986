// The CompilerHost for the command line: files from disk, paths shown relative to the working
// directory as the user typed them, and standard-library modules read from this package's
// stdlib/ folder but named "std/X.dl" so output does not depend on where dlc is installed.
//
// A .dl file is a program's input, and the program may be hostile, so this host bounds what a
// `use` can make it do: only regular files are read (a FIFO or /dev/zero would block or never
// end), each at most `maxFileBytes`; a module is named by its real path, so symlink loops
// (`lp -> .`) cannot multiply one file into exponentially many modules; and imports are
// confined to the entry files' project roots plus the stdlib (spec/diagnostics.md, E1101).
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, readdirSync, statSync, existsSync, type Stats } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { HostError, type CompilerHost } from "../compiler/modules/types.ts";
import { dirname as posixDirname, joinPath } from "../compiler/modules/paths.ts";

export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The largest .dl file read (16 MiB): generated wired graphs stay far below it. */
export const MAX_SOURCE_BYTES = 16 * 1024 * 1024;

export interface NodeHostOptions {
  /** Directory that relative host paths are relative to (default: process.cwd()). */
  cwd?: string;
  /** Folder holding std modules (default: <package root>/stdlib). */
  stdlibDir?: string;
  /**
   * The project root imports must stay under (`dlc --root DIR`). Default: for each entry file,
   * the nearest folder at or above it holding a package.json or .git, else the entry's folder.
   */
  root?: string;
  /** Read imports anywhere (`--allow-outside-root`). */
  allowOutsideRoot?: boolean;
  /** Size cap per file read (default MAX_SOURCE_BYTES). */
  maxFileBytes?: number;
}

export interface NodeHost extends CompilerHost {
  listStdlib(): string[];
  /** The host path to show for a file given on the command line. */
  entryPath(given: string): string;
}

const STD_PREFIX = "std/";

export function createNodeHost(options: NodeHostOptions = {}): NodeHost {
  const cwd = options.cwd ?? process.cwd();
  const realCwd = realOrSelf(cwd);
  const stdlibDir = options.stdlibDir ?? path.join(PACKAGE_ROOT, "stdlib");
  const realStdlib = realOrSelf(stdlibDir);
  const maxBytes = options.maxFileBytes ?? MAX_SOURCE_BYTES;
  // Host paths that name stdlib files; only these are read from stdlibDir, so a user file
  // that happens to live in ./std/ is never mistaken for one.
  const stdPaths = new Set<string>();
  /** Real paths of the folders imports may come from; entry files add theirs. */
  const roots = new Set<string>();
  if (options.root !== undefined) roots.add(realOrSelf(path.resolve(cwd, options.root)));
  /** Real paths of the entry files: always readable, whatever the root. */
  const entries = new Set<string>();

  const diskPath = (hostPath: string): string =>
    stdPaths.has(hostPath) ? path.join(stdlibDir, hostPath.slice(STD_PREFIX.length)) : path.resolve(cwd, hostPath);

  /** A host path for a file: as written when no symlink is involved, else its real path. */
  const canonical = (lexical: string): string => {
    const abs = path.resolve(cwd, lexical);
    const real = realPrefix(abs);
    const rel = path.relative(realCwd, real);
    // Only the working directory itself may be a symlink for the path to stay as written.
    if (real === path.join(realCwd, path.relative(cwd, abs)) || real === abs) return lexical;
    return rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : real;
  };

  const addEntry = (file: string): void => {
    const real = realPrefix(path.resolve(cwd, file));
    if (entries.has(real)) return;
    entries.add(real);
    if (options.root === undefined) roots.add(projectRoot(path.dirname(real)));
  };

  const confine = (hostPath: string, real: string): void => {
    if (options.allowOutsideRoot || entries.has(real) || within(real, realStdlib)) return;
    for (const r of roots) if (within(real, r)) return;
    // Shown relative to the working directory, like every other path in a diagnostic.
    const rootText = [...roots].map((r) => `\`${path.relative(realCwd, r) || "."}\``).join(", ");
    throw new HostError("outside-root", `\`${hostPath}\` is outside the project root ${rootText}`);
  };

  return {
    async readFile(hostPath: string): Promise<Uint8Array> {
      const file = diskPath(hostPath);
      const isStd = stdPaths.has(hostPath);
      // A host used without entryPath (the API, tests): the first file read is the entry.
      if (!isStd && entries.size === 0) addEntry(hostPath);
      if (!isStd) confine(hostPath, realPrefix(file));
      return readBounded(file, hostPath, maxBytes);
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
      if (path.isAbsolute(spec)) return canonical(path.normalize(spec));
      return canonical(path.normalize(path.join(path.dirname(fromFile), spec)));
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
      const p = canonical(path.normalize(given));
      addEntry(p);
      return p;
    },
  };
}

/**
 * The file's bytes, read only if it is a regular file of at most `maxBytes`. The type is
 * checked before opening (opening a FIFO for reading blocks until a writer comes), the open is
 * non-blocking in case the file was swapped since, and the size is checked again on the open
 * descriptor and while reading (a file that grows is cut off, not read forever).
 */
export function readBounded(file: string, shown: string, maxBytes: number): Uint8Array {
  let fd: number | undefined;
  try {
    notRegular(statSync(file), shown, maxBytes);
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = fstatSync(fd);
    notRegular(info, shown, maxBytes);
    let buf = new Uint8Array(Math.min(info.size, maxBytes) + 1);
    let n = 0;
    for (;;) {
      if (n === buf.length) {
        const bigger = new Uint8Array(Math.min(buf.length * 2, maxBytes + 1));
        bigger.set(buf);
        buf = bigger;
      }
      const got = readSync(fd, buf, n, buf.length - n, null);
      if (got === 0) break;
      n += got;
      if (n > maxBytes) throw new HostError("unreadable", `it is larger than the ${formatBytes(maxBytes)} limit for a source file`);
    }
    return buf.slice(0, n);
  } catch (e) {
    if (e instanceof HostError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new HostError("not-found", `file not found: \`${shown}\``);
    if (code === "EACCES" || code === "EPERM") throw new HostError("unreadable", "permission denied");
    if (code === "EISDIR") throw new HostError("unreadable", "it is a directory");
    if (code === "ELOOP") throw new HostError("unreadable", "too many levels of symbolic links");
    throw new HostError("unreadable", code ?? (e instanceof Error ? e.message : String(e)));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function notRegular(info: Stats, _shown: string, maxBytes: number): void {
  if (info.isDirectory()) throw new HostError("unreadable", "it is a directory");
  if (!info.isFile()) throw new HostError("unreadable", `it is not a regular file (${fileKind(info)})`);
  if (info.size > maxBytes) throw new HostError("unreadable", `it is ${formatBytes(info.size)}, larger than the ${formatBytes(maxBytes)} limit for a source file`);
}

export function fileKind(info: Stats): string {
  if (info.isFIFO()) return "a FIFO";
  if (info.isCharacterDevice()) return "a character device";
  if (info.isBlockDevice()) return "a block device";
  if (info.isSocket()) return "a socket";
  if (info.isDirectory()) return "a directory";
  if (info.isSymbolicLink()) return "a symbolic link";
  return "a special file";
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 * 1024) return `${(n / (1024 * 1024 * 1024)).toFixed(1)} GiB`;
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(n % 1024 === 0 ? 0 : 1)} KiB`;
  return `${n} bytes`;
}

/** The nearest folder at or above `dir` holding a package.json or .git; `dir` itself if none. */
export function projectRoot(dir: string): string {
  for (let d = dir; ; d = path.dirname(d)) {
    if (existsSync(path.join(d, "package.json")) || existsSync(path.join(d, ".git"))) return d;
    if (path.dirname(d) === d) return dir;
  }
}

function within(file: string, dir: string): boolean {
  const rel = path.relative(dir, file);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}

function realOrSelf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/** The real path of `abs`: its longest existing prefix resolved, the rest appended as written. */
function realPrefix(abs: string): string {
  const rest: string[] = [];
  for (let p = abs; ; p = path.dirname(p)) {
    try {
      return path.join(realpathSync(p), ...rest.reverse());
    } catch {
      if (path.dirname(p) === p) return abs;
      rest.push(path.basename(p));
    }
  }
}
