// Bundles the website's scripts and styles into site/static/dist/ with esbuild.
// Everything is served from our own static files: no CDN, no third-party host.
//
//   npm run build          one build (minified)
//   npm run build -- --watch   rebuild on change while developing
import { cpSync, existsSync, mkdirSync, rmSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const outdir = resolve(root, "site", "static", "dist");
const watch = process.argv.includes("--watch");

// Output name (without extension) -> source; sources another helper has not written yet are skipped.
const candidates = {
  site: "site/assets/site.js",
  map: "places/assets/map.js",
};
const entryPoints = Object.fromEntries(
  Object.entries(candidates)
    .map(([name, source]) => [name, resolve(root, source)])
    .filter(([, source]) => existsSync(source)),
);

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

// Leaflet as it ships, for the page editor's map widget (places/panels.py): copied into the
// static folder so that the package and the image carry it without node_modules.
cpSync(resolve(root, "node_modules", "leaflet", "dist"), resolve(root, "site", "static", "vendor", "leaflet"), {
  recursive: true,
});

const options = {
  entryPoints,
  outdir,
  bundle: true,
  minify: !watch,
  sourcemap: watch ? "inline" : false,
  format: "iife",
  target: ["es2019"],
  // CSS imported by a script ends up beside it (map.js -> map.css); Leaflet's
  // marker and layer images become files in dist/ with hashed names.
  loader: { ".png": "file", ".svg": "file", ".gif": "file", ".jpg": "file" },
  assetNames: "[name]-[hash]",
  logLevel: "info",
};

if (watch) {
  const context = await esbuild.context(options);
  await context.watch();
} else {
  await esbuild.build(options);
}
