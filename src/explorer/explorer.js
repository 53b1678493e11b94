// @ts-check
// The claimgraph explorer: a client of the public GraphQL API (POST /graphql) and nothing else.
// Every piece of data reaches the DOM as text (textContent, text nodes, attributes), never as HTML.

const GRAPHQL_ENDPOINT = '/graphql';

// Page sizes are literals on purpose: the service's cost limit (MAX_QUERY_COST) multiplies a
// connection's cost by its `first`, and these operations are sized to stay well inside it.
const FIND = /* GraphQL */ `
  query ExplorerFind($q: String!) {
    search(query: $q, first: 15) {
      edges {
        node {
          kind
          claim {
            id
            text
          }
          occurrence {
            quote {
              exact
            }
            speaker {
              name
            }
            claim {
              id
              text
            }
          }
          entity {
            id
            name
            kind
          }
          event {
            name
            claims {
              id
              text
            }
          }
        }
      }
    }
    entities(name: $q, first: 10) {
      edges {
        node {
          id
          name
          kind
        }
      }
    }
  }
`;

const CLAIM = /* GraphQL */ `
  query ExplorerClaim($id: ID!) {
    claim(id: $id) {
      id
      text
      appliesTo {
        text
      }
      sourcing {
        occurrences
        sources
        independentSources
        namedSources
        anonymousSources
        deepestChain
        anonymousOnly
        corroborated
        singleOrigin
        origins {
          kind
          entity {
            id
            name
          }
        }
      }
      disputedBy {
        ...ExplorerRelation
      }
      disputes {
        ...ExplorerRelation
      }
      supportedBy {
        ...ExplorerRelation
      }
      supports {
        ...ExplorerRelation
      }
    }
  }

  fragment ExplorerRelation on ClaimRelation {
    id
    kind
    note
    claim {
      id
      text
    }
    evidence {
      id
      verb
      claim {
        id
      }
      speaker {
        id
        name
        kind
      }
    }
  }
`;

const CLAIM_HOPS = /* GraphQL */ `
  query ExplorerClaimHops($id: ID!) {
    claim(id: $id) {
      occurrences(first: 15) {
        totalCount
        edges {
          node {
            id
            verb
            speaker {
              id
              name
              kind
            }
            reportedBy {
              id
              name
              kind
            }
            said {
              text
            }
            published {
              text
            }
            quotedFrom {
              id
            }
            stance
            quote {
              exact
              start
              end
              contentHash
            }
            source {
              id
              title
            }
          }
        }
      }
    }
  }
`;

const SOURCE = /* GraphQL */ `
  query ExplorerSource($id: ID!) {
    source(id: $id) {
      id
      title
      contentHash
      text
      publisher {
        name
      }
    }
  }
`;

const ENTITY = /* GraphQL */ `
  query ExplorerEntityView($id: ID!) {
    entity(id: $id) {
      id
      name
      kind
      aliases
      description
      anonymous {
        descriptor
      }
      roles {
        title
        asWritten
      }
      claimsAsSpeaker(first: 20) {
        totalCount
        edges {
          node {
            id
            text
          }
        }
      }
      neighbourhood(first: 20) {
        totalCount
        edges {
          node {
            entity {
              id
              name
              kind
            }
            claimCount
            eventCount
            claims {
              id
              text
            }
            events {
              id
              name
            }
          }
        }
      }
    }
  }
`;

const KIND_WORDS = {
  PERSON: 'person',
  ORGANIZATION: 'organization',
  OUTLET: 'outlet',
  ANONYMOUS_SOURCE: 'anonymous source',
  PLACE: 'place',
  PRODUCT: 'product',
  THING: 'thing',
};

const $ = (id) => document.getElementById(id);
const ui = {
  form: $('search-form'),
  input: /** @type {HTMLInputElement} */ ($('search-input')),
  status: $('status'),
  alert: $('alert'),
  results: $('results'),
  detail: $('detail'),
};

let cy = null;
let searchTicket = 0;
let viewTicket = 0;
const sourceCache = new Map();

// For people reading the page with developer tools, and for the end-to-end tests.
window.claimgraphExplorer = {
  get graph() {
    return cy;
  },
};

class ExplorerError extends Error {}

// The API key or bearer token the reader entered, held in this variable only: never in storage,
// a cookie or the URL, so it is gone when the tab is closed or reloaded.
let credential = '';
$('credential-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const input = /** @type {HTMLInputElement} */ ($('credential-input'));
  credential = input.value.trim();
  input.value = '';
  $('credential-state').textContent = credential
    ? 'A credential is in use for this tab.'
    : 'No credential.';
  clearAlert();
  const words = ui.input.value.trim();
  if (words) void runSearch(words);
  route();
});

/** Posts one operation to the public API and returns its data, or throws an error worth showing. */
async function gql(query, variables) {
  let response;
  try {
    response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(credential ? { authorization: `Bearer ${credential}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
  } catch (cause) {
    throw new ExplorerError(
      `Could not reach the claimgraph API at ${GRAPHQL_ENDPOINT} (${cause.message}). Check that the service is running, then try again.`,
    );
  }
  let body = null;
  if ((response.headers.get('content-type') || '').includes('json')) {
    body = await response.json().catch(() => null);
  }
  if (body && Array.isArray(body.errors) && body.errors.length > 0) {
    const needsCredential = body.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
    throw new ExplorerError(
      `The API reported an error: ${body.errors.map((e) => e.message).join('; ')}` +
        (needsCredential ? '. Enter an API key or bearer token under "Credential".' : ''),
    );
  }
  if (!response.ok) {
    throw new ExplorerError(
      `The API answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}. Try again in a moment.`,
    );
  }
  if (!body || !body.data) throw new ExplorerError('The API answered without data.');
  return body.data;
}

/** Builds an element; string children become text nodes, so data is never parsed as HTML. */
function h(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'onClick') node.addEventListener('click', value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function shorten(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Wraps words in quotation marks unless the quoted words already open with one. */
function quoted(text) {
  return /^["“‘']/.test(text) ? text : `“${text}”`;
}

function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

function setStatus(text) {
  ui.status.textContent = text;
}

function showAlert(message) {
  ui.alert.replaceChildren(h('strong', {}, 'Something went wrong. '), message);
  ui.alert.hidden = false;
}

function clearAlert() {
  ui.alert.hidden = true;
  ui.alert.replaceChildren();
}

function go(kind, id) {
  const hash = `#${kind}=${encodeURIComponent(id)}`;
  if (location.hash === hash) route();
  else location.hash = hash;
}

function route() {
  const params = new URLSearchParams(location.hash.slice(1));
  if (params.has('claim')) void showClaim(params.get('claim'));
  else if (params.has('entity')) void showEntity(params.get('entity'));
}

// ---------------------------------------------------------------- search

async function runSearch(words) {
  const ticket = ++searchTicket;
  clearAlert();
  setStatus(`Searching for “${words}”…`);
  ui.results.setAttribute('aria-busy', 'true');
  ui.results.replaceChildren(h('p', { class: 'loading' }, 'Loading results…'));
  try {
    const data = await gql(FIND, { q: words });
    if (ticket !== searchTicket) return;
    renderResults(words, data);
  } catch (error) {
    if (ticket !== searchTicket) return;
    ui.results.replaceChildren();
    setStatus('');
    showAlert(error.message);
  } finally {
    if (ticket === searchTicket) ui.results.removeAttribute('aria-busy');
  }
}

function renderResults(words, data) {
  const claims = new Map();
  const entities = new Map();
  for (const { node: entity } of data.entities.edges) entities.set(entity.id, entity);
  for (const { node: hit } of data.search.edges) {
    if (hit.kind === 'CLAIM' && hit.claim && !claims.has(hit.claim.id))
      claims.set(hit.claim.id, { claim: hit.claim, why: null });
    if (hit.kind === 'QUOTE' && hit.occurrence && !claims.has(hit.occurrence.claim.id)) {
      claims.set(hit.occurrence.claim.id, {
        claim: hit.occurrence.claim,
        why: `${hit.occurrence.speaker.name}: ${quoted(shorten(hit.occurrence.quote.exact, 90))}`,
      });
    }
    if (hit.kind === 'EVENT' && hit.event) {
      for (const claim of hit.event.claims) {
        if (!claims.has(claim.id))
          claims.set(claim.id, { claim, why: `About the event: ${hit.event.name}` });
      }
    }
    if (hit.kind === 'ENTITY' && hit.entity && !entities.has(hit.entity.id))
      entities.set(hit.entity.id, hit.entity);
  }

  if (claims.size === 0 && entities.size === 0) {
    setStatus(`No results for “${words}”.`);
    ui.results.replaceChildren(
      h(
        'p',
        { class: 'empty' },
        `No results for “${words}”.`,
        h('br'),
        'Try fewer words, or a name such as “Musk”.',
      ),
    );
    return;
  }
  setStatus(`${plural(claims.size, 'claim')} and ${plural(entities.size, 'name')} for “${words}”.`);
  const groups = [];
  if (claims.size > 0) {
    groups.push(
      h('h2', { class: 'group-heading' }, `Claims (${claims.size})`),
      h(
        'ul',
        { class: 'hits', 'aria-label': 'Matching claims' },
        [...claims.values()].map(({ claim, why }) =>
          h(
            'li',
            {},
            h(
              'button',
              {
                type: 'button',
                class: 'hit hit-claim',
                'data-claim-id': claim.id,
                onClick: () => go('claim', claim.id),
              },
              h('span', { class: 'hit-title' }, claim.text),
              why ? h('span', { class: 'hit-why' }, why) : null,
            ),
          ),
        ),
      ),
    );
  }
  if (entities.size > 0) {
    groups.push(
      h('h2', { class: 'group-heading' }, `Names (${entities.size})`),
      h(
        'ul',
        { class: 'hits', 'aria-label': 'Matching people, organizations and sources' },
        [...entities.values()].map((entity) =>
          h(
            'li',
            {},
            h(
              'button',
              {
                type: 'button',
                class: 'hit hit-entity',
                'data-entity-id': entity.id,
                onClick: () => go('entity', entity.id),
              },
              h('span', { class: 'hit-title' }, entity.name),
              h(
                'span',
                { class: `kind kind-${entity.kind.toLowerCase()}` },
                KIND_WORDS[entity.kind] || entity.kind,
              ),
            ),
          ),
        ),
      ),
    );
  }
  ui.results.replaceChildren(...groups);
}

// ---------------------------------------------------------------- views

/** Loads one view's data with loading, error and stale-answer handling shared by claims and entities. */
async function loadView(what, load) {
  const ticket = ++viewTicket;
  clearAlert();
  setStatus(`Loading ${what}…`);
  ui.detail.setAttribute('aria-busy', 'true');
  ui.detail.replaceChildren(h('p', { class: 'loading' }, `Loading ${what}…`));
  try {
    const data = await load();
    return ticket === viewTicket ? data : null;
  } catch (error) {
    if (ticket === viewTicket) {
      ui.detail.replaceChildren(h('p', { class: 'empty' }, `Could not load the ${what}.`));
      setStatus('');
      showAlert(error.message);
    }
    return null;
  } finally {
    if (ticket === viewTicket) ui.detail.removeAttribute('aria-busy');
  }
}

/** Says in the status line and the detail panel that no record has this id. */
function showMissing(what, id) {
  const message = `No ${what} with id “${id}”.`;
  setStatus(message);
  ui.detail.replaceChildren(h('p', { class: 'empty' }, message));
}

async function showClaim(id) {
  const data = await loadView('claim', async () => {
    const [head, hops] = await Promise.all([gql(CLAIM, { id }), gql(CLAIM_HOPS, { id })]);
    return {
      claim: head.claim && hops.claim && { ...head.claim, occurrences: hops.claim.occurrences },
    };
  });
  if (!data) return;
  if (!data.claim) return showMissing('claim', id);
  renderClaim(data.claim);
  setStatus(`Showing claim: ${shorten(data.claim.text, 80)}`);
}

async function showEntity(id) {
  const data = await loadView('entity', () => gql(ENTITY, { id }));
  if (!data) return;
  if (!data.entity) return showMissing('entity', id);
  renderEntity(data.entity);
  setStatus(`Showing ${KIND_WORDS[data.entity.kind] || 'entity'}: ${data.entity.name}`);
}

function graphPanel(title, description, legend) {
  const container = h('div', {
    id: 'graph',
    class: 'graph',
    role: 'img',
    'aria-label': description,
  });
  const words = h('ul', { class: 'graph-words' });
  const panel = h(
    'section',
    { class: 'panel graph-panel', 'aria-labelledby': 'graph-heading' },
    h('h3', { id: 'graph-heading' }, title),
    h(
      'ul',
      { class: 'legend', 'aria-label': 'Legend' },
      legend.map(([cls, text]) => h('li', { class: `legend-${cls}` }, text)),
    ),
    container,
    h('details', { class: 'graph-text' }, h('summary', {}, 'The graph as text'), words),
  );
  return { panel, container, words };
}

function drawGraph(container, words, elements, layout, onTap) {
  if (cy) cy.destroy();
  cy = null;
  words.replaceChildren(
    ...elements
      .filter((e) => e.data.source)
      .map((e) => {
        const from = elements.find((n) => n.data.id === e.data.source).data.fullLabel;
        const to = elements.find((n) => n.data.id === e.data.target).data.fullLabel;
        return h('li', {}, `${from} — ${e.data.label} → ${to}`);
      }),
  );
  if (typeof window.cytoscape !== 'function') {
    container.replaceChildren(
      h(
        'p',
        { class: 'empty' },
        'The graph library did not load; the graph is listed as text below.',
      ),
    );
    words.parentElement.open = true;
    return;
  }
  cy = window.cytoscape({
    container,
    elements,
    style: GRAPH_STYLE,
    layout,
    minZoom: 0.3,
    maxZoom: 1.6,
    wheelSensitivity: 0.3,
    boxSelectionEnabled: false,
  });
  // Small graphs would otherwise be blown up to fill the canvas, labels colliding.
  if (cy.zoom() > 1) {
    cy.zoom(1);
    cy.center();
  }
  cy.on('tap', 'node', (event) => onTap(event.target.data()));
}

/** @type {import('cytoscape').StylesheetJson} */
const GRAPH_STYLE = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-family': 'system-ui, sans-serif',
      'font-size': 14,
      color: '#1d2330',
      'text-wrap': 'wrap',
      'text-max-width': '160px',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'background-color': '#5b7bb5',
      'border-width': 1,
      'border-color': '#2c3e63',
      width: 26,
      height: 26,
    },
  },
  {
    selector: 'node[type = "claim"]',
    style: {
      shape: 'round-rectangle',
      width: 220,
      height: 100,
      'font-size': 14,
      'text-valign': 'center',
      'text-margin-y': 0,
      'text-max-width': '204px',
      'background-color': '#fdf3d8',
      'border-color': '#b48a1e',
      'border-width': 2,
    },
  },
  {
    selector: 'node[focus = "yes"]',
    style: {
      'background-color': '#ffe08a',
      'border-width': 4,
      'border-color': '#7a5a00',
      'font-weight': 'bold',
    },
  },
  {
    selector: 'node[type = "hop"]',
    style: {
      shape: 'ellipse',
      width: 20,
      height: 20,
      'background-color': '#ffffff',
      'border-width': 3,
      'border-color': '#555f73',
      'font-style': 'italic',
      'text-max-width': '170px',
      color: '#3a4252',
    },
  },
  {
    selector: 'node[type = "hop"].chosen',
    style: { 'background-color': '#ffd54f', 'border-color': '#7a5a00' },
  },
  {
    selector: 'node[type = "speaker"]',
    style: { shape: 'ellipse', 'background-color': '#4f7cc2', 'border-color': '#23406f' },
  },
  {
    selector: 'node[type = "anonymous"]',
    style: {
      shape: 'ellipse',
      'background-color': '#b7bdc8',
      'border-style': 'dashed',
      'border-width': 2,
      'border-color': '#4c5566',
    },
  },
  {
    selector: 'node[type = "outlet"]',
    style: {
      shape: 'round-rectangle',
      width: 30,
      height: 22,
      'background-color': '#8a5cb8',
      'border-color': '#4b2a6e',
    },
  },
  { selector: 'node[type = "entity"]', style: { 'background-color': '#4f7cc2' } },
  {
    selector: 'node[type = "entity"][focus = "yes"]',
    style: {
      width: 40,
      height: 40,
      'background-color': '#ffd54f',
      'border-width': 3,
      'border-color': '#7a5a00',
    },
  },
  {
    selector: 'edge',
    style: {
      label: 'data(label)',
      'font-size': 13,
      'font-family': 'system-ui, sans-serif',
      color: '#39404d',
      width: 1.5,
      'line-color': '#8d96a8',
      'target-arrow-color': '#8d96a8',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': '2px',
    },
  },
  { selector: 'edge[kind = "link"]', style: { 'font-size': 11, 'target-arrow-shape': 'none' } },
  {
    selector: 'edge[kind = "quoted"]',
    style: {
      'line-style': 'solid',
      width: 2.5,
      'line-color': '#555f73',
      'target-arrow-color': '#555f73',
    },
  },
  {
    selector: 'edge[kind = "DISPUTES"]',
    style: {
      width: 4,
      'line-style': 'dashed',
      'line-color': '#c62828',
      'target-arrow-color': '#c62828',
      'target-arrow-shape': 'tee',
      color: '#b71c1c',
      'font-weight': 'bold',
      'font-size': 14,
    },
  },
  {
    selector: 'edge[kind = "SUPPORTS"]',
    style: {
      width: 4,
      'line-color': '#2e7d32',
      'target-arrow-color': '#2e7d32',
      'target-arrow-shape': 'triangle-backcurve',
      color: '#1b5e20',
      'font-weight': 'bold',
      'font-size': 14,
    },
  },
];

function entityType(entity) {
  if (entity.kind === 'OUTLET') return 'outlet';
  if (entity.kind === 'ANONYMOUS_SOURCE') return 'anonymous';
  return 'speaker';
}

/** Nodes for the claim, its hops, their speakers and outlets, and the claims that dispute or support it. */
function claimElements(claim) {
  const nodes = new Map();
  const edges = [];
  // The layout puts the disputing/supporting side (branch 0) left of the reporting chains (branch 1).
  let branch = 1;
  const node = (id, label, data) => {
    if (!nodes.has(id))
      nodes.set(id, {
        group: 'nodes',
        data: { id, label: shorten(label, 110), fullLabel: label, branch, ...data },
      });
    return id;
  };
  const edge = (source, target, label, kind) => {
    edges.push({ group: 'edges', data: { id: `e${edges.length}`, source, target, label, kind } });
  };
  const entity = (e) => node(e.id, e.name, { type: entityType(e), entityId: e.id });

  node(claim.id, claim.text, { type: 'claim', focus: 'yes', claimId: claim.id });
  const occurrences = claim.occurrences.edges.map((e) => e.node);
  const relayed = new Set(occurrences.map((o) => o.quotedFrom && o.quotedFrom.id).filter(Boolean));
  for (const occ of occurrences) {
    const hop = node(occ.id, quoted(shorten(occ.quote.exact, 60)), {
      type: 'hop',
      occurrenceId: occ.id,
    });
    if (!relayed.has(occ.id)) edge(hop, claim.id, 'states', 'states');
    edge(hop, entity(occ.speaker), occ.verb, 'verb');
    if (occ.reportedBy.id !== occ.speaker.id)
      edge(hop, entity(occ.reportedBy), 'published by', 'published');
    if (occ.quotedFrom && occurrences.some((o) => o.id === occ.quotedFrom.id))
      edge(hop, occ.quotedFrom.id, 'quoted from', 'quoted');
  }
  const related = [
    [claim.disputedBy, 'DISPUTES', false],
    [claim.disputes, 'DISPUTES', true],
    [claim.supportedBy, 'SUPPORTS', false],
    [claim.supports, 'SUPPORTS', true],
  ];
  branch = 0;
  for (const [relations, kind, outgoing] of related) {
    for (const relation of relations) {
      const other = node(relation.claim.id, relation.claim.text, {
        type: 'claim',
        claimId: relation.claim.id,
      });
      if (outgoing) edge(claim.id, other, kind, kind);
      else edge(other, claim.id, kind, kind);
      for (const occ of statementsOf(relation)) {
        if (!edges.some((e) => e.data.source === other && e.data.target === occ.speaker.id))
          edge(other, entity(occ.speaker), occ.verb, 'verb');
      }
    }
  }
  return [...nodes.values(), ...edges];
}

/**
 * Top-down from the claim. Within a row: the disputing side first, then hops, then the speakers
 * and outlets most hops share, which keeps a hop's edges from running through its neighbours.
 */
function claimLayout(rootId, container) {
  return {
    name: 'breadthfirst',
    roots: [rootId],
    directed: false,
    avoidOverlap: false,
    // A box smaller than the canvas keeps rows close; the fit afterwards then zooms the labels up to a readable size.
    boundingBox: {
      x1: 0,
      y1: 0,
      w: Math.max(480, container.clientWidth * 0.72),
      h: Math.max(300, container.clientHeight * 0.72),
    },
    depthSort: (a, b) =>
      a.data('branch') - b.data('branch') ||
      Number(b.data('type') === 'hop') - Number(a.data('type') === 'hop') ||
      b.degree() - a.degree(),
    padding: 12,
    animate: false,
  };
}

/** The relation's evidence on the other claim's side: the statements that make the dispute or support. */
function statementsOf(relation) {
  return relation.evidence.filter((o) => o.claim.id === relation.claim.id);
}

function renderClaim(claim) {
  const occurrences = claim.occurrences.edges.map((e) => e.node);
  const s = claim.sourcing;
  const facts = [
    claim.appliesTo && claim.appliesTo.text ? `About ${claim.appliesTo.text}` : null,
    plural(s.occurrences, 'occurrence'),
    `carried by ${plural(s.sources, 'source')}`,
    `${plural(s.independentSources, 'independent source')} (${s.namedSources} named, ${s.anonymousSources} anonymous)`,
    s.origins.length
      ? `${s.origins.length === 1 ? 'origin' : 'origins'}: ${s.origins.map((o) => `${o.entity.name} (${o.kind.toLowerCase().replace('_', ' ')})`).join('; ')}`
      : null,
    `longest chain ${plural(s.deepestChain, 'hop')}`,
    s.anonymousOnly ? 'rests on anonymous sources only' : null,
    s.corroborated ? 'corroborated' : null,
  ].filter(Boolean);
  // Several articles, one origin: the claim looks corroborated and is not (docs/model.md).
  const warning = s.singleOrigin
    ? h(
        'p',
        { class: 'single-origin', role: 'note' },
        `Single-origin reporting: ${plural(s.sources, 'source')} carry this claim, but every chain traces back to one origin.`,
      )
    : null;

  const description = `Provenance graph of the claim “${claim.text}”: ${plural(occurrences.length, 'reporting hop')}, ${plural(claim.disputedBy.length + claim.disputes.length, 'dispute')} and ${plural(claim.supportedBy.length + claim.supports.length, 'support')}. The same links are listed as text below the graph.`;
  const graph = graphPanel('Provenance and disputes', description, [
    ['claim', 'claim'],
    ['hop', 'reporting hop (its quote)'],
    ['speaker', 'named speaker'],
    ['anonymous', 'anonymous source'],
    ['outlet', 'outlet'],
    ['disputes', 'disputes'],
    ['supports', 'supports'],
  ]);

  const sourcePanel = h(
    'section',
    { class: 'panel source-panel', 'aria-labelledby': 'source-heading' },
    h('h3', { id: 'source-heading' }, 'Quote in its source'),
  );
  const more = claim.occurrences.totalCount - occurrences.length;
  const chains = h(
    'section',
    { class: 'panel', 'aria-labelledby': 'chains-heading' },
    h('h3', { id: 'chains-heading' }, 'Reporting chains'),
    chainList(occurrences, sourcePanel),
    more > 0
      ? h(
          'p',
          { class: 'empty' },
          `Showing ${occurrences.length} of ${claim.occurrences.totalCount} occurrences; GraphiQL can page through the rest.`,
        )
      : null,
  );
  const relations = h(
    'section',
    { class: 'panel', 'aria-labelledby': 'relations-heading' },
    h('h3', { id: 'relations-heading' }, 'Disputes and support'),
    relationList(claim),
  );

  ui.detail.replaceChildren(
    h(
      'article',
      { class: 'view claim-view', 'aria-labelledby': 'detail-title' },
      h('p', { class: 'eyebrow' }, 'Claim'),
      h('h2', { id: 'detail-title' }, claim.text),
      h('p', { class: 'facts' }, facts.join(' · ')),
      warning,
      graph.panel,
      h(
        'div',
        { class: 'columns' },
        h('div', { class: 'column' }, chains, relations),
        h('div', { class: 'column' }, sourcePanel),
      ),
    ),
  );

  const byId = new Map(occurrences.map((o) => [o.id, o]));
  drawGraph(
    graph.container,
    graph.words,
    claimElements(claim),
    claimLayout(claim.id, graph.container),
    (data) => {
      if (data.occurrenceId) void showQuote(byId.get(data.occurrenceId), sourcePanel);
      else if (data.claimId && data.claimId !== claim.id) go('claim', data.claimId);
      else if (data.entityId) go('entity', data.entityId);
    },
  );

  const heads = occurrences.filter(
    (o) => !occurrences.some((other) => other.quotedFrom && other.quotedFrom.id === o.id),
  );
  const first = heads[0] || occurrences[0];
  if (first) void showQuote(first, sourcePanel);
  else sourcePanel.append(h('p', { class: 'empty' }, 'This claim has no recorded occurrence.'));
  ui.detail.focus({ preventScroll: true });
}

/** Each chain as an ordered list from the outermost report back to the original speaker. */
function chainList(occurrences, sourcePanel) {
  if (occurrences.length === 0) return h('p', { class: 'empty' }, 'No occurrences are recorded.');
  const byId = new Map(occurrences.map((o) => [o.id, o]));
  const heads = occurrences.filter(
    (o) => !occurrences.some((other) => other.quotedFrom && other.quotedFrom.id === o.id),
  );
  return h(
    'div',
    { class: 'chains' },
    heads.map((head, i) => {
      const hops = [];
      for (let occ = head; occ; occ = occ.quotedFrom ? byId.get(occ.quotedFrom.id) : null)
        hops.push(occ);
      return h(
        'div',
        { class: 'chain' },
        h('p', { class: 'chain-title' }, `Chain ${i + 1} · ${plural(hops.length, 'hop')}`),
        h(
          'ol',
          { class: 'hops' },
          hops.map((occ) =>
            h(
              'li',
              {},
              hopSummary(occ, 'hop-line'),
              h(
                'button',
                {
                  type: 'button',
                  class: 'link-button',
                  'data-occurrence-id': occ.id,
                  onClick: () => void showQuote(occ, sourcePanel),
                },
                quoted(shorten(occ.quote.exact, 80)),
              ),
            ),
          ),
        ),
      );
    }),
  );
}

/** A button that opens a claim, showing its text. */
function claimLink(claim) {
  return h(
    'button',
    {
      type: 'button',
      class: 'link-button',
      'data-claim-id': claim.id,
      onClick: () => go('claim', claim.id),
    },
    claim.text,
  );
}

function relationList(claim) {
  const rows = [
    ...claim.disputedBy.map((r) => ['Disputed by', r]),
    ...claim.disputes.map((r) => ['Disputes', r]),
    ...claim.supportedBy.map((r) => ['Supported by', r]),
    ...claim.supports.map((r) => ['Supports', r]),
  ];
  if (rows.length === 0)
    return h('p', { class: 'empty' }, 'No statement disputes or supports this claim.');
  return h(
    'ul',
    { class: 'relations' },
    rows.map(([label, relation]) => {
      const speakers = [...new Set(statementsOf(relation).map((o) => o.speaker.name))];
      return h(
        'li',
        { class: `relation relation-${relation.kind.toLowerCase()}` },
        h('span', { class: 'relation-kind' }, label),
        ' ',
        claimLink(relation.claim),
        speakers.length
          ? h('span', { class: 'relation-speakers' }, `Said by ${speakers.join(', ')}`)
          : null,
        relation.note ? h('span', { class: 'relation-note' }, relation.note) : null,
      );
    }),
  );
}

/** One hop in words: who said it, the reporting verb, and where it was published. */
function hopSummary(occ, className) {
  const when = [
    occ.said && occ.said.text ? `said ${occ.said.text}` : null,
    occ.published && occ.published.text ? `published ${occ.published.text}` : null,
  ].filter(Boolean);
  return h(
    'span',
    { class: className },
    h('strong', {}, occ.speaker.name),
    h(
      'span',
      { class: 'hop-meta' },
      ` · “${occ.verb}” · published by ${occ.reportedBy.name}`,
      occ.source ? ` · in ${occ.source.title || occ.source.id}` : '',
      when.length ? ` · ${when.join(', ')}` : '',
      occ.stance === 'DISPUTES' ? ' · mentioned only to dispute it' : '',
    ),
  );
}

async function fetchSource(id) {
  if (!sourceCache.has(id)) {
    const pending = gql(SOURCE, { id }).then((data) => data.source);
    pending.catch(() => sourceCache.delete(id));
    sourceCache.set(id, pending);
  }
  return sourceCache.get(id);
}

/** Shows an occurrence's source text with its anchored quote marked and scrolled into view. */
async function showQuote(occ, panel) {
  const heading = panel.firstElementChild;
  const body = h(
    'div',
    { class: 'source-body', 'aria-busy': 'true' },
    h('p', { class: 'loading' }, 'Loading the source text…'),
  );
  panel.replaceChildren(heading, body);
  if (cy) {
    cy.nodes('.chosen').removeClass('chosen');
    cy.getElementById(occ.id).addClass('chosen');
  }
  let source;
  try {
    source = await fetchSource(occ.source.id);
  } catch (error) {
    body.replaceChildren(h('p', { class: 'empty' }, 'Could not load the source text.'));
    body.removeAttribute('aria-busy');
    showAlert(error.message);
    return;
  }
  if (!body.isConnected) return;
  body.removeAttribute('aria-busy');
  if (!source) {
    body.replaceChildren(
      h('p', { class: 'empty' }, `The source “${occ.source.id}” is not stored.`),
    );
    return;
  }
  const { start, end, exact, contentHash } = occ.quote;
  const mark = h('mark', { id: 'quote-mark' }, source.text.slice(start, end));
  const text = h(
    'div',
    {
      class: 'source-text',
      tabindex: '0',
      'aria-label': `Text of ${source.title || 'the source'}, with the quote marked`,
    },
    source.text.slice(0, start),
    mark,
    source.text.slice(end),
  );
  const drifted = contentHash !== source.contentHash || source.text.slice(start, end) !== exact;
  body.replaceChildren(
    ...[
      hopSummary(occ, 'quote-caption'),
      h(
        'p',
        { class: 'source-title' },
        source.title ? `In “${source.title}”` : 'In the stored source text',
        source.publisher ? `, published by ${source.publisher.name}` : '',
      ),
      drifted
        ? h(
            'p',
            { class: 'warning' },
            'This anchor does not match the stored text; the marked words may be wrong.',
          )
        : null,
      text,
    ].filter(Boolean),
  );
  // Scroll only the text box, so the page itself stays where the reader is.
  text.scrollTop = Math.max(0, mark.offsetTop - text.clientHeight / 3);
}

function renderEntity(entity) {
  const neighbours = entity.neighbourhood.edges.map((e) => e.node);
  const kind = KIND_WORDS[entity.kind] || entity.kind;
  const description = `Neighbourhood of ${entity.name}: ${plural(entity.neighbourhood.totalCount, 'linked entity', 'linked entities')}. The same links are listed below the graph.`;
  const graph = graphPanel('Neighbourhood', description, [
    ['focus', entity.name],
    ['speaker', 'linked entity'],
    ['anonymous', 'anonymous source'],
    ['outlet', 'outlet'],
  ]);
  /** @type {import('cytoscape').ElementDefinition[]} */
  const elements = [
    {
      group: 'nodes',
      data: {
        id: entity.id,
        label: entity.name,
        fullLabel: entity.name,
        type: 'entity',
        focus: 'yes',
        entityId: entity.id,
      },
    },
  ];
  for (const n of neighbours) {
    const links = [
      n.claimCount ? plural(n.claimCount, 'claim') : null,
      n.eventCount ? plural(n.eventCount, 'event') : null,
    ]
      .filter(Boolean)
      .join(', ');
    elements.push(
      {
        group: 'nodes',
        data: {
          id: n.entity.id,
          label: n.entity.name,
          fullLabel: n.entity.name,
          type: entityType(n.entity),
          entityId: n.entity.id,
        },
      },
      {
        group: 'edges',
        data: {
          id: `n-${n.entity.id}`,
          source: entity.id,
          target: n.entity.id,
          label: links,
          kind: 'link',
        },
      },
    );
  }

  const facts = [
    kind,
    entity.aliases.length ? `also written ${entity.aliases.join(', ')}` : null,
    ...entity.roles.map((r) => r.asWritten || r.title),
  ].filter(Boolean);

  const neighbourList = neighbours.length
    ? h(
        'ul',
        { class: 'neighbours' },
        neighbours.map((n) =>
          h(
            'li',
            {},
            h(
              'button',
              {
                type: 'button',
                class: 'link-button neighbour-name',
                'data-entity-id': n.entity.id,
                onClick: () => go('entity', n.entity.id),
              },
              n.entity.name,
            ),
            h(
              'span',
              { class: `kind kind-${n.entity.kind.toLowerCase()}` },
              KIND_WORDS[n.entity.kind] || n.entity.kind,
            ),
            h(
              'ul',
              { class: 'via' },
              n.claims.map((c) => h('li', {}, claimLink(c))),
              n.events.map((e) => h('li', { class: 'via-event' }, `Event: ${e.name}`)),
            ),
          ),
        ),
      )
    : h('p', { class: 'empty' }, `No other entity is linked to ${entity.name}.`);

  const spoken = entity.claimsAsSpeaker.edges.map((e) => e.node);
  const spokenList = spoken.length
    ? h(
        'ul',
        { class: 'spoken' },
        spoken.map((c) => h('li', {}, claimLink(c))),
      )
    : h('p', { class: 'empty' }, `${entity.name} is not recorded as saying any claim.`);

  ui.detail.replaceChildren(
    h(
      'article',
      { class: 'view entity-view', 'aria-labelledby': 'detail-title' },
      h('p', { class: 'eyebrow' }, kind),
      h('h2', { id: 'detail-title' }, entity.name),
      h('p', { class: 'facts' }, facts.join(' · ')),
      entity.anonymous
        ? h('p', { class: 'descriptor' }, `Described as “${entity.anonymous.descriptor}”`)
        : null,
      entity.description ? h('p', { class: 'description' }, entity.description) : null,
      graph.panel,
      h(
        'div',
        { class: 'columns' },
        h(
          'section',
          { class: 'panel column', 'aria-labelledby': 'neighbours-heading' },
          h(
            'h3',
            { id: 'neighbours-heading' },
            `Linked entities (${entity.neighbourhood.totalCount})`,
          ),
          neighbourList,
        ),
        h(
          'section',
          { class: 'panel column', 'aria-labelledby': 'spoken-heading' },
          h(
            'h3',
            { id: 'spoken-heading' },
            `Claims ${entity.name} made (${entity.claimsAsSpeaker.totalCount})`,
          ),
          spokenList,
        ),
      ),
    ),
  );
  drawGraph(
    graph.container,
    graph.words,
    elements,
    {
      name: 'concentric',
      concentric: (n) => (n.data('focus') === 'yes' ? 2 : 1),
      levelWidth: () => 1,
      minNodeSpacing: 90,
      padding: 16,
      animate: false,
    },
    (data) => {
      if (data.entityId && data.entityId !== entity.id) go('entity', data.entityId);
    },
  );
  ui.detail.focus({ preventScroll: true });
}

// ---------------------------------------------------------------- start

ui.form.addEventListener('submit', (event) => {
  event.preventDefault();
  const words = ui.input.value.trim();
  if (words) void runSearch(words);
});
window.addEventListener('hashchange', route);
// A bug in this page should say so where readers look, not only in the console.
window.addEventListener('unhandledrejection', (event) => {
  setStatus('');
  showAlert(
    `The explorer failed to show this: ${event.reason && event.reason.message ? event.reason.message : event.reason}`,
  );
});
route();
