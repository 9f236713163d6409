// Lighthouse (from npm) over a list of pages, phone and desktop, in ONE Chromium.
//
// Called by tests/browser/test_lighthouse.py with a job on stdin:
//   {"chromePath": "/usr/bin/chromium", "chromeFlags": [...], "outDir": "test-artifacts/lighthouse",
//    "categories": ["accessibility", "best-practices"], "formFactors": ["phone", "desktop"],
//    "pages": [{"name": "home", "url": "http://127.0.0.1:8081/"}, ...]}
// For every page and form factor it writes <outDir>/<name>-<formFactor>.json: the category
// scores (0–100) and the audits that cost points; a run below 100 also gets its HTML report
// beside it. Judging the scores (and a page Lighthouse could not load) is the test's job.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";

const job = JSON.parse(readFileSync(0, "utf8"));
const ITEMS_SHOWN = 5;

// phone: Lighthouse's default (mobile form factor, screen and user agent emulated);
// desktop: its desktop preset.
const configs = {
  phone: { extends: "lighthouse:default" },
  desktop: desktopConfig,
};

function describeItem(item) {
  const parts = [
    item.node?.selector,
    item.node?.snippet,
    item.description,
    item.source?.url ?? item.url,
    item.sourceLocation?.url,
  ];
  return parts.filter((part) => typeof part === "string" && part).join(" ").slice(0, 300);
}

// The audits that cost points: weighted in one of the categories and not passed.
function failingAudits(lhr) {
  const failing = [];
  for (const id of job.categories) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
        const items = audit.details?.items ?? [];
        failing.push({
          category: id,
          id: audit.id,
          title: audit.title,
          score: audit.score,
          items: items.slice(0, ITEMS_SHOWN).map(describeItem),
          more: Math.max(0, items.length - ITEMS_SHOWN),
        });
      }
    }
  }
  return failing;
}

rmSync(job.outDir, { recursive: true, force: true });
mkdirSync(job.outDir, { recursive: true });

const chrome = await chromeLauncher.launch({
  chromePath: job.chromePath,
  chromeFlags: job.chromeFlags,
  logLevel: "silent",
});
try {
  for (const page of job.pages) {
    for (const formFactor of job.formFactors) {
      const started = Date.now();
      const result = await lighthouse(
        page.url,
        {
          port: chrome.port,
          logLevel: "error",
          output: ["json", "html"],
          onlyCategories: job.categories,
          disableFullPageScreenshot: true,
          // Nothing is timed here: half of Lighthouse's quiet windows (1 s each) is plenty for
          // server-rendered pages with a deferred script, and saves a second per run.
          pauseAfterFcpMs: 500,
          pauseAfterLoadMs: 500,
          networkQuietThresholdMs: 500,
          cpuQuietThresholdMs: 500,
          locale: "de",
        },
        configs[formFactor],
      );
      const { lhr } = result;
      const name = `${page.name}-${formFactor}`;
      const summary = {
        page: page.name,
        formFactor,
        url: page.url,
        finalUrl: lhr.finalDisplayedUrl,
        lighthouseVersion: lhr.lighthouseVersion,
        runtimeError: lhr.runtimeError?.message ?? null,
        runWarnings: lhr.runWarnings,
        scores: Object.fromEntries(
          job.categories.map((id) => {
            const score = lhr.categories[id]?.score;
            return [id, score === null || score === undefined ? null : Math.round(score * 100)];
          }),
        ),
        failing: failingAudits(lhr),
        seconds: (Date.now() - started) / 1000,
      };
      writeFileSync(join(job.outDir, `${name}.json`), `${JSON.stringify(summary, null, 2)}\n`);
      if (Object.values(summary.scores).some((score) => score !== 100)) {
        writeFileSync(join(job.outDir, `${name}.html`), result.report[1]);
      }
      console.log(`${name}: ${JSON.stringify(summary.scores)} (${summary.seconds.toFixed(1)} s)`);
    }
  }
} finally {
  await chrome.kill();
}
