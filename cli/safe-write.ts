// Every file dlc writes goes to a temporary name beside its target and is renamed over it
// only once it is complete, so a full disk or a crash mid-write leaves the old file whole.
// A build folder is written the same way: a fresh sibling folder, then swapped in for the old
// one, so no stale file (an old weights.safetensors, an old wgsl/) survives a rebuild.
// Targets that are not regular files or folders (a FIFO, a device, anything under /proc, /sys
// or /dev) are refused up front: writing one can block forever or do something else entirely.
import { closeSync, fsyncSync, lstatSync, mkdirSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import path from "node:path";
import { fileKind } from "./node-host.ts";

/** Why a write was refused or failed; the CLI prints it as `error: cannot write ...`. */
export class WriteError extends Error {}

const SPECIAL_ROOTS = ["/proc", "/sys", "/dev"];

let counter = 0;
const tempName = (target: string): string => path.join(path.dirname(target), `.${path.basename(target)}.dlc-tmp-${process.pid}-${counter++}`);

/** Refuses targets under /proc, /sys, /dev and existing targets that are not of `kind`. */
function refuseSpecial(target: string, kind: "file" | "folder"): void {
  const real = realParent(target);
  for (const root of SPECIAL_ROOTS) {
    if (real === root || real.startsWith(root + "/")) throw new WriteError(`\`${target}\` is under ${root}, which holds no ordinary files`);
  }
  let info;
  try {
    info = statSync(target);
  } catch {
    return; // does not exist yet
  }
  if (kind === "file" && !info.isFile()) throw new WriteError(`\`${target}\` exists and is not a regular file (${fileKind(info)})`);
  if (kind === "folder" && !info.isDirectory()) throw new WriteError(`\`${target}\` exists and is not a folder (${fileKind(info)})`);
}

/** The real path of `target`, resolving its longest existing prefix. */
function realParent(target: string): string {
  const rest: string[] = [];
  for (let p = path.resolve(target); ; p = path.dirname(p)) {
    try {
      return path.join(realpathSync(p), ...rest.reverse());
    } catch {
      if (path.dirname(p) === p) return path.resolve(target);
      rest.push(path.basename(p));
    }
  }
}

function writeWhole(file: string, data: Uint8Array): void {
  const fd = openSync(file, "wx", 0o644);
  try {
    let off = 0;
    while (off < data.length) off += writeSync(fd, data, off, data.length - off);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Writes `data` to `target` atomically: a temporary file beside it, then a rename. */
export function writeFileAtomic(target: string, data: Uint8Array): void {
  refuseSpecial(target, "file");
  mkdirSync(path.dirname(target), { recursive: true });
  const tmp = tempName(target);
  try {
    writeWhole(tmp, data);
    renameSync(tmp, target);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/**
 * Replaces folder `target` with one holding exactly `files` (names may have one folder level,
 * `wgsl/k.wgsl`): written into a fresh sibling folder, which then takes the target's place.
 * The old folder is renamed aside first and removed last, so a failure at any point leaves
 * either the old folder or the new one, never a mix.
 */
export function replaceFolder(target: string, files: Record<string, Uint8Array>): void {
  refuseSpecial(target, "folder");
  mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const fresh = tempName(target);
  try {
    mkdirSync(fresh);
    for (const [name, data] of Object.entries(files)) {
      const file = path.join(fresh, name);
      if (!path.resolve(file).startsWith(path.resolve(fresh) + path.sep)) throw new WriteError(`artifact file name \`${name}\` leaves the folder`);
      mkdirSync(path.dirname(file), { recursive: true });
      writeWhole(file, data);
    }
  } catch (e) {
    rmSync(fresh, { recursive: true, force: true });
    throw e;
  }
  let old: string | undefined;
  if (exists(target)) {
    old = tempName(target);
    renameSync(target, old);
  }
  try {
    renameSync(fresh, target);
  } catch (e) {
    if (old !== undefined) renameSync(old, target);
    rmSync(fresh, { recursive: true, force: true });
    throw e;
  }
  if (old !== undefined) rmSync(old, { recursive: true, force: true });
}

function exists(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}
