// Vite build of the web page: everything bundled into one directory that
// `dyad serve` serves (no CDN, no web fonts). The output directory is
// $DYAD_WEB_OUT (CMake sets it to ${CMAKE_BINARY_DIR}/web), else web/dist.
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/',
  build: {
    outDir: process.env.DYAD_WEB_OUT || 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    chunkSizeWarningLimit: 400,
  },
});
