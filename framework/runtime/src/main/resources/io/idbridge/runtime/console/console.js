// The IdBridge console: plain pages on the daemon's admin API. The token lives in sessionStorage (this tab only) and
// goes with every call as a bearer token; a 401 sends the user back to the login page. Data only ever reaches the
// page through textContent, never as HTML, so nothing a source or target holds can run as script here.
'use strict';

const TOKEN = 'idbridge.admin.token';
const LOGIN_MESSAGE = 'idbridge.login.message';

class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function toLogin(message) {
  sessionStorage.removeItem(TOKEN);
  sessionStorage.setItem(LOGIN_MESSAGE, message);
  location.href = 'index.html';
}

async function api(method, path, body) {
  const options = {method, headers: {Authorization: 'Bearer ' + sessionStorage.getItem(TOKEN)}};
  if (body !== undefined) {
    options.headers['Content-Type'] = 'application/json';
    options.body = JSON.stringify(body);
  }
  const response = await fetch(path, options);
  if (response.status === 401) {
    toLogin('The daemon refused the token: log in again with the admin token of its configuration.');
    throw new ApiError(401, 'not logged in');
  }
  const text = await response.text();
  let json;
  try {
    json = text ? JSON.parse(text) : {};
  } catch (notJson) {
    throw new ApiError(response.status, 'HTTP ' + response.status + ': ' + text);
  }
  if (!response.ok) {
    throw new ApiError(response.status, json.error || 'HTTP ' + response.status);
  }
  return json;
}

/** An element with text (never parsed as HTML) and attributes. */
function el(tag, text, attributes) {
  const element = document.createElement(tag);
  if (text !== undefined && text !== null) {
    element.textContent = String(text);
  }
  Object.entries(attributes || {}).forEach(([name, value]) => element.setAttribute(name, value));
  return element;
}

function link(text, href) {
  return el('a', text, {href});
}

/** Appends a row; a cell is a Node, or anything else shown as text. */
function row(table, cells, attributes) {
  const tr = el('tr', null, attributes);
  cells.forEach(cell => {
    const td = el('td');
    if (cell instanceof Node) {
      td.append(cell);
    } else if (cell !== undefined && cell !== null) {
      td.textContent = String(cell);
    }
    tr.append(td);
  });
  document.querySelector('#' + table + ' tbody').append(tr);
  return tr;
}

/** Says in the table that it is empty: the message line keeps saying what the user's last step did. */
function none(table, text) {
  const tr = el('tr', null, {class: 'empty'});
  tr.append(el('td', text, {colspan: String(document.querySelectorAll('#' + table + ' thead th').length)}));
  document.querySelector('#' + table + ' tbody').append(tr);
}

function clear(table) {
  document.querySelector('#' + table + ' tbody').replaceChildren();
}

function say(text, kind) {
  const message = document.getElementById('message');
  message.textContent = text;
  message.className = kind || '';
}

function failed(error) {
  if (error.status !== 401) {
    say(error.message, 'error');
  }
}

function parameter(name) {
  return new URLSearchParams(location.search).get(name);
}

function personLink(personId) {
  return personId ? link(personId, 'person.html?id=' + encodeURIComponent(personId)) : '(resources)';
}

function when(instant) {
  return instant ? instant.replace('T', ' ').replace(/\.\d+Z$/, 'Z') : '';
}

/** An update's changes as "field: old → new" lines; anything else as indented JSON. */
function change(value) {
  const entries = value && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : [];
  if (entries.length > 0 && entries.every(([, c]) => c && typeof c === 'object' && 'new' in c)) {
    const list = el('ul', null, {class: 'changes'});
    entries.forEach(([field, c]) => list.append(el('li', field + ': ' + show(c.old) + ' → ' + show(c.new))));
    return list;
  }
  return el('pre', JSON.stringify(value, null, 1));
}

function show(value) {
  return value === null || value === undefined ? '(none)' : typeof value === 'object' ? JSON.stringify(value) : value;
}

function navigation() {
  const header = document.getElementById('navigation');
  const nav = el('nav');
  [['Runs', 'runs.html'], ['Held actions', 'held.html'], ['Preview', 'preview.html'], ['Persons', 'person.html']]
    .forEach(([text, href]) => nav.append(link(text, href)));
  const sync = el('button', 'Sync now', {id: 'sync-now', type: 'button'});
  sync.addEventListener('click', () => api('POST', '/api/sync')
    .then(answer => say(answer.message + '.', 'ok'))
    .catch(failed));
  const logOut = el('button', 'Log out', {id: 'log-out', type: 'button'});
  logOut.addEventListener('click', () => toLogin('Logged out.'));
  nav.append(sync, logOut);
  header.append(el('strong', 'IdBridge'), nav);
  daemonStatus(header);
}

/**
 * Under the navigation: whether this daemon runs the syncs, and what was wrong with its configuration when it last
 * read it (the daemon then syncs with the last valid one, so nothing else on the page would show it).
 */
function daemonStatus(header) {
  const status = el('section', null, {id: 'daemon-status'});
  header.after(status);
  api('GET', '/api/status').then(answer => {
    const configuration = answer.configuration;
    const role = answer.leader ? 'This daemon runs the syncs.'
      : 'Standby: daemon ' + (answer.leaseHolder || '(none)') + ' runs the syncs; this one takes over if it stops.';
    if (!configuration || configuration.valid) {
      status.append(el('p', role + (configuration ? ' Configuration read ' + when(configuration.readAt) + '.' : '')));
    } else {
      status.className = 'problems';
      status.append(el('p', 'The configuration ' + configuration.file + ' read ' + when(configuration.readAt)
        + ' has problems; ' + (answer.ready ? 'syncs go on with the last valid configuration' : 'no sync runs')
        + ' until they are fixed. ' + role));
    }
    if (configuration && configuration.problems.length > 0) {
      const list = el('ul', null, {id: 'configuration-problems'});
      configuration.problems.forEach(problem => list.append(el('li', problem)));
      status.append(list);
    }
  }).catch(failed);
}

const pages = {
  login() {
    const message = sessionStorage.getItem(LOGIN_MESSAGE);
    sessionStorage.removeItem(LOGIN_MESSAGE);
    if (message) {
      say(message, 'error');
    }
    document.getElementById('login').addEventListener('submit', event => {
      event.preventDefault();
      sessionStorage.setItem(TOKEN, document.getElementById('token').value.trim());
      // any answer but 401 means the token is right (503 only says that the first sync has not loaded yet)
      api('GET', '/api/runs').catch(error => error)
        .then(result => {
          if (!(result instanceof ApiError && result.status === 401)) {
            location.href = 'runs.html';
          }
        });
    });
  },

  runs() {
    const load = () => api('GET', '/api/runs').then(runs => {
      clear('runs');
      runs.forEach(run => row('runs', [link('Run ' + run.id, 'run.html?id=' + run.id), run.kind, run.status,
        when(run.startedAt), when(run.finishedAt)]));
      if (runs.length === 0) {
        none('runs', 'No runs yet.');
      }
    }).catch(failed);
    load();
    // a sync started with "Sync now" shows up without reloading
    setInterval(load, 3000);
  },

  run() {
    const id = parameter('id');
    if (!/^\d+$/.test(id || '')) {
      say('Open a run from the list of runs.', 'error');
      return;
    }
    api('GET', '/api/runs/' + id).then(report => {
      document.getElementById('title').textContent = 'Run ' + id;
      const summary = document.getElementById('summary');
      [['Kind', report.run.kind], ['Status', report.run.status], ['Started', when(report.run.startedAt)],
        ['Finished', when(report.run.finishedAt)],
        ['Duration', report.durationMillis === null ? '' : report.durationMillis + ' ms']]
        .forEach(([term, value]) => summary.append(el('dt', term), el('dd', value, {id: 'run-' + term.toLowerCase()})));
      if (report.held.length > 0) {
        document.getElementById('held-link').append(link(report.held.length
          + ' actions held for approval: review them', 'held.html?run=' + id));
      }
      Object.entries(report.counts).forEach(([target, types]) => Object.entries(types).forEach(([type, outcomes]) =>
        Object.entries(outcomes).forEach(([outcome, count]) => row('counts', [target, type, outcome, count]))));
      report.actions.forEach(action => row('actions', [action.id, action.target, personLink(action.personId),
        action.type, action.status, action.attempts, action.error], {'data-status': action.status}));
      document.getElementById('actions-shown').textContent = report.actions.length < report.actionCount
        ? 'The first ' + report.actions.length + ' of ' + report.actionCount + ' actions.'
        : report.actionCount + ' actions.';
    }).catch(failed);
  },

  held() {
    const run = parameter('run');
    const query = /^\d+$/.test(run || '') ? '?run=' + run : '';
    if (query) {
      document.getElementById('title').textContent = 'Held actions of run ' + run;
    }
    const buttons = () => document.querySelectorAll('#held button, .buttons button');
    const decide = (decision, ids) => {
      if (ids.length === 0) {
        say('Select the held actions first.', 'error');
        return;
      }
      buttons().forEach(button => button.disabled = true);
      say((decision === 'approve' ? 'Carrying out ' : 'Rejecting ') + ids.length + ' actions...');
      api('POST', '/api/held/' + decision, {actions: ids}).then(answer => {
        if (decision === 'reject') {
          say(answer.rejected + ' held actions rejected.', 'ok');
          return;
        }
        say('Approved ' + ids.length + ' actions: ' + answer.reports.map(report => 'run ' + report.run.id + ' '
          + report.run.status).join(', ') + '.', 'ok');
      }).catch(failed).finally(() => {
        // the rows come back without the decided actions, with their own buttons; these two serve again
        buttons().forEach(button => button.disabled = false);
        load();
      });
    };
    const selected = () => Array.from(document.querySelectorAll('#held tbody input:checked'))
      .map(box => Number(box.value));
    const load = () => api('GET', '/api/held' + query).then(answer => {
      clear('held');
      document.getElementById('select-all').checked = false;
      answer.held.forEach(action => {
        const box = el('input', null, {type: 'checkbox', value: action.id, 'aria-label': 'select ' + action.id});
        const approve = el('button', 'Approve', {type: 'button', class: 'approve'});
        approve.addEventListener('click', () => decide('approve', [action.id]));
        const reject = el('button', 'Reject', {type: 'button', class: 'reject'});
        reject.addEventListener('click', () => decide('reject', [action.id]));
        const actions = el('span', null, {class: 'row-buttons'});
        actions.append(approve, reject);
        row('held', [box, action.id, link(action.runId, 'run.html?id=' + action.runId), action.target,
          personLink(action.personId), action.type, action.heldBecause, change(action.diff), actions],
        {'data-action': action.id});
      });
      if (answer.held.length === 0) {
        none('held', 'No held actions.');
      }
    }).catch(failed);
    document.getElementById('select-all').addEventListener('change', event =>
      document.querySelectorAll('#held tbody input[type=checkbox]').forEach(box => box.checked = event.target.checked));
    document.getElementById('approve-selected').addEventListener('click', () => decide('approve', selected()));
    document.getElementById('reject-selected').addEventListener('click', () => decide('reject', selected()));
    load();
  },

  preview() {
    say('Planning...');
    api('GET', '/api/preview').then(plan => {
      say('');
      document.getElementById('plan-summary').textContent = 'Plan for ' + plan.day + ': ' + plan.actions.length
        + ' actions for ' + plan.evaluatedPersons + ' persons evaluated.';
      Object.entries(plan.counts).forEach(([target, types]) =>
        Object.entries(types).forEach(([type, count]) => row('counts', [target, type, count])));
      plan.problems.forEach(problem => row('problems', [problem.target, personLink(problem.person), problem.problem,
        problem.withheld]));
      plan.actions.forEach(action => row('actions', [action.sequence, personLink(action.personId), action.target,
        action.type, action.reason, change(action.payload.changes || action.payload.permission
          || action.payload.data || action.payload)]));
    }).catch(failed);
  },

  person() {
    document.getElementById('search').addEventListener('submit', event => {
      event.preventDefault();
      const text = document.getElementById('query').value.trim();
      api('GET', '/api/persons?q=' + encodeURIComponent(text)).then(answer => {
        const found = document.getElementById('found');
        found.replaceChildren();
        answer.persons.forEach(person => {
          const item = el('li');
          item.append(personLink(person.personId), document.createTextNode(' ' + person.name));
          found.append(item);
        });
        say(answer.persons.length === 0 ? 'Nobody in the snapshot in force matches.'
          : answer.persons.length >= answer.limit ? 'The first ' + answer.limit + ' matches.' : '');
      }).catch(failed);
    });
    const id = parameter('id');
    if (id) {
      api('GET', '/api/persons/' + encodeURIComponent(id)).then(showPerson).catch(failed);
    }
  }
};

function showPerson(person) {
  document.getElementById('person').hidden = false;
  document.getElementById('title').textContent = 'Person ' + person.personId + (person.name ? ': ' + person.name : '');
  const summary = document.getElementById('person-summary');
  summary.append(el('dt', 'In the snapshot in force'),
    el('dd', person.inSnapshot ? 'yes, from ' + person.sources.join(', ') : 'no: gone from the sources'));
  (person.contracts || []).forEach(contract => row('contracts', [contract.externalId, contract.startDate,
    contract.endDate || 'open', show(contract.department) + ' (' + contract.departmentCode + ')', contract.title,
    contract.primary ? 'primary' : '']));
  (person.entitlements || []).forEach(granted => row('entitlements', [granted.entitlement, granted.rules.join(', '),
    granted.contracts.join(', ')]));
  person.accounts.forEach(account => row('accounts', [account.target, account.reference, account.lifecycle,
    account.disabledOn, when(account.updatedAt), change(account.data)]));
  person.permissions.forEach(permission => row('permissions', [permission.target, permission.type, permission.name,
    when(permission.grantedAt)]));
  person.audit.forEach(entry => row('audit', [when(entry.at), entry.runId, entry.target, entry.action, entry.outcome,
    entry.changesJson ? change(JSON.parse(entry.changesJson)) : '', entry.message]));
}

document.addEventListener('DOMContentLoaded', () => {
  const page = document.body.dataset.page;
  if (page !== 'login') {
    if (!sessionStorage.getItem(TOKEN)) {
      toLogin('Log in with the admin token first.');
      return;
    }
    navigation();
  }
  pages[page]();
});
