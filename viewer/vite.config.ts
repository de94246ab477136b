/**
 * Vite config of the viewer app (built by `npm run build` into viewer/dist, served by `kgraph serve`).
 * `base: "./"` keeps asset URLs relative so the page also works from a sub-path or a copied folder.
 */
import { defineConfig } from "vite";

export default defineConfig({
  root: import.meta.dirname,
  base: "./",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // sigma + graphology are ~250 kB minified; one chunk is fine for a local tool, so don't warn about it.
    chunkSizeWarningLimit: 1200,
  },
});
