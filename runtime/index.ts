// The runtime's public surface (no node: imports, so it runs in browsers too).
export {
  load, type BackendName, type LoadOptions, type NestedArray, type OutputTensor, type Session, type SetWeightsOptions, type TensorInput, type TensorLike, type TensorMap,
} from "./session.ts";
export {
  ARTIFACT_FORMAT, ARTIFACT_VERSION, MANIFEST_FILE, ArtifactError, artifactGraph, encodeGraph, parseArtifact, serializeArtifact,
  type Artifact, type ArtifactParam, type ArtifactReason, type ArtifactTensor, type BatchRange, type Manifest, type ManifestFile,
} from "./artifact.ts";
export { loadArtifact, type ArtifactSource, type FileLike } from "./artifact-load.ts";
export { BatchError, DisposedError, DlcError, InputError, RunError, SafetensorsError, WeightError, formatSig, type TensorSig } from "./errors.ts";
export { DeviceLostError, GpuLimitsError, GpuTimeoutError, GpuValidationError, NoAdapterError, ShaderCompileError } from "./webgpu-errors.ts";
export { readSafetensors, writeSafetensors, toTypedTensor, type SafetensorsFile, type SafetensorsEntry, type WritableTensor } from "./safetensors.ts";
export { initializeParam } from "./init.ts";
export type { Backend } from "./backends/backend.ts";
