// Finds the DL code blocks of the spec's markdown and checks them with the real compiler.
// Convention (spec/README.md): a ```dl block must check with no errors; a ```dl-error CODE
// block must produce CODE. Inside a block, a line `// file: path` starts another file of a
// multi-file example; the text before the first such line is main.dl.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { checkFiles, createMemoryHost, renderText, type Diagnostic, type SourceFile } from "../../compiler/index.ts";

export const REPO_ROOT = join(import.meta.dirname, "..", "..");

export interface DlBlock {
  /** Markdown file, relative to the repository root. */
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** `undefined` for a ```dl block, the expected code for ```dl-error. */
  expectedCode?: string;
  body: string;
}

const FENCE = /^(\s*)(`{3,})\s*([^`\s]*)\s*(.*)$/;

/** Every ```dl and ```dl-error block of a markdown text, in order. */
export function extractDlBlocks(markdown: string, file: string): DlBlock[] {
  const lines = markdown.split("\n");
  const blocks: DlBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]);
    if (!open) continue;
    const [, , ticks, lang, rest] = open;
    // Find the closing fence: at least as many backticks and nothing else on the line.
    let end = i + 1;
    while (end < lines.length && !new RegExp(`^\\s*${ticks}\`*\\s*$`).test(lines[end])) end++;
    const body = lines.slice(i + 1, end).join("\n") + "\n";
    if (lang === "dl") blocks.push({ file, line: i + 1, body });
    else if (lang === "dl-error") blocks.push({ file, line: i + 1, expectedCode: rest.trim().split(/\s+/)[0] ?? "", body });
    i = end;
  }
  return blocks;
}

/** Splits a block into files at `// file: path` lines. */
export function splitFiles(body: string): Record<string, string> {
  const files: Record<string, string> = {};
  let current = "main.dl";
  let text: string[] = [];
  for (const line of body.split("\n")) {
    const m = /^\/\/ file: (\S+)\s*$/.exec(line);
    if (m) {
      files[current] = text.join("\n");
      current = m[1];
      text = [];
    } else text.push(line);
  }
  files[current] = text.join("\n");
  return files;
}

/** Every file under dir (recursively) whose name ends with ext, as paths relative to dir. */
export function listFiles(dir: string, ext: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith(ext)) out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out;
}

/** The real standard library, as the memory host wants it ("nn.dl" → contents). */
export function stdlibFiles(): Record<string, string> {
  const dir = join(REPO_ROOT, "stdlib");
  const out: Record<string, string> = {};
  for (const f of listFiles(dir, ".dl")) out[f] = readFileSync(join(dir, f), "utf8");
  return out;
}

export interface Checked {
  diagnostics: Diagnostic[];
  rendered: string;
  models: Awaited<ReturnType<typeof checkFiles>>["models"];
}

/** Checks `entries` among `files` (host paths) with the real stdlib. */
export async function checkInMemory(files: Record<string, string>, entries: string[]): Promise<Checked> {
  const host = createMemoryHost({ files, stdlib: stdlibFiles() });
  const r = await checkFiles(entries, host);
  return { diagnostics: r.diagnostics, rendered: renderText(r.diagnostics, r.sources as Map<string, SourceFile>), models: r.models };
}

/** Checks a spec block as main.dl (plus the other files it declares). */
export function checkBlock(block: DlBlock): Promise<Checked> {
  return checkInMemory(splitFiles(block.body), ["main.dl"]);
}

/** Why a block breaks the convention, or undefined when it keeps it. */
export function blockProblem(block: DlBlock, checked: Checked): string | undefined {
  const where = `${block.file}:${block.line}`;
  const codes = checked.diagnostics.map((d) => d.code as string);
  if (block.expectedCode === undefined) {
    if (checked.diagnostics.some((d) => d.severity === "error")) {
      return `${where}: a \`\`\`dl block must check without errors, got:\n${checked.rendered}`;
    }
    return undefined;
  }
  if (!codes.includes(block.expectedCode)) {
    const got = codes.length === 0 ? "no diagnostics" : `[${codes.join(", ")}]:\n${checked.rendered}`;
    return `${where}: a \`\`\`dl-error ${block.expectedCode} block must produce ${block.expectedCode}, got ${got}`;
  }
  return undefined;
}
