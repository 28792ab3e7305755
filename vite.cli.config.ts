/**
 * The command line as a bundle (npm run build:cli, or scripts/letters.mjs when the bundle is older
 * than the source): plain JavaScript in dist-cli/, so `npm run letters` starts without compiling
 * TypeScript. Everything is bundled, node_modules included, so Node loads a few files instead of
 * hundreds. The worker threads' script (src/cli/render-worker.ts) is a second entry beside it.
 * Nothing is minified: a crash in the field should still point at readable code.
 */
import { defineConfig } from 'vite'

export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    reportCompressedSize: false,
    rolldownOptions: {
      input: { letters: 'src/cli/letters.ts', 'render-worker': 'src/cli/render-worker.ts' },
      output: { format: 'esm', entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs' },
    },
  },
  ssr: { target: 'node', noExternal: true },
})
