// POSIX-style path arithmetic for host paths. The core cannot use node:path (it runs in the
// browser), and every host names files with "/" separators, so plain string work suffices.

/** Collapse `.`, `..` and repeated slashes; keeps a leading `/` and leading `..` segments. */
export function normalizePath(path: string): string {
  const absolute = path.startsWith("/");
  const out: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") {
      if (out.length > 0 && out[out.length - 1] !== "..") out.pop();
      else if (!absolute) out.push("..");
      continue;
    }
    out.push(seg);
  }
  const joined = out.join("/");
  return absolute ? "/" + joined : joined === "" ? "." : joined;
}

export function dirname(path: string): string {
  const i = path.lastIndexOf("/");
  if (i < 0) return ".";
  if (i === 0) return "/";
  return path.slice(0, i);
}

export function joinPath(dir: string, rel: string): string {
  if (rel.startsWith("/")) return normalizePath(rel);
  return normalizePath(dir === "." ? rel : `${dir}/${rel}`);
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}
