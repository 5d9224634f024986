// The `dlc` package entry: the compiler's API (check, build, render diagnostics) without any
// node: import, so a browser bundle can use it with createMemoryHost. Node users add a file
// host from `dlc/node`; the runtime is `dlc/runtime`, which does not load the compiler.
export * from "../compiler/index.ts";
export { buildArtifact, checkForBuild, pickModel, type BuildOptions, type BuildResult, type BuildTarget, type CheckedProgram } from "../compiler/build.ts";
