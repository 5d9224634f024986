// The inference benchmark's workloads (shared/workloads.md): which example model, the
// shape of one sample, and the batches the issue asks for.
export interface Workload {
  name: "mlp" | "lenet" | "transformer" | "mixer";
  file: string;
  model: string;
  /** Input shape without the batch axis. */
  sample: number[];
}

export const WORKLOADS: Record<Workload["name"], Workload> = {
  mlp: { name: "mlp", file: "mlp.dl", model: "Mlp", sample: [784] },
  lenet: { name: "lenet", file: "lenet.dl", model: "LeNet", sample: [1, 28, 28] },
  transformer: { name: "transformer", file: "transformer.dl", model: "Transformer", sample: [128, 256] },
  mixer: { name: "mixer", file: "mixer.dl", model: "Mixer", sample: [64, 128] },
};

/** The measured cases, in table order. */
export const CASES: { workload: Workload["name"]; batch: number }[] = [
  { workload: "mlp", batch: 1 },
  { workload: "mlp", batch: 64 },
  { workload: "lenet", batch: 64 },
  { workload: "transformer", batch: 8 },
  { workload: "mixer", batch: 16 },
];
