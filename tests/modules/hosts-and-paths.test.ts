import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { closestMatch, editDistance } from "../../compiler/modules/did-you-mean.ts";
import { createMemoryHost } from "../../compiler/modules/memory-host.ts";
import { dirname, joinPath, normalizePath } from "../../compiler/modules/paths.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

describe("paths", () => {
  it("normalises . and .. and repeated slashes", () => {
    expect(normalizePath("./a//b/./c.dl")).toBe("a/b/c.dl");
    expect(normalizePath("a/../../b.dl")).toBe("../b.dl");
    expect(normalizePath("/x/../../y.dl")).toBe("/y.dl");
    expect(normalizePath("a/..")).toBe(".");
  });
  it("joins relative to a directory", () => {
    expect(joinPath(dirname("lib/a.dl"), "./b.dl")).toBe("lib/b.dl");
    expect(joinPath(dirname("a.dl"), "../up.dl")).toBe("../up.dl");
    expect(joinPath("lib", "/abs.dl")).toBe("/abs.dl");
  });
});

describe("did-you-mean", () => {
  it("measures edits", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
  });
  it("suggests only close names", () => {
    expect(closestMatch("std.nnn", ["std.nn", "std.vision"])).toBe("std.nn");
    expect(closestMatch("std.zzzzzz", ["std.nn"])).toBeUndefined();
  });
});

describe("createMemoryHost", () => {
  const host = createMemoryHost({ files: { "a.dl": "x", "lib/b.dl": new Uint8Array([0x79]) }, stdlib: { "nn.dl": "", "vision/conv.dl": "" } });
  it("serves strings as UTF-8 and bytes as given", async () => {
    expect(Array.from(await host.readFile("a.dl"))).toEqual([0x78]);
    expect(Array.from(await host.readFile("./lib/b.dl"))).toEqual([0x79]);
  });
  it("maps std modules, including nested ones, under std/", () => {
    expect(host.stdlibPath(["std", "nn"])).toBe("std/nn.dl");
    expect(host.stdlibPath(["std", "vision", "conv"])).toBe("std/vision/conv.dl");
    expect(host.stdlibPath(["std", "gone"])).toBeUndefined();
    expect(host.stdlibPath(["nn"])).toBeUndefined();
    expect(host.listStdlib()).toEqual(["std.nn", "std.vision.conv"]);
  });
  it("tells missing files from directories", async () => {
    await expect(host.readFile("zzz.dl")).rejects.toMatchObject({ reason: "not-found" });
    await expect(host.readFile("lib")).rejects.toMatchObject({ reason: "unreadable" });
  });
});

describe("the compiler core", () => {
  it("imports no node: modules (it must run in a browser)", () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (name.endsWith(".ts")) {
          const text = readFileSync(full, "utf8");
          if (/from\s+["']node:|import\(\s*["']node:|require\(/.test(text)) offenders.push(path.relative(ROOT, full));
        }
      }
    };
    walk(path.join(ROOT, "compiler"));
    expect(offenders).toEqual([]);
  });
});
