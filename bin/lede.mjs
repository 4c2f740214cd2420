#!/usr/bin/env node
// Runs the TypeScript command line straight from src/ (no build step): tsx's loader compiles it on import.
import { register } from 'tsx/esm/api';

register();
const { main } = await import(new URL('../src/cli/lede.ts', import.meta.url).href);
process.exitCode = await main(process.argv.slice(2));
