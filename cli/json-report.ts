// `--json`, the same on every command: stdout is one JSON object and nothing else,
//
//   { "command": "build", "ok": true, "diagnostics": [...], ...what the command found }
//
// `ok` is true exactly when the exit status is 0; `diagnostics` are the compiler's, as
// `dlc check --format json` prints them (warnings included: they are not printed to stderr
// as well); a failure that is not a diagnostic (a runtime error, a usage error found by the
// command, a file that cannot be written) is `"error": { "code"?, "message" }`. Nothing is
// printed to stderr, no progress either. Only errors in the command line itself, found before
// the command starts (an unknown option), are printed as text to stderr, and then stdout
// gets `{ "command", "ok": false, "diagnostics": [], "error": { "message" } }` too.
import type { Diagnostic } from "../compiler/diagnostics/diagnostic.ts";
import { toJsonDiagnostics, type JsonDiagnostic } from "../compiler/diagnostics/render-json.ts";
import type { SourceFile } from "../compiler/source.ts";
import { DlcError } from "../runtime/errors.ts";
import { CliExit } from "./artifact-io.ts";
import type { CliIo } from "./program.ts";

const EXIT_ERRORS = 1;

/** The diagnostics a command met, kept for its JSON report instead of printed. */
export class JsonReport {
  readonly diagnostics: JsonDiagnostic[] = [];

  add(diags: readonly Diagnostic[], sources: ReadonlyMap<string, SourceFile>): void {
    for (const d of toJsonDiagnostics(diags, sources)) this.diagnostics.push(d);
  }
}

export interface JsonError {
  code?: string;
  message: string;
}

/** The one object `--json` prints: envelope first, then the command's own fields. */
export function jsonDocument(command: string, ok: boolean, report: JsonReport, fields: Record<string, unknown> = {}, error?: JsonError): string {
  const doc = { command, ok, diagnostics: report.diagnostics, ...(error ? { error } : {}), ...fields };
  // JSON has no NaN or infinities: they are written as the strings "NaN", "Infinity", "-Infinity".
  return JSON.stringify(doc, (_k, v: unknown) => (typeof v === "number" && !Number.isFinite(v) ? String(v) : v), 2) + "\n";
}

/**
 * Runs a command body in JSON mode: its fields (or its failure) become the one JSON object on
 * stdout. The body returns the exit status and the fields to print.
 */
export async function guardJson(io: CliIo, command: string, report: JsonReport, body: () => Promise<{ code: number; fields: Record<string, unknown> }>): Promise<number> {
  try {
    const { code, fields } = await body();
    io.stdout(jsonDocument(command, code === 0, report, fields));
    return code;
  } catch (e) {
    if (e instanceof CliExit) {
      if (e.diagnostics) report.add(e.diagnostics.list, e.diagnostics.sources);
      // A failure told by its diagnostics needs no other message.
      const error = e.diagnostics ? undefined : { message: plainMessage(e.message) };
      io.stdout(jsonDocument(command, false, report, {}, error));
      return e.code;
    }
    if (e instanceof DlcError) {
      io.stdout(jsonDocument(command, false, report, {}, { code: e.code, message: e.message }));
      return EXIT_ERRORS;
    }
    throw e;
  }
}

/** "error: cannot read ...\n" → "cannot read ...". */
function plainMessage(text: string): string {
  return text.replace(/^error: /, "").replace(/\n+$/, "");
}
