/// <reference types="@webgpu/types" />
// The browser side of the browser test: bundled by esbuild and served to headless Chromium.
// It fetches an artifact and a safetensors file over HTTP the way a web page would, runs the
// model through the public runtime API on the backend asked for, and hands the outputs back
// as plain arrays (page.evaluate can only return JSON-like values).
import { MANIFEST_FILE, parseArtifact } from "../../runtime/artifact.ts";
import { load, type BackendName } from "../../runtime/session.ts";

interface PageRun {
  adapter?: { vendor: string; architecture: string; description: string; software?: boolean } | undefined;
  outputs: Record<string, { shape: number[]; data: number[] }>;
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`GET ${url}: ${r.status}`);
  return new Uint8Array(await r.arrayBuffer());
}

async function runModel(backend: BackendName, inputs: Record<string, { shape: number[]; data: number[] }>): Promise<PageRun> {
  // The server lists the artifact's files; everything else comes from fetch(), as in an app.
  const names = (await (await fetch("/artifact/index.json")).json()) as string[];
  const files: Record<string, Uint8Array> = {};
  for (const name of [MANIFEST_FILE, ...names]) files[name] = await fetchBytes(`/artifact/${name}`);
  const artifact = parseArtifact(files);
  const session = await load(artifact, { backend });
  try {
    session.setWeights(await fetchBytes("/weights.safetensors"));
    const feed: Record<string, { data: Float32Array; shape: number[] }> = {};
    for (const [name, t] of Object.entries(inputs)) feed[name] = { data: Float32Array.from(t.data), shape: t.shape };
    const got = await session.runAsync(feed);
    const outputs: PageRun["outputs"] = {};
    for (const [name, t] of Object.entries(got)) outputs[name] = { shape: t.shape, data: Array.from(t.data as ArrayLike<number>) };
    return { adapter: session.adapter ? { ...session.adapter } : undefined, outputs };
  } finally {
    session.dispose();
  }
}

(globalThis as unknown as { dlcRun: typeof runModel }).dlcRun = runModel;
(globalThis as unknown as { dlcHasGpu: () => boolean }).dlcHasGpu = () => typeof navigator !== "undefined" && "gpu" in navigator;
