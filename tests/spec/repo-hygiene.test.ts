// The tree holds no scratch files (`.t4.ts` and the like, left from trying things out) and no
// source comment names a path on the machine it was written on (a folder under `/work`, `/root` or `/home`):
// what a comment refers to must be in the repository or named so that any reader can find it
// (the project notes are `shared/...`).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../cli/cli-support.ts";

const listed = spawnSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" });
const files = listed.status === 0 ? listed.stdout.split("\0").filter(Boolean) : [];

describe.skipIf(files.length === 0)("repository hygiene", () => {
  it("tracks no scratch files", () => {
    expect(files.filter((f) => /(^|\/)\.t\d+\.[a-z]+$|\.t\d+\.ts$|(^|\/)scratch[^/]*$/.test(f))).toEqual([]);
  });

  it("names no host path in a source comment", () => {
    const bad: string[] = [];
    for (const f of files) {
      if (!/\.(ts|mts|js|mjs|cjs|dl)$/.test(f)) continue;
      const lines = readFileSync(path.join(ROOT, f), "utf8").split("\n");
      lines.forEach((line, i) => {
        const comment = /(\/\/|\/\*|^\s*\*)(.*)$/.exec(line)?.[2];
        if (comment && /(^|[\s(`'"])\/(work|root|home)\//.test(comment)) bad.push(`${f}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(bad).toEqual([]);
  });
});
