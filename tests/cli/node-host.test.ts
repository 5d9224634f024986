import { mkdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createNodeHost } from "../../cli/node-host.ts";
import { HostError } from "../../compiler/modules/types.ts";
import { tempDir } from "./cli-support.ts";

describe("createNodeHost", () => {
  const dir = tempDir({ "main.dl": "x = 1\n", "lib/a.dl": "y = 2\n", "std/nn.dl": "not the stdlib\n" });
  mkdirSync(path.join(dir, "folder.dl"));
  const host = createNodeHost({ cwd: dir });

  it("reads files relative to its cwd", async () => {
    expect(new TextDecoder().decode(await host.readFile("main.dl"))).toBe("x = 1\n");
  });

  it("resolves relative imports to normalised cwd-relative paths", () => {
    expect(host.resolveRelative("main.dl", "./lib/a.dl")).toBe("lib/a.dl");
    expect(host.resolveRelative("lib/a.dl", "../main.dl")).toBe("main.dl");
    expect(host.resolveRelative("lib/a.dl", "/abs/x.dl")).toBe("/abs/x.dl");
    expect(host.entryPath("./lib//a.dl")).toBe("lib/a.dl");
  });

  it("names std modules std/X.dl and reads them from the package, not from ./std", async () => {
    const p = host.stdlibPath(["std", "nn"]);
    expect(p).toBe("std/nn.dl");
    const text = new TextDecoder().decode(await host.readFile(p!));
    expect(text).not.toBe("not the stdlib\n");
    expect(text).toContain("layer Linear");
    expect(host.stdlibPath(["std", "nope"])).toBeUndefined();
    expect(host.stdlibPath(["std", ".."])).toBeUndefined();
    expect(host.listStdlib()).toContain("std.nn");
  });

  it("reports missing files as not-found and directories as unreadable", async () => {
    await expect(host.readFile("missing.dl")).rejects.toMatchObject({ reason: "not-found" });
    await expect(host.readFile("folder.dl")).rejects.toBeInstanceOf(HostError);
    await expect(host.readFile("folder.dl")).rejects.toMatchObject({ reason: "unreadable", message: "it is a directory" });
    await expect(host.readFile("main.dl/x")).rejects.toMatchObject({ reason: "not-found" });
  });
});
