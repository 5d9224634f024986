// A CompilerHost over in-memory files: used by tests, the fuzzer and the browser playground.
import { HostError, type CompilerHost } from "./types.ts";
import { dirname, joinPath, normalizePath } from "./paths.ts";

export type FileContents = string | Uint8Array;

export interface MemoryHostOptions {
  /** Files by host path ("main.dl", "lib/blocks.dl"). */
  files?: Record<string, FileContents>;
  /** Standard-library sources by file name inside the stdlib folder ("nn.dl", "vision/conv.dl"). */
  stdlib?: Record<string, FileContents>;
  /** Paths that exist but cannot be read (to exercise E0102 the way a directory or a permission error would). */
  unreadable?: string[];
}

export interface MemoryHost extends CompilerHost {
  listStdlib(): string[];
}

const STD_PREFIX = "std/";
const encoder = new TextEncoder();

export function createMemoryHost(options: MemoryHostOptions = {}): MemoryHost {
  const files = new Map<string, FileContents>();
  for (const [path, contents] of Object.entries(options.files ?? {})) files.set(normalizePath(path), contents);
  // Stdlib files live under the virtual "std/" folder, the same names the Node host shows.
  for (const [name, contents] of Object.entries(options.stdlib ?? {})) {
    files.set(STD_PREFIX + normalizePath(name), contents);
  }
  const unreadable = new Set((options.unreadable ?? []).map(normalizePath));

  const isDirectory = (path: string): boolean => {
    const prefix = path === "." ? "" : path + "/";
    for (const p of files.keys()) if (p.startsWith(prefix)) return true;
    return false;
  };

  return {
    async readFile(path: string): Promise<Uint8Array> {
      const p = normalizePath(path);
      if (unreadable.has(p)) throw new HostError("unreadable", "permission denied");
      const contents = files.get(p);
      if (contents === undefined) {
        if (isDirectory(p)) throw new HostError("unreadable", "it is a directory");
        throw new HostError("not-found", `file not found: \`${path}\``);
      }
      return typeof contents === "string" ? encoder.encode(contents) : contents;
    },
    resolveRelative(fromFile: string, spec: string): string {
      return joinPath(dirname(fromFile), spec);
    },
    stdlibPath(segments: string[]): string | undefined {
      if (segments.length < 2 || segments[0] !== "std") return undefined;
      const path = STD_PREFIX + segments.slice(1).join("/") + ".dl";
      return files.has(path) ? path : undefined;
    },
    listStdlib(): string[] {
      const out: string[] = [];
      for (const p of files.keys()) {
        if (p.startsWith(STD_PREFIX) && p.endsWith(".dl")) out.push("std." + p.slice(4, -3).split("/").join("."));
      }
      return out.sort();
    },
  };
}
