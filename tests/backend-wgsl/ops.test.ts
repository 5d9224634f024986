import { defineOpCases } from "../backend-shared/op-cases.ts";
import { checkOp } from "./harness.ts";

defineOpCases(checkOp);
