// An independent load generator for the vote storm (issue 17): Node.js's own HTTP client, keep-alive, a fixed number
// of requests in flight, each worker sending its next request as soon as the last one answered (closed loop), the
// way the reporter measured. The bench prepares the requests and measures the bot; this only sends.
//
// node closed-loop.mjs <plan.json> <result.json>
//   plan:   { "url": "http://127.0.0.1:PORT/api/messages", "authorization": "Bearer …", "concurrency": 64, "openPath": "/healthz",
//             "requests": [ { "body": "<activity JSON>", "expect": "<text the answer must contain>" | null } ] }
//   result: { "elapsedMs", "sentAtMs": [], "latencyMs": [], "failures", "serverErrors", "samples": [],
//             "lastAnswerUnixMs", "cpuMicros" }
// Protocol on stdin/stdout, so that the bench's CPU window holds the load and nothing of the start-up: this prints
// "ready" once the plan is read and the connections are open, waits for a line on stdin, then runs and prints "done".
import http from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

const [planPath, resultPath] = process.argv.slice(2);
if (!planPath || !resultPath) {
  console.error('usage: node closed-loop.mjs <plan.json> <result.json>');
  process.exit(2);
}

const plan = JSON.parse(readFileSync(planPath, 'utf8'));
const url = new URL(plan.url);
const concurrency = Math.max(1, plan.concurrency | 0);
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency, maxFreeSockets: concurrency });
const bodies = plan.requests.map(r => Buffer.from(r.body, 'utf8'));
const count = bodies.length;
const sentAtMs = new Array(count).fill(0);
const latencyMs = new Array(count).fill(0);
const samples = [];
let failures = 0;
let serverErrors = 0;
let lastAnswerUnixMs = 0;

function post(body) {
  return new Promise(resolve => {
    const request = http.request({
      agent,
      host: url.hostname,
      port: url.port,
      path: url.pathname,
      method: 'POST',
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': body.length,
        Authorization: plan.authorization,
      },
      timeout: 30_000,
    }, response => {
      const chunks = [];
      response.on('data', chunk => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode, text: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', error => resolve({ status: 0, text: String(error) }));
    });
    request.on('timeout', () => request.destroy(new Error('timed out after 30 s')));
    request.on('error', error => resolve({ status: 0, text: String(error) }));
    request.end(body);
  });
}

function fail(reason) {
  failures++;
  if (samples.length < 5) {
    samples.push(reason.length <= 200 ? reason : reason.slice(0, 200) + '…');
  }
}

// One GET of the plan's "openPath" per worker first (the bot's health check), all at once, so that every keep-alive
// connection is open before the measured phase, as the bench's own client's are after its warm-up.
async function openConnections() {
  if (!plan.openPath) {
    return;
  }
  await Promise.all(Array.from({ length: concurrency }, () => new Promise(resolve => {
    const request = http.get({ agent, host: url.hostname, port: url.port, path: plan.openPath }, response => {
      response.resume();
      response.on('end', resolve);
    });
    request.on('error', resolve);
  })));
}

async function run() {
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  let next = -1;
  async function worker() {
    for (let i = ++next; i < count; i = ++next) {
      const sent = process.hrtime.bigint();
      const { status, text } = await post(bodies[i]);
      const answered = process.hrtime.bigint();
      sentAtMs[i] = Number(sent - started) / 1e6;
      latencyMs[i] = Number(answered - sent) / 1e6;
      lastAnswerUnixMs = Math.max(lastAnswerUnixMs, Date.now());
      if (status >= 500) {
        serverErrors++;
      }
      const expect = plan.requests[i].expect;
      if (status < 200 || status > 299) {
        fail(`HTTP ${status}: ${text}`);
      } else if (expect && !text.includes(expect)) {
        fail(`no '${expect}' in ${text}`);
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  const cpu = process.cpuUsage(cpuBefore);
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
  writeFileSync(resultPath, JSON.stringify({
    elapsedMs, sentAtMs, latencyMs, failures, serverErrors, samples, lastAnswerUnixMs, cpuMicros: cpu.user + cpu.system,
  }));
}

await openConnections();
console.log('ready');
const input = createInterface({ input: process.stdin });
input.once('line', async () => {
  input.close();
  await run();
  agent.destroy();
  // Written before exiting: stdout to a pipe is asynchronous, and process.exit would drop what is still queued.
  process.stdout.write('done\n', () => process.exit(0));
});
