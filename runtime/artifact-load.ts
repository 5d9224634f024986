// loadArtifact: a built artifact from a folder (Node), a URL (fetch; file: URLs in Node) or
// files already in hand (an object or Map of bytes, or File objects from an <input>). It reads
// manifest.json first, checks it, and then reads only the files it names, each refused before
// it is read when its size is not the manifest's, so a stray 3 GB file in the folder, a FIFO
// or /dev/zero behind a name is never read. Every problem is an ArtifactError.
import { ArtifactError, checkFile, checkSize, MANIFEST_FILE, MAX_MANIFEST_BYTES, readManifest, type Artifact, type ManifestFile } from "./artifact.ts";
import { sha256Hex } from "./sha256.ts";

/** A File (browser, or Node's buffer.File): its name, size and bytes. */
export interface FileLike {
  readonly name: string;
  /** Set by <input type="file" webkitdirectory>: "folder/wgsl/k.wgsl". */
  readonly webkitRelativePath?: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type ArtifactSource =
  | string // a folder path (Node), or a URL string (http:, https:, file:, blob:)
  | URL
  | Readonly<Record<string, Uint8Array>>
  | ReadonlyMap<string, Uint8Array>
  | Iterable<FileLike>;

/** One way of reading the artifact's files by name; size is the declared size, checked before reading when it can be. */
type Reader = (name: string, expect: ManifestFile | undefined) => Promise<Uint8Array>;

export async function loadArtifact(source: ArtifactSource): Promise<Artifact> {
  const read = await readerFor(source);
  const manifest = readManifest(await read(MANIFEST_FILE, undefined));
  const files: Record<string, Uint8Array> = {};
  for (const [name, entry] of Object.entries(manifest.files!)) {
    const data = await read(name, entry);
    checkFile(name, data, entry, await digest(data));
    files[name] = data;
  }
  return { manifest, files };
}

async function readerFor(source: ArtifactSource): Promise<Reader> {
  if (source instanceof URL) return urlReader(source);
  if (typeof source === "string") return /^[a-z][a-z0-9+.-]*:/i.test(source) && !/^[a-z]:[\\/]/i.test(source) ? urlReader(new URL(source)) : folderReader(source);
  if (source instanceof Map) return memoryReader((n) => source.get(n));
  if (typeof source === "object" && source !== null && Symbol.iterator in source) return fileListReader(source as Iterable<FileLike>);
  if (typeof source === "object" && source !== null) {
    const rec = source as Readonly<Record<string, Uint8Array>>;
    return memoryReader((n) => (Object.hasOwn(rec, n) ? rec[n] : undefined));
  }
  throw new ArtifactError("unreadable", `loadArtifact() takes a folder path, a URL, or the artifact's files; got ${source === null ? "null" : typeof source}`);
}

function memoryReader(get: (name: string) => Uint8Array | undefined): Reader {
  return async (name) => {
    const data = get(name);
    if (data === undefined) throw missing(name);
    if (!(data instanceof Uint8Array)) throw new ArtifactError("unreadable", `${name} must be given as a Uint8Array`, name);
    return data;
  };
}

function fileListReader(list: Iterable<FileLike>): Reader {
  const byName = new Map<string, FileLike>();
  const all = [...list];
  // A folder picked with webkitdirectory names files "folder/…": strip the common first segment.
  const strip = all.length > 0 && all.every((f) => f.webkitRelativePath?.includes("/")) ? (p: string) => p.slice(p.indexOf("/") + 1) : (p: string) => p;
  for (const f of all) byName.set(f.webkitRelativePath ? strip(f.webkitRelativePath) : f.name, f);
  return async (name, expect) => {
    const f = byName.get(name);
    if (f === undefined) throw missing(name);
    sizeOk(name, f.size, expect);
    return new Uint8Array(await f.arrayBuffer());
  };
}

async function urlReader(base: URL): Promise<Reader> {
  // The folder's URL: "…/model/" or "…/model/manifest.json" both name the folder "…/model/".
  const dir = new URL(base.href);
  if (dir.pathname.endsWith(`/${MANIFEST_FILE}`)) dir.pathname = dir.pathname.slice(0, -MANIFEST_FILE.length);
  else if (!dir.pathname.endsWith("/")) dir.pathname += "/";
  if (dir.protocol === "file:") {
    const { fileURLToPath } = (await import(NODE_URL)) as typeof import("node:url");
    return folderReader(fileURLToPath(dir));
  }
  return async (name, expect) => {
    const url = new URL(name.split("/").map(encodeURIComponent).join("/"), dir);
    let res: Response;
    try {
      res = await fetch(url);
    } catch (e) {
      throw new ArtifactError("unreadable", `fetching ${url.href} failed (${e instanceof Error ? e.message : String(e)})`, name);
    }
    if (res.status === 404) throw missing(name);
    if (!res.ok) throw new ArtifactError("unreadable", `fetching ${url.href} failed: HTTP ${res.status} ${res.statusText}`, name);
    const length = res.headers.get("content-length");
    // Compressed responses report the compressed length; only an identity length is comparable.
    if (length !== null && !res.headers.get("content-encoding")) sizeOk(name, Number(length), expect);
    return new Uint8Array(await res.arrayBuffer());
  };
}

// Computed specifiers: bundlers for the browser leave them alone, and only Node ever runs them.
const NODE_FS = "node:fs/promises";
const NODE_URL = "node:url";
const NODE_PATH = "node:path";

async function folderReader(dir: string): Promise<Reader> {
  if (typeof process === "undefined" || !process.versions?.node) {
    throw new ArtifactError("unreadable", `loadArtifact("${dir}"): a folder path works in Node only; in a browser pass a URL or the files`);
  }
  const fs = (await import(NODE_FS)) as typeof import("node:fs/promises");
  const path = (await import(NODE_PATH)) as typeof import("node:path");
  const { constants } = fs;
  return async (name, expect) => {
    const full = path.join(dir, ...name.split("/"));
    let handle: import("node:fs/promises").FileHandle;
    try {
      // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below as not a file.
      handle = await fs.open(full, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === "ENOENT") throw missing(name, dir);
      throw new ArtifactError("unreadable", `cannot read ${full}: ${code ?? String(e)}`, name);
    }
    try {
      const st = await handle.stat();
      if (!st.isFile()) throw new ArtifactError("unreadable", `${full} is not a regular file`, name);
      sizeOk(name, st.size, expect);
      const data = new Uint8Array(st.size);
      let at = 0;
      while (at < data.length) {
        const { bytesRead } = await handle.read(data, at, data.length - at, at);
        if (bytesRead === 0) break;
        at += bytesRead;
      }
      if (at !== data.length) throw new ArtifactError("size", `${full} shrank while it was read (${at} of ${data.length} bytes)`, name);
      return data;
    } finally {
      await handle.close();
    }
  };
}

/** The manifest's own cap, or the size the manifest declares for a file. */
function sizeOk(name: string, size: number, expect: ManifestFile | undefined): void {
  if (expect) checkSize(name, size, expect);
  else if (size > MAX_MANIFEST_BYTES) throw new ArtifactError("size", `${name} is ${size} bytes, over the ${MAX_MANIFEST_BYTES}-byte limit`, name);
}

function missing(name: string, dir?: string): ArtifactError {
  const where = dir === undefined ? "" : ` in ${dir}`;
  return name === MANIFEST_FILE
    ? new ArtifactError("missing-file", `${MANIFEST_FILE} is missing${where}: this is not a dlc artifact folder (build one with \`dlc build -o DIR\`)`, name)
    : new ArtifactError("missing-file", `the manifest names ${name}, which is missing${where}`, name);
}

/** SHA-256 hex, by WebCrypto where there is one (native and fast), else the built-in implementation. */
async function digest(data: Uint8Array): Promise<string> {
  const subtle = (globalThis as { crypto?: { subtle?: SubtleCrypto } }).crypto?.subtle;
  if (!subtle) return sha256Hex(data);
  const d = new Uint8Array(await subtle.digest("SHA-256", data as Uint8Array<ArrayBuffer>));
  let hex = "";
  for (const b of d) hex += b.toString(16).padStart(2, "0");
  return hex;
}
