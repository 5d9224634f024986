// Packing the repository and installing the tarball into an empty project, offline.
//
// `npm install <tarball>` in an empty project must resolve the package's dependency ranges,
// which needs registry metadata (packuments); `npm ci` caches only the tarballs. So the
// project gets the lockfile npm would have written, with the dependency entries taken from
// this repository's package-lock.json, and npm installs the tarball from it. A dead registry
// address proves nothing is looked up: every tarball comes from npm's cache by its integrity.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  dev?: boolean;
  devOptional?: boolean;
  optional?: boolean;
  peer?: boolean;
  [key: string]: unknown;
}

/** npm run from `cwd`, offline, with a registry that answers nothing. */
export function npm(args: string[], cwd: string): string {
  const env = { ...process.env, npm_config_registry: "http://127.0.0.1:9/", npm_config_offline: "true", npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false" };
  return execFileSync("npm", args, { cwd, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 180_000 });
}

/** `npm pack` of `root` (its prepack script builds dist/); the tarball's path. */
export function pack(root: string): string {
  const dest = mkdtempSync(path.join(os.tmpdir(), "dlc-pack-"));
  const out = JSON.parse(npm(["pack", "--json", "--pack-destination", dest], root)) as { filename: string }[];
  return path.join(dest, out[0]!.filename);
}

/**
 * The lockfile for a project whose one dependency is the tarball: the package's entry plus the
 * entries (same paths) of every package its dependencies pull in, from `repoLock`.
 */
export function lockFor(projectName: string, tarballSpec: string, tarball: string, pkg: Record<string, unknown>, repoLock: { packages: Record<string, LockEntry> }): object {
  const all = repoLock.packages;
  const packages: Record<string, LockEntry> = {
    "": { name: projectName, dependencies: { [pkg.name as string]: tarballSpec } },
  };
  const own: LockEntry = {
    version: pkg.version as string,
    resolved: tarballSpec,
    integrity: "sha512-" + createHash("sha512").update(readFileSync(tarball)).digest("base64"),
  };
  for (const key of ["license", "dependencies", "bin", "engines", "peerDependencies", "peerDependenciesMeta"]) if (pkg[key] !== undefined) own[key] = pkg[key];
  packages[`node_modules/${pkg.name as string}`] = own;
  // Node's resolution: a dependency of the package at `from` is the nearest node_modules/NAME up the tree.
  const find = (from: string, name: string): string | undefined => {
    for (let dir = from; ; dir = dir.slice(0, Math.max(0, dir.lastIndexOf("/node_modules/")))) {
      const key = dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`;
      if (all[key]) return key;
      if (!dir) return undefined;
    }
  };
  const queue: [string, Record<string, string>][] = [["", (pkg.dependencies ?? {}) as Record<string, string>]];
  while (queue.length > 0) {
    const [from, deps] = queue.shift()!;
    for (const name of Object.keys(deps)) {
      const key = find(from, name);
      if (key === undefined) throw new Error(`package-lock.json has no ${name} (needed by ${from || "the package"})`);
      if (packages[key]) continue;
      const { dev: _dev, devOptional: _devOptional, peer: _peer, ...entry } = all[key]!;
      // This repository's lockfile leaves out `resolved`; without it npm would ask the
      // registry where the tarball is. The registry's tarball address is fixed by name and version.
      const pkgName = key.slice(key.lastIndexOf("node_modules/") + "node_modules/".length);
      entry.resolved ??= `https://registry.npmjs.org/${pkgName}/-/${pkgName.split("/").pop()}-${entry.version}.tgz`;
      packages[key] = entry;
      queue.push([key, { ...entry.dependencies, ...entry.optionalDependencies }]);
    }
  }
  // Lift a nested package to the top when its name is free there, as npm's own hoisting would
  // (this repository nests some only because its dev dependencies hold the top-level name).
  for (const key of Object.keys(packages).filter((k) => k.includes("/node_modules/"))) {
    const top = `node_modules/${key.slice(key.lastIndexOf("node_modules/") + "node_modules/".length)}`;
    if (key !== top && packages[top] === undefined && !Object.keys(packages).some((k) => k.startsWith(key + "/"))) {
      packages[top] = packages[key]!;
      delete packages[key];
    }
  }
  return { name: projectName, lockfileVersion: 3, requires: true, packages };
}

/** An empty project with the tarball installed (npm only); its folder. */
export function installInto(tarball: string, repoLockPath: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "dlc-install-"));
  const name = "dlc-install-test";
  const local = path.join(dir, path.basename(tarball));
  writeFileSync(local, readFileSync(tarball));
  const spec = `file:${path.basename(tarball)}`;
  const pkg = JSON.parse(execFileSync("tar", ["-xzOf", local, "package/package.json"], { encoding: "utf8" })) as Record<string, unknown>;
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name, private: true, type: "module" }, null, 2));
  writeFileSync(path.join(dir, "package-lock.json"), JSON.stringify(lockFor(name, spec, local, pkg, JSON.parse(readFileSync(repoLockPath, "utf8"))), null, 2));
  npm(["install", `./${path.basename(tarball)}`], dir);
  return dir;
}
