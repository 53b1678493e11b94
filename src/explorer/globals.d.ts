/** What the page adds to window: cytoscape.js (vendor/cytoscape.min.js, a classic script) and the explorer's own handle. */
interface Window {
  cytoscape: typeof import('cytoscape');
  claimgraphExplorer: unknown;
}
