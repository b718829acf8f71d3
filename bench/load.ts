/**
 * The load generator of bench/authenticated-read.ts, in a process of its own so that it and the
 * server do not halve each other's CPU in one event loop. Reads one JSON argument
 * `{ url, cookie?, connections, seconds, rate? }` (rate: requests a second from all connections
 * together; unset, as fast as the server answers) and prints autocannon's result as one JSON line.
 */
import autocannon from 'autocannon';

const { url, cookie, connections, seconds, rate } = JSON.parse(process.argv[2] ?? '{}') as {
  url: string;
  cookie?: string;
  connections: number;
  seconds: number;
  rate?: number;
};
const result = await autocannon({ url, connections, duration: seconds, headers: cookie ? { cookie } : {}, ...(rate && { overallRate: rate }) });
console.log(JSON.stringify({ rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, failed: result.non2xx + result.errors }));
