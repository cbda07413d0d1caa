import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Route } from '@playwright/test';

export const PLATFORM_ORIGIN = 'https://beian.mps.gov.cn';
export const REPLICA_DIST = path.resolve('tests/replica/dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/** Serves the replica build for every path of the platform host, with an SPA fallback to index.html. */
export async function routeReplica(context: BrowserContext, dist = REPLICA_DIST): Promise<void> {
  await context.route(`${PLATFORM_ORIGIN}/**`, (route) => serveFrom(route, dist));
}

function serveFrom(route: Route, dist: string) {
  const { contentType, body } = replicaFile(route.request().url(), dist);
  return route.fulfill({ status: 200, headers: { 'content-type': contentType }, body });
}

/** The replica build's file for a platform URL (index.html for an app route): Playwright's and the Firefox tests'. */
export function replicaFile(href: string, dist = REPLICA_DIST): { contentType: string; body: Buffer } {
  const url = new URL(href);
  const rel = decodeURIComponent(url.pathname).replace(/^\/+/, '');
  let file = path.join(dist, rel);
  if (!file.startsWith(dist) || !existsSync(file) || !path.extname(file)) file = path.join(dist, 'index.html');
  return { contentType: TYPES[path.extname(file)] ?? 'application/octet-stream', body: readFileSync(file) };
}

/** Serves one fixed HTML document for every path under an origin (for pages that are not the replica). */
export async function routeHtml(context: BrowserContext, origin: string, html: string): Promise<void> {
  await context.route(`${origin}/**`, (route) =>
    route.fulfill({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: html }),
  );
}
