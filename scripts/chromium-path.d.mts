// Types for chromium-path.mjs, so the TypeScript e2e fixtures can import it.
export function findChromium(env?: NodeJS.ProcessEnv): string | null;
export function missingChromiumMessage(env?: NodeJS.ProcessEnv): string;
export function extensionArgs(extensionDir: string): string[];
