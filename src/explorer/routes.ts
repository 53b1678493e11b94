import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'graphql-yoga';
import { PROJECT_ROOT } from '../config';

const ASSETS_DIR = path.join(PROJECT_ROOT, 'src', 'explorer');

interface Asset {
  body: string;
  contentType: string;
}

/** Cytoscape inserts this one `<style>` element into the page; the CSP allows exactly it by hash. */
const CYTOSCAPE_CONTAINER_STYLE = '.__________cytoscape_container { position: relative; }';
const cytoscapeStyleHash = createHash('sha256').update(CYTOSCAPE_CONTAINER_STYLE).digest('base64');

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `style-src 'self' 'sha256-${cytoscapeStyleHash}'`,
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

function readAssets(): Map<string, Asset> {
  // From the source folder, not __dirname: compiled to dist/, this module has no assets beside it.
  const own = (file: string) => fs.readFileSync(path.join(ASSETS_DIR, file), 'utf8');
  const page: Asset = { body: own('page.html'), contentType: 'text/html; charset=utf-8' };
  return new Map([
    ['/explorer', page],
    ['/explorer/', page],
    [
      '/explorer/explorer.js',
      { body: own('explorer.js'), contentType: 'text/javascript; charset=utf-8' },
    ],
    [
      '/explorer/explorer.css',
      { body: own('explorer.css'), contentType: 'text/css; charset=utf-8' },
    ],
    [
      '/explorer/vendor/cytoscape.min.js',
      {
        body: fs.readFileSync(require.resolve('cytoscape/dist/cytoscape.min.js'), 'utf8'),
        contentType: 'text/javascript; charset=utf-8',
      },
    ],
  ]);
}

/**
 * Serves the provenance explorer (a static page that talks to POST /graphql like any client)
 * and its vendored cytoscape build. The files are read once, when the server is created.
 */
export function useExplorer(): Plugin {
  const assets = readAssets();
  return {
    onRequest({ url, request, fetchAPI, endResponse }) {
      if (url.pathname !== '/explorer' && !url.pathname.startsWith('/explorer/')) return;
      const asset = assets.get(url.pathname);
      if (!asset) {
        endResponse(
          new fetchAPI.Response('Not found', {
            status: 404,
            headers: { 'content-type': 'text/plain; charset=utf-8' },
          }),
        );
        return;
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(
          new fetchAPI.Response('Method not allowed', {
            status: 405,
            headers: { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' },
          }),
        );
        return;
      }
      const headers = {
        'content-type': asset.contentType,
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
        'content-security-policy': CONTENT_SECURITY_POLICY,
      };
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : asset.body, {
          status: 200,
          headers,
        }),
      );
    },
  };
}
