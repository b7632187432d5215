import { spawn } from "child_process";

export function runTool(tool: string): void {
  spawn(tool, ["--version"], { shell: true });
}
